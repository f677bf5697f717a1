"""Every figure of the coordinator report for a small history built by hand, each edge
worked out on paper below: a period in the past (March to August 2025) read with the
stages of then, birthdays on the period's first and last day, a service at 23:30 on
the last day, stage moves either side of local midnight, a person in two enterprises,
a project abandoned and reopened, enterprises closed before and after the period's end,
a project started after the period, one opened after it.

Stage moves are stored in UTC; the period's days are the desk's (Europe/Rome here, as
the computer's clock), so 22:30 UTC on 31 August is already 1 September in Genoa. A
first contact is a date, so the period's last day counts whole; services keep the
local time typed by the operator (23:30 on the last day is in).
"""

from __future__ import annotations

import csv
import datetime as dt
import time
from decimal import Decimal

import pytest
from sqlalchemy import update

from deskapp.models import StageTransition
from deskapp.models.enums import (
    ActivityKind,
    EmploymentStatus,
    FundingInstrument,
    ProjectKind,
    Sex,
    Stage,
)
from deskapp.services import activities, persons, projects
from deskapp.services.indicators import Scope, coordinator_indicators
from tests.conftest import person_data

pytestmark = pytest.mark.both_engines

START, END = dt.date(2025, 3, 1), dt.date(2025, 8, 31)


@pytest.fixture(autouse=True)
def genoa_clock(monkeypatch):
    monkeypatch.setenv("TZ", "Europe/Rome")
    time.tzset()
    yield
    monkeypatch.undo()
    time.tzset()


def _utc(year, month, day, hour=10, minute=0):
    """A moment as stage moves store it: naive UTC."""
    return dt.datetime(year, month, day, hour, minute)


def _person(db, op, given, sex, born, first_contact, status, **answers):
    return persons.create_person(
        db,
        op,
        person_data(
            codice_fiscale="",
            given_name=given,
            family_name="Prova",
            sex=sex,
            birth_date=born,
            phone="",
            email="",
            first_contact_date=first_contact,
            employment_status=status,
            consent={
                "legal_basis": "public_task",
                "notice_version": "2024-01",
                "given_on": "2024-01-02",
            },
            **answers,
        ),
    ).id


def _project(db, op, title, kind, opened, members=(), started_on=None, employees=None):
    """A project with every fact its gates ask for, opened at ``opened`` (UTC)."""
    pid = projects.create_project(
        db,
        op,
        {
            "title": title,
            "kind": kind,
            "sector_code": "25.62",
            "origin_company_name": "Officine Prova S.r.l.",
            "expected_jobs": 3,
            "planned_legal_form": "worker_cooperative",
            "actual_start_date": started_on,
            "employees": employees,
        },
    )
    with db.write() as s:
        s.execute(
            update(StageTransition)
            .where(StageTransition.project_id == pid, StageTransition.from_stage.is_(None))
            .values(at=opened)
        )
    for person, role in members:
        projects.add_member(db, op, pid, {"person_id": person, "role": role})
    projects.add_funding_application(db, op, pid, {"instrument": "bank_loan"})
    return pid


class Moves:
    """Moves one project through its stages, keeping its version."""

    def __init__(self, db, op, pid):
        self.db, self.op, self.pid, self.version = db, op, pid, 1

    def to(self, stage, when, note="Motivo registrato"):
        self.version = projects.move_project(
            self.db, self.op, self.pid, self.version, stage, note=note, when=when
        )
        return self


@pytest.fixture
def history(db, operator):
    op = operator
    # Participants: first contacted in the period, or served in it.
    primo = _person(  # 25 on the period's first day, first contacted that day
        db, op, "Primo", "F", "2000-03-01", "2025-03-01", "unemployed",
        education="3", disability="yes", migrant="no",
    )  # fmt: skip
    ultimo = _person(  # 25 on the period's last day, first contacted that day
        db, op, "Ultimo", "M", "2000-08-31", "2025-08-31", "laid_off", disability="no"
    )
    vigilia = _person(  # 25 the day after the period: 24 at first contact
        db, op, "Vigilia", "F", "2000-09-01", "2025-08-31", "at_risk",
        education="6", disability="declined",
    )  # fmt: skip
    tarda = _person(  # first contacted before, served at 23:30 on the last day
        db, op, "Tarda", "M", "1960-05-05", "2025-01-10", "inactive", education="1"
    )
    socia = _person(  # first contacted before; worker-member of two enterprises
        db, op, "Socia", "F", "1985-06-15", "2024-11-05", "employed",
        education="4", disability="no",
    )  # fmt: skip
    # Not participants: served just outside the period, first contacted after it.
    dopo = _person(db, op, "Dopo", "M", "1970-01-01", "2025-01-10", "unemployed")
    settembre = _person(db, op, "Settembre", "F", "1990-01-01", "2025-09-01", "unemployed")

    # A: new cooperative, started in the period. Socia is promoter and worker-member
    # (one job), Ultimo a financing member and Tarda a mentor (no job); 2 employees.
    a = _project(
        db, op, "Coop Uno", "new_cooperative", _utc(2024, 10, 1),
        members=[
            (socia, "promoter"), (socia, "worker_member"),
            (ultimo, "financing_member"), (tarda, "mentor"),
        ],
        started_on="2025-04-10", employees=2,
    )  # fmt: skip
    Moves(db, op, a).to(Stage.FOLLOW_UP, _utc(2025, 4, 15)).to(Stage.STARTED, _utc(2025, 6, 1))
    # B: new cooperative, started in the period: Socia again, and Primo as promoter.
    b = _project(
        db, op, "Coop Due", "new_cooperative", _utc(2024, 10, 1),
        members=[(socia, "worker_member"), (primo, "promoter")],
        started_on="2025-05-20",
    )  # fmt: skip
    Moves(db, op, b).to(Stage.STARTED, _utc(2025, 5, 21))
    # C: workers buyout abandoned and reopened, twice, within the period.
    c = _project(db, op, "Riaperto", "wbo", _utc(2025, 1, 15), members=[(dopo, "promoter")])
    (
        Moves(db, op, c)
        .to(Stage.ABANDONED, _utc(2025, 3, 10))
        .to(Stage.INTAKE, _utc(2025, 4, 2))
        .to(Stage.ABANDONED, _utc(2025, 6, 1))
        .to(Stage.INTAKE, _utc(2025, 7, 1))
    )
    # D: spin-off started 15/01/2024, abandoned 01/10/2024: active 6 months after its
    # start (15/07/2024), not 12 months after (15/01/2025).
    d = _project(
        db, op, "Vecchia", "spin_off", _utc(2023, 6, 1),
        members=[(dopo, "worker_member")], started_on="2024-01-15",
    )  # fmt: skip
    Moves(db, op, d).to(Stage.STARTED, _utc(2024, 1, 20)).to(Stage.ABANDONED, _utc(2024, 10, 1))
    # E: new enterprise started 10/06/2024, abandoned after the period (15/10/2025):
    # still active at the period's end.
    e = _project(
        db, op, "Tardiva", "new_enterprise", _utc(2024, 5, 1),
        members=[(dopo, "promoter")], started_on="2024-06-10",
    )  # fmt: skip
    Moves(db, op, e).to(Stage.STARTED, _utc(2024, 6, 12)).to(Stage.ABANDONED, _utc(2025, 10, 15))
    # F: community cooperative opened in the period, started in February 2026: at
    # intake on 31/08/2025. A consultancy in the period: supported.
    f = _project(
        db, op, "Futura", "community_cooperative", _utc(2025, 5, 1),
        members=[(settembre, "promoter")], started_on="2026-02-10",
    )  # fmt: skip
    Moves(db, op, f).to(Stage.STARTED, _utc(2026, 2, 12))
    # G: opened after the period: not in it at all.
    g = _project(db, op, "Nuova", "new_enterprise", _utc(2025, 10, 1))
    Moves(db, op, g).to(Stage.ABANDONED, _utc(2025, 11, 1))
    # H: new cooperative moved on either side of local midnight. 23:30 UTC on 28/02 is
    # 00:30 on 01/03 in Genoa (in); 21:30 UTC on 31/08 is 23:30 (in); 22:30 UTC on 31/08
    # is 00:30 on 01/09 (out).
    h = _project(
        db, op, "Confine", "new_cooperative", _utc(2025, 2, 1), members=[(vigilia, "promoter")]
    )
    (
        Moves(db, op, h)
        .to(Stage.IDEA, _utc(2025, 2, 28, 23, 30))
        .to(Stage.INTAKE, _utc(2025, 8, 31, 21, 30))
        .to(Stage.ABANDONED, _utc(2025, 8, 31, 22, 30))
    )

    def serve(kind, when, minutes, person=None, project=None):
        activities.log_activity(
            db,
            op,
            {
                "kind": kind,
                "occurred_at": when,
                "duration_minutes": minutes,
                "person_id": person,
                "project_id": project,
            },
        )

    # Services are recorded in the desk's local time.
    serve("interview", dt.datetime(2025, 8, 31, 23, 30), 60, person=tarda)
    serve("consultancy", dt.datetime(2025, 4, 1, 10, 0), 90, person=socia, project=a)
    serve("consultancy", dt.datetime(2025, 5, 10, 10, 0), 90, person=socia, project=b)
    serve("consultancy", dt.datetime(2025, 6, 10, 9, 0), 30, project=f)
    serve("interview", dt.datetime(2025, 9, 1, 0, 10), 45, person=dopo)  # after
    serve("phone_call", dt.datetime(2025, 2, 28, 23, 59), 10, person=dopo)  # before

    projects.add_funding_application(
        db,
        op,
        a,
        {
            "instrument": "cfi",
            "status": "approved",
            "amount_requested": "50000",
            "submitted_on": "2025-03-15",
            "amount_granted": "40000",
            "decided_on": "2025-05-02",
            "amount_disbursed": "40000",
            "disbursed_on": "2025-09-01",  # after the period
        },
    )
    projects.add_funding_application(
        db,
        op,
        b,
        {
            "instrument": "microcredit",
            "status": "disbursed",
            "amount_requested": "20000",
            "submitted_on": "2024-12-01",  # before the period
            "amount_granted": "20000",
            "decided_on": "2025-03-01",
            "amount_disbursed": "15000",
            "disbursed_on": "2025-08-31",
        },
    )
    return db


def _rows(report, key):
    """A table as its reader sees it: row label -> its figures (one figure alone)."""
    return {row[0]: (row[1] if len(row) == 2 else tuple(row[1:])) for row in report.table(key).rows}


def test_every_figure_of_a_past_period_built_by_hand(history):
    report = coordinator_indicators(history, START, END, Scope())

    # Primo, Ultimo, Vigilia (first contacted in the period), Tarda (served at 23:30 on
    # the last day), Socia (served in the period, twice): each once.
    assert report.participants == 5
    assert _rows(report, "gender") == {Sex.FEMALE: 3, Sex.MALE: 2}
    assert _rows(report, "age") == {"Under 25": 1, "25 to 54": 3, "Over 54": 1}
    assert _rows(report, "employment") == {status: 1 for status in EmploymentStatus}
    assert _rows(report, "education") == {
        "ISCED 0-2 (up to lower secondary)": 1,
        "ISCED 3-4 (upper and post-secondary)": 2,
        "ISCED 5-8 (tertiary)": 1,
        "Not given": 1,
    }
    assert _rows(report, "disadvantage") == {
        "Disability": (1, 2, 1, 1),
        "Long-term unemployed": (0, 0, 0, 5),
        "Ex-detainee": (0, 0, 0, 5),
        "Addiction": (0, 0, 0, 5),
        "Migrant background": (0, 1, 0, 4),
        "Other disadvantage": (0, 0, 0, 5),
    }
    assert _rows(report, "new_by_month") == {
        "2025-03": 1,
        "2025-04": 0,
        "2025-05": 0,
        "2025-06": 0,
        "2025-07": 0,
        "2025-08": 2,
    }
    services = {kind: (0, Decimal("0.00")) for kind in ActivityKind}
    services[ActivityKind.INTERVIEW] = (1, Decimal("1.00"))
    services[ActivityKind.CONSULTANCY] = (3, Decimal("3.50"))
    assert _rows(report, "services") == services

    # On 31/08/2025: A, B, E started; C, F, H at intake; D abandoned; G not opened yet.
    stages = {stage: [0] * len(ProjectKind) for stage in Stage}
    kinds = list(ProjectKind)
    for stage, kind in (
        (Stage.STARTED, ProjectKind.NEW_COOPERATIVE),
        (Stage.STARTED, ProjectKind.NEW_COOPERATIVE),
        (Stage.STARTED, ProjectKind.NEW_ENTERPRISE),
        (Stage.INTAKE, ProjectKind.WBO),
        (Stage.INTAKE, ProjectKind.COMMUNITY_COOPERATIVE),
        (Stage.INTAKE, ProjectKind.NEW_COOPERATIVE),
        (Stage.ABANDONED, ProjectKind.SPIN_OFF),
    ):
        stages[stage][kinds.index(kind)] += 1
    assert _rows(report, "projects") == {stage: tuple(n) for stage, n in stages.items()}

    # (projects moved there, moves): C twice to abandoned and twice back to intake; H
    # to idea at 00:30 on 01/03 and back to intake at 23:30 on 31/08, its abandonment
    # at 00:30 on 01/09 is outside; A to follow-up then started, B started.
    moved = {stage: (0, 0) for stage in Stage}
    moved.update(
        {
            Stage.INTAKE: (2, 3),
            Stage.IDEA: (1, 1),
            Stage.FOLLOW_UP: (1, 1),
            Stage.STARTED: (2, 2),
            Stage.ABANDONED: (1, 2),
        }
    )
    assert _rows(report, "movements") == moved

    # Supported: A, B, F (services), C, H (moves). Created: A, B. Jobs: A has Socia
    # (promoter and worker-member: one job) and 2 employees; B has Socia and Primo.
    # Ultimo (financing member) and Tarda (mentor) hold no job.
    assert [n for _label, n in report.table("enterprises").rows] == [5, 2, 5]

    assert _rows(report, "funding") == {
        FundingInstrument.CFI: (Decimal("50000.00"), Decimal("40000.00"), Decimal("0.00")),
        FundingInstrument.MICROCREDIT: (Decimal("0.00"), Decimal("20000.00"), Decimal("15000.00")),
    }

    # Started at least 6 months before 31/08/2025 (by 28/02/2025): D and E; 12 months
    # (by 31/08/2024): D and E; none 24 or 36 months before. On 31/08/2025 E runs, D
    # was abandoned. 6 months after starting both ran; 12 months after, only E.
    assert _rows(report, "follow_up") == {
        "6 months": (2, 1, 2),
        "12 months": (2, 1, 1),
        "24 months": (0, 0, 0),
        "36 months": (0, 0, 0),
    }


def test_a_later_period_sees_the_later_stages(history):
    # September 2025 to February 2026: F started (10/02/2026), E and G abandoned,
    # H abandoned at 00:30 on 01/09/2025.
    report = coordinator_indicators(history, dt.date(2025, 9, 1), dt.date(2026, 2, 28), Scope())
    stages = _rows(report, "projects")
    kinds = list(ProjectKind)
    assert stages[Stage.STARTED][kinds.index(ProjectKind.COMMUNITY_COOPERATIVE)] == 1
    assert stages[Stage.STARTED][kinds.index(ProjectKind.NEW_ENTERPRISE)] == 0
    assert stages[Stage.ABANDONED][kinds.index(ProjectKind.NEW_ENTERPRISE)] == 2  # E, G
    assert stages[Stage.ABANDONED][kinds.index(ProjectKind.NEW_COOPERATIVE)] == 1  # H
    assert sum(sum(n) for n in stages.values()) == 8
    assert _rows(report, "movements")[Stage.ABANDONED] == (3, 3)  # E, G, H
    # Created: F alone (its members: Settembre, promoter).
    assert [n for _label, n in report.table("enterprises").rows] == [4, 1, 1]


def test_a_period_that_ends_before_anything_started(history):
    report = coordinator_indicators(history, dt.date(2023, 1, 1), dt.date(2023, 5, 31), Scope())
    assert report.participants == 0
    assert all(n == (0,) * len(ProjectKind) for n in _rows(report, "projects").values())
    assert [n for _label, n in report.table("enterprises").rows] == [0, 0, 0]
    assert all(row[1:] == (0, 0, 0) for row in report.table("follow_up").rows)


def test_the_files_state_what_they_count_and_hide_the_same_cells(history, tmp_path):
    from openpyxl import load_workbook
    from pypdf import PdfReader

    from deskapp.reports.indicators_report import coordinator_report
    from deskapp.services.actor import resolve_actor

    coordinator = resolve_actor(history, "Anna Bianchi")
    common = (history, coordinator, START, END, Scope())
    pdf, book, sheet = tmp_path / "r.pdf", tmp_path / "r.xlsx", tmp_path / "r.csv"
    report = coordinator_report(*common, pdf, language="en", suppress_below=3)
    coordinator_report(*common, book, language="en", suppress_below=3)
    coordinator_report(*common, sheet, language="en", suppress_below=3)

    # Disability (1, 2, 1, 1) of 5 people at threshold 3: hidden whole, each cell would
    # still be known to be 1 or 2 beside the total. So the total goes, and with it
    # every breakdown of those 5 people, zeros included.
    assert report.participants_hidden
    assert _rows(report, "gender") == {Sex.FEMALE: None, Sex.MALE: None}
    assert _rows(report, "disadvantage")["Disability"] == (None, None, None, None)
    assert _rows(report, "disadvantage")["Migrant background"] == (None, None, None, None)
    assert _rows(report, "disadvantage")["Long-term unemployed"] == (None, None, None, None)

    text = " ".join(" ".join(p.extract_text().split()) for p in PdfReader(pdf).pages)
    for said in (
        "01/03/2025 - 31/08/2025",
        "All desks",
        "Stage on 31/08/2025",
        "below 3",
    ):
        assert said in text, said

    cover = [
        [c for c in row if c is not None]
        for row in load_workbook(book, read_only=True).worksheets[0].iter_rows(values_only=True)
    ]
    flat = [str(c) for row in cover for c in row]
    assert "All desks" in flat and "3" in " ".join(flat)
    assert not any(row and row[-1] == 5 for row in cover)  # the total is hidden too
    assert dt.date(2025, 3, 1) in [
        c.date() for row in cover for c in row if isinstance(c, dt.datetime)
    ]

    with sheet.open(encoding="utf-8-sig", newline="") as handle:
        lines = list(csv.DictReader(handle))
    meta = {r["row"]: r["value"] for r in lines if r["table"] == "report"}
    assert meta["period_start"] == "2025-03-01" and meta["period_end"] == "2025-08-31"
    assert meta["hide_below"] == "3" and meta["scope"] == "all desks"
    disability = {
        r["column"]: r["value"]
        for r in lines
        if (r["table"], r["row"]) == ("disadvantage", "disability")
    }
    assert disability == {"yes": "", "no": "", "declined": "", "not_asked": ""}
    migrant = {
        r["column"]: r["value"]
        for r in lines
        if (r["table"], r["row"]) == ("disadvantage", "migrant")
    }
    assert migrant == {"yes": "", "no": "", "declined": "", "not_asked": ""}
    labels = {(r["table"], r["row"]): r["row_label"] for r in lines}
    assert labels[("disadvantage", "disability")] == "Disability"
    assert labels[("age", "<25")] == "Under 25"
