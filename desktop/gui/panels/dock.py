"""A dock that builds its panel the first time it is seen and fills it only while it is seen.

Most docks sit behind another's tab. Building them and filling them on every article change was a
fifth of the time to the first picture and part of the pause when an import ends; now the work
waits until somebody looks at the tab, or asks for the panel."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtWidgets import QDockWidget, QWidget


class LazyDock(QDockWidget):
    def __init__(
        self,
        name: str,
        title: str,
        parent: QWidget,
        build: Callable[[], QWidget],
        fill: Callable[[QWidget], None] | None = None,
    ):
        super().__init__(title, parent)
        self.setObjectName(name)
        self._build, self._fill = build, fill
        self._panel: QWidget | None = None
        self._stale = True
        self.visibilityChanged.connect(lambda visible: visible and self.on_screen() and self.panel)

    @property
    def panel(self) -> QWidget:
        """The panel, built if need be and brought up to date."""
        if self._panel is None:
            self._panel = self._build()
            self.setWidget(self._panel)
        if self._stale:
            self._stale = False
            if self._fill is not None:
                self._fill(self._panel)
        return self._panel

    def is_built(self) -> bool:
        return self._panel is not None

    def on_screen(self) -> bool:
        # a dock behind another's tab still says isVisible(); its visible region is empty
        return self.isVisible() and not self.visibleRegion().isEmpty()

    def mark_stale(self) -> None:
        """What the panel shows has changed: fill it when it is next seen or asked for."""
        self._stale = True

    def refresh(self) -> None:
        """Fill the panel if it is on screen and out of date."""
        if self._stale and self.on_screen():
            self.panel  # noqa: B018 - reading the property builds and fills the panel

    def changed(self) -> None:
        """What the panel shows has changed: fill it now if it is on screen, else when next seen."""
        self._stale = True
        self.refresh()
