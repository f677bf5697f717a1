"""Rules set by law or by the funders, as data in one place: they change with the law,
so a change is an edit here (and in its test), not a hunt through the code.

CFI (Cooperazione Finanza Impresa) and the Legge Marcora, as the desks apply them
(see DOMAIN.md, "A workers buyout, phase by phase"): CFI takes equity in a worker
cooperative of at least 9 worker-members each putting in at least EUR 4,000
(EUR 1,000 in social cooperatives), at least half of the capital paid up, and puts
in at most twice the capital paid in by the members.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from decimal import Decimal
from typing import TYPE_CHECKING

from deskapp.i18n import QT_TRANSLATE_NOOP
from deskapp.models.enums import LegalForm, MemberRole, ProjectKind

if TYPE_CHECKING:
    from deskapp.services.plan_model import MemberCapital


@dataclass(frozen=True)
class CfiRules:
    min_worker_members: int = 9
    min_capital_each: Decimal = Decimal("4000.00")
    min_capital_each_social: Decimal = Decimal("1000.00")
    min_paid_up_share: Decimal = Decimal("0.50")  # of the capital pledged
    max_equity_multiple: Decimal = Decimal("2")  # times the capital paid in


CFI_RULES = CfiRules()

# Who CFI funds: cooperatives. A project is checked when its kind or its planned legal
# form is a cooperative one.
COOPERATIVE_KINDS = frozenset(
    {
        ProjectKind.WBO,
        ProjectKind.NEW_COOPERATIVE,
        ProjectKind.SOCIAL_COOPERATIVE_B,
        ProjectKind.COMMUNITY_COOPERATIVE,
    }
)
COOPERATIVE_FORMS = frozenset(
    {
        LegalForm.WORKER_COOPERATIVE,
        LegalForm.SOCIAL_COOPERATIVE,
        LegalForm.COMMUNITY_COOPERATIVE,
        LegalForm.SCOP,
        LegalForm.SCIC,
    }
)


def is_cooperative(kind: ProjectKind, form: LegalForm | None) -> bool:
    return kind in COOPERATIVE_KINDS or form in COOPERATIVE_FORMS


def is_social(kind: ProjectKind, form: LegalForm | None) -> bool:
    return kind is ProjectKind.SOCIAL_COOPERATIVE_B or form is LegalForm.SOCIAL_COOPERATIVE


@dataclass(frozen=True)
class Condition:
    met: bool
    template: str  # the reason when not met, or what was checked when met
    params: dict[str, object] = field(default_factory=dict)


@dataclass(frozen=True)
class CfiCheck:
    rules: CfiRules
    conditions: list[Condition]
    capital_paid: Decimal
    max_equity: Decimal

    @property
    def met(self) -> bool:
        return all(c.met for c in self.conditions)

    @property
    def failed(self) -> list[Condition]:
        return [c for c in self.conditions if not c.met]


def check_cfi(
    members: Sequence[MemberCapital], social: bool = False, rules: CfiRules = CFI_RULES
) -> CfiCheck:
    """The CFI entry conditions, each with its reason, and the most CFI can put in."""
    workers = [m for m in members if m.role is MemberRole.WORKER_MEMBER]
    minimum = rules.min_capital_each_social if social else rules.min_capital_each
    pledged = sum((m.pledged for m in members), Decimal("0.00"))
    paid = sum((m.paid for m in members), Decimal("0.00"))
    short = [m for m in workers if m.pledged < minimum]
    conditions = [
        Condition(
            len(workers) >= rules.min_worker_members,
            QT_TRANSLATE_NOOP("Plan", "{count} worker-members: CFI asks for at least {minimum}."),
            {"count": len(workers), "minimum": rules.min_worker_members},
        ),
        Condition(
            not short,
            QT_TRANSLATE_NOOP(
                "Plan",
                "{count} worker-members put in less than {minimum} each: {names}.",
            )
            if short
            else QT_TRANSLATE_NOOP("Plan", "Every worker-member puts in at least {minimum}."),
            {
                "count": len(short),
                "minimum": minimum,
                "names": ", ".join(m.name for m in short),
            },
        ),
        Condition(
            pledged > 0 and paid >= pledged * rules.min_paid_up_share,
            QT_TRANSLATE_NOOP(
                "Plan",
                "Capital paid in {paid} of {pledged} pledged: at least {share}% must be paid up.",
            ),
            {"paid": paid, "pledged": pledged, "share": int(rules.min_paid_up_share * 100)},
        ),
    ]
    return CfiCheck(rules, conditions, paid, paid * rules.max_equity_multiple)
