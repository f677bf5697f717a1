"""The business plan as a bank or CFI reads it: a cover with the project and the desk,
the written sections, the members' capital, investments, sources and uses, profit and
loss, cash flow, loan schedules, break-even, scenarios and, for cooperatives, the CFI
entry check; charts with value axes from zero. In the language of the project's desk.

Every figure comes from deskapp.services.plan_model: the document only lays it out.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Sequence
from decimal import Decimal
from pathlib import Path

from reportlab.graphics.charts.barcharts import VerticalBarChart
from reportlab.graphics.charts.legends import Legend
from reportlab.graphics.shapes import Drawing
from reportlab.lib import colors
from reportlab.lib.units import mm
from reportlab.platypus import Flowable, KeepTogether, PageBreak

from deskapp.i18n import QT_TRANSLATE_NOOP, catalogue
from deskapp.models import Desk
from deskapp.models.database import Database
from deskapp.models.enums import Country
from deskapp.models.plan_schemas import PlanInput
from deskapp.models.sectors import describe_sector
from deskapp.paths import desk_logo_path
from deskapp.reports.documents_text import Words
from deskapp.reports.fonts import REGULAR
from deskapp.reports.pdf import (
    HEADER_COLOUR,
    Letterhead,
    Paragraph,
    escape,
    fields_table,
    grid,
    none_yet,
    spacer,
    styles,
    write_pdf,
)
from deskapp.services.actor import Actor
from deskapp.services.audit_log import record_export
from deskapp.services.business_plans import load_plan, plan_result, version_result
from deskapp.services.plan_model import (
    MONEY_PARAMS,
    Case,
    PlanResult,
    YearFigures,
    coverage_shown,
)
from deskapp.services.project_record import project_record

REVENUE_COLOUR = colors.HexColor("#2f6f9f")
COSTS_COLOUR = colors.HexColor("#c0793a")
BREAK_EVEN_COLOUR = colors.HexColor("#9aa5ad")

# The profit and loss account, row by row: label and how to read it from a year.
PNL_ROWS: list[tuple[str, Callable[[YearFigures], Decimal | None]]] = [
    (QT_TRANSLATE_NOOP("Report", "Revenue"), lambda y: y.revenue),
    (QT_TRANSLATE_NOOP("Report", "Variable costs"), lambda y: y.variable_costs),
    (QT_TRANSLATE_NOOP("Report", "Contribution margin"), lambda y: y.contribution),
    (QT_TRANSLATE_NOOP("Report", "Personnel"), lambda y: y.personnel),
    (QT_TRANSLATE_NOOP("Report", "Other fixed costs"), lambda y: y.other_fixed_costs),
    (QT_TRANSLATE_NOOP("Report", "EBITDA"), lambda y: y.ebitda),
    (QT_TRANSLATE_NOOP("Report", "Depreciation"), lambda y: y.depreciation),
    (QT_TRANSLATE_NOOP("Report", "EBIT"), lambda y: y.ebit),
    (QT_TRANSLATE_NOOP("Report", "Interest"), lambda y: y.interest),
    (QT_TRANSLATE_NOOP("Report", "Result before tax"), lambda y: y.result_before_tax),
    (QT_TRANSLATE_NOOP("Report", "Taxes"), lambda y: y.taxes),
    (QT_TRANSLATE_NOOP("Report", "Net result"), lambda y: y.net_result),
    (QT_TRANSLATE_NOOP("Report", "Break-even revenue"), lambda y: y.break_even_revenue),
]

BOLD_PNL_ROWS = (2, 5, 11)  # contribution margin, EBITDA, net result

SECTION_TITLES = [
    ("team", QT_TRANSLATE_NOOP("Report", "1. Proposers and team")),
    ("idea", QT_TRANSLATE_NOOP("Report", "2. The idea, products and services")),
    ("market", QT_TRANSLATE_NOOP("Report", "3. Market and competitors")),
    ("marketing", QT_TRANSLATE_NOOP("Report", "4. Marketing and sales")),
    ("organisation", QT_TRANSLATE_NOOP("Report", "5. Organisation and premises")),
    ("swot", QT_TRANSLATE_NOOP("Report", "6. SWOT analysis")),
]


def business_plan_report(
    db: Database,
    actor: Actor,
    project_id: int,
    path: Path,
    version_id: int | None = None,
    language: str | None = None,
    now: dt.datetime | None = None,
    unsaved: PlanInput | None = None,
) -> Path:
    """Write the plan (the saved draft, or the frozen version ``version_id``) to ``path``.
    ``unsaved``: the plan as it is on the editor's screen, not saved; the document says
    so on its cover, since it is not what deskapp keeps."""
    record = project_record(db, project_id)
    with db.read() as s:
        desk = s.get(Desk, record.desk_id)
        assert desk is not None
        desk_name, organisation, desk_language = desk.name, desk.organisation, desk.language
    w = Words(catalogue(language or desk_language.value))
    if unsaved is not None:
        result = plan_result(db, project_id, unsaved)
        version_label = w.tr(
            QT_TRANSLATE_NOOP("Report", "Unsaved draft, as on screen on {date}")
        ).format(date=f"{now or dt.datetime.now():%d/%m/%Y %H:%M}")
    elif version_id is None:
        result = plan_result(db, project_id, load_plan(db, project_id).plan)
        version_label = None
    else:
        info, result = version_result(db, version_id)
        version_label = f"{info.name} ({info.frozen_at:%d/%m/%Y})"
    title = w.tr(QT_TRANSLATE_NOOP("Report", "Business plan"))
    story = _story(w, result, record.values, version_label, desk_name, organisation)
    letterhead = Letterhead(
        desk=desk_name,
        organisation=organisation,
        title=title,
        scope=f"{record.values['title']} \u00b7 n. {record.id}",
        generated=now or dt.datetime.now(),
        logo=desk_logo_path(record.desk_id),
    )
    write_pdf(path, letterhead, story, w.cat)
    record_export(db, actor, "business_plan", 1, note=f"project {record.id}")
    return path


def _story(
    w: Words,
    result: PlanResult,
    project: dict[str, object],
    version_label: str | None,
    desk_name: str,
    organisation: str,
) -> list[Flowable]:
    st = styles()
    plan = result.plan
    years = [str(y) for y in result.calendar_years]

    def h2(text: str) -> Paragraph:
        return Paragraph(escape(w.tr(text)), st["h2"])

    def money_grid(
        headers: Sequence[str], rows: Sequence[Sequence[object]], bold: Sequence[int] = ()
    ) -> Flowable:
        return grid(
            headers,
            [[c if isinstance(c, str) else w.amount(c) for c in row] for row in rows],  # type: ignore[arg-type]
            st,
            numeric=tuple(range(1, len(headers))),
            bold_rows=bold,
        )

    # -- cover --------------------------------------------------------------------
    story: list[Flowable] = [
        spacer(30),
        Paragraph(escape(w.tr(QT_TRANSLATE_NOOP("Report", "Business plan"))), st["title"]),
        Paragraph(escape(str(project["title"])), st["h2"]),
        spacer(4),
        fields_table(
            [
                (w.tr(QT_TRANSLATE_NOOP("Report", "Kind of project")), w.enum(project["kind"])),  # type: ignore[arg-type]
                (
                    w.tr(QT_TRANSLATE_NOOP("Report", "Planned legal form")),
                    w.enum(project.get("planned_legal_form")),
                ),  # type: ignore[arg-type]
                (
                    w.tr(QT_TRANSLATE_NOOP("Report", "Sector of activity")),
                    describe_sector(
                        str(project.get("sector_code") or ""),
                        str(project.get("nace_code") or ""),
                        w.cat.language,
                    ),
                ),
                (
                    w.tr(QT_TRANSLATE_NOOP("Report", "Origin company")),
                    project.get("origin_company_name") or "",
                ),
                (
                    w.tr(QT_TRANSLATE_NOOP("Report", "Years of the plan")),
                    f"{years[0]} - {years[-1]}",
                ),
                (
                    w.tr(QT_TRANSLATE_NOOP("Report", "Version")),
                    version_label or w.tr(QT_TRANSLATE_NOOP("Report", "Working draft")),
                ),
                (
                    w.tr(QT_TRANSLATE_NOOP("Report", "Prepared with")),
                    f"{desk_name} - {organisation}",
                ),
            ],
            st,
        ),
        spacer(8),
        Paragraph(
            escape(
                w.tr(
                    QT_TRANSLATE_NOOP(
                        "Report",
                        "Amounts in euros. Figures computed by deskapp from the plan's "
                        "assumptions; the conventions are listed at the end.",
                    )
                )
            ),
            st["small"],
        ),
    ]
    if result.warnings:
        story += [h2(QT_TRANSLATE_NOOP("Report", "Points to check"))]
        story += [
            Paragraph("\u2022 " + escape(_warning_text(w, warning)), st["body"])
            for warning in result.warnings
        ]
    story.append(PageBreak())

    # -- the written sections ----------------------------------------------------------
    for name, heading in SECTION_TITLES:
        text = getattr(plan.sections, name)
        story.append(h2(heading))
        story += _paragraphs(text, st) or [
            none_yet(w.tr(QT_TRANSLATE_NOOP("Report", "Not written yet.")), st)
        ]
        if name == "team" and result.members:
            story += [spacer(2), _members_table(w, result, st)]

    # -- investments, sources and uses --------------------------------------------------
    story.append(h2(QT_TRANSLATE_NOOP("Report", "7. Investments")))
    if plan.investments:
        rows: list[list[object]] = [
            [line.item, years[line.year - 1], str(line.useful_life or "-"), line.amount]
            for line in plan.investments
        ]
        rows.append([w.tr(QT_TRANSLATE_NOOP("Report", "Total")), "", "", result.investments_total])
        story.append(
            money_grid(
                [
                    w.tr(QT_TRANSLATE_NOOP("Report", "Item")),
                    w.tr(QT_TRANSLATE_NOOP("Report", "Year")),
                    w.tr(QT_TRANSLATE_NOOP("Report", "Useful life (years)")),
                    w.tr(QT_TRANSLATE_NOOP("Report", "Amount")),
                ],
                rows,
                bold=(-1,),
            )
        )
    else:
        story.append(none_yet(w.tr(QT_TRANSLATE_NOOP("Report", "None planned.")), st))

    story.append(h2(QT_TRANSLATE_NOOP("Report", "8. Sources and uses of funds")))
    story.append(_sources_and_uses(w, result, money_grid))

    # -- profit and loss, cash flow, loans ------------------------------------------------
    story.append(h2(QT_TRANSLATE_NOOP("Report", "9. Profit and loss")))
    story.append(
        money_grid(
            ["", *years],
            [
                [w.tr(label), *[_or_dash(w, read(y)) for y in result.expected.pnl]]
                for label, read in PNL_ROWS
            ],
        )
    )
    story += [spacer(2), _chart(w, result)]

    cash: list[Flowable] = [
        h2(QT_TRANSLATE_NOOP("Report", "10. Cash flow")),
        money_grid(["", *years], _cash_rows(w, result.expected), bold=(-1,)),
    ]
    coverage = result.debt_service_coverage()
    if any(c is not None for c in coverage):
        cash.append(
            money_grid(
                ["", *years],
                [
                    [
                        w.tr(QT_TRANSLATE_NOOP("Report", "Debt service coverage")),
                        *["-" if c is None else w.amount(coverage_shown(c)) for c in coverage],
                    ]
                ],
            )
        )
    story.append(KeepTogether(cash))

    story.append(h2(QT_TRANSLATE_NOOP("Report", "11. Loan repayment schedules")))
    if not result.loans:
        story.append(none_yet(w.tr(QT_TRANSLATE_NOOP("Report", "No loans in the plan.")), st))
    for loan in result.loans:
        caption = (
            w.tr(QT_TRANSLATE_NOOP("Report", "%1: %2 at %3% a year"))
            .replace("%1", loan.lender)
            .replace("%2", w.money(loan.amount))
            .replace("%3", w.amount(loan.rate))
        )
        table_rows: list[list[object]] = [
            [
                str(result.plan.first_year + row.year - 1),
                row.opening,
                row.interest,
                row.principal,
                row.instalment,
                row.closing,
            ]
            for row in loan.rows
        ]
        story.append(
            KeepTogether(
                [
                    Paragraph(escape(caption), st["body"]),
                    money_grid(
                        [
                            w.tr(QT_TRANSLATE_NOOP("Report", "Year")),
                            w.tr(QT_TRANSLATE_NOOP("Report", "Owed at start")),
                            w.tr(QT_TRANSLATE_NOOP("Report", "Interest")),
                            w.tr(QT_TRANSLATE_NOOP("Report", "Principal")),
                            w.tr(QT_TRANSLATE_NOOP("Report", "Instalment")),
                            w.tr(QT_TRANSLATE_NOOP("Report", "Owed at end")),
                        ],
                        table_rows,
                    ),
                    spacer(2),
                ]
            )
        )

    # -- scenarios ----------------------------------------------------------------------
    story.append(h2(QT_TRANSLATE_NOOP("Report", "12. Scenarios")))
    story.append(
        Paragraph(
            escape(
                w.tr(
                    QT_TRANSLATE_NOOP(
                        "Report",
                        "Pessimistic: sales %1%, costs %2%. Optimistic: sales %3%, costs %4%.",
                    )
                )
                .replace("%1", _signed(w, plan.pessimistic.sales_change))
                .replace("%2", _signed(w, plan.pessimistic.costs_change))
                .replace("%3", _signed(w, plan.optimistic.sales_change))
                .replace("%4", _signed(w, plan.optimistic.costs_change))
            ),
            st["small"],
        )
    )
    story.append(_scenarios(w, result, years, money_grid))

    # -- CFI ------------------------------------------------------------------------------
    if result.cfi is not None:
        story.append(h2(QT_TRANSLATE_NOOP("Report", "13. CFI entry conditions")))
        rows = [
            [
                w.tr(QT_TRANSLATE_NOOP("Report", "Met"))
                if c.met
                else w.tr(QT_TRANSLATE_NOOP("Report", "Not met")),
                _format(w, w.cat.text("Plan", c.template), c.params),
            ]
            for c in result.cfi.conditions
        ]
        story.append(
            grid(
                [
                    w.tr(QT_TRANSLATE_NOOP("Report", "Outcome")),
                    w.tr(QT_TRANSLATE_NOOP("Report", "Condition")),
                ],
                rows,
                st,
                widths=[25 * mm, 155 * mm],
            )
        )
        story.append(
            Paragraph(
                escape(
                    w.tr(
                        QT_TRANSLATE_NOOP(
                            "Report", "CFI can put in at most %1 (%2 times the capital paid in)."
                        )
                    )
                    .replace("%1", w.money(result.cfi.max_equity))
                    .replace("%2", _plain(w, result.cfi.rules.max_equity_multiple))
                ),
                st["body"],
            )
        )

    # -- SCOP (France) ----------------------------------------------------------------------
    if result.scop is not None:
        story.append(h2(QT_TRANSLATE_NOOP("Report", "13. SCOP conditions")))
        story.append(
            grid(
                [
                    w.tr(QT_TRANSLATE_NOOP("Report", "Outcome")),
                    w.tr(QT_TRANSLATE_NOOP("Report", "Condition")),
                ],
                [
                    [
                        w.tr(QT_TRANSLATE_NOOP("Report", "Met"))
                        if c.met
                        else w.tr(QT_TRANSLATE_NOOP("Report", "Not met")),
                        _format(w, w.cat.text("Plan", c.template), c.params),
                    ]
                    for c in result.scop.conditions
                ],
                st,
                widths=[25 * mm, 155 * mm],
            )
        )
        story.append(
            Paragraph(
                escape(
                    w.tr(
                        QT_TRANSLATE_NOOP(
                            "Report",
                            "The employee-members are the worker-members. The votes are "
                            "counted one per member (one person, one vote) among the members "
                            "who pledge capital and the worker-members.",
                        )
                    )
                ),
                st["small"],
            )
        )

    story += [
        h2(QT_TRANSLATE_NOOP("Report", "How the figures are computed")),
        *[Paragraph("\u2022 " + escape(w.tr(text)), st["small"]) for text in CONVENTIONS],
    ]
    return story


CONVENTIONS = [
    QT_TRANSLATE_NOOP(
        "Report",
        "Amounts are rounded to the cent line by line; totals are sums of the rounded lines.",
    ),
    QT_TRANSLATE_NOOP(
        "Report",
        "Loans are repaid in yearly constant instalments (French amortisation) after the "
        "grace years, in which only interest is paid.",
    ),
    QT_TRANSLATE_NOOP(
        "Report", "Depreciation is straight-line over each investment's useful life."
    ),
    QT_TRANSLATE_NOOP(
        "Report",
        "Taxes are the tax rate on a positive result before tax, year by year, with no "
        "losses carried forward.",
    ),
    QT_TRANSLATE_NOOP(
        "Report",
        "All sources of funds arrive in the first year; the starting working capital is "
        "used in the first year.",
    ),
    QT_TRANSLATE_NOOP(
        "Report",
        "Break-even revenue: the revenue at which the result before tax is nil with the "
        "same cost structure. Debt service coverage: (EBITDA - taxes) / (interest + "
        "principal).",
    ),
]


def _paragraphs(text: str, st: dict) -> list[Flowable]:  # type: ignore[type-arg]
    return [
        Paragraph(escape(part.strip()), st["body"]) for part in text.split("\n\n") if part.strip()
    ]


def _or_dash(w: Words, value: Decimal | None) -> str:
    return "-" if value is None else w.amount(value)


def _signed(w: Words, value: Decimal) -> str:
    return ("+" if value > 0 else "") + w.amount(value).rstrip("0").rstrip(",.")


def _format(w: Words, template: str, params: dict[str, object]) -> str:
    shown = {
        key: w.money(value)
        if key in MONEY_PARAMS and isinstance(value, Decimal)
        else (_plain(w, value) if isinstance(value, Decimal) else value)
        for key, value in params.items()
    }
    return template.format(**shown)


def _plain(w: Words, value: Decimal) -> str:
    """2 rather than 2.00; 1,35 for a ratio."""
    return w.amount(value).removesuffix(",00").removesuffix(".00")


def _warning_text(w: Words, warning: object) -> str:
    template = w.cat.text("Plan", warning.template)  # type: ignore[attr-defined]
    return _format(w, template, warning.params)  # type: ignore[attr-defined]


# The members' table's columns for the parts of their capital, by country: the member's
# attribute and the column's title.
MEMBER_PART_COLUMNS = {
    Country.IT: (
        ("tfr", QT_TRANSLATE_NOOP("Report", "of which TFR")),
        ("naspi", QT_TRANSLATE_NOOP("Report", "of which NASpI")),
    ),
    Country.FR: (("arce", QT_TRANSLATE_NOOP("Report", "of which ARCE")),),
}


def _members_table(w: Words, result: PlanResult, st: dict) -> Flowable:  # type: ignore[type-arg]
    parts = MEMBER_PART_COLUMNS[result.country]
    rows = [
        [
            m.name,
            w.enum(m.role),
            w.amount(m.pledged),
            w.amount(m.paid),
            *[w.amount(getattr(m, part)) for part, _ in parts],
        ]
        for m in result.members
    ]
    rows.append(
        [
            w.tr(QT_TRANSLATE_NOOP("Report", "Total")),
            "",
            w.amount(result.members_capital),
            w.amount(sum((m.paid for m in result.members), Decimal("0.00"))),
            *[
                w.amount(sum((getattr(m, part) for m in result.members), Decimal("0.00")))
                for part, _ in parts
            ],
        ]
    )
    return grid(
        [
            w.tr(QT_TRANSLATE_NOOP("Report", "Member")),
            w.tr(QT_TRANSLATE_NOOP("Report", "Role")),
            w.tr(QT_TRANSLATE_NOOP("Report", "Capital pledged")),
            w.tr(QT_TRANSLATE_NOOP("Report", "Paid in")),
            *[w.tr(title) for _, title in parts],
        ],
        rows,
        st,
        numeric=tuple(range(2, 4 + len(parts))),
        bold_rows=(-1,),
    )


def _sources_and_uses(
    w: Words, result: PlanResult, money_grid: Callable[..., Flowable]
) -> Flowable:
    plan: PlanInput = result.plan
    loan_word = w.tr(QT_TRANSLATE_NOOP("Report", "loan"))
    rows: list[list[object]] = [
        [w.tr(QT_TRANSLATE_NOOP("Report", "Members' capital")), result.members_capital],
        *[["   " + w.tr(label), amount] for label, amount in result.capital_parts()],
        *[
            [
                (line.name or w.enum(line.kind)) + (f" ({w.enum(line.kind)})" if line.name else ""),
                line.amount,
            ]
            for line in plan.sources
        ],
        *[[f"{line.lender} ({loan_word})", line.amount] for line in plan.loans],
        [w.tr(QT_TRANSLATE_NOOP("Report", "Total sources")), result.sources_total],
        [w.tr(QT_TRANSLATE_NOOP("Report", "Investments")), result.investments_total],
        [w.tr(QT_TRANSLATE_NOOP("Report", "Starting working capital")), plan.working_capital],
        [w.tr(QT_TRANSLATE_NOOP("Report", "Total uses")), result.uses_total],
        [
            w.tr(QT_TRANSLATE_NOOP("Report", "Sources less uses")),
            result.sources_total - result.uses_total,
        ],
    ]
    last = len(rows) - 1
    total_sources = 3 + len(plan.sources) + len(plan.loans)
    return money_grid(
        ["", w.tr(QT_TRANSLATE_NOOP("Report", "Amount"))],
        rows,
        bold=(total_sources, last - 1, last),
    )


def _cash_rows(w: Words, case: Case) -> list[list[object]]:
    return [
        [w.tr(QT_TRANSLATE_NOOP("Report", "Cash at start")), *[c.opening for c in case.cash]],
        [w.tr(QT_TRANSLATE_NOOP("Report", "Funds received")), *[c.funds_in for c in case.cash]],
        [
            w.tr(QT_TRANSLATE_NOOP("Report", "Net result + depreciation")),
            *[c.operating for c in case.cash],
        ],
        [w.tr(QT_TRANSLATE_NOOP("Report", "Investments")), *[-c.investments for c in case.cash]],
        [
            w.tr(QT_TRANSLATE_NOOP("Report", "Working capital")),
            *[-c.working_capital for c in case.cash],
        ],
        [
            w.tr(QT_TRANSLATE_NOOP("Report", "Loan principal repaid")),
            *[-c.loan_principal for c in case.cash],
        ],
        [w.tr(QT_TRANSLATE_NOOP("Report", "Cash at end")), *[c.closing for c in case.cash]],
    ]


def _scenarios(
    w: Words, result: PlanResult, years: list[str], money_grid: Callable[..., Flowable]
) -> Flowable:
    cases = [
        (QT_TRANSLATE_NOOP("Report", "Pessimistic"), result.pessimistic),
        (QT_TRANSLATE_NOOP("Report", "Expected"), result.expected),
        (QT_TRANSLATE_NOOP("Report", "Optimistic"), result.optimistic),
    ]
    rows: list[list[object]] = []
    for label, case in cases:
        name = w.tr(label)
        rows += [
            [
                f"{name}: {w.tr(QT_TRANSLATE_NOOP('Report', 'Revenue'))}",
                *[y.revenue for y in case.pnl],
            ],
            [
                f"{name}: {w.tr(QT_TRANSLATE_NOOP('Report', 'EBITDA'))}",
                *[y.ebitda for y in case.pnl],
            ],
            [
                f"{name}: {w.tr(QT_TRANSLATE_NOOP('Report', 'Net result'))}",
                *[y.net_result for y in case.pnl],
            ],
            [
                f"{name}: {w.tr(QT_TRANSLATE_NOOP('Report', 'Cash at end'))}",
                *[c.closing for c in case.cash],
            ],
        ]
    return money_grid(["", *years], rows)


def _chart(w: Words, result: PlanResult) -> Drawing:
    """Revenue against total costs per year, and the break-even revenue beside them."""
    pnl = result.expected.pnl
    costs = [y.revenue - y.result_before_tax for y in pnl]
    width, height = 170 * mm, 62 * mm
    drawing = Drawing(width, height, initialFontName=REGULAR)  # not Helvetica, unembedded
    chart = VerticalBarChart()
    chart.x, chart.y = 18 * mm, 10 * mm
    chart.width, chart.height = width - 60 * mm, height - 16 * mm
    chart.data = [
        [float(y.revenue) for y in pnl],
        [float(c) for c in costs],
        [float(y.break_even_revenue or 0) for y in pnl],
    ]
    for index, colour in enumerate((REVENUE_COLOUR, COSTS_COLOUR, BREAK_EVEN_COLOUR)):
        chart.bars[index].fillColor = colour
        chart.bars[index].strokeColor = None
    chart.valueAxis.valueMin = 0  # from zero: a bar's length is its value
    chart.valueAxis.labels.fontName = REGULAR
    chart.valueAxis.labels.fontSize = 7
    chart.valueAxis.labelTextFormat = lambda v: w.number(int(v))
    chart.categoryAxis.categoryNames = [str(y) for y in result.calendar_years]
    chart.categoryAxis.labels.fontName = REGULAR
    chart.categoryAxis.labels.fontSize = 7.5
    drawing.add(chart)
    legend = Legend()
    legend.x, legend.y = width - 38 * mm, height - 14 * mm
    legend.fontName = REGULAR
    legend.fontSize = 7.5
    legend.fillColor = HEADER_COLOUR
    legend.colorNamePairs = [
        (REVENUE_COLOUR, w.tr(QT_TRANSLATE_NOOP("Report", "Revenue"))),
        (COSTS_COLOUR, w.tr(QT_TRANSLATE_NOOP("Report", "Total costs"))),
        (BREAK_EVEN_COLOUR, w.tr(QT_TRANSLATE_NOOP("Report", "Break-even revenue"))),
    ]
    drawing.add(legend)
    return drawing
