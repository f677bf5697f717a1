"""The business plan's financial model: from a PlanInput and the members' capital to the
statements a bank or CFI reads. Pure functions over Decimal; no database, no Qt.

Conventions, stated once (they are also in the document's notes):
- Amounts are rounded to the cent, half up, line by line and year by year; totals are
  sums of rounded lines, so every table adds up exactly. Ratios are not amounts: the
  break-even revenue comes from the exact contribution ratio (not from rounded lines)
  and is rounded once; the debt service coverage is compared unrounded and shown
  rounded down, so a coverage below 1 never reads 1.00.
- Loans are repaid in yearly instalments, French (constant-instalment) amortisation,
  after the grace years in which only interest is paid. The money arrives in year 1.
- Depreciation is straight-line from the year of the investment over its useful life.
- Taxes are the tax rate on a positive result before tax, year by year (no losses
  carried forward): prudent for a plan.
- The sources of funds (members' capital, other sources, loans) arrive in year 1;
  the uses are the investments and the starting working capital.
- A scenario moves the sales (revenue) and the operating costs (variable, personnel,
  fixed) by a percentage; depreciation and loans stay those of the expected case.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from decimal import ROUND_DOWN, ROUND_HALF_UP, Decimal

from deskapp.i18n import QT_TRANSLATE_NOOP
from deskapp.models.enums import Country, LegalForm, MemberRole, PlanSourceKind
from deskapp.models.plan_schemas import LoanLine, PlanInput, Scenario
from deskapp.services.plan_rules import CfiCheck, ScopCheck, check_cfi, check_scop

CENT = Decimal("0.01")
ZERO = Decimal("0.00")
HUNDRED = Decimal(100)


def cents(value: Decimal) -> Decimal:
    return value.quantize(CENT, rounding=ROUND_HALF_UP)


def total(values: Iterable[Decimal]) -> Decimal:
    return sum(values, ZERO)


@dataclass(frozen=True)
class MemberCapital:
    """One member's capital, as the project records it (snapshotted in a frozen plan)."""

    name: str
    role: MemberRole
    pledged: Decimal
    paid: Decimal
    tfr: Decimal = ZERO
    naspi: Decimal = ZERO
    arce: Decimal = ZERO  # France: the part paid with the ARCE (unemployment rights)


# The parts of the members' capital the plan shows, by the country of the project's
# desk: where the money comes from (severance pay, unemployment rights as capital).
CAPITAL_PARTS: dict[Country, tuple[tuple[str, str], ...]] = {
    Country.IT: (
        ("tfr", QT_TRANSLATE_NOOP("Report", "of which from TFR")),
        ("naspi", QT_TRANSLATE_NOOP("Report", "of which from NASpI advance")),
    ),
    Country.FR: (("arce", QT_TRANSLATE_NOOP("Report", "of which from ARCE")),),
}


@dataclass(frozen=True)
class LoanYear:
    year: int  # 1-based year of the plan
    opening: Decimal
    interest: Decimal
    principal: Decimal
    closing: Decimal

    @property
    def instalment(self) -> Decimal:
        return self.interest + self.principal


@dataclass(frozen=True)
class LoanSchedule:
    lender: str
    amount: Decimal
    rate: Decimal
    rows: list[LoanYear]

    def in_year(self, year: int) -> LoanYear | None:
        return next((row for row in self.rows if row.year == year), None)


@dataclass(frozen=True)
class YearFigures:
    """One year of the profit and loss account."""

    revenue: Decimal
    variable_costs: Decimal
    personnel: Decimal
    other_fixed_costs: Decimal
    depreciation: Decimal
    interest: Decimal
    tax_rate: Decimal
    # Variable costs as an exact share of revenue (0.2 for 20%), unrounded.
    variable_share: Decimal = ZERO

    @property
    def contribution(self) -> Decimal:
        return self.revenue - self.variable_costs

    @property
    def fixed_costs(self) -> Decimal:
        return self.personnel + self.other_fixed_costs

    @property
    def ebitda(self) -> Decimal:
        return self.contribution - self.fixed_costs

    @property
    def ebit(self) -> Decimal:
        return self.ebitda - self.depreciation

    @property
    def result_before_tax(self) -> Decimal:
        return self.ebit - self.interest

    @property
    def taxes(self) -> Decimal:
        before = self.result_before_tax
        return cents(before * self.tax_rate / HUNDRED) if before > 0 else ZERO

    @property
    def net_result(self) -> Decimal:
        return self.result_before_tax - self.taxes

    @property
    def break_even_revenue(self) -> Decimal | None:
        """Revenue at which the result before tax is nil, the cost structure unchanged;
        None when each euro of sales does not cover its variable costs."""
        ratio = 1 - self.variable_share  # exact: not from the rounded variable costs
        if self.revenue <= 0 or ratio <= 0:
            return None
        return cents((self.fixed_costs + self.depreciation + self.interest) / ratio)


@dataclass(frozen=True)
class CashYear:
    opening: Decimal
    funds_in: Decimal  # capital, other sources and loans received
    operating: Decimal  # net result + depreciation
    investments: Decimal
    working_capital: Decimal
    loan_principal: Decimal

    @property
    def closing(self) -> Decimal:
        return (
            self.opening
            + self.funds_in
            + self.operating
            - self.investments
            - self.working_capital
            - self.loan_principal
        )


@dataclass(frozen=True)
class Case:
    """The statements of one scenario."""

    pnl: list[YearFigures]
    cash: list[CashYear]


# Parameters of the warnings and CFI conditions that are sums of money (shown as
# "EUR 1.234,00"); the others are plain numbers, years and names.
MONEY_PARAMS = frozenset(
    {
        "sources",
        "uses",
        "shortfall",
        "cash",
        "equity",
        "max",
        "minimum",
        "paid",
        "pledged",
        "capital",
        "total",
    }
)


@dataclass(frozen=True)
class Warning:
    """Something a funder would object to, where it arises (``topic``)."""

    topic: str  # "sources", "cash", "cfi", "dscr"
    template: str
    params: dict[str, object] = field(default_factory=dict)

    @property
    def text(self) -> str:
        return self.template.format(**self.params)


@dataclass(frozen=True)
class PlanResult:
    plan: PlanInput
    members: list[MemberCapital]
    calendar_years: list[int]
    expected: Case
    pessimistic: Case
    optimistic: Case
    loans: list[LoanSchedule]
    members_capital: Decimal
    members_tfr: Decimal
    members_naspi: Decimal
    other_sources: Decimal
    loans_total: Decimal
    investments_total: Decimal
    cfi: CfiCheck | None
    warnings: list[Warning]
    members_arce: Decimal = ZERO
    country: Country = Country.IT
    scop: ScopCheck | None = None  # the SCOP conditions, for a French SCOP

    def capital_parts(self) -> list[tuple[str, Decimal]]:
        """(label, amount) of each part of the members' capital shown for the country
        of the project (TFR and NASpI in Italy, ARCE in France); labels untranslated,
        context "Report"."""
        return [
            (label, total(getattr(m, part) for m in self.members))
            for part, label in CAPITAL_PARTS[self.country]
        ]

    @property
    def sources_total(self) -> Decimal:
        return self.members_capital + self.other_sources + self.loans_total

    @property
    def uses_total(self) -> Decimal:
        return self.investments_total + self.plan.working_capital

    @property
    def shortfall(self) -> Decimal:
        """How much the sources fall short of the uses (0 when they cover them)."""
        return max(self.uses_total - self.sources_total, ZERO)

    def debt_service_coverage(self) -> list[Decimal | None]:
        """(EBITDA - taxes) / (interest + principal) per year, unrounded (compare it as it
        is; show it with coverage_shown); None without debt service."""
        ratios: list[Decimal | None] = []
        for year, figures in enumerate(self.expected.pnl, start=1):
            service = total(
                row.instalment for loan in self.loans if (row := loan.in_year(year)) is not None
            )
            ratios.append((figures.ebitda - figures.taxes) / service if service else None)
        return ratios


def coverage_shown(ratio: Decimal) -> Decimal:
    """A coverage ratio as the plan shows it: two decimals, rounded down, so that a
    ratio below 1 (0.99924) never shows as 1.00 beside its warning."""
    return ratio.quantize(CENT, rounding=ROUND_DOWN)


def loan_schedule(loan: LoanLine) -> LoanSchedule:
    """Yearly French amortisation after the grace years; the last instalment takes the
    rounding remainder so the loan is repaid to the cent."""
    rate = loan.rate / HUNDRED
    balance = loan.amount
    rows: list[LoanYear] = []
    for year in range(1, loan.grace_years + 1):
        rows.append(LoanYear(year, balance, cents(balance * rate), ZERO, balance))
    n = loan.years
    if rate == 0:
        instalment = loan.amount / n
    else:
        instalment = loan.amount * rate / (1 - (1 + rate) ** -n)
    instalment = cents(instalment)
    for k in range(1, n + 1):
        year = loan.grace_years + k
        interest = cents(balance * rate)
        principal = balance if k == n else min(instalment - interest, balance)
        rows.append(LoanYear(year, balance, interest, principal, balance - principal))
        balance -= principal
    return LoanSchedule(loan.lender, loan.amount, loan.rate, rows)


def _depreciation(plan: PlanInput, year: int) -> Decimal:
    amount = ZERO
    for line in plan.investments:
        if line.useful_life == 0 or not line.year <= year < line.year + line.useful_life:
            continue
        yearly = cents(line.amount / line.useful_life)
        if year == line.year + line.useful_life - 1:  # the last year takes the remainder
            yearly = line.amount - yearly * (line.useful_life - 1)
        amount += yearly
    return amount


def _factor(change: Decimal) -> Decimal:
    return (HUNDRED + change) / HUNDRED


def _case(
    plan: PlanInput, loans: Sequence[LoanSchedule], funds_in: Decimal, scenario: Scenario | None
) -> Case:
    sales_factor = _factor(scenario.sales_change) if scenario else Decimal(1)
    costs_factor = _factor(scenario.costs_change) if scenario else Decimal(1)
    pnl: list[YearFigures] = []
    cash: list[CashYear] = []
    opening = ZERO
    for year in range(1, plan.years + 1):
        revenue = total(
            cents(line.price * line.quantity * _factor(line.growth) ** (year - 1) * sales_factor)
            for line in plan.sales
        )
        figures = YearFigures(
            revenue=revenue,
            variable_costs=total(
                cents(revenue * line.share / HUNDRED * costs_factor) for line in plan.variable_costs
            ),
            personnel=total(
                cents(line.headcount * line.annual_cost * costs_factor) for line in plan.staff
            ),
            other_fixed_costs=total(
                cents(line.annual_amount * costs_factor) for line in plan.fixed_costs
            ),
            depreciation=_depreciation(plan, year),
            variable_share=sum(
                (line.share / HUNDRED * costs_factor for line in plan.variable_costs), ZERO
            ),
            interest=total(row.interest for loan in loans if (row := loan.in_year(year))),
            tax_rate=plan.tax_rate,
        )
        pnl.append(figures)
        flow = CashYear(
            opening=opening,
            funds_in=funds_in if year == 1 else ZERO,
            operating=figures.net_result + figures.depreciation,
            investments=total(line.amount for line in plan.investments if line.year == year),
            working_capital=plan.working_capital if year == 1 else ZERO,
            loan_principal=total(row.principal for loan in loans if (row := loan.in_year(year))),
        )
        cash.append(flow)
        opening = flow.closing
    return Case(pnl, cash)


def compute_plan(
    plan: PlanInput,
    members: Sequence[MemberCapital],
    cooperative: bool = False,
    social: bool = False,
    country: Country = Country.IT,
    scop_form: LegalForm | None = None,
) -> PlanResult:
    """Every statement of the plan. ``cooperative`` turns on the CFI entry check
    (``social`` for the lower capital threshold of social cooperatives); ``scop_form``
    (a SCOP form) the SCOP conditions. The members' capital counts every part of it
    (TFR, NASpI advance, ARCE) once: the parts are shown as "of which"."""
    loans = [loan_schedule(loan) for loan in plan.loans]
    members_capital = total(m.pledged for m in members)
    other_sources = total(line.amount for line in plan.sources)
    loans_total = total(loan.amount for loan in plan.loans)
    funds_in = members_capital + other_sources + loans_total
    expected = _case(plan, loans, funds_in, None)
    cfi = check_cfi(members, social) if cooperative else None
    result = PlanResult(
        plan=plan,
        members=list(members),
        calendar_years=[plan.first_year + i for i in range(plan.years)],
        expected=expected,
        pessimistic=_case(plan, loans, funds_in, plan.pessimistic),
        optimistic=_case(plan, loans, funds_in, plan.optimistic),
        loans=loans,
        members_capital=members_capital,
        members_tfr=total(m.tfr for m in members),
        members_naspi=total(m.naspi for m in members),
        other_sources=other_sources,
        loans_total=loans_total,
        investments_total=total(line.amount for line in plan.investments),
        cfi=cfi,
        warnings=[],
        members_arce=total(m.arce for m in members),
        country=country,
        scop=check_scop(members, scop_form) if scop_form is not None else None,
    )
    result.warnings.extend(_warnings(result))
    return result


def _warnings(result: PlanResult) -> list[Warning]:
    found: list[Warning] = []
    if result.shortfall > 0:
        found.append(
            Warning(
                "sources",
                QT_TRANSLATE_NOOP(
                    "Plan",
                    "The sources of funds ({sources}) do not cover the investments and the "
                    "starting working capital ({uses}): {shortfall} is missing.",
                ),
                {
                    "sources": result.sources_total,
                    "uses": result.uses_total,
                    "shortfall": result.shortfall,
                },
            )
        )
    for year, flow in zip(result.calendar_years, result.expected.cash, strict=True):
        if flow.closing < 0:
            found.append(
                Warning(
                    "cash",
                    QT_TRANSLATE_NOOP("Plan", "Cash is negative at the end of {year}: {cash}."),
                    {"year": year, "cash": flow.closing},
                )
            )
    for year, ratio in zip(result.calendar_years, result.debt_service_coverage(), strict=True):
        if ratio is not None and ratio < 1:
            found.append(
                Warning(
                    "dscr",
                    QT_TRANSLATE_NOOP(
                        "Plan",
                        "In {year} the operating cash flow does not cover the loan "
                        "instalments (coverage {ratio}).",
                    ),
                    {"year": year, "ratio": coverage_shown(ratio)},
                )
            )
    if result.scop is not None:
        for condition in result.scop.failed:
            found.append(Warning("scop", condition.template, condition.params))
    if result.cfi is not None:
        for condition in result.cfi.failed:
            found.append(Warning("cfi", condition.template, condition.params))
        cfi_equity = total(
            line.amount for line in result.plan.sources if line.kind is PlanSourceKind.CFI_EQUITY
        )
        if cfi_equity > result.cfi.max_equity:
            found.append(
                Warning(
                    "cfi",
                    QT_TRANSLATE_NOOP(
                        "Plan",
                        "The CFI equity in the plan ({equity}) is more than CFI can put in: "
                        "{max} ({multiple} times the capital paid in).",
                    ),
                    {
                        "equity": cfi_equity,
                        "max": result.cfi.max_equity,
                        "multiple": result.cfi.rules.max_equity_multiple,
                    },
                )
            )
    return found
