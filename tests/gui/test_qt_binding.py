"""Guards against known defects of the Qt binding that would crash the reader."""

import sys

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QSortFilterProxyModel, Qt

_ROOT = QModelIndex()


class _Model(QAbstractTableModel):
    def rowCount(self, parent=_ROOT):
        return 1

    def columnCount(self, parent=_ROOT):
        return 1

    def data(self, index, role=Qt.ItemDataRole.DisplayRole):
        return "x" if role == Qt.ItemDataRole.DisplayRole else None


def test_returning_none_from_an_override_keeps_none_alive(qapp):
    """PySide6 6.12.0 decremented None's count on every such return: after some thousands
    of item-view paints Python aborted with `none_dealloc`."""
    model = _Model()
    proxy = QSortFilterProxyModel()
    proxy.setSourceModel(model)
    before = sys.getrefcount(None)
    for _ in range(500):
        proxy.index(0, 0).data(Qt.ItemDataRole.DecorationRole)
    assert sys.getrefcount(None) >= before - 50
