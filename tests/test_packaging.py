"""The package's declarations: every library the code imports is a direct dependency, the build
requirements agree with them, and the data is found in a checkout. (The wheel itself is built and
installed by tests/package, which .ci/run runs.)"""

import ast
import sys
from importlib.metadata import packages_distributions

import pytest

from desktop import resources
from tests.conftest import ROOT

tomllib = pytest.importorskip("tomllib")
PROJECT = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))


def _name(requirement: str) -> str:
    """A requirement's distribution name, normalised (PEP 503)."""
    for stop in "<>=!~[; ":
        requirement = requirement.split(stop)[0]
    return requirement.strip().lower().replace("_", "-").replace(".", "-")


def _imported_modules() -> set[str]:
    found = set()
    for path in [*(ROOT / "desktop").rglob("*.py"), ROOT / "setup.py"]:
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.Import):
                found |= {a.name.split(".")[0] for a in node.names}
            elif isinstance(node, ast.ImportFrom) and node.level == 0 and node.module:
                found.add(node.module.split(".")[0])
    return found - set(sys.stdlib_module_names) - {"desktop", "setuptools"}


def test_every_imported_library_is_a_direct_dependency():
    declared = {_name(r) for r in PROJECT["project"]["dependencies"]}
    distributions = packages_distributions()
    for module in _imported_modules():
        assert module in distributions, f"{module} is imported but not installed"
        assert {_name(d) for d in distributions[module]} & declared, f"{module} is not declared"


def test_what_trafilatura_imports_through_justext_is_declared_too():
    """jusText asks for lxml[html_clean]; pip 23 does not match that to lxml 6's html-clean extra,
    so lxml_html_clean is declared by its own name (and saved web pages import)."""
    assert "lxml-html-clean" in {_name(r) for r in PROJECT["project"]["dependencies"]}
    import lxml.html.clean  # noqa: F401  (what jusText imports)


def test_build_requirements_are_the_dependencies_they_build_from():
    """The wheel's prebuilt tables are built from these packages: the same versions must be asked
    for at build time as at install time, or the tables' keys would not match."""
    dependencies = {_name(r): r.replace(" ", "") for r in PROJECT["project"]["dependencies"]}
    for requirement in PROJECT["build-system"]["requires"]:
        name = _name(requirement)
        if name == "setuptools":
            # `license = "MIT"` is PEP 639's, which setuptools reads from version 77 on
            assert requirement.replace(" ", "") == "setuptools>=77"
        else:
            assert dependencies[name] == requirement.replace(" ", ""), requirement


def test_a_checkout_reads_the_top_level_folders():
    assert resources.DATA_ROOT == ROOT and resources.RESOURCES == ROOT / "resources"
    assert resources.SEEDS == ROOT / "seeds" and resources.I18N == ROOT / "i18n"
    assert resources.resource_path("userdict.txt").is_file()
