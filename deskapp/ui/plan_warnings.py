"""The business plan's warnings (unbalanced sources and uses, negative cash, weak debt
coverage, CFI conditions not met), in words, each with the part of the editor where
it arises so a click leads there."""

from __future__ import annotations

from collections.abc import Callable
from decimal import Decimal

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QKeyEvent, QMouseEvent
from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget

from deskapp.services.plan_model import MONEY_PARAMS, PlanResult
from deskapp.ui.formatting import format_amount, format_money

WARNING_STYLE = (
    "QLabel { background: #fff4ce; border: 1px solid #e0c36b; border-radius: 3px; "
    "padding: 4px 6px; color: #3b2f00; } "
    "QLabel:focus { border: 2px solid #3b2f00; }"
)


def format_params(params: dict[str, object]) -> dict[str, object]:
    shown: dict[str, object] = {}
    for key, value in params.items():
        if isinstance(value, Decimal):
            shown[key] = (
                format_money(value)
                if key in MONEY_PARAMS
                else format_amount(value).removesuffix("00").rstrip(",.")
                if value == value.to_integral_value()
                else format_amount(value)
            )
        else:
            shown[key] = value
    return shown


def warning_texts(result: PlanResult) -> list[tuple[str, str]]:
    """(topic, text) for each warning, translated."""
    return [
        (
            w.topic,
            QCoreApplication.translate("Plan", w.template).format(**format_params(w.params)),
        )
        for w in result.warnings
    ]


class WarningLine(QLabel):
    """A warning that leads to where it arises: clicked, or Enter (or Space) once Tab
    has reached it (a frame shows it has the focus)."""

    def __init__(self, text: str, go: Callable[[], None]) -> None:
        super().__init__(text)
        self._go = go
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)

    def mousePressEvent(self, event: QMouseEvent) -> None:  # noqa: N802
        self._go()

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter, Qt.Key.Key_Space):
            self._go()
            return
        super().keyPressEvent(event)


class WarningsBar(QWidget):
    """One yellow line per warning; clicking one calls ``go(topic)``."""

    def __init__(self, go: Callable[[str], None], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._go = go
        self._layout = QVBoxLayout(self)
        self._layout.setContentsMargins(0, 0, 0, 0)
        self._layout.setSpacing(3)
        self.labels: list[QLabel] = []

    def show_warnings(self, warnings: list[tuple[str, str]]) -> None:
        for label in self.labels:
            label.deleteLater()
        self.labels = []
        for topic, text in warnings:
            label = WarningLine("\u26a0 " + text, lambda t=topic: self._go(t))
            label.setWordWrap(True)
            label.setStyleSheet(WARNING_STYLE)
            label.setCursor(Qt.CursorShape.PointingHandCursor)
            label.setToolTip(self.tr("Click, or press Enter, to see where"))
            label.setAccessibleDescription(self.tr("Press Enter to see where it arises."))
            self._layout.addWidget(label)
            self.labels.append(label)
        self.setVisible(bool(warnings))
