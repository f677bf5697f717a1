"""Windows and dialogs that fit the screen they open on: an office laptop is often
1366x768, minus a task bar; a window larger than that has buttons out of reach."""

from __future__ import annotations

from PySide6.QtCore import QByteArray, QRect
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QScrollArea, QVBoxLayout, QWidget

MARGIN = 16  # room for the window's frame and title bar around the client area


def available(widget: QWidget) -> QRect:
    screen = widget.screen() or QGuiApplication.primaryScreen()
    return screen.availableGeometry()


def fit_to_screen(widget: QWidget, width: int, height: int) -> None:
    """Size ``widget`` to ``width`` x ``height`` or the available screen, whichever is
    smaller, and keep it on that screen."""
    area = available(widget)
    frame = widget.frameGeometry().size() - widget.geometry().size()
    w = min(width, area.width() - frame.width() - MARGIN)
    h = min(height, area.height() - frame.height() - MARGIN * 2)
    widget.resize(max(w, widget.minimumWidth()), max(h, widget.minimumHeight()))
    geometry = widget.frameGeometry()
    if not area.contains(geometry):
        geometry.moveCenter(area.center())
        widget.move(geometry.topLeft())


def restore_if_it_fits(widget: QWidget, saved: QByteArray | None, width: int, height: int) -> None:
    """Put the window where it was last time, when that still fits a screen (a laptop
    taken off its large monitor must not open half outside); otherwise fit it."""
    if saved is not None and widget.restoreGeometry(saved):
        screens = [s.availableGeometry() for s in QGuiApplication.screens()]
        if any(area.contains(widget.frameGeometry()) for area in screens):
            return
    fit_to_screen(widget, width, height)


def scrolling_layout(owner: QWidget) -> QVBoxLayout:
    """The layout to fill ``owner`` with, inside a scroll area: at 200% scaling or with a
    large system font, a 1366x768 screen leaves a page less room than its fields need,
    and the page then scrolls instead of being cut (the area has no frame and is not
    seen otherwise). Tab scrolls the field it reaches into view."""
    body = QWidget()
    area = QScrollArea()
    area.setFrameShape(QScrollArea.Shape.NoFrame)
    area.setWidgetResizable(True)
    area.setWidget(body)
    outer = QVBoxLayout(owner)
    outer.setContentsMargins(0, 0, 0, 0)
    outer.addWidget(area)
    return QVBoxLayout(body)
