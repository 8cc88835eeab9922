"""Backups in the window: the daily one, Back up now, Restore from backup…, a damaged library at
start, and a library that takes no writes. Real window, real files."""

from datetime import datetime, timedelta

from PySide6.QtWidgets import QMessageBox

from desktop.gui.app import _open_or_recover
from desktop.gui.backups import RestoreDialog, describe_age
from desktop.store import Library
from desktop.store import backup as backups
from tests.helpers import store_page, when_modal


def _button(box: QMessageBox, text: str):
    return next(b for b in box.buttons() if text in b.text().replace("&", ""))


def test_the_window_makes_the_days_backup_off_the_ui_thread(window, qtbot):
    path = window.library.path
    qtbot.waitUntil(lambda: len(backups.backups(path)) == 1, timeout=20000)
    (made,) = backups.backups(path)
    assert made.made.date() == datetime.now().date()
    with Library(made.path, read_only=True) as copy:
        assert len(copy.articles()) == len(window.library.articles())


def test_back_up_now_says_where(window, qtbot):
    qtbot.waitUntil(lambda: len(backups.backups(window.library.path)) == 1, timeout=20000)
    window.commands.backup_now.trigger()
    qtbot.waitUntil(lambda: "Backed up to" in window.status_label.text(), timeout=20000)
    assert (
        len(backups.backups(window.library.path)) == 1
    )  # today's newest is kept, the older one rolled


def test_restore_from_backup_replaces_the_library_and_keeps_the_current_file(window, qtbot):
    lib = window.library
    aid = lib.articles()[0]["id"]
    lib.add_highlight(aid, 0, 4, note="in the backup")
    made = backups.make_backup(lib.path, now=datetime.now() - timedelta(days=2))
    lib.add_highlight(aid, 5, 9, note="after it")

    def choose(dialog):
        rows = [dialog.list.item(i).text() for i in range(dialog.list.count())]
        dialog.list.setCurrentRow(next(i for i, text in enumerate(rows) if "2 days ago" in text))
        dialog.accept()

    when_modal(choose)
    window.commands.restore_backup.trigger()
    assert window.library is not lib
    assert [h["note"] for h in window.library.highlights()] == ["in the backup"]
    assert "kept as" in window.status_label.text()
    replaced = [p for p in made.parent.iterdir() if "replaced" in p.name and p.suffix == ".db"]
    assert len(replaced) == 1
    with Library(replaced[0], read_only=True) as aside:
        assert sorted(h["note"] for h in aside.highlights()) == ["after it", "in the backup"]
    assert window.article is not None


def test_restore_dialog_lists_backups_newest_first_with_their_age(qtbot, tmp_path):
    path = tmp_path / "l.db"
    Library(path).close()
    backups.make_backup(path, now=datetime.now() - timedelta(days=3))
    backups.make_backup(path, now=datetime.now() - timedelta(hours=2))
    dialog = RestoreDialog(path)
    qtbot.addWidget(dialog)
    texts = [dialog.list.item(i).text() for i in range(dialog.list.count())]
    assert "2 hours ago" in texts[0] and "3 days ago" in texts[1]
    assert dialog.chosen() == backups.backups(path)[0].path
    assert describe_age(datetime.now() - timedelta(minutes=5)) == "5 minutes ago"
    assert describe_age(datetime.now() - timedelta(minutes=1)) == "just now"


def _damage(path):
    with open(path, "r+b") as f:
        f.seek(2 * 4096)
        f.write(b"\xee" * 4096)


def test_a_damaged_library_at_start_offers_the_newest_good_backup(qtbot, tmp_path):
    path = tmp_path / "l.db"
    with Library(path) as lib:
        (aid, *_) = store_page(lib)
        lib.add_highlight(aid, 0, 3, note="safe")
    backups.make_backup(path, now=datetime.now() - timedelta(days=2))
    _damage(path)
    seen = []

    def restore(box):
        seen.append(box.informativeText())
        _button(box, "Restore the backup").click()

    when_modal(restore)
    library = _open_or_recover(path, interactive=True)
    assert "2 days ago" in seen[0]
    assert library is not None and library.damage is None and not library.read_only
    assert [h["note"] for h in library.highlights()] == ["safe"]
    library.close()


def test_a_damaged_library_without_backups_opens_read_only(qtbot, tmp_path):
    path = tmp_path / "l.db"
    with Library(path) as lib:
        store_page(lib)
    _damage(path)
    before = path.read_bytes()
    when_modal(lambda box: _button(box, "Open read-only").click())
    library = _open_or_recover(path, interactive=True)
    assert library is not None and library.damage
    library.close()
    assert path.read_bytes() == before


def test_a_read_only_library_says_so(qtbot, tmp_path, settings):
    from desktop.gui.main_window import MainWindow

    path = tmp_path / "l.db"
    with Library(path) as lib:
        store_page(lib)
    with Library(path, read_only=True) as lib:
        window = MainWindow(lib, settings)
        qtbot.addWidget(window)
        window.show()
        window.open_article(lib.articles()[0]["id"])
        assert window.windowTitle().endswith("(read-only)")
        assert window.read_only_label.isVisible() and "Read-only" in window.read_only_label.text()
        window.view.select_range(0, 4)
        # the message opens without blocking and is answered below: no poll for a modal dialog
        # here, which would run on into later tests and answer their dialogs
        window.commands.highlight_yellow.trigger()
        qtbot.waitUntil(
            lambda: any(b.isVisible() for b in window.findChildren(QMessageBox)), timeout=5000
        )
        (box,) = [b for b in window.findChildren(QMessageBox) if b.isVisible()]
        assert "read-only" in box.text() + box.informativeText()
        box.accept()
        assert lib.highlights() == []
        window.close()
    assert not backups.backups(path)  # no backup of a library opened read-only either


def test_preferences_keep_the_backup_counts(qtbot, settings):
    from desktop.gui.preferences import PreferencesDialog

    dialog = PreferencesDialog(settings)
    qtbot.addWidget(dialog)
    dialog.daily.setValue(3)
    dialog.weekly.setValue(9)
    dialog.apply()
    assert (settings.backup_daily, settings.backup_weekly) == (3, 9)
