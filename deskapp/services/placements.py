"""Participants in employment after the service: the result indicator the funders ask
for, by gender and age band (issue 18).

A placement is a person of a desk in scope recorded as hired (deskapp.services.matches)
on a day within the period, for an opening or a project's role; each person counts
once however many hires, and however many desks' records (at a coordinator, the
records of one person linked by deskapp.sync.linking: the record with the lowest gid
of those placed counts, as for the participants). Age as for the participants: full
years on the day of first contact. Small counts are hidden as the participants' are
(deskapp.services.disclosure), gender and age each a breakdown of the placed total,
never crossed.
"""

from __future__ import annotations

from typing import Any

from sqlalchemy import and_, case, func, or_, select
from sqlalchemy.orm import Session, aliased

from deskapp.i18n import QT_TRANSLATE_NOOP
from deskapp.models import MatchOutcome, Person
from deskapp.models.enums import MatchStatus, Sex
from deskapp.services.disclosure import protect

TITLE = QT_TRANSLATE_NOOP("Report", "Participants in employment after the service")
NOTE = QT_TRANSLATE_NOOP(
    "Report",
    "People of the desks in scope recorded as hired, for an opening or a project's role, "
    "on a day within the period; each person once. Age at first contact.",
)
AGE_BANDS = (
    ("<25", QT_TRANSLATE_NOOP("Report", "Under 25")),
    ("25-54", QT_TRANSLATE_NOOP("Report", "25 to 54")),
    (">54", QT_TRANSLATE_NOOP("Report", "Over 54")),
)


def placements_table(s: Session, result: Any, age: Any, in_scope: Any) -> Any:
    """The table of placements of ``result``'s period (an ``indicators.Indicators``):
    ``age`` the age-at-entry expression, ``in_scope`` the desk condition on Person."""
    from deskapp.services.indicators import Table, _desk_condition

    hired = (
        select(MatchOutcome.person_id)
        .where(
            MatchOutcome.status == MatchStatus.HIRED,
            MatchOutcome.happened_on.between(result.start, result.end),
        )
        .distinct()
        .subquery()
    )
    bands = {"<25": age < 25, "25-54": and_(age >= 25, age <= 54), ">54": age > 54}
    conditions = {f"sex:{sex.value}": Person.sex == sex for sex in Sex}
    conditions.update({f"age:{key}": condition for key, condition in bands.items()})
    total, *sums = s.execute(
        select(
            func.count(),
            *[func.coalesce(func.sum(case((c, 1), else_=0)), 0) for c in conditions.values()],
        )
        .select_from(Person)
        .join(hired, hired.c.person_id == Person.id)
        .where(in_scope, _placed_once(result, _desk_condition))
    ).one()
    n = {key: int(v) for key, v in zip(conditions, sums, strict=True)}
    by_sex = [n[f"sex:{sex.value}"] for sex in Sex]
    by_age = [n[f"age:{key}"] for key, _ in AGE_BANDS]
    shown_total: int | None = int(total)
    if result.hidden_below:
        published = protect(int(total), [by_sex, by_age], result.hidden_below)
        shown_total = published.total
        by_sex, by_age = published.breakdowns  # type: ignore[assignment]
    table = Table(
        "placements",
        TITLE,
        (QT_TRANSLATE_NOOP("Report", "Participants"),),
        ("participants",),
        QT_TRANSLATE_NOOP("Report", "Gender and age at first contact"),
        (NOTE,),
    )
    table.add("total", QT_TRANSLATE_NOOP("Report", "Total"), shown_total)
    for sex, count in zip(Sex, by_sex, strict=True):
        table.add(f"sex:{sex.value}", sex, count)
    for (key, label), count in zip(AGE_BANDS, by_age, strict=True):
        table.add(f"age:{key}", label, count)
    return table


def _placed_once(result: Any, desk_condition: Any) -> Any:
    """A placed record linked to others of the same person (``counted_with``) counts
    only when no placed record of its group in scope has a lower gid. Unlinked
    records (counted_with NULL, nearly all) pass at once."""
    other = aliased(Person)
    other_hired = (
        select(MatchOutcome.id)
        .where(
            MatchOutcome.person_id == other.id,
            MatchOutcome.status == MatchStatus.HIRED,
            MatchOutcome.happened_on.between(result.start, result.end),
        )
        .exists()
    )
    earlier = (
        select(other.id)
        .where(
            or_(other.id == Person.counted_with, other.counted_with == Person.counted_with),
            other.gid < Person.gid,
            desk_condition(other.desk_id, result.scope),
            other_hired,
        )
        .exists()
    )
    return or_(Person.counted_with.is_(None), ~earlier)
