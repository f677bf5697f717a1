"""Side by side: the plan on screen against a frozen version (what changed since it was
submitted), and the small dialog asking a loan's terms when an approved application
becomes a loan of the plan."""

from __future__ import annotations

from collections.abc import Callable
from decimal import Decimal

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QDoubleSpinBox,
    QFormLayout,
    QLabel,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from deskapp.services.plan_model import PlanResult, YearFigures
from deskapp.ui.accessibility import name_view
from deskapp.ui.plan_statements import StatementTable, report_text

FIGURES: list[tuple[str, Callable[[YearFigures], Decimal | None]]] = [
    ("Revenue", lambda y: y.revenue),
    ("EBITDA", lambda y: y.ebitda),
    ("Net result", lambda y: y.net_result),
    ("Break-even revenue", lambda y: y.break_even_revenue),
]


def comparison_rows(
    current: PlanResult, frozen: PlanResult
) -> list[tuple[str, list[Decimal | str | None], bool]]:
    """Figure by figure and year by year: on screen, frozen, difference."""
    rows: list[tuple[str, list[Decimal | str | None], bool]] = []

    def add(label: str, a: Decimal | None, b: Decimal | None, bold: bool = False) -> None:
        diff = a - b if a is not None and b is not None else None
        rows.append((label, [a, b, diff], bold))

    for label, now, then in (
        ("Total sources", current.sources_total, frozen.sources_total),
        ("Total uses", current.uses_total, frozen.uses_total),
        (
            "Sources less uses",
            current.sources_total - current.uses_total,
            frozen.sources_total - frozen.uses_total,
        ),
    ):
        add(report_text(label), now, then, bold=label == "Sources less uses")
    # Year by calendar year: a version may start a year earlier than the draft.
    for year in sorted(set(current.calendar_years) | set(frozen.calendar_years)):
        now, then = _year(current, year), _year(frozen, year)
        for label, read in FIGURES:
            add(
                f"{year} {report_text(label)}",
                read(now[0]) if now else None,
                read(then[0]) if then else None,
                bold=label == "Net result",
            )
        add(
            f"{year} {report_text('Cash at end')}",
            now[1] if now else None,
            then[1] if then else None,
        )
    return rows


def _year(result: PlanResult, year: int) -> tuple[YearFigures, Decimal] | None:
    if year not in result.calendar_years:
        return None
    index = result.calendar_years.index(year)
    return result.expected.pnl[index], result.expected.cash[index].closing


class CompareDialog(QDialog):
    def __init__(
        self, current: PlanResult, frozen: PlanResult, name: str, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Plan compared with '%1'").replace("%1", name))
        self.table = StatementTable()
        name_view(self.table, self.tr("Plan on screen, version and difference"))
        self.table.show_rows(
            [self.tr("On screen"), name, self.tr("Difference")], comparison_rows(current, frozen)
        )
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        note = QLabel(
            self.tr(
                "The version keeps the members' capital it was frozen with; the plan on "
                "screen uses today's members."
            )
        )
        note.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.addWidget(note)
        layout.addWidget(self.table, 1)
        layout.addWidget(buttons)
        self.resize(760, 620)


def ask_loan_terms(parent: QWidget, lender: str) -> tuple[Decimal, int, int] | None:
    """Rate, repayment years and grace years of a loan drawn from an application."""
    dialog = QDialog(parent)
    dialog.setWindowTitle(
        QCoreApplication.translate("PlanEditor", "Loan terms: %1").replace("%1", lender)
    )
    rate = QDoubleSpinBox()
    rate.setRange(0, 100)
    rate.setDecimals(2)
    rate.setSuffix(" %")
    years = QSpinBox()
    years.setRange(1, 30)
    years.setValue(5)
    grace = QSpinBox()
    grace.setRange(0, 5)
    form = QFormLayout(dialog)
    form.addRow(QCoreApplication.translate("PlanEditor", "Annual rate"), rate)
    form.addRow(QCoreApplication.translate("PlanEditor", "Repayment years"), years)
    form.addRow(QCoreApplication.translate("PlanEditor", "Grace years (interest only)"), grace)
    buttons = QDialogButtonBox(
        QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
    )
    buttons.accepted.connect(dialog.accept)
    buttons.rejected.connect(dialog.reject)
    form.addRow(buttons)
    rate.setFocus(Qt.FocusReason.OtherFocusReason)
    if dialog.exec() != QDialog.DialogCode.Accepted:
        return None
    return Decimal(str(round(rate.value(), 2))), years.value(), grace.value()
