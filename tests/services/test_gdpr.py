"""The right of access and the right to erasure, checked as a data-protection officer
would: what the export contains, and what is left in the database file's bytes."""

from __future__ import annotations

import datetime as dt
import json
import stat
from decimal import Decimal as D

import pytest
from sqlalchemy import select

from deskapp.errors import PermissionDeniedError
from deskapp.i18n import catalogue
from deskapp.models import AuditEvent, ProjectMembership
from deskapp.models.enums import AuditAction
from deskapp.models.migrate import open_database
from deskapp.reports.dossier import person_dossier
from deskapp.reports.project_summary import project_summary
from deskapp.services import activities, backups, gdpr, persons, projects, retention
from deskapp.services import business_plans as bp
from deskapp.services.audit_trail import person_events
from deskapp.services.erasure_register import read_register, reapply_erasures, register_path
from deskapp.services.indicators import Scope, coordinator_indicators
from deskapp.services.maintenance import backup_database, check_database
from tests.conftest import MARIO_CF, MARIO_NIR, person_data

pytestmark = pytest.mark.both_engines


@pytest.fixture
def mario(db, operator):
    pid = persons.create_person(
        db,
        operator,
        person_data(notes="Ha lavorato vent'anni in fonderia Zanardelli", nir=MARIO_NIR),
    ).id
    persons.add_skill(db, operator, pid, {"description": "Saldatore TIG", "years_experience": 20})
    persons.add_needs_assessment(
        db,
        operator,
        pid,
        {
            "assessed_on": "12/11/2026",
            "note": "Segue la moglie Giuseppina Zanardelli",
            "needs": [{"kind": "enterprise_idea", "note": "officina di Zanardelli"}],
        },
    )
    activities.log_activity(
        db,
        operator,
        {
            "kind": "interview",
            "occurred_at": dt.datetime(2026, 11, 10, 9, 30),
            "duration_minutes": 45,
            "person_id": pid,
            "notes": "Colloquio con Zanardelli",
        },
    )
    project = projects.create_project(db, operator, {"title": "Officine Riunite", "kind": "wbo"})
    projects.add_member(
        db,
        operator,
        project,
        {"person_id": pid, "role": "worker_member", "capital_pledged": "5000"},
    )
    return pid


def test_subject_access_holds_everything_about_the_person(db, operator, mario, tmp_path):
    path = gdpr.subject_access(db, operator, mario, tmp_path / "accesso.json")
    data = json.loads(path.read_text("utf-8"))
    assert data["person"]["codice_fiscale"] == MARIO_CF
    assert data["person"]["nir"] == MARIO_NIR
    assert data["consents"][0]["legal_basis"] == "public_task"
    assert data["skills"][0]["description"] == "Saldatore TIG"
    assert data["needs_assessments"][0]["needs"][0]["kind"] == "enterprise_idea"
    assert data["activities"][0]["notes"] == "Colloquio con Zanardelli"
    assert data["projects"][0]["project_title"] == "Officine Riunite"
    assert {e["entity"] for e in data["audit_trail"]} >= {"person", "skill"}
    # The trail names fields, never values.
    assert MARIO_CF not in json.dumps(data["audit_trail"])


@pytest.mark.sqlite_only  # the file's bytes, its erasure register, its backups
def test_erasure_keeps_the_anonymous_facts_and_leaves_no_bytes(db, db_path, admin, operator, mario):
    before = coordinator_indicators(db, dt.date(2026, 1, 1), dt.date(2026, 12, 31), Scope())
    with pytest.raises(PermissionDeniedError):
        gdpr.erase_person(db, operator, mario)  # an operator may not

    result = gdpr.erase_person(db, admin, mario, today=dt.date(2026, 11, 22))
    assert "codice_fiscale" in result.erased_fields and result.notes_cleared == 3
    assert "nir" in result.erased_fields
    person = persons.get_person(db, mario)
    assert (person.family_name, person.codice_fiscale, person.phone) == ("", None, "")
    assert person.nir is None
    assert person.sex.value == "M" and person.birth_date == dt.date(1980, 7, 1)
    assert person.anonymised_on == dt.date(2026, 11, 22)

    # The coordinator's figures are unchanged: the person still counts, anonymously.
    after = coordinator_indicators(db, dt.date(2026, 1, 1), dt.date(2026, 12, 31), Scope())
    assert after.participants == before.participants
    assert [t.rows for t in after.tables] == [t.rows for t in before.tables]

    # Not in the file, nor in the WAL: not the codice fiscale, the name or the notes.
    db.dispose()
    raw = db_path.read_bytes()
    wal = db_path.with_name(db_path.name + "-wal")
    raw += wal.read_bytes() if wal.exists() else b""
    for secret in (MARIO_CF, MARIO_NIR, "Zanardelli", "mario.rossi@example.it", "+393207249175"):
        assert secret.encode() not in raw, secret
    assert check_database(db).ok


def test_an_anonymised_record_is_closed(db, admin, operator, mario):
    gdpr.erase_person(db, admin, mario)
    person = persons.get_person(db, mario)
    with pytest.raises(PermissionDeniedError) as caught:
        persons.update_person(db, operator, mario, person.version, persons.person_as_input(person))
    assert "anonymised" in caught.value.message
    with pytest.raises(gdpr.AlreadyAnonymised):
        gdpr.erase_person(db, admin, mario)


def _project_of(db, person_id):
    with db.read() as s:
        return s.scalars(
            select(ProjectMembership.project_id).where(ProjectMembership.person_id == person_id)
        ).one()


def test_erasure_names_the_member_anonymously_in_every_plan_and_keeps_the_figures(
    db, admin, operator, mario
):
    project = _project_of(db, mario)
    giulia = persons.create_person(
        db,
        operator,
        person_data(
            given_name="Giulia",
            codice_fiscale="",
            sex="F",
            birth_date="1982-06-01",
            phone="",
            email="",
        ),
    ).id
    projects.add_member(
        db,
        operator,
        project,
        {"person_id": giulia, "role": "worker_member", "capital_pledged": "3000"},
    )
    plan = bp.load_plan(db, project).plan.model_dump()
    plan["sections"]["market"] = (
        f"MARIO ROSSI guida l'officina con Rossi Giulia (codice fiscale {MARIO_CF}, "
        "NIR 1 80 04 99 127 045 42); Mario conosce i clienti. Rossini e Marione non c'entrano."
    )
    plan["staff"] = [{"role": "Capo officina (Mario)", "headcount": "1", "annual_cost": "30000"}]
    bp.save_plan(db, operator, project, 0, plan)
    version = bp.freeze_plan(db, operator, project, "Presentato a CFI")
    _, before = bp.version_result(db, version)
    assert [m.name for m in before.members] == ["Rossi Mario", "Rossi Giulia"]

    result = gdpr.erase_person(db, admin, mario)
    assert result.plans_changed == 2  # the draft and the frozen version

    label = catalogue("it").text("BusinessPlan", bp.ANONYMISED_MEMBER)  # the desk's language
    draft = bp.load_plan(db, project)
    assert draft.version == 2  # an editor still holding version 1 is refused, not obeyed
    for plan_now in (draft.plan, bp.version_result(db, version)[1].plan):
        assert plan_now.sections.team.splitlines() == [
            # Their skills left with their name: a welder in a team of two says who.
            f"- {label} (Socio lavoratore)",
            "- Rossi Giulia (Socio lavoratore)",
        ]
        assert plan_now.sections.market == (
            f"{label} guida l'officina con Rossi Giulia (codice fiscale {label}, NIR {label}); "
            f"{label} conosce i clienti. Rossini e Marione non c'entrano."
        )
        assert plan_now.staff[0].role == f"Capo officina ({label})"
    _, after = bp.version_result(db, version)
    assert [m.name for m in after.members] == [label, "Rossi Giulia"]
    assert [m.pledged for m in after.members] == [D("5000.00"), D("3000.00")]
    assert after.sources_total == before.sources_total
    assert after.members_capital == before.members_capital == D("8000.00")
    with db.read() as s:
        events = s.execute(
            select(AuditEvent.entity, AuditEvent.fields, AuditEvent.detail).where(
                AuditEvent.entity.in_(("business_plan", "business_plan_version")),
                AuditEvent.action == AuditAction.UPDATE,
            )
        ).all()
    assert sorted(events) == [
        ("business_plan", "sections,staff", "member anonymised"),
        ("business_plan_version", "members,sections,staff", "member anonymised"),
    ]


def test_erasure_blanks_the_trail_details_about_the_person_and_the_chain_holds(
    db, admin, operator, coordinator, mario, tmp_path
):
    project = _project_of(db, mario)
    person_dossier(db, coordinator, mario, tmp_path / "dossier.pdf")
    gdpr.subject_access(db, coordinator, mario, tmp_path / "accesso.json")
    project_summary(db, coordinator, project, tmp_path / "progetto.pdf")

    gdpr.erase_person(db, admin, mario)

    with db.read() as s:
        about = dict(
            s.execute(select(AuditEvent.id, AuditEvent.detail).where(person_events(mario))).all()
        )
        project_export = s.scalars(
            select(AuditEvent.detail).where(AuditEvent.entity == "project_summary")
        ).one()
    *blanked, erasure = sorted(about)
    assert [about[i] for i in blanked] == [""] * len(blanked)
    assert about[erasure] == "anonymised (GDPR art. 17)"
    assert project_export == f"1 row (project {project})"
    report = check_database(db)
    assert report.ok, report.problems


@pytest.mark.sqlite_only  # the file's bytes, its erasure register, its backups
def test_each_erasure_is_registered_beside_the_database_by_id_only(
    db, db_path, admin, operator, mario
):
    due = persons.create_person(
        db,
        operator,
        person_data(
            given_name="Ada",
            family_name="Neri",
            codice_fiscale="",
            sex="F",
            birth_date="1950-01-01",
            phone="",
            email="",
            first_contact_date="10/01/2012",
            consent={
                "legal_basis": "public_task",
                "notice_version": "2012",
                "given_on": "10/01/2012",
            },
        ),
    ).id
    gdpr.erase_person(db, admin, mario, today=dt.date(2026, 11, 22))
    assert retention.apply_retention(db, admin, dt.date(2026, 11, 23)) == 1

    register = register_path(db_path)
    assert register.name == "deskapp.sqlite.erasures"
    assert stat.S_IMODE(register.stat().st_mode) == 0o600
    text = register.read_text("ascii")
    assert [line.split("\t")[:2] for line in text.splitlines()] == [
        [str(mario), "2026-11-22"],
        [str(due), "2026-11-23"],
    ]
    for secret in ("Rossi", "Mario", MARIO_CF, "Neri", "Ada"):
        assert secret not in text


@pytest.mark.sqlite_only  # the file's bytes, its erasure register, its backups
def test_restoring_a_copy_from_before_the_erasure_erases_them_again(
    db, db_path, admin, operator, mario, tmp_path
):
    before_lia = backup_database(db, tmp_path / "copia-1.sqlite")  # Lia not yet there
    lia = persons.create_person(
        db,
        operator,
        person_data(
            given_name="Lia",
            family_name="Ferraro",
            codice_fiscale="",
            sex="F",
            birth_date="1990-02-02",
            phone="",
            email="",
        ),
    ).id
    with_both = backup_database(db, tmp_path / "copia-2.sqlite")
    gdpr.erase_person(db, admin, mario, today=dt.date(2026, 11, 22))
    gdpr.erase_person(db, admin, lia, today=dt.date(2026, 11, 22))
    db.dispose()

    done = backups.restore_backup(admin, db_path, with_both)
    assert done.erasures_reapplied == 2  # the restore itself erases them again
    restored, _ = open_database(db_path)
    try:
        again = persons.get_person(restored, mario)
        assert (again.family_name, again.codice_fiscale) == ("", None)
        assert again.anonymised_on == dt.date(2026, 11, 22)  # the day it was erased
        assert persons.get_person(restored, lia).family_name == ""
        assert reapply_erasures(restored, admin) == 0  # done once
        with restored.read() as s:
            details = s.scalars(
                select(AuditEvent.detail).where(
                    AuditEvent.entity == "person", AuditEvent.action == AuditAction.DELETE
                )
            ).all()
        assert details == ["anonymised (GDPR art. 17), re-applied after restore"] * 2
        report = check_database(restored)
        assert report.ok, report.problems
    finally:
        restored.dispose()
    raw = db_path.read_bytes()
    for secret in (b"Rossi", MARIO_CF.encode(), b"Ferraro", b"Zanardelli"):
        assert secret not in raw, secret

    # An older copy, from before Lia: whoever gets her id there is someone else.
    assert backups.restore_backup(admin, db_path, before_lia).erasures_reapplied == 1  # Mario
    restored, _ = open_database(db_path)
    try:
        newcomer = persons.create_person(
            restored,
            operator,
            person_data(
                given_name="Ugo",
                family_name="Neri",
                codice_fiscale="",
                sex="M",
                birth_date="1970-03-03",
                phone="",
                email="",
            ),
        ).id
        assert newcomer == lia
        assert reapply_erasures(restored, admin) == 0  # Lia's erasure is not Ugo's
        assert persons.get_person(restored, newcomer).family_name == "Neri"
    finally:
        restored.dispose()


@pytest.mark.sqlite_only  # the file's bytes, its erasure register, its backups
def test_a_register_line_cut_short_is_skipped_and_the_next_erasure_kept(db, db_path, admin, mario):
    register = register_path(db_path)
    register.write_bytes(b"7\t2026-11-2")  # the computer stopped as it was written
    gdpr.erase_person(db, admin, mario, today=dt.date(2026, 11, 22))
    assert [(e.person_id, e.erased_on) for e in read_register(register)] == [
        (mario, dt.date(2026, 11, 22))
    ]


def test_erasure_leaves_the_plans_of_other_projects_alone(db, admin, operator, mario):
    """A supplier 'Mario Verdi' in a project Mario Rossi was never part of is somebody
    else: his plan keeps the name."""
    _project_of(db, mario)  # Mario's own project
    other = projects.create_project(db, operator, {"title": "Forno di Quarto", "kind": "wbo"})
    plan = bp.load_plan(db, other).plan.model_dump()
    plan["sections"]["market"] = "Il fornitore Mario Verdi consegna ogni lunedì."
    bp.save_plan(db, operator, other, 0, plan)
    version = bp.freeze_plan(db, operator, other, "Prima")
    gdpr.erase_person(db, admin, mario)
    for plan_now in (bp.load_plan(db, other).plan, bp.version_result(db, version)[1].plan):
        assert plan_now.sections.market == "Il fornitore Mario Verdi consegna ogni lunedì."
