"""The computed side of the business plan editor: profit and loss, cash flow, sources
and uses, loan schedules, scenarios, the CFI check and a chart of revenue against
costs and the break-even revenue. Read-only; refilled from a PlanResult on each change.

The row labels are the document's (context "Report"), so screen and paper agree.
"""

from __future__ import annotations

from collections.abc import Sequence
from decimal import Decimal

from PySide6.QtCharts import QBarCategoryAxis, QBarSeries, QBarSet, QChart, QChartView, QValueAxis
from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QBrush, QColor, QFont, QPainter
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHeaderView,
    QLabel,
    QTableWidget,
    QTableWidgetItem,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from deskapp.reports.business_plan_report import BOLD_PNL_ROWS, PNL_ROWS
from deskapp.services.plan_model import Case, PlanResult, coverage_shown
from deskapp.services.plan_rules import Condition
from deskapp.ui.accessibility import name as accessible_name
from deskapp.ui.accessibility import name_view
from deskapp.ui.colours import GOOD, list_text, window_text
from deskapp.ui.colours import NEGATIVE as NEGATIVE_RED
from deskapp.ui.formatting import format_amount

NEGATIVE = QColor(NEGATIVE_RED)  # darkened or lightened to read on the table's rows
Row = tuple[str, Sequence[Decimal | str | None], bool]  # label, values, bold


def report_text(text: str) -> str:
    return QCoreApplication.translate("Report", text)


class StatementTable(QTableWidget):
    """Figures by year, right-aligned, negatives in red (and with their minus sign),
    totals in bold."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.setSelectionMode(QAbstractItemView.SelectionMode.ContiguousSelection)
        self.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.setAlternatingRowColors(True)
        self.negative = list_text(NEGATIVE_RED, self.palette())

    def show_rows(self, headers: Sequence[str], rows: Sequence[Row]) -> None:
        self.clear()
        self.setColumnCount(len(headers))
        self.setRowCount(len(rows))
        self.setHorizontalHeaderLabels(list(headers))
        self.setVerticalHeaderLabels([label for label, _v, _b in rows])
        for r, (_label, values, bold) in enumerate(rows):
            for c, value in enumerate(values):
                text = value if isinstance(value, str) else _amount(value)
                item = QTableWidgetItem(text)
                item.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
                if isinstance(value, Decimal) and value < 0:
                    item.setForeground(QBrush(self.negative))
                if bold:
                    font = QFont(item.font())
                    font.setBold(True)
                    item.setFont(font)
                self.setItem(r, c, item)


def _amount(value: Decimal | None) -> str:
    return "-" if value is None else format_amount(value)


def pnl_rows(case: Case) -> list[Row]:
    return [
        (report_text(label), [read(y) for y in case.pnl], index in BOLD_PNL_ROWS)
        for index, (label, read) in enumerate(PNL_ROWS)
    ]


def cash_rows(case: Case) -> list[Row]:
    cash = case.cash
    return [
        (report_text("Cash at start"), [c.opening for c in cash], False),
        (report_text("Funds received"), [c.funds_in for c in cash], False),
        (report_text("Net result + depreciation"), [c.operating for c in cash], False),
        (report_text("Investments"), [-c.investments for c in cash], False),
        (report_text("Working capital"), [-c.working_capital for c in cash], False),
        (report_text("Loan principal repaid"), [-c.loan_principal for c in cash], False),
        (report_text("Cash at end"), [c.closing for c in cash], True),
    ]


def sources_rows(result: PlanResult) -> list[Row]:
    plan = result.plan
    rows: list[Row] = [
        (report_text("Members' capital"), [result.members_capital], False),
        *[
            ("   " + report_text(label), [amount], False)
            for label, amount in result.capital_parts()
        ],
    ]
    for line in plan.sources:
        kind = QCoreApplication.translate("Enum", line.kind.label)
        rows.append((f"{line.name} ({kind})" if line.name else kind, [line.amount], False))
    for loan in plan.loans:
        rows.append((f"{loan.lender} ({report_text('loan')})", [loan.amount], False))
    rows += [
        (report_text("Total sources"), [result.sources_total], True),
        (report_text("Investments"), [result.investments_total], False),
        (report_text("Starting working capital"), [plan.working_capital], False),
        (report_text("Total uses"), [result.uses_total], True),
        (report_text("Sources less uses"), [result.sources_total - result.uses_total], True),
    ]
    return rows


def scenario_rows(result: PlanResult) -> list[Row]:
    rows: list[Row] = []
    for label, case in (
        ("Pessimistic", result.pessimistic),
        ("Expected", result.expected),
        ("Optimistic", result.optimistic),
    ):
        name = report_text(label)
        rows += [
            (_scenario_line(name, "Revenue"), [y.revenue for y in case.pnl], False),
            (_scenario_line(name, "EBITDA"), [y.ebitda for y in case.pnl], False),
            (_scenario_line(name, "Net result"), [y.net_result for y in case.pnl], True),
            (_scenario_line(name, "Cash at end"), [c.closing for c in case.cash], False),
        ]
    return rows


def _scenario_line(scenario: str, line: str) -> str:
    """A scenario's line ("Expected: Revenue") as one pattern, for French's space before
    the colon."""
    return QCoreApplication.translate("Report", "{scenario}: {line}").format(
        scenario=scenario, line=report_text(line)
    )


def loan_rows(result: PlanResult) -> tuple[list[str], list[Row]]:
    headers = [
        report_text("Owed at start"),
        report_text("Interest"),
        report_text("Principal"),
        report_text("Instalment"),
        report_text("Owed at end"),
    ]
    rows: list[Row] = []
    for loan in result.loans:
        for row in loan.rows:
            year = result.plan.first_year + row.year - 1
            rows.append(
                (
                    f"{loan.lender} {year}",
                    [row.opening, row.interest, row.principal, row.instalment, row.closing],
                    False,
                )
            )
    return headers, rows


class PlanChart(QChartView):
    """Revenue, total costs and the break-even revenue per year, the axis from zero."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setRenderHint(QPainter.RenderHint.Antialiasing)
        self.setMinimumHeight(260)

    def show_result(self, result: PlanResult) -> None:
        chart = QChart()
        chart.setTitle(report_text("Revenue") + " / " + report_text("Total costs"))
        chart.legend().setAlignment(Qt.AlignmentFlag.AlignBottom)
        series = QBarSeries()
        pnl = result.expected.pnl
        sets = (
            (report_text("Revenue"), "#2f6f9f", [y.revenue for y in pnl]),
            (
                report_text("Total costs"),
                "#c0793a",
                [y.revenue - y.result_before_tax for y in pnl],
            ),
            (
                report_text("Break-even revenue"),
                "#9aa5ad",
                [y.break_even_revenue or Decimal(0) for y in pnl],
            ),
        )
        top = 0.0
        for name, colour, values in sets:
            bar = QBarSet(name)
            bar.setColor(QColor(colour))
            for value in values:
                thousands = float(value) / 1000  # the axis reads in thousands of euros
                bar.append(thousands)
                top = max(top, thousands)
            series.append(bar)
        chart.addSeries(series)
        years = QBarCategoryAxis()
        years.append([str(y) for y in result.calendar_years])
        chart.addAxis(years, Qt.AlignmentFlag.AlignBottom)
        series.attachAxis(years)
        amounts = QValueAxis()
        amounts.setRange(0, top * 1.05 if top > 0 else 1)  # from zero: lengths are values
        amounts.applyNiceNumbers()
        amounts.setMin(0)
        amounts.setLabelFormat("%.0f")
        amounts.setTitleText(self.tr("thousand EUR"))
        chart.addAxis(amounts, Qt.AlignmentFlag.AlignLeft)
        series.attachAxis(amounts)
        old = self.chart()
        self.setChart(chart)
        if old is not None:
            old.deleteLater()


class StatementsView(QTabWidget):
    """Every computed statement in its tab."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.pnl = StatementTable()
        self.cash = StatementTable()
        self.sources = StatementTable()
        self.loans = StatementTable()
        self.scenarios = StatementTable()
        self.cfi = QLabel()
        self.cfi.setWordWrap(True)
        self.cfi.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        self.cfi.setTextFormat(Qt.TextFormat.RichText)
        self.chart = PlanChart()
        cfi_page = QWidget()
        QVBoxLayout(cfi_page).addWidget(self.cfi)
        for widget, title in (
            (self.pnl, self.tr("Profit and loss")),
            (self.cash, self.tr("Cash flow")),
            (self.sources, self.tr("Sources and uses")),
            (self.loans, self.tr("Loans")),
            (self.scenarios, self.tr("Scenarios")),
            (self.chart, self.tr("Chart")),
            (cfi_page, "CFI"),
        ):
            self.addTab(widget, title)
            if isinstance(widget, StatementTable):
                name_view(widget, title)
        accessible_name(self.chart, self.tr("Chart: revenue, total costs and break-even revenue"))
        self._cfi_page = cfi_page

    def show_result(self, result: PlanResult) -> None:
        years = [str(y) for y in result.calendar_years]
        self.pnl.show_rows(years, pnl_rows(result.expected))
        self.cash.show_rows(years, cash_rows(result.expected))
        coverage = result.debt_service_coverage()
        if any(c is not None for c in coverage):
            self.cash.insertRow(self.cash.rowCount())
            r = self.cash.rowCount() - 1
            self.cash.setVerticalHeaderItem(
                r, QTableWidgetItem(report_text("Debt service coverage"))
            )
            for c, value in enumerate(coverage):
                item = QTableWidgetItem(
                    "-" if value is None else format_amount(coverage_shown(value))
                )
                item.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
                if value is not None and value < 1:
                    item.setForeground(QBrush(self.cash.negative))
                self.cash.setItem(r, c, item)
        self.sources.show_rows([report_text("Amount")], sources_rows(result))
        headers, rows = loan_rows(result)
        self.loans.show_rows(headers, rows)
        self.scenarios.show_rows(years, scenario_rows(result))
        self.chart.show_result(result)
        # The same tab holds the entry conditions of the plan's country: CFI in Italy,
        # the SCOP rules in France (never both).
        page = self.indexOf(self._cfi_page)
        self.setTabVisible(page, result.cfi is not None or result.scop is not None)
        if result.cfi is not None:
            self.setTabText(page, "CFI")
            self.cfi.setText(cfi_html(result))
        elif result.scop is not None:
            self.setTabText(page, "SCOP")
            self.cfi.setText(conditions_html(result.scop.conditions))


def cfi_html(result: PlanResult) -> str:
    assert result.cfi is not None
    limit = (
        report_text("CFI can put in at most %1 (%2 times the capital paid in).")
        .replace("%1", "EUR " + format_amount(result.cfi.max_equity))
        .replace("%2", format(result.cfi.rules.max_equity_multiple.normalize(), "f"))
    )
    return conditions_html(result.cfi.conditions) + f"<p>{_html(limit)}</p>"


def conditions_html(conditions: Sequence[Condition]) -> str:
    """Each condition met (a tick) or not (a cross), in words."""
    from deskapp.ui.plan_warnings import format_params

    lines = []
    for condition in conditions:
        mark = "\u2714" if condition.met else "\u2718"
        colour = window_text(GOOD if condition.met else NEGATIVE_RED).name()
        text = QCoreApplication.translate("Plan", condition.template).format(
            **format_params(condition.params)
        )
        lines.append(f'<p><span style="color:{colour}">{mark}</span> {_html(text)}</p>')
    return "".join(lines)


def _html(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
