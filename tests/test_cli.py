"""The command line on real files: run in this process where a process adds nothing (`dubao`),
as a real process where the process is what is tested (`dubao_process`: what reaches the
terminal, the priority, the environment), and several commands in one other process where this
one must be kept apart from them (`dubao_in_one_process`: a read that must not block, a user
without root's privileges)."""

import io
import json
import os
import shutil
import stat
import subprocess
import sys
from pathlib import Path

import pytest

from desktop.__main__ import main
from tests.conftest import ROOT, SAMPLE, SECOND_PAGE


def dubao(*args, cwd=ROOT):
    """`python -m desktop ARGS` as `run()` runs it, in this process: its exit status and what it
    printed on each stream."""
    out, err = (io.TextIOWrapper(io.BytesIO(), encoding="utf-8", write_through=True) for _ in "12")
    saved, here = (sys.stdout, sys.stderr), os.getcwd()
    sys.stdout, sys.stderr = out, err
    os.chdir(cwd)
    try:
        code = main([str(a) for a in args])
    except SystemExit as exit:  # argparse's usage errors
        code = exit.code
    finally:
        sys.stdout, sys.stderr = saved
        os.chdir(here)
    printed = [s.buffer.getvalue().decode("utf-8") for s in (out, err)]
    return subprocess.CompletedProcess(args, code, *printed)


@pytest.fixture(scope="module")
def imported(tmp_path_factory):
    """A library that `dubao import SAMPLE` made, for the tests whose subject is not the import."""
    path = tmp_path_factory.mktemp("imported") / "l.db"
    run = dubao("import", SAMPLE, "--library", path)
    assert run.returncode == 0 and "5 articles" in run.stdout, run.stderr
    assert [p.name for p in path.parent.iterdir()] == ["l.db"]  # closed: no -wal, no -shm
    return path


@pytest.fixture
def library(imported, tmp_path):
    """A copy of `imported` of this test's own, as `dubao import SAMPLE --library` left it."""
    return Path(shutil.copy(imported, tmp_path / "l.db"))


def dubao_process(*args, cwd=ROOT):
    env = dict(os.environ, PYTHONIOENCODING="utf-8")
    return subprocess.run(
        [sys.executable, "-m", "desktop", *map(str, args)],
        capture_output=True,
        text=True,
        encoding="utf-8",
        cwd=cwd,
        env=env,
        timeout=120,
    )


def test_analyze_json_contract():
    run = dubao_process("analyze", "--json", SAMPLE)
    assert run.returncode == 0, run.stderr
    assert run.stderr == ""  # jieba's loading chatter never reaches the user
    (doc,) = json.loads(run.stdout)["documents"]
    assert doc["path"] == str(SAMPLE) and doc["encoding"] == "utf-8"
    assert len(doc["articles"]) == 5
    first = doc["articles"][0]
    assert first["title"] == "跨境电商综试区十年成效明显 未来差异化协调发展成关键"
    assert first["figures"] and first["speakers"] and first["statements"]


def test_analyze_reports_the_encoding(tmp_path):
    page = tmp_path / "gbk.txt"
    page.write_bytes(SAMPLE.read_text(encoding="utf-8").encode("gb18030"))
    run = dubao("analyze", "--json", page)
    assert run.returncode == 0
    (doc,) = json.loads(run.stdout)["documents"]
    assert doc["encoding"] == "gb18030" and len(doc["articles"]) == 5


def test_human_summary():
    run = dubao("analyze", SAMPLE)
    assert run.returncode == 0
    assert "5 articles" in run.stdout and "科技立法改善创新生态" in run.stdout


def _bad_inputs(tmp_path):
    (tmp_path / "empty.txt").write_bytes(b"")
    (tmp_path / "image.png").write_bytes(b"\x89PNG\r\n\x1a\n" + bytes(range(256)))
    (tmp_path / "random.bin").write_bytes(os.urandom(4096))
    (tmp_path / "latin.txt").write_bytes(b"\x81\x30\xff\xff\xa1\xfe\xfe\x80")
    (tmp_path / "folder").mkdir()
    return ["missing.txt", "empty.txt", "image.png", "random.bin", "latin.txt", "folder"]


@pytest.mark.parametrize(
    "name", ["missing.txt", "empty.txt", "image.png", "random.bin", "latin.txt", "folder"]
)
def test_bad_input_is_one_line_and_status_2(tmp_path, name):
    _bad_inputs(tmp_path)
    before = {p.name: p.read_bytes() for p in tmp_path.iterdir() if p.is_file()}
    run = dubao("analyze", "--json", tmp_path / name)
    assert run.returncode == 2
    assert run.stdout == ""
    assert len(run.stderr.strip().splitlines()) == 1 and "Traceback" not in run.stderr
    assert name in run.stderr
    assert {p.name: p.read_bytes() for p in tmp_path.iterdir() if p.is_file()} == before


def test_one_bad_file_among_good_ones_prints_nothing(tmp_path):
    _bad_inputs(tmp_path)
    run = dubao("analyze", "--json", SAMPLE, tmp_path / "empty.txt")
    assert run.returncode == 2 and run.stdout == ""


def test_usage_errors_are_one_line():
    run = dubao("analyze")
    assert run.returncode == 2 and len(run.stderr.strip().splitlines()) == 1


def test_import_into_a_library(tmp_path):
    run = dubao("import", SAMPLE, "--library", tmp_path / "l.db")
    assert run.returncode == 0, run.stderr
    assert "5 articles" in run.stdout
    again = dubao("import", ROOT / "seeds", "--library", tmp_path / "l.db")
    assert again.returncode == 0 and "5 articles" in again.stdout


# the command run in a process of its own, which then prints how much nicer it left itself
_NICENESS_AFTER = (
    "import os, sys\n"
    "from desktop.__main__ import main\n"
    "before = os.nice(0)\n"
    "code = main(sys.argv[1:])\n"
    "print('niceness', os.nice(0) - before)\n"
    "sys.exit(code)\n"
)


def test_import_for_the_reader_prints_progress_and_ids_at_a_lower_priority(tmp_path):
    # the 2-article second page: a niced child waits behind every busy process for each article
    run = subprocess.run(
        [
            *(sys.executable, "-c", _NICENESS_AFTER),
            *("import", "--progress", "--background", SECOND_PAGE, "--library", tmp_path / "l.db"),
        ],
        capture_output=True,
        text=True,
        encoding="utf-8",
        cwd=ROOT,
        timeout=120,
    )
    assert run.returncode == 0, run.stderr
    *lines, niceness = run.stdout.splitlines()
    assert (
        lines[0].startswith("progress ")
        and lines[-1].split()[0] == "ids"
        and len(lines[-1].split()) == 3
    )
    # os.nice raises the niceness by 10, or by what is left below the ceiling of 19
    assert niceness == f"niceness {min(10, 19 - os.nice(0))}"


def test_import_uses_the_environment_variable(tmp_path, monkeypatch):
    monkeypatch.setenv("DUBAO_LIBRARY", str(tmp_path / "env.db"))
    run = dubao("import", SAMPLE)
    assert run.returncode == 0 and (tmp_path / "env.db").exists()


def test_import_into_something_that_is_not_a_library(tmp_path):
    not_a_library = tmp_path / "notes.db"
    not_a_library.write_bytes(b"my precious notes, not SQLite at all" * 50)
    before = not_a_library.read_bytes()
    run = dubao("import", SAMPLE, "--library", not_a_library)
    assert run.returncode == 2 and len(run.stderr.strip().splitlines()) == 1
    assert "not a Dubao library" in run.stderr and "Traceback" not in run.stderr
    assert not_a_library.read_bytes() == before


def test_import_of_a_bad_file_leaves_the_library_as_it_was(tmp_path, library):
    empty = tmp_path / "empty.txt"
    empty.write_bytes(b"")
    run = dubao("import", empty, "--library", library)
    assert run.returncode == 2 and "empty" in run.stderr
    from desktop.store import Library

    with Library(library) as lib:
        assert len(lib.articles()) == 5


def test_export_command(tmp_path, library):
    run = dubao(
        "export",
        "--format",
        "figures-csv",
        "--out",
        tmp_path / "f.csv",
        "--library",
        library,
        "--article",
        "1",
    )
    assert run.returncode == 0, run.stderr
    assert (tmp_path / "f.csv").read_bytes().startswith(b"\xef\xbb\xbf")
    bad = dubao("export", "--format", "docx", "--out", tmp_path / "x", "--library", library)
    assert bad.returncode == 2 and len(bad.stderr.strip().splitlines()) == 1
    missing = dubao(
        "export", "--format", "csv", "--out", tmp_path / "x.csv", "--library", tmp_path / "none.db"
    )
    assert missing.returncode == 2 and not (tmp_path / "none.db").exists()


def test_analyze_reads_web_pages_as_import_does():
    run = dubao("analyze", "--json", ROOT / "tests" / "data" / "news_page.html")
    assert run.returncode == 0, run.stderr
    (doc,) = json.loads(run.stdout)["documents"]
    (article,) = doc["articles"]
    assert article["title"] == "科技立法改善创新生态 助力形成新质生产力"
    assert "相关阅读" not in article["text"]


# --- hostile input, as a user meets it: real processes, real files --------------------------------


def _one_line_status_2(run):
    assert run.returncode == 2, (run.stdout, run.stderr)
    assert len(run.stderr.splitlines()) == 1 and "Traceback" not in run.stderr, run.stderr
    return run.stderr.strip()


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="no FIFOs on this system")
def test_analyze_of_a_fifo_or_a_device_ends_at_once(tmp_path):
    fifo = tmp_path / "page.txt"
    os.mkfifo(fifo)
    link = tmp_path / "zero.html"
    link.symlink_to("/dev/zero")
    cases = (
        (fifo, "is a pipe (FIFO), not a regular file"),
        ("/dev/zero", "is a device"),
        (link, "is a device"),
    )
    runs = dubao_in_one_process(*(("analyze", path) for path, _ in cases))  # a read would block it
    for run, (path, says) in zip(runs, cases, strict=True):
        assert _one_line_status_2(run) == f"dubao: {path}: {says}" + (
            ", not a regular file" if says == "is a device" else ""
        )


def test_a_name_with_a_newline_gives_one_line(tmp_path):
    odd = tmp_path / "第一版\n.txt"
    odd.write_bytes(b"")
    message = _one_line_status_2(dubao("analyze", odd))
    assert message == f"dubao: '{tmp_path}/第一版\\n.txt': the file is empty"
    message = _one_line_status_2(dubao("import", odd, "--library", tmp_path / "l.db"))
    assert message.endswith("\\n.txt': the file is empty")


def test_import_reads_every_input_before_importing_anything(tmp_path):
    library = tmp_path / "l.db"
    empty = tmp_path / "empty.txt"
    empty.write_bytes(b"")
    message = _one_line_status_2(dubao("import", SAMPLE, empty, "--library", library))
    assert message == f"dubao: {empty}: the file is empty"
    assert not library.exists()  # not even opened
    assert dubao("import", SAMPLE, "--library", library).returncode == 0
    before = {p.name: p.read_bytes() for p in tmp_path.iterdir() if p.name.startswith("l.db")}
    second = tmp_path / "second.txt"
    second.write_text(
        (ROOT / "tests" / "data" / "second_page.txt").read_text(encoding="utf-8"), encoding="utf-8"
    )
    _one_line_status_2(dubao("import", second, empty, "--library", library))
    assert {
        p.name: p.read_bytes() for p in tmp_path.iterdir() if p.name.startswith("l.db")
    } == before


# Several commands in one process, each `main(args)` run there as `dubao()` runs it here, what it
# printed and its status sent back as JSON; as the user `nobody` first when asked to (as root,
# permissions do not bite). What the commands load later is loaded first (the interpreter's own
# files may be in a folder that `nobody` cannot read).
IN_ONE_PROCESS = """
import io, json, os, pwd, sys
import desktop.__main__, desktop.core.analysis, desktop.core.sources
import desktop.store, desktop.store.export, sqlite_utils
if sys.argv[1] == "nobody" and os.geteuid() == 0:
    nobody = pwd.getpwnam("nobody")
    os.setgroups([])
    os.setgid(nobody.pw_gid)
    os.setuid(nobody.pw_uid)
runs = []
for args in json.loads(sys.argv[2]):
    out, err = (io.TextIOWrapper(io.BytesIO(), encoding="utf-8", write_through=True) for _ in "12")
    sys.stdout, sys.stderr = out, err
    try:
        code = desktop.__main__.main(args)
    except SystemExit as exit:
        code = exit.code
    finally:
        sys.stdout, sys.stderr = sys.__stdout__, sys.__stderr__
    runs.append([code, *(s.buffer.getvalue().decode("utf-8") for s in (out, err))])
print(json.dumps(runs))
"""


def dubao_in_one_process(*commands, user=""):
    """Each command (a tuple of arguments) as `dubao()` runs it, all in one new process (as
    `user` "nobody" if asked): where a command could block this one (a FIFO), or needs fewer
    privileges than root. Nothing may reach the process's own stderr."""
    env = dict(os.environ, PYTHONIOENCODING="utf-8", PYTHONDONTWRITEBYTECODE="1")
    run = subprocess.run(
        [
            sys.executable,
            "-c",
            IN_ONE_PROCESS,
            user,
            json.dumps([list(map(str, c)) for c in commands]),
        ],
        capture_output=True,
        text=True,
        encoding="utf-8",
        cwd=ROOT,
        env=env,
        timeout=120,
    )
    assert run.returncode == 0 and run.stderr == "", run.stderr
    return [
        subprocess.CompletedProcess(c, *printed)
        for c, printed in zip(commands, json.loads(run.stdout))
    ]


@pytest.fixture
def shared_folder():
    """A folder everyone can reach (pytest's own is root's alone), removed afterwards."""
    import pwd
    import shutil
    import tempfile

    if os.geteuid() == 0:
        try:
            pwd.getpwnam("nobody")
        except KeyError:
            pytest.skip("running as root, and there is no user `nobody` to drop privileges to")
    folder = tempfile.mkdtemp(prefix="dubao-perm-")
    os.chmod(folder, 0o755)
    try:
        yield Path(folder)
    finally:
        for root, dirs, _ in os.walk(folder):
            for d in dirs:
                os.chmod(os.path.join(root, d), 0o755)
        shutil.rmtree(folder)


def dubao_unprivileged(*args):
    (run,) = dubao_in_one_process(args, user="nobody")
    return run


def _chown_to_nobody(*paths):
    if os.geteuid() == 0:
        import pwd

        nobody = pwd.getpwnam("nobody")
        for p in paths:
            os.chown(p, nobody.pw_uid, nobody.pw_gid)


def test_files_and_folders_that_cannot_be_read_are_one_line(shared_folder):
    closed = shared_folder / "closed"  # no search permission: its files cannot even be looked at
    closed.mkdir()
    (closed / "page.txt").write_text("跨境电商", encoding="utf-8")
    unlisted = shared_folder / "unlisted"  # no read permission: it cannot be listed
    unlisted.mkdir()
    (unlisted / "page.txt").write_text("跨境电商", encoding="utf-8")
    private = shared_folder / "private.txt"
    private.write_text("跨境电商", encoding="utf-8")
    os.chmod(private, 0o000)
    os.chmod(closed, 0o644)
    os.chmod(unlisted, 0o311)
    library = shared_folder / "l.db"
    cases = (
        (("import", closed / "page.txt"), f"{closed}/page.txt: cannot be read (permission denied)"),
        (
            ("import", closed),
            f"{closed}/page.txt: cannot be read (permission denied)",
        ),  # listed, not read
        (("import", unlisted), f"{unlisted}: the folder cannot be read (permission denied)"),
        (("import", private), f"{private}: cannot be read (permission denied)"),
        (
            ("analyze", closed / "page.txt"),
            f"{closed}/page.txt: cannot be read (permission denied)",
        ),
    )
    runs = dubao_in_one_process(
        *((*args, *(("--library", library) if args[0] == "import" else ())) for args, _ in cases),
        user="nobody",
    )
    for run, (_, says) in zip(runs, cases, strict=True):
        assert _one_line_status_2(run) == f"dubao: {says}"
    assert not library.exists()


def test_an_export_into_a_folder_that_cannot_be_written_is_one_line(shared_folder, imported):
    library = Path(shutil.copy(imported, shared_folder / "l.db"))
    _chown_to_nobody(shared_folder, *shared_folder.iterdir())
    locked = shared_folder / "locked"
    locked.mkdir(mode=0o555)
    os.chmod(locked, 0o555)
    run = dubao_unprivileged(
        "export", "--format", "csv", "--out", locked / "h.csv", "--library", library
    )
    assert (
        _one_line_status_2(run) == f"dubao: {locked}/h.csv: cannot be written (permission denied)"
    )
    assert list(locked.iterdir()) == []


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="no FIFOs on this system")
def test_export_never_replaces_a_device_or_a_pipe(tmp_path, library):
    fifo = tmp_path / "out.csv"
    os.mkfifo(fifo)
    targets = [fifo]
    if os.geteuid() == 0:  # our own node standing for /dev/null, which root's export replaced
        null = tmp_path / "null"
        os.mknod(null, 0o666 | stat.S_IFCHR, os.makedev(1, 3))
        targets.append(null)
    for target in targets:
        run = dubao("export", "--format", "csv", "--out", target, "--library", library)
        assert _one_line_status_2(run).endswith(
            "is not a regular file (a device or a pipe); name a file to write"
        )
    assert stat.S_ISFIFO(os.stat(fifo).st_mode)
    assert os.geteuid() != 0 or stat.S_ISCHR(os.stat(tmp_path / "null").st_mode)


def test_exports_take_the_umask_and_anki_leaves_nothing_in_the_temporary_folder(
    tmp_path, library, monkeypatch
):
    """Each export as `dubao()` runs it, under the umask and with the TMPDIR it is given (as a
    process reads them: the umask of this one, and the temporary folder as tempfile finds it
    first, from TMPDIR)."""
    import tempfile

    from desktop.store import Library

    with Library(library) as lib:
        lib.add_highlight(lib.articles()[0]["id"], 0, 5, note="私人笔记")
    scratch = tmp_path / "tmp"
    scratch.mkdir()
    monkeypatch.setenv("TMPDIR", str(scratch))
    monkeypatch.setattr(tempfile, "tempdir", None)  # found again, from TMPDIR, as a new process
    for fmt, umask, mode in (
        ("anki", 0o022, 0o644),
        ("markdown", 0o077, 0o600),
        ("csv", 0o002, 0o664),
    ):
        out = tmp_path / f"h-{fmt}"
        before = os.umask(umask)
        try:
            run = dubao("export", "--format", fmt, "--out", out, "--library", library)
        finally:
            os.umask(before)
        assert run.returncode == 0, run.stderr
        assert stat.S_IMODE(os.stat(out).st_mode) == mode
    assert list(scratch.iterdir()) == []  # genanki left a copy of every note here
    assert not [p for p in tmp_path.iterdir() if p.name.startswith(".dubao-export-")]


def test_export_to_a_symbolic_link_loop_is_one_line(tmp_path, library):
    loop = tmp_path / "loop.md"
    loop.symlink_to("loop.md")
    run = dubao("export", "--format", "markdown", "--out", loop, "--library", library)
    assert (
        _one_line_status_2(run)
        == f"dubao: {loop}: cannot be written (too many levels of symbolic links)"
    )
