"""The figures coordinators send to the funding body, for a period and a scope.

Every figure is read in one read transaction and counted as the EU common indicators
count: each participant once, each enterprise once. A past period is read as it stood
at its end: stages come from the stage history, not from today's stage. Stage moves
are stored in UTC; the period's days are the desk's (the computer's local time), so a
move at 00:30 on the day after the period is outside it. Definitions (also in the
README, and tested with independent SQL):

- **participant**: a person of a desk in scope who, within the period, was first
  contacted or received at least one service (an activity);
- **age**: full years on the day of first contact (entry), bands <25, 25-54, >54;
- **services**: activities dated in the period, at a desk in scope, by kind, with hours;
- **new participants**: first contact in the period, by month;
- **projects**: of desks in scope opened by the period's end, by kind and by their
  stage at the end of its last day; **stage moves**: moves dated in the period (a
  project's opening is not one), by the stage reached: how many projects (each once
  per stage: abandoned and reopened twice is one project) and how many moves;
- **enterprise started**: a project with a start date (``actual_start_date``) that had
  reached a running stage (follow-up or started) by the moment in question;
- **enterprises supported**: projects with an activity or a stage move in the period;
  **enterprises created**: enterprises started in the period (start date within it,
  running stage reached by its end); **jobs created**: their promoters and
  worker-members, each person once per enterprise (one person in two enterprises
  holds two jobs), plus the employees each records besides its members. Financing
  members and mentors hold no job there. Members and employees have no history: they
  are read as recorded now;
- **funding**: requested by submission date, granted by decision date, disbursed by
  disbursement date, each within the period, by instrument;
- **follow-up**: enterprises started at least 6, 12, 24, 36 months before the end of
  the period; how many were still active (not abandoned) at the period's end, and how
  many were active 6, 12, 24, 36 months after their start.

Small counts of participants are hidden when asked, with enough other cells that none
can be worked out again (deskapp.services.disclosure). No names, no codici fiscali:
only counts and sums leave this module.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import secrets
from collections import Counter
from concurrent.futures import Future, ThreadPoolExecutor
from dataclasses import dataclass, field
from decimal import Decimal
from operator import itemgetter
from typing import Any, TypeVar

from sqlalchemy import (
    Select,
    and_,
    case,
    func,
    literal,
    or_,
    select,
    union,
)
from sqlalchemy.orm import Session, aliased

from deskapp.errors import DeskappError
from deskapp.i18n import QT_TRANSLATE_NOOP
from deskapp.models import (
    Activity,
    Desk,
    Person,
    StageTransition,
)
from deskapp.models.database import Database
from deskapp.models.enums import (
    DISADVANTAGE_FIELDS,
    ActivityKind,
    Disclosure,
    EmploymentStatus,
    Isced,
    MemberRole,
    Region,
    Sex,
    Stage,
)
from deskapp.models.sql.dates import month_day, year_month, year_of
from deskapp.models.sql.texts import joined_texts
from deskapp.services.disclosure import protect

AGE_BANDS = (
    ("<25", QT_TRANSLATE_NOOP("Report", "Under 25")),
    ("25-54", QT_TRANSLATE_NOOP("Report", "25 to 54")),
    (">54", QT_TRANSLATE_NOOP("Report", "Over 54")),
)
ISCED_GROUPS = (
    ("0-2", QT_TRANSLATE_NOOP("Report", "ISCED 0-2 (up to lower secondary)"), ("0", "1", "2")),
    ("3-4", QT_TRANSLATE_NOOP("Report", "ISCED 3-4 (upper and post-secondary)"), ("3", "4")),
    ("5-8", QT_TRANSLATE_NOOP("Report", "ISCED 5-8 (tertiary)"), ("5", "6", "7", "8")),
)
FOLLOW_UP_MONTHS = (
    (6, QT_TRANSLATE_NOOP("Report", "6 months")),
    (12, QT_TRANSLATE_NOOP("Report", "12 months")),
    (24, QT_TRANSLATE_NOOP("Report", "24 months")),
    (36, QT_TRANSLATE_NOOP("Report", "36 months")),
)
NOT_GIVEN = QT_TRANSLATE_NOOP("Report", "Not given")
NOT_ASKED = QT_TRANSLATE_NOOP("Report", "Not asked")
# The stages of an enterprise that runs: reaching one (with a start date) is starting.
RUNNING = (Stage.FOLLOW_UP, Stage.STARTED)
# Who works in the enterprise: a job each. Financing members and mentors do not.
JOB_ROLES = (MemberRole.PROMOTER, MemberRole.WORKER_MEMBER)

# What the participant breakdowns count, said once in each file.
PARTICIPANTS_NOTE = QT_TRANSLATE_NOOP(
    "Report",
    "Participants: the people of the desks in scope first contacted, or served, within "
    "the period, each counted once.",
)
JOBS_NOTE = QT_TRANSLATE_NOOP(
    "Report",
    "Jobs created: the promoters and worker-members of the enterprises created, each "
    "person once per enterprise, plus the employees each records besides its members. "
    "Financing members and mentors are not jobs. Members and employees as recorded "
    "when the report is made.",
)


@dataclass(frozen=True)
class Scope:
    desk_id: int | None = None
    region: Region | None = None
    label: str = ""  # "Antenna Genova", "Liguria", "" for every desk


@dataclass
class Table:
    """One table of the report: rows of a label and figures. Labels are enum members
    or marked strings; renderers translate them. Each row and each figure column also
    has a stable code (the CSV's). ``breakdowns`` marks the tables of participants
    whose small cells a setting can hide: "column" when each figure column adds up to
    the participant total, "row" when each row does. A hidden figure is ``None``."""

    key: str
    title: str
    headers: tuple[Any, ...]  # marked strings, or enum members (the kinds of project)
    columns: tuple[str, ...]  # a code per figure column
    row_header: str = ""  # what the rows are, marked; %1 and %2 the period's days
    notes: tuple[str, ...] = ()  # what the table counts, marked; %1 and %2 likewise
    breakdowns: str = ""
    hidden_with_total: bool = False  # counts of people hidden when the total is
    rows: list[tuple[Any, ...]] = field(default_factory=list)
    codes: list[str] = field(default_factory=list)  # a code per row

    def add(self, code: str, label: Any, *figures: Any) -> None:
        self.codes.append(code)
        self.rows.append((label, *figures))


@dataclass
class Indicators:
    start: dt.date
    end: dt.date
    scope: Scope
    participants: int = 0
    tables: list[Table] = field(default_factory=list)
    hidden_below: int = 0  # 0: every figure shown
    participants_hidden: bool = False  # the total itself is a small count, hidden
    made_at: dt.datetime = field(default_factory=lambda: dt.datetime.now().replace(microsecond=0))

    def table(self, key: str) -> Table:
        return next(t for t in self.tables if t.key == key)


def _months_before(day: dt.date, months: int) -> dt.date:
    """The same day ``months`` earlier (later when negative), or that month's last."""
    year, month = divmod(day.year * 12 + day.month - 1 - months, 12)
    month += 1
    last = [
        31,
        29 if year % 4 == 0 and (year % 100 or year % 400 == 0) else 28,
        31,
        30,
        31,
        30,
        31,
        31,
        30,
        31,
        30,
        31,
    ][month - 1]
    return dt.date(year, month, min(day.day, last))


def _utc_midnight(day: dt.date) -> dt.datetime:
    """Local midnight at the start of ``day``, as the naive UTC stage moves are kept in."""
    local = dt.datetime.combine(day, dt.time()).astimezone()
    return local.astimezone(dt.UTC).replace(tzinfo=None)


def _end_of(day: dt.date) -> dt.datetime:
    """The first moment after ``day`` (local), in stored UTC: moves before it count."""
    return _utc_midnight(day + dt.timedelta(days=1))


def _desk_condition(column: Any, scope: Scope) -> Any:
    if scope.desk_id is not None:
        return column == scope.desk_id
    if scope.region is not None:
        return column.in_(select(Desk.id).where(Desk.region == scope.region))
    return literal(True)


def _activity_in(start: dt.date, end: dt.date) -> Any:
    """Activities dated within the period (their time is the desk's local time, as
    typed). Read by scanning: a year holds a third of all activities, and seeking the
    occurred_at index then fetching each row measured 0.8 s against 0.18 s for the
    scan on 311,000 activities."""
    return func.date(Activity.occurred_at).between(start, end)


def _moved_in(start: dt.date, end: dt.date) -> Any:
    return and_(StageTransition.at >= _utc_midnight(start), StageTransition.at < _end_of(end))


def _stages_at(moment: dt.datetime) -> Any:
    """Each project's stage just before ``moment``: the stage its last move before then
    reached (its opening, when it had not moved). Projects opened later are absent."""
    ranked = (
        select(
            StageTransition.project_id,
            StageTransition.to_stage.label("stage"),
            func.row_number()
            .over(
                partition_by=StageTransition.project_id,
                order_by=(StageTransition.at.desc(), StageTransition.id.desc()),
            )
            .label("latest"),
        )
        .where(StageTransition.at < moment)
        .subquery()
    )
    return select(ranked.c.project_id, ranked.c.stage).where(ranked.c.latest == 1).subquery()


def participants_query(start: dt.date, end: dt.date, scope: Scope) -> Select[Any]:
    """Ids of the participants: first contact or an activity in the period."""
    in_scope = _desk_condition(Person.desk_id, scope)
    contacted = select(Person.id).where(in_scope, Person.first_contact_date.between(start, end))
    served = (
        select(Person.id)
        .join(Activity, Activity.person_id == Person.id)
        .where(in_scope, _activity_in(start, end))
    )
    return union(contacted, served)  # type: ignore[return-value]


def _is_participant(start: dt.date, end: dt.date, scope: Scope) -> Any:
    """The condition on a person of being a participant: the people of ``participants_query``,
    found in one pass over the people of the scope (those first contacted in the period,
    and of the others those with an activity in it, through the index on
    activity.person_id) rather than derived as a union and each fetched by its id:
    0.28 s against 0.42 s of SQLite's time at 76,000 participants of 100,000 people."""
    served = (
        select(Activity.id)
        .where(Activity.person_id == Person.id, _activity_in(start, end))
        .exists()
    )
    return and_(
        _desk_condition(Person.desk_id, scope),
        or_(Person.first_contact_date.between(start, end), served),
        _counted_once(start, end, scope),
    )


def _counted_once(start: dt.date, end: dt.date, scope: Scope) -> Any:
    """The same person recorded at several desks (deskapp.sync.linking: each record
    but one points at the group's first, ``counted_with``) is one participant: a linked
    record counts only when no record of its group with a lower gid is a participant
    too. Unlinked records (counted_with NULL, nearly all) pass at once."""
    other = aliased(Person)
    other_served = (
        select(Activity.id).where(Activity.person_id == other.id, _activity_in(start, end)).exists()
    )
    earlier = (
        select(other.id)
        .where(
            or_(other.id == Person.counted_with, other.counted_with == Person.counted_with),
            other.gid < Person.gid,
            _desk_condition(other.desk_id, scope),
            or_(other.first_contact_date.between(start, end), other_served),
        )
        .exists()
    )
    return or_(Person.counted_with.is_(None), ~earlier)


def _age_at_entry() -> Any:
    years = year_of(Person.first_contact_date) - year_of(Person.birth_date)
    before_birthday = case(
        (month_day(Person.first_contact_date) < month_day(Person.birth_date), 1),
        else_=0,
    )
    return years - before_birthday


def coordinator_indicators(
    db: Database, start: dt.date, end: dt.date, scope: Scope, suppress_below: int = 0
) -> Indicators:
    return _indicators(db, start, end, scope, suppress_below, None)


ParticipantRow = tuple[str, ...]
"""A participant as the workbook's sheet lists them, every field a code: pseudonym,
sex, age band, employment status, ISCED group, month of first contact, desk, then the
answer to each disadvantage question (DISADVANTAGE_FIELDS); "" where there is none."""


def indicators_and_participants(
    db: Database, start: dt.date, end: dt.date, scope: Scope, suppress_below: int = 0
) -> tuple[Indicators, list[ParticipantRow]]:
    """The figures and the participant rows (sorted by pseudonym, see
    ``anonymous_participants``), read in the one transaction. The participants are
    read once: their breakdowns are counted from their rows, which are the same people
    and the same fields the figures' own query counts."""
    rows: list[ParticipantRow] = []
    return _indicators(db, start, end, scope, suppress_below, rows), rows


def _indicators(
    db: Database,
    start: dt.date,
    end: dt.date,
    scope: Scope,
    suppress_below: int,
    participant_rows: list[ParticipantRow] | None,
) -> Indicators:
    if end < start:
        raise DeskappError(QT_TRANSLATE_NOOP("Error", "The period ends before it starts."))
    # Hiding counts below 1 hides nothing.
    result = Indicators(start, end, scope, hidden_below=suppress_below if suppress_below > 1 else 0)
    # The participants' pass, about half the report at 1,000,000 people, is read on a
    # second connection of the same moment, in a thread of its own, while this one
    # reads the rest: the two engines' work on two cores (the drivers let go of
    # Python's lock while the database works). Where the database gives one session
    # only, one part after the other.
    with db.read_together() as (s, other), ThreadPoolExecutor(1) as beside:
        participants = (
            beside.submit(_participant_part, other, result, participant_rows)
            if other is not s
            else _done(_participant_part(s, result, participant_rows))
        )
        services = _services(s, result)
        # The project tables and the placements, each in a module of its own, which
        # read this module's scope and period helpers (imported here, as they import it).
        from deskapp.services.placements import placements_table
        from deskapp.services.project_indicators import funding_table, project_tables

        projects, movements, enterprises, follow_up = project_tables(s, result)
        funding = funding_table(s, result)
        # Participants in employment after the service (issue 18).
        placements = placements_table(
            s, result, _age_at_entry(), _desk_condition(Person.desk_id, result.scope)
        )
        result.participants, breakdowns = participants.result()
    result.tables += breakdowns
    result.tables += [services, projects, movements, enterprises, funding, follow_up, placements]
    if result.hidden_below:
        _hide_small_counts(result)
    return result


_T = TypeVar("_T")


def _done(value: _T) -> Future[_T]:
    """``value`` as the answer of work already done."""
    future: Future[_T] = Future()
    future.set_result(value)
    return future


def _participant_part(
    s: Session, result: Indicators, participant_rows: list[ParticipantRow] | None
) -> tuple[int, list[Table]]:
    """How many participants, and their tables: the breakdowns then the new
    participants by month; with ``participant_rows``, their rows added to it."""
    if participant_rows is None:
        total, tables, new = _participant_tables(s, result)
    else:
        found = _participants(s, result.start, result.end, result.scope)
        total = len(found.rows)
        tables, new = _breakdown_tables(_counted(found.rows)), _new_counted(found.rows)
        participant_rows += _pseudonymous(found)
    return total, [*tables, _new_by_month(s, result, new)]


# The months of a period counted in the participants' own pass, a column each; a longer
# period's months are counted by a query of their own (SQLite allows 2,000 columns).
MONTH_COLUMNS = 120


def _months_of(start: dt.date, end: dt.date) -> list[tuple[str, dt.date, dt.date]]:
    """Each month the period touches: its code (YYYY-MM) and its days within the period."""
    months = []
    cursor = dt.date(start.year, start.month, 1)
    while cursor <= end:
        following = dt.date(cursor.year + (cursor.month == 12), cursor.month % 12 + 1, 1)
        first, last = max(cursor, start), min(following - dt.timedelta(days=1), end)
        months.append((cursor.strftime("%Y-%m"), first, last))
        cursor = following
    return months


def _participant_tables(
    s: Session, result: Indicators
) -> tuple[int, list[Table], dict[str, int] | None]:
    """The participants' total and breakdowns, in one pass over the people of the scope:
    each figure a count of those meeting its condition, read back by name. With them the
    new participants of each month (first contact within the period and that month),
    when the period has at most MONTH_COLUMNS months; None otherwise. A participant
    first contacted within the period is one of ``_new_by_month``'s people (their
    conditions are the same: scope, counted once), so one pass counts both: at
    1,000,000 people the months' own query was a second of the report."""
    # The age is taken twice a person, not four times (<25, 25-54 as two comparisons,
    # >54): both dates are required, so every participant has an age and is in one
    # band; 25-54 and >54 are the differences (on PostgreSQL each age is two to_char).
    age = _age_at_entry()
    conditions: dict[str, Any] = {"age:<25": age < 25, "age:<=54": age <= 54}
    for sex in Sex:
        conditions[f"sex:{sex.value}"] = Person.sex == sex
    for status in EmploymentStatus:
        conditions[f"status:{status.value}"] = Person.employment_status == status
    for key, _label, levels in ISCED_GROUPS:
        conditions[f"isced:{key}"] = Person.education.in_([Isced.parse(v) for v in levels])
    conditions["isced:none"] = Person.education.is_(None)
    for name, _label in DISADVANTAGE_FIELDS:
        column = getattr(Person, name)
        for answer in Disclosure:
            conditions[f"{name}:{answer.value}"] = column == answer
        conditions[f"{name}:none"] = column.is_(None)
    months = _months_of(result.start, result.end)
    by_month = len(months) <= MONTH_COLUMNS
    if by_month:
        for code, first, last in months:
            conditions[f"month:{code}"] = Person.first_contact_date.between(first, last)
    # count(*) FILTER (WHERE ...) on both engines (SQLite since 3.30): a tenth quicker
    # than a sum of a CASE, and never NULL.
    total, *counts = s.execute(
        select(
            func.count(),
            *[func.count().filter(c).label(key) for key, c in conditions.items()],
        ).where(_is_participant(result.start, result.end, result.scope))
    ).one()
    n = {key: int(v) for key, v in zip(conditions, counts, strict=True)}
    n["age:25-54"] = n["age:<=54"] - n["age:<25"]
    n["age:>54"] = int(total) - n.pop("age:<=54")
    new = {code: n[f"month:{code}"] for code, _first, _last in months} if by_month else None
    return int(total), _breakdown_tables(n), new


def _breakdown_tables(n: dict[str, int]) -> list[Table]:
    """The participants by gender, age, employment, education and disadvantage, from
    their counts by key ("sex:F", "age:<25", "isced:none", "disability:yes", ...)."""
    people = (QT_TRANSLATE_NOOP("Report", "Participants"),)
    gender = Table(
        "gender",
        QT_TRANSLATE_NOOP("Report", "Participants by gender"),
        people,
        ("participants",),
        QT_TRANSLATE_NOOP("Report", "Gender"),
        breakdowns="column",
    )
    for sex in Sex:
        gender.add(sex.value, sex, n[f"sex:{sex.value}"])
    ages = Table(
        "age",
        QT_TRANSLATE_NOOP("Report", "Participants by age at entry"),
        people,
        ("participants",),
        QT_TRANSLATE_NOOP("Report", "Age at first contact"),
        (QT_TRANSLATE_NOOP("Report", "Age in full years on the day of first contact."),),
        breakdowns="column",
    )
    for key, label in AGE_BANDS:
        ages.add(key, label, n[f"age:{key}"])
    employment = Table(
        "employment",
        QT_TRANSLATE_NOOP("Report", "Participants by employment status"),
        people,
        ("participants",),
        QT_TRANSLATE_NOOP("Report", "Employment status"),
        breakdowns="column",
    )
    for status in EmploymentStatus:
        employment.add(status.value, status, n[f"status:{status.value}"])
    education = Table(
        "education",
        QT_TRANSLATE_NOOP("Report", "Participants by education (ISCED)"),
        people,
        ("participants",),
        QT_TRANSLATE_NOOP("Report", "Education"),
        breakdowns="column",
    )
    for key, label, _levels in ISCED_GROUPS:
        education.add(key, label, n[f"isced:{key}"])
    education.add("none", NOT_GIVEN, n["isced:none"])
    disadvantage = Table(
        "disadvantage",
        QT_TRANSLATE_NOOP("Report", "Participants by disadvantage"),
        (
            QT_TRANSLATE_NOOP("Report", "Yes"),
            QT_TRANSLATE_NOOP("Report", "No"),
            QT_TRANSLATE_NOOP("Report", "Declined to answer"),
            NOT_ASKED,
        ),
        ("yes", "no", "declined", "not_asked"),
        QT_TRANSLATE_NOOP("Report", "Question"),
        (QT_TRANSLATE_NOOP("Report", "Each question's answers add up to the participants."),),
        breakdowns="row",
    )
    for name, label in DISADVANTAGE_FIELDS:
        disadvantage.add(
            name,
            label,
            n[f"{name}:yes"],
            n[f"{name}:no"],
            n[f"{name}:declined"],
            n[f"{name}:none"],
        )
    return [gender, ages, employment, education, disadvantage]


def _new_by_month(s: Session, result: Indicators, counted: dict[str, int] | None) -> Table:
    """New participants by month: ``counted`` when the participants' pass counted them
    (by month code), else read here."""
    start, end = result.start, result.end
    if counted is not None:
        new_by_month = counted
    else:
        month = year_month(Person.first_contact_date)
        new_by_month = {
            m: int(n)
            for m, n in s.execute(
                select(month, func.count())
                .where(
                    _desk_condition(Person.desk_id, result.scope),
                    Person.first_contact_date.between(start, end),
                    _counted_once(start, end, result.scope),
                )
                .group_by(month)
            )
        }
    table = Table(
        "new_by_month",
        QT_TRANSLATE_NOOP("Report", "New participants by month"),
        (QT_TRANSLATE_NOOP("Report", "New participants"),),
        ("new_participants",),
        QT_TRANSLATE_NOOP("Report", "Month of first contact"),
        hidden_with_total=True,
    )
    for key, _first, _last in _months_of(start, end):
        table.add(key, key, new_by_month.get(key, 0))
    return table


def _services(s: Session, result: Indicators) -> Table:
    services = {
        kind: (int(n), int(minutes or 0))
        for kind, n, minutes in s.execute(
            select(Activity.kind, func.count(), func.sum(Activity.duration_minutes))
            .where(
                _desk_condition(Activity.desk_id, result.scope),
                _activity_in(result.start, result.end),
            )
            .group_by(Activity.kind)
        )
    }
    table = Table(
        "services",
        QT_TRANSLATE_NOOP("Report", "Services delivered"),
        (QT_TRANSLATE_NOOP("Report", "Services"), QT_TRANSLATE_NOOP("Report", "Hours")),
        ("services", "hours"),
        QT_TRANSLATE_NOOP("Report", "Service"),
        (
            QT_TRANSLATE_NOOP(
                "Report", "Services dated in the period at the desks in scope, with their hours."
            ),
        ),
    )
    for kind in ActivityKind:
        count, minutes = services.get(kind, (0, 0))
        table.add(kind.value, kind, count, (Decimal(minutes) / 60).quantize(Decimal("0.01")))
    return table


def _hide_small_counts(result: Indicators) -> None:
    """Hide the small counts of people, and the cells that would give them away: every
    breakdown of the participants adds up to their total (see disclosure.protect)."""
    where: list[tuple[Table, list[tuple[int, int]]]] = []
    breakdowns: list[list[int]] = []
    for table in result.tables:
        width = len(table.columns)
        if table.breakdowns == "column":
            places = [[(r, c) for r in range(len(table.rows))] for c in range(width)]
        elif table.breakdowns == "row":
            places = [[(r, c) for c in range(width)] for r in range(len(table.rows))]
        else:
            continue
        for cells in places:
            where.append((table, cells))
            breakdowns.append([int(table.rows[r][c + 1]) for r, c in cells])
    published = protect(result.participants, breakdowns, result.hidden_below)
    for (table, cells), shown in zip(where, published.breakdowns, strict=True):
        for (r, c), value in zip(cells, shown, strict=True):
            if value is None:
                row = list(table.rows[r])
                row[c + 1] = None
                table.rows[r] = tuple(row)
    if published.total is None:
        # A hidden total must not be read off other counts of the same people.
        result.participants_hidden = True
        for table in result.tables:
            if table.hidden_with_total:
                table.rows = [(row[0], *[None if v else v for v in row[1:]]) for row in table.rows]


@dataclass(frozen=True)
class AnonymousParticipant:
    """One participant without identity: a pseudonym valid in one export only."""

    pseudonym: str
    sex: Sex
    age_band: str
    employment_status: EmploymentStatus
    education_group: str  # "0-2", "3-4", "5-8" or ""
    disadvantage: tuple[Disclosure | None, ...]  # in DISADVANTAGE_FIELDS order
    first_contact_month: str  # YYYY-MM
    desk: str


def anonymous_participants(
    db: Database, start: dt.date, end: dt.date, scope: Scope
) -> list[AnonymousParticipant]:
    """The participants as rows a funder may receive: no name, no codice fiscale, no
    birth date, no record number. Pseudonyms are keyed with a random secret drawn for
    this call, so two exports cannot be linked through them."""
    with db.read() as s:
        rows = _pseudonymous(_participants(s, start, end, scope))
    sexes = {m.value: m for m in Sex}
    statuses = {m.value: m for m in EmploymentStatus}
    answers: dict[str, Disclosure | None] = {m.value: m for m in Disclosure}
    answers[""] = None
    return [
        AnonymousParticipant(
            pseudonym=r[0],
            sex=sexes[r[1]],
            age_band=r[2],
            employment_status=statuses[r[3]],
            education_group=r[4],
            first_contact_month=r[5],
            desk=r[6],
            disadvantage=tuple(answers[d] for d in r[7:]),
        )
        for r in rows
    ]


@dataclass(frozen=True)
class _Found:
    """The participants as ``_participants`` reads them: ``rows``, and the names of
    the desks their rows give by id."""

    rows: list[Any]
    desks: dict[int, str]


def _participants(s: Session, start: dt.date, end: dt.date, scope: Scope) -> _Found:
    """Each participant (``_is_participant``) as a row of five: their id; the codes
    their breakdowns are made of, in one text separated by "|" (``_fields``): sex, age
    band, employment status, ISCED level ("" when not given), then the answers ("" when
    not asked) in DISADVANTAGE_FIELDS order; the month of first contact; whether that
    is within the period (a new participant); their desk's id. The codes come as one
    text because a national registry has 765,000 participants and a Python string for
    each of eleven fields cost seconds; the combinations are a few thousand, split
    once each."""
    age = _age_at_entry()
    band = case((age < 25, "<25"), (age <= 54, "25-54"), else_=">54")
    # Enum columns are read as their stored codes (values that never hold "|": a CHECK
    # keeps each column to its enum's codes).
    codes = joined_texts(
        Person.sex,
        band,
        Person.employment_status,
        Person.education,
        *[getattr(Person, name) for name, _label in DISADVANTAGE_FIELDS],
    )
    query = select(
        Person.id,
        codes,
        year_month(Person.first_contact_date),  # YYYY-MM
        Person.first_contact_date.between(start, end),
        Person.desk_id,
    ).where(_is_participant(start, end, scope))
    # Core rows through the session's connection, fetched at once: the ORM's result
    # adds a Python step per row (about 0.1 s here), and so does iterating a Core
    # result (a fetchone() a row: 5 s of 765,000 participants' 20 under a profiler).
    rows = list(s.connection().execute(query).fetchall())
    desks = {int(i): str(name) for i, name in s.execute(select(Desk.id, Desk.name))}
    return _Found(rows, desks)


def _fields(codes: str) -> tuple[str, ...]:
    """A participant's codes, as ``_participants`` joins them: sex, age band, employment
    status, ISCED level, then the answers ("" for none)."""
    return tuple(codes.split("|"))


def _counted(participants: list[Any]) -> dict[str, int]:
    """The breakdowns' counts (keys as ``_participant_tables`` names them) of the rows
    of ``_participants``: what its query counts with a count per condition."""
    n: dict[str, int] = {}
    n.update({f"sex:{m.value}": 0 for m in Sex})
    n.update({f"age:{key}": 0 for key, _label in AGE_BANDS})
    n.update({f"status:{m.value}": 0 for m in EmploymentStatus})
    n.update({f"isced:{key}": 0 for key, _label, _group in ISCED_GROUPS})
    n["isced:none"] = 0
    for name, _label in DISADVANTAGE_FIELDS:
        n.update({f"{name}:{m.value}": 0 for m in Disclosure})
        n[f"{name}:none"] = 0
    groups = {level: key for key, _label, levels in ISCED_GROUPS for level in levels}
    groups[""] = "none"
    names = [name for name, _label in DISADVANTAGE_FIELDS]
    for codes, count in Counter(row[1] for row in participants).items():
        sex, band, status, level, *answers = _fields(codes)
        keys = [f"sex:{sex}", f"age:{band}", f"status:{status}", f"isced:{groups.get(level)}"]
        keys += [f"{name}:{answer or 'none'}" for name, answer in zip(names, answers, strict=True)]
        for key in keys:
            if key in n:  # a code the figures do not count is not counted here either
                n[key] += count
    return n


def _new_counted(participants: list[Any]) -> dict[str, int]:
    """The new participants of each month (code YYYY-MM) among the rows of
    ``_participants``: those first contacted within the period."""
    return dict(Counter(row[2] for row in participants if row[3]))


def _pseudonymous(participants: _Found) -> list[ParticipantRow]:
    """The rows of ``_participants`` under a pseudonym instead of the id, every field a
    code ("" for none), sorted by pseudonym: the order of the record numbers would be
    a link too. The pseudonyms are keyed with a secret drawn for this call."""
    # HMAC-SHA256 (RFC 2104) with the key's two padded blocks hashed once: each
    # pseudonym continues a copy of each. hmac.HMAC.copy() did the same at half the
    # speed (1.4 s against 0.9 at 765,000 participants).
    block = secrets.token_bytes(16).ljust(64, b"\0")  # a key shorter than a block
    inner = hashlib.sha256(bytes(b ^ 0x36 for b in block)).copy
    outer = hashlib.sha256(bytes(b ^ 0x5C for b in block)).copy
    groups: dict[str, str] = {
        level: key for key, _label, levels in ISCED_GROUPS for level in levels
    }
    # Each combination of codes split once: (sex, band, status, ISCED group), answers.
    parts: dict[str, tuple[tuple[str, ...], tuple[str, ...]]] = {}
    for codes in {row[1] for row in participants.rows}:
        sex, band, status, level, *answers = _fields(codes)
        parts[codes] = ((sex, band, status, groups.get(level, "")), tuple(answers))
    rows: list[ParticipantRow] = []
    add = rows.append
    desks = participants.desks
    for person_id, codes, month, _new, desk in participants.rows:
        digest = inner()
        digest.update(b"%d" % person_id)
        code = outer()
        code.update(digest.digest())
        head, tail = parts[codes]
        add(("P" + code.hexdigest()[:10], *head, month, desks[desk], *tail))
    rows.sort(key=itemgetter(0))
    return rows
