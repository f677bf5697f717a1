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
# Every cooperative form of either country (LegalForm.is_cooperative): Italian
# cooperatives, and SCOP, SCIC and CAE.
COOPERATIVE_FORMS = frozenset(f for f in LegalForm if f.is_cooperative)


def is_cooperative(kind: ProjectKind, form: LegalForm | None) -> bool:
    return kind in COOPERATIVE_KINDS or form in COOPERATIVE_FORMS


def is_social(kind: ProjectKind, form: LegalForm | None) -> bool:
    return kind is ProjectKind.SOCIAL_COOPERATIVE_B or (
        form is not None and form.is_social_cooperative
    )


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


# -- SCOP (France) -------------------------------------------------------------------------
#
# Loi n° 78-763 du 19 juillet 1978 portant statut des sociétés coopératives ouvrières de
# production, as service-public.fr (F31328) and the Confédération générale des Scop
# state it: the employee-members hold at least 51% of the capital and 65% of the votes;
# one member, one vote, whatever their capital; no member holds more than half of the
# capital; at least 2 employee-members in a SCOP SARL or SAS, at least 7 in a SCOP SA.
#
# What the project records: the members, their role and the capital each pledges. The
# employee-members are the worker-members; votes are not recorded, so they are counted
# one per member (one person, one vote) among the members who are partners (those
# pledging capital, and the worker-members). A person in two roles is one member.


@dataclass(frozen=True)
class ScopRules:
    min_employee_capital_share: Decimal = Decimal("0.51")
    min_employee_vote_share: Decimal = Decimal("0.65")
    max_capital_share_each: Decimal = Decimal("0.50")
    min_employee_members: int = 2  # SCOP SARL and SAS (and a SCOP whose form is not given)
    min_employee_members_sa: int = 7


SCOP_RULES = ScopRules()


def is_scop(form: LegalForm | None) -> bool:
    return form is not None and form.is_scop


@dataclass(frozen=True)
class ScopCheck:
    rules: ScopRules
    conditions: list[Condition]

    @property
    def met(self) -> bool:
        return all(c.met for c in self.conditions)

    @property
    def failed(self) -> list[Condition]:
        return [c for c in self.conditions if not c.met]


def _percent(part: Decimal, whole: Decimal) -> int:
    """A share as a whole percentage, rounded down: 50.9% reads 50%, never 51%."""
    return int(part * 100 // whole) if whole > 0 else 0


def check_scop(
    members: Sequence[MemberCapital], form: LegalForm | None, rules: ScopRules = SCOP_RULES
) -> ScopCheck:
    """The SCOP conditions on the members' capital and votes, each said in words."""
    capital: dict[str, Decimal] = {}
    employees: set[str] = set()
    for m in members:
        capital[m.name] = capital.get(m.name, Decimal("0.00")) + m.pledged
        if m.role is MemberRole.WORKER_MEMBER:
            employees.add(m.name)
    partners = [name for name, amount in capital.items() if amount > 0 or name in employees]
    total = sum(capital.values(), Decimal("0.00"))
    employee_capital = sum((capital[name] for name in employees), Decimal("0.00"))
    sa = form is LegalForm.SCOP_SA
    minimum_members = rules.min_employee_members_sa if sa else rules.min_employee_members
    conditions: list[Condition] = []

    if total <= 0:
        conditions.append(
            Condition(
                False,
                QT_TRANSLATE_NOOP(
                    "Plan",
                    "The members have pledged no capital yet: in a SCOP the employee-members "
                    "hold at least {minimum}% of it.",
                ),
                {"minimum": _percent(rules.min_employee_capital_share, Decimal(1))},
            )
        )
    else:
        met = employee_capital >= total * rules.min_employee_capital_share
        conditions.append(
            Condition(
                met,
                QT_TRANSLATE_NOOP(
                    "Plan",
                    "Employee-members hold {share}% of the capital ({capital} of {total}): "
                    "a SCOP needs at least {minimum}%.",
                )
                if not met
                else QT_TRANSLATE_NOOP(
                    "Plan",
                    "Employee-members hold {share}% of the capital ({capital} of {total}), "
                    "at least {minimum}%.",
                ),
                {
                    "share": _percent(employee_capital, total),
                    "capital": employee_capital,
                    "total": total,
                    "minimum": _percent(rules.min_employee_capital_share, Decimal(1)),
                },
            )
        )

    votes, count = len(employees), len(partners)
    met = count > 0 and votes >= count * rules.min_employee_vote_share
    conditions.append(
        Condition(
            met,
            QT_TRANSLATE_NOOP(
                "Plan",
                "Employee-members have {share}% of the votes ({votes} of {members} members, "
                "one member one vote): a SCOP needs at least {minimum}%.",
            )
            if not met
            else QT_TRANSLATE_NOOP(
                "Plan",
                "Employee-members have {share}% of the votes ({votes} of {members} members, "
                "one member one vote), at least {minimum}%.",
            ),
            {
                "share": _percent(Decimal(votes), Decimal(count)),
                "votes": votes,
                "members": count,
                "minimum": _percent(rules.min_employee_vote_share, Decimal(1)),
            },
        )
    )

    met = votes >= minimum_members
    if sa:
        template = (
            QT_TRANSLATE_NOOP(
                "Plan", "Employee-members: {count}; a SCOP SA needs at least {minimum}."
            )
            if not met
            else QT_TRANSLATE_NOOP("Plan", "Employee-members: {count}, at least {minimum}.")
        )
    else:
        template = (
            QT_TRANSLATE_NOOP("Plan", "Employee-members: {count}; a SCOP needs at least {minimum}.")
            if not met
            else QT_TRANSLATE_NOOP("Plan", "Employee-members: {count}, at least {minimum}.")
        )
    conditions.append(Condition(met, template, {"count": votes, "minimum": minimum_members}))

    largest = sorted(
        (name for name, amount in capital.items() if amount > total * rules.max_capital_share_each),
    )
    conditions.append(
        Condition(
            not largest,
            QT_TRANSLATE_NOOP(
                "Plan",
                "{names} holds more than {maximum}% of the capital: no member of a SCOP may.",
            )
            if largest
            else QT_TRANSLATE_NOOP("Plan", "No member holds more than {maximum}% of the capital."),
            {
                "names": ", ".join(largest),
                "maximum": _percent(rules.max_capital_share_each, Decimal(1)),
            },
        )
    )
    return ScopCheck(rules, conditions)
