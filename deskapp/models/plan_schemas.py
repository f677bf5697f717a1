"""The business plan as the operator writes it: sections of text and the tables of the
financial model (investments, sources, loans, sales, staff, costs, scenarios).

A plan is one document, validated here and stored as JSON (amounts as strings, so
nothing passes through a float). The computed statements are never stored: they are
worked out from this document by deskapp.services.plan_model whenever they are shown.
Every table row names its field on error ("Loans - 2 - Annual rate (%): must be at
most 100").
"""

from __future__ import annotations

from decimal import Decimal
from typing import Annotated, Literal

from pydantic import AfterValidator, Field, model_validator

from deskapp.i18n import QT_TRANSLATE_NOOP
from deskapp.models import enums as en
from deskapp.models.fields import LongText, MoneyIn, RequiredText120, Text120, field_error
from deskapp.models.schemas import Schema

PLAN_FORMAT = 1  # bumped when the document's shape changes; old documents are upgraded


def _cents(value: Decimal) -> Decimal:
    if value != value.quantize(Decimal("0.01")):
        raise field_error(QT_TRANSLATE_NOOP("Error", "has more than two decimals"))
    return value.quantize(Decimal("0.01"))


# Amounts in euros, to the cent; plain numbers (quantities, percentages) read the same
# ways as money: "1.234,5" and "1234.5" alike.
Euros = Annotated[MoneyIn, AfterValidator(_cents)]
Number = MoneyIn


class InvestmentLine(Schema):
    item: RequiredText120 = Field(title=QT_TRANSLATE_NOOP("Field", "Item"))
    amount: Euros = Field(ge=0, title=QT_TRANSLATE_NOOP("Field", "Amount"))
    # 0: not depreciated (land, a deposit).
    useful_life: int = Field(
        5, ge=0, le=50, title=QT_TRANSLATE_NOOP("Field", "Useful life (years)")
    )
    year: int = Field(1, ge=1, le=5, title=QT_TRANSLATE_NOOP("Field", "Plan year"))


class SourceLine(Schema):
    """Money that is not repaid: CFI equity, grants, other capital."""

    kind: en.PlanSourceKind = Field(title=QT_TRANSLATE_NOOP("Field", "Kind"))
    name: Text120 = Field("", title=QT_TRANSLATE_NOOP("Field", "Description"))
    amount: Euros = Field(ge=0, title=QT_TRANSLATE_NOOP("Field", "Amount"))
    # The approved funding application it comes from, when drawn from one.
    funding_application_id: int | None = Field(None, title="funding_application_id")


class LoanLine(Schema):
    lender: RequiredText120 = Field(title=QT_TRANSLATE_NOOP("Field", "Lender"))
    amount: Euros = Field(gt=0, title=QT_TRANSLATE_NOOP("Field", "Amount"))
    rate: Number = Field(ge=0, le=100, title=QT_TRANSLATE_NOOP("Field", "Annual rate (%)"))
    years: int = Field(ge=1, le=30, title=QT_TRANSLATE_NOOP("Field", "Repayment years"))
    grace_years: int = Field(0, ge=0, le=5, title=QT_TRANSLATE_NOOP("Field", "Grace years"))
    funding_application_id: int | None = Field(None, title="funding_application_id")


class SalesLine(Schema):
    product: RequiredText120 = Field(title=QT_TRANSLATE_NOOP("Field", "Product or service"))
    price: Euros = Field(ge=0, title=QT_TRANSLATE_NOOP("Field", "Unit price"))
    quantity: Number = Field(ge=0, title=QT_TRANSLATE_NOOP("Field", "Quantity in year 1"))
    growth: Number = Field(
        Decimal("0"), ge=-100, le=1000, title=QT_TRANSLATE_NOOP("Field", "Yearly growth (%)")
    )


class StaffLine(Schema):
    role: RequiredText120 = Field(title=QT_TRANSLATE_NOOP("Field", "Role"))
    headcount: Number = Field(ge=0, le=10_000, title=QT_TRANSLATE_NOOP("Field", "Headcount"))
    annual_cost: Euros = Field(ge=0, title=QT_TRANSLATE_NOOP("Field", "Gross annual cost per head"))


class FixedCostLine(Schema):
    item: RequiredText120 = Field(title=QT_TRANSLATE_NOOP("Field", "Item"))
    annual_amount: Euros = Field(ge=0, title=QT_TRANSLATE_NOOP("Field", "Annual amount"))


class VariableCostLine(Schema):
    item: RequiredText120 = Field(title=QT_TRANSLATE_NOOP("Field", "Item"))
    share: Number = Field(ge=0, le=100, title=QT_TRANSLATE_NOOP("Field", "Share of sales (%)"))


class Scenario(Schema):
    """A variant of the expected case: sales and costs moved by a percentage."""

    sales_change: Number = Field(
        ge=-100, le=500, title=QT_TRANSLATE_NOOP("Field", "Change in sales (%)")
    )
    costs_change: Number = Field(
        ge=-100, le=500, title=QT_TRANSLATE_NOOP("Field", "Change in costs (%)")
    )


class PlanSections(Schema):
    team: LongText = Field("", title=QT_TRANSLATE_NOOP("Field", "Proposers and team"))
    idea: LongText = Field("", title=QT_TRANSLATE_NOOP("Field", "The idea, products and services"))
    market: LongText = Field("", title=QT_TRANSLATE_NOOP("Field", "Market and competitors"))
    marketing: LongText = Field("", title=QT_TRANSLATE_NOOP("Field", "Marketing and sales"))
    organisation: LongText = Field(
        "", title=QT_TRANSLATE_NOOP("Field", "Organisation and premises")
    )
    swot: LongText = Field("", title=QT_TRANSLATE_NOOP("Field", "SWOT analysis"))


class PlanInput(Schema):
    format: int = Field(PLAN_FORMAT, title="format")
    first_year: int = Field(ge=2000, le=2100, title=QT_TRANSLATE_NOOP("Field", "First year"))
    years: Literal[3, 5] = Field(3, title=QT_TRANSLATE_NOOP("Field", "Years of the plan"))
    tax_rate: Number = Field(
        Decimal("24"), ge=0, le=100, title=QT_TRANSLATE_NOOP("Field", "Tax rate (%)")
    )
    working_capital: Euros = Field(
        Decimal("0"), ge=0, title=QT_TRANSLATE_NOOP("Field", "Starting working capital")
    )
    sections: PlanSections = Field(
        default_factory=lambda: PlanSections.model_validate({}),
        title=QT_TRANSLATE_NOOP("Field", "Sections"),
    )
    investments: list[InvestmentLine] = Field(
        default_factory=list, title=QT_TRANSLATE_NOOP("Field", "Investments")
    )
    sources: list[SourceLine] = Field(
        default_factory=list, title=QT_TRANSLATE_NOOP("Field", "Other sources of funds")
    )
    loans: list[LoanLine] = Field(default_factory=list, title=QT_TRANSLATE_NOOP("Field", "Loans"))
    sales: list[SalesLine] = Field(
        default_factory=list, title=QT_TRANSLATE_NOOP("Field", "Sales forecast")
    )
    staff: list[StaffLine] = Field(
        default_factory=list, title=QT_TRANSLATE_NOOP("Field", "Personnel")
    )
    fixed_costs: list[FixedCostLine] = Field(
        default_factory=list, title=QT_TRANSLATE_NOOP("Field", "Fixed operating costs")
    )
    variable_costs: list[VariableCostLine] = Field(
        default_factory=list, title=QT_TRANSLATE_NOOP("Field", "Variable costs")
    )
    pessimistic: Scenario = Field(
        default_factory=lambda: Scenario(sales_change=Decimal("-20"), costs_change=Decimal("10")),
        title=QT_TRANSLATE_NOOP("Field", "Pessimistic scenario"),
    )
    optimistic: Scenario = Field(
        default_factory=lambda: Scenario(sales_change=Decimal("15"), costs_change=Decimal("-5")),
        title=QT_TRANSLATE_NOOP("Field", "Optimistic scenario"),
    )

    @model_validator(mode="after")
    def _within_plan(self) -> PlanInput:
        for line in self.investments:
            if line.year > self.years:
                raise field_error(
                    QT_TRANSLATE_NOOP("Error", "plan year {year} is after the plan's last year"),
                    field="investments",
                    year=line.year,
                )
        return self
