"""The first start: the sample page stored from its import prepared ahead, no child process."""

from desktop.store.prepared_ahead import build
from tests.conftest import ROOT, SAMPLE


def test_the_sample_prepared_ahead_is_stored_without_a_child(
    qtbot, library, settings, tmp_path, monkeypatch
):
    from desktop.gui.main_window import MainWindow

    folder = tmp_path / "prebuilt"
    build(folder, [SAMPLE])
    monkeypatch.setenv("DUBAO_PREBUILT", str(folder))
    window = MainWindow(library, settings)
    qtbot.addWidget(window)
    window.show()
    started, progress = [], []
    window.files.imports.started.connect(started.append)
    window.files.imports.progressed.connect(lambda d, t: progress.append((d, t)))
    with qtbot.waitSignal(window.import_finished, timeout=60000) as done:
        window.open_files([str(ROOT / "seeds")], background=False)
    assert started == [str(SAMPLE)] and progress == []  # the child reports progress; none ran
    assert len(done.args[0]) == 5 and window.article_id == done.args[0][0]
    assert library.document_digest(SAMPLE) is not None
    assert window.article["tokens"] and window.article["figures"]
