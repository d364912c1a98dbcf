"""Window sizes that fit the screen: at 1366×768 with a taskbar a 1000-pixel-high window would hang off it."""

from __future__ import annotations

from PySide6.QtCore import QSize
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QWidget

FRAME = QSize(16, 40)  # the window manager's border and title bar, outside the size a widget is given


def available(widget: QWidget | None = None) -> QSize:
    """The room a window has on its screen (the primary one before it is shown), taskbar and frame left out."""
    screen = (widget.screen() if widget is not None else None) or QGuiApplication.primaryScreen()
    if screen is None:
        return QSize(1366, 728) - FRAME
    return screen.availableGeometry().size() - FRAME


def fitted(size: QSize, widget: QWidget | None = None) -> QSize:
    """``size`` made no larger than the screen's free room."""
    return size.boundedTo(available(widget))


def resize_to_fit(widget: QWidget, size: QSize) -> None:
    widget.resize(fitted(size, widget))
