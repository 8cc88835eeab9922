# Two commands for a newcomer: `make run` and `make test`. Both check what the system must give Qt
# (desktop/system.py: installed as root with apt-get, else named in one line), create .venv on first
# use and build what the reader reads: the translations and the prebuilt tables.
PYTHON ?= python3
VENV   := .venv
PY     := $(VENV)/bin/python
STAMP  := $(VENV)/.installed-stamp

QM       := i18n/dubao_zh_CN.qm i18n/dubao_en.qm
PREBUILT := resources/prebuilt/.built
# what the prebuilt tables are made by (desktop/core/startup.py builds them)
TABLES_CODE := desktop/core/startup.py desktop/core/cache.py desktop/core/segment.py \
               desktop/core/pinyin.py desktop/core/dictionary.py
# what the analysis is made of: a prepared import names its digest, so a stale one is never read
# (the files of desktop/store/prepared_ahead.py's analysis_files)
ANALYSIS := $(wildcard desktop/core/*.py resources/*.txt resources/polyphone/*) \
            desktop/store/documents.py desktop/store/prepared_ahead.py
DATA_HOME ?= $(or $(XDG_DATA_HOME),$(HOME)/.local/share)

.PHONY: run test lint bench stress translations clean system install-desktop wheel

$(STAMP): pyproject.toml setup.py
	@$(PYTHON) -m desktop.system venv
	test -x $(PY) || $(PYTHON) -m venv $(VENV)
	$(PY) -m pip install --quiet --upgrade pip
	$(PY) -m pip install --quiet -e '.[test]'
	$(PY) -m compileall -q desktop  # bytecode now, not in the first start (nor every start, with PYTHONDONTWRITEBYTECODE)
	touch $(STAMP)

# the system's part: the libraries Qt loads from it, and a font with Chinese characters
system: $(STAMP)
	@$(PY) -m desktop.system

# the interface's translations, built from the Qt Linguist sources (lrelease needs the system's part)
i18n/%.qm: i18n/%.ts $(STAMP) | system
	$(VENV)/bin/pyside6-lrelease -silent $< -qm $@

# the derived tables a start would otherwise build (jieba's dictionary, CC-CEDICT), and the
# sample page's import prepared ahead (desktop/store/prepared_ahead.py): kept out of git
$(PREBUILT): $(STAMP) $(TABLES_CODE) $(ANALYSIS) $(wildcard seeds/*)
	$(PY) -m desktop.core.startup resources/prebuilt >/dev/null
	$(PY) -m desktop.store.prepared_ahead resources/prebuilt >/dev/null
	touch $@

run: system $(QM) $(PREBUILT)
	$(PY) -m desktop seeds/

# on every core: the suite's tests share no files (each has its own temporary folder)
test: system $(QM) $(PREBUILT)
	QT_QPA_PLATFORM=offscreen $(PY) -m pytest -n auto

# style and types with the venv's ruff and mypy, the versions pyproject.toml pins (the pre-commit
# hooks run the same): every check runs, and any that fails fails the target
lint: $(STAMP)
	status=0; \
	$(VENV)/bin/ruff format --check --output-format concise . || status=1; \
	$(VENV)/bin/ruff check --output-format concise . || status=1; \
	$(VENV)/bin/mypy || status=1; \
	exit $$status

bench: system $(QM) $(PREBUILT)
	QT_QPA_PLATFORM=offscreen $(PY) tests/bench/run_bench.py

stress: system $(QM) $(PREBUILT)
	QT_QPA_PLATFORM=offscreen DUBAO_STRESS=1 $(PY) -m pytest tests/stress

# collect new user-facing strings into i18n/*.ts (then translate them in Qt Linguist)
translations: $(STAMP)
	$(VENV)/bin/pyside6-lupdate -no-obsolete $$(find desktop -name '*.py' | sort) -ts i18n/dubao_zh_CN.ts i18n/dubao_en.ts

# the reader in the desktop's menus, opening .txt, .html and .epub files (Linux)
install-desktop: system $(QM) $(PREBUILT)
	$(VENV)/bin/dubao-desktop-entry --data-home '$(DATA_HOME)'

# the wheel (dist/), as `pip install .` and `pipx install .` build it
wheel: $(STAMP)
	$(PY) -m pip wheel --quiet --no-deps . -w dist

clean:
	rm -rf $(VENV) build dist *.egg-info .pytest_cache .hypothesis i18n/*.qm resources/prebuilt
