"""The business-plan model against figures worked out by hand (the working is in the
comments, so a reader can check it with a pocket calculator)."""

from __future__ import annotations

from decimal import Decimal as D

import pytest

from deskapp.errors import ValidationFailed
from deskapp.models.enums import MemberRole
from deskapp.models.fields import validate_input
from deskapp.models.plan_schemas import LoanLine, PlanInput
from deskapp.services.plan_model import (
    MemberCapital,
    compute_plan,
    coverage_shown,
    loan_schedule,
)
from deskapp.services.plan_rules import CFI_RULES, check_cfi


def plan(**overrides: object) -> PlanInput:
    data: dict[str, object] = {
        "first_year": 2027,
        "investments": [{"item": "Pressa", "amount": "30000", "useful_life": 5}],
        "loans": [{"lender": "CFI", "amount": "10000", "rate": "5", "years": 3}],
        "sources": [{"kind": "cfi_equity", "amount": "20000"}],
        "sales": [{"product": "Pezzi", "price": "50", "quantity": "2000", "growth": "10"}],
        "staff": [{"role": "Operaio", "headcount": "2", "annual_cost": "30000"}],
        "fixed_costs": [{"item": "Affitto", "annual_amount": "12000"}],
        "variable_costs": [{"item": "Materiali", "share": "20"}],
        "working_capital": "5000",
    }
    data.update(overrides)
    return validate_input(PlanInput, data)


def workers(n: int, pledged: str = "5000", paid: str = "2500") -> list[MemberCapital]:
    return [
        MemberCapital(f"Socio {i}", MemberRole.WORKER_MEMBER, D(pledged), D(paid))
        for i in range(1, n + 1)
    ]


def test_loan_schedule_french_amortisation():
    # 10,000 at 5% over 3 years: instalment 10000 * 0.05 / (1 - 1.05^-3) = 3672.09.
    schedule = loan_schedule(LoanLine(lender="CFI", amount=D("10000"), rate=D("5"), years=3))
    rows = [(r.year, r.interest, r.principal, r.closing) for r in schedule.rows]
    assert rows == [
        (1, D("500.00"), D("3172.09"), D("6827.91")),
        (2, D("341.40"), D("3330.69"), D("3497.22")),  # 6827.91 * 5% = 341.3955
        (3, D("174.86"), D("3497.22"), D("0.00")),  # the last takes the remainder
    ]
    assert sum(r.principal for r in schedule.rows) == D("10000.00")


def test_loan_with_grace_years_and_no_interest():
    grace = loan_schedule(
        LoanLine(lender="B", amount=D("12000"), rate=D("4"), years=2, grace_years=1)
    )
    assert [(r.year, r.interest, r.principal) for r in grace.rows][0] == (1, D("480.00"), D("0"))
    assert [r.year for r in grace.rows] == [1, 2, 3]
    free = loan_schedule(LoanLine(lender="M", amount=D("1000"), rate=D("0"), years=3))
    assert [r.principal for r in free.rows] == [D("333.33"), D("333.33"), D("333.34")]
    assert all(r.interest == 0 for r in free.rows)


def test_three_year_profit_and_loss_with_depreciation_and_a_loan():
    result = compute_plan(plan(), workers(9))
    y1, y2, y3 = result.expected.pnl
    # Year 1: revenue 50 x 2000; variable 20%; fixed 2 x 30000 + 12000;
    # depreciation 30000 / 5; interest 500; tax 24% of 1500.
    assert (y1.revenue, y1.variable_costs, y1.fixed_costs) == (D("100000"), D("20000"), D("72000"))
    assert (y1.ebitda, y1.depreciation, y1.ebit) == (D("8000"), D("6000"), D("2000"))
    assert (y1.interest, y1.result_before_tax, y1.taxes) == (D("500"), D("1500"), D("360"))
    assert y1.net_result == D("1140.00")
    # Year 2: quantity +10% -> 110000; EBITDA 88000 - 72000; EBT 10000 - 341.40;
    # tax 24% of 9658.60 = 2318.064.
    assert (y2.revenue, y2.ebitda, y2.taxes, y2.net_result) == (
        D("110000.00"),
        D("16000.00"),
        D("2318.06"),
        D("7340.54"),
    )
    # Year 3: 121000; EBITDA 24800; EBT 18800 - 174.86 = 18625.14; tax 4470.03.
    assert (y3.revenue, y3.net_result) == (D("121000.00"), D("14155.11"))


def test_break_even_revenue():
    y1 = compute_plan(plan(), workers(9)).expected.pnl[0]
    # (fixed 72000 + depreciation 6000 + interest 500) / contribution ratio 0.8.
    assert y1.break_even_revenue == D("98125.00")
    no_margin = plan(variable_costs=[{"item": "Tutto", "share": "100"}])
    assert compute_plan(no_margin, []).expected.pnl[0].break_even_revenue is None


def test_cash_flow_and_sources_and_uses():
    result = compute_plan(plan(), workers(9))
    # Sources 9 x 5000 + 20000 + 10000 = 75000; uses 30000 + 5000.
    assert (result.sources_total, result.uses_total, result.shortfall) == (
        D("75000"),
        D("35000"),
        D("0.00"),
    )
    # Year 1 cash: 75000 + (1140 + 6000) - 30000 - 5000 - 3172.09.
    assert result.expected.cash[0].closing == D("43967.91")
    assert result.expected.cash[1].opening == D("43967.91")
    assert not [w for w in result.warnings if w.topic in ("sources", "cash")]


def test_unbalanced_plan_is_flagged_with_the_missing_amount():
    result = compute_plan(
        plan(sources=[], investments=[{"item": "Capannone", "amount": "90000", "useful_life": 0}]),
        workers(2),
    )
    # Sources 2 x 5000 + 10000 loan = 20000; uses 90000 + 5000: 75000 missing.
    assert result.shortfall == D("75000")
    topics = [w.topic for w in result.warnings]
    assert "sources" in topics and "cash" in topics
    sources = next(w for w in result.warnings if w.topic == "sources")
    assert sources.params["shortfall"] == D("75000")


def test_depreciation_remainder_in_the_last_year():
    result = compute_plan(
        plan(investments=[{"item": "PC", "amount": "1000", "useful_life": 3}]), []
    )
    assert [y.depreciation for y in result.expected.pnl] == [
        D("333.33"),
        D("333.33"),
        D("333.34"),
    ]


def test_scenarios_move_sales_and_costs():
    result = compute_plan(plan(), workers(9))
    low = result.pessimistic.pnl[0]  # sales -20%, costs +10%
    assert low.revenue == D("80000.00")
    assert low.variable_costs == D("17600.00")  # 80000 x 20% x 1.1
    assert low.fixed_costs == D("79200.00")  # 72000 x 1.1
    assert low.depreciation == D("6000.00") and low.interest == D("500.00")
    high = result.optimistic.pnl[0]  # sales +15%, costs -5%
    assert high.revenue == D("115000.00")


def test_amounts_are_exact_to_the_cent():
    lines = [
        {"product": f"P{i}", "price": "0.10", "quantity": "3", "growth": "0"} for i in range(10)
    ]
    result = compute_plan(plan(sales=lines, variable_costs=[]), [])
    # 10 x 0.30 = 3.00 exactly (0.1 x 3 in binary floating point is 0.30000000000000004).
    assert result.expected.pnl[0].revenue == D("3.00")


def test_bad_input_is_refused_with_field_and_reason():
    with pytest.raises(ValidationFailed) as caught:
        plan(
            sales=[{"product": "X", "price": "10", "quantity": "-1"}],
            loans=[
                {"lender": "A", "amount": "1000", "rate": "5", "years": 0},
                {"lender": "B", "amount": "1000", "rate": "120", "years": 3},
            ],
        )
    messages = [e.message for e in caught.value.errors]
    assert "Sales forecast - 1 - Quantity in year 1: must be at least 0" in messages
    assert "Loans - 1 - Repayment years: must be at least 1" in messages
    assert "Loans - 2 - Annual rate (%): must be at most 100" in messages


def test_cfi_conditions_each_failing_on_its_own():
    assert check_cfi(workers(9)).met
    assert check_cfi(workers(9)).max_equity == D("45000.00")  # 2 x 9 x 2500 paid in

    too_few = check_cfi(workers(8))
    assert [c.params.get("count") for c in too_few.failed] == [8]

    one_short = workers(8) + workers(1, pledged="3999.99", paid="2000")
    failed = check_cfi(one_short).failed
    assert len(failed) == 1 and failed[0].params["count"] == 1
    assert failed[0].params["names"] == "Socio 1"

    # Social cooperatives: EUR 1,000 is enough.
    assert check_cfi(workers(9, pledged="1000", paid="500"), social=True).met
    assert not check_cfi(workers(9, pledged="1000", paid="500"), social=False).met

    unpaid = check_cfi(workers(9, pledged="5000", paid="2499.99"))
    assert len(unpaid.failed) == 1 and unpaid.failed[0].params["share"] == 50
    assert CFI_RULES.min_worker_members == 9


def test_cfi_equity_above_twice_the_paid_capital_is_flagged():
    members = workers(9, pledged="4000", paid="2000")  # paid 18000: at most 36000
    result = compute_plan(
        plan(sources=[{"kind": "cfi_equity", "amount": "36000.01"}]), members, cooperative=True
    )
    assert [w.params.get("max") for w in result.warnings if w.topic == "cfi"] == [D("36000.00")]
    within = compute_plan(
        plan(sources=[{"kind": "cfi_equity", "amount": "36000"}]), members, cooperative=True
    )
    assert not [w for w in within.warnings if w.topic == "cfi"]


def test_debt_service_coverage():
    result = compute_plan(plan(), workers(9))
    # Year 1: (EBITDA 8000 - taxes 360) / instalment 3672.09 = 2.08.
    assert coverage_shown(result.debt_service_coverage()[0]) == D("2.08")


def test_break_even_is_worked_out_from_the_exact_margin_not_rounded_lines():
    # Revenue 12,345.00 with variable costs of 33.335%: the rounded line is 4,115.21
    # (4,115.20575), so the rounded contribution ratio is 8,229.79 / 12,345. The exact
    # ratio is 1 - 0.33335 = 0.66665, and the break-even revenue is
    # (72,000 fixed + 6,000 depreciation + 500 interest) / 0.66665 = 117,752.9438 -> .94
    # (from the rounded lines it would be 117,753.00).
    exact = plan(
        sales=[{"product": "Pezzi", "price": "1", "quantity": "12345", "growth": "0"}],
        variable_costs=[{"item": "Materiali", "share": "33.335"}],
    )
    assert compute_plan(exact, workers(9)).expected.pnl[0].break_even_revenue == D("117752.94")


def test_coverage_just_below_one_is_a_warning():
    # Revenue 94,586.63, variable 20% = 18,917.33 (18,917.326), EBITDA 75,669.30 - 72,000 =
    # 3,669.30; the result before tax is negative, so no taxes. Instalment 3,672.09:
    # coverage 3,669.30 / 3,672.09 = 0.99924, which rounds to 1.00 but is below 1.
    short = plan(sales=[{"product": "Impianto", "price": "94586.63", "quantity": "1"}])
    result = compute_plan(short, workers(9))
    ratio = result.debt_service_coverage()[0]
    assert ratio is not None and D("0.9992") < ratio < 1
    # Every year has the same sales and the same instalment: each one is flagged.
    assert [w.params["year"] for w in result.warnings if w.topic == "dscr"] == [2027, 2028, 2029]
    assert coverage_shown(ratio) == D("0.99")  # never shown as 1.00 while below 1
    dscr = next(w for w in result.warnings if w.topic == "dscr")
    assert "0.99" in dscr.text
