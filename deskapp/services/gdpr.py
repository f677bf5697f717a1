"""The people's rights over their data (GDPR art. 15 and 17), as services.

- Right of access: everything the desk holds about one person as a JSON file (beside
  the PDF dossier): the record, consents, skills, needs, activities, projects and roles,
  and the audit trail of their records.
- Right to erasure: the person is anonymised. What identifies them is erased (names,
  codice fiscale, NIR, birthplace, contacts, address, previous employer) and free-text notes
  are cleared, in one audited transaction; the anonymous facts the EU-fund reports need
  stay (sex, year of birth, education, work status, the special-category answers,
  services received, projects and their outcomes). In the same transaction the business
  plans that name them call them "Anonymised member" (their capital kept, so the plans
  add up) and the audit trail's details about them are blanked (the chain still
  verifies). With SQLite's secure_delete on (every connection, deskapp.models.database)
  and a WAL checkpoint afterwards, the erased values are gone from the database file's
  bytes, not only from its tables. The erasure is written to a register beside the
  database (deskapp.services.erasure_register), so restoring an older backup can erase
  them again.

What this cannot reach: copies made before the erasure (backups, the files kept
aside before a migration, documents already printed or exported). The desk's
procedure must cover those; the register covers a backup put back in place.
"""

from __future__ import annotations

import datetime as dt
import json
from dataclasses import dataclass
from decimal import Decimal
from enum import Enum
from pathlib import Path
from typing import Any

from sqlalchemy import or_, select, update

from deskapp.errors import DeskappError
from deskapp.i18n import QT_TRANSLATE_NOOP
from deskapp.models import (
    Activity,
    AuditEvent,
    Consent,
    EnterpriseProject,
    Need,
    NeedsAssessment,
    Operator,
    Person,
    ProjectMembership,
    Skill,
)
from deskapp.models.database import Database
from deskapp.models.enums import AuditAction
from deskapp.models.person_index import remove_person
from deskapp.models.skill_index import remove_skills
from deskapp.services.actor import Actor
from deskapp.services.audit import blank_details, record_event
from deskapp.services.audit_log import record_export
from deskapp.services.audit_trail import person_events
from deskapp.services.business_plans import anonymise_member
from deskapp.services.erasure_register import Erasure, record_erasure, register_path
from deskapp.services.permissions import Action, may, require, require_row_desk
from deskapp.services.records import get_or_fail

# What identifies the person, and the value it is replaced with.
ERASED_FIELDS: dict[str, Any] = {
    "given_name": "",
    "family_name": "",
    "codice_fiscale": None,
    "codice_fiscale_warning": None,
    "nir": None,
    "birthplace": "",
    "birthplace_code": None,
    "citizenship": "",
    "address": "",
    "municipality": "",
    "postal_code": "",
    "phone": "",
    "email": "",
    "previous_employer": "",
    "notes": "",
}


ERASED = "anonymised (GDPR art. 17)"
REAPPLIED = "anonymised (GDPR art. 17), re-applied after restore"


class AlreadyAnonymised(DeskappError):
    pass


@dataclass(frozen=True)
class ErasureResult:
    person_id: int
    erased_fields: list[str]
    notes_cleared: int  # activities and needs whose free text was cleared
    plans_changed: int = 0  # plan drafts and frozen versions that named them
    details_blanked: int = 0  # audit events about them whose detail was blanked


def erase_person(
    db: Database,
    actor: Actor,
    person_id: int,
    today: dt.date | None = None,
    merge_index: bool = True,
) -> ErasureResult:
    """Anonymise one person (right to erasure). Administrators only; irreversible.
    ``merge_index=False``: the caller erases many and merges the search index once
    after (deskapp.models.person_index.merge_index)."""
    require(actor, Action.ERASE)
    return _erase(db, actor, person_id, today or dt.date.today(), ERASED, merge_index)


def reapply_erasure(
    db: Database, actor: Actor, person_id: int, erased_on: dt.date, merge_index: bool = True
) -> ErasureResult:
    """Anonymise again a person the register lists, in a restored copy that still holds
    them (deskapp.services.erasure_register.reapply_erasures). The register already has
    them; the actor's account may not exist in an older copy: the event then has no
    operator (the restore's own event, just before, says who)."""
    require(actor, Action.ERASE)
    return _erase(db, actor, person_id, erased_on, REAPPLIED, merge_index)


def _erase(
    db: Database,
    actor: Actor,
    person_id: int,
    today: dt.date,
    detail: str,
    merge_index: bool = True,
) -> ErasureResult:
    with db.write() as s:
        by = actor if s.get(Operator, actor.operator_id) is not None else None
        person = get_or_fail(s, Person, person_id)
        if person.anonymised_on is not None:
            raise AlreadyAnonymised(
                QT_TRANSLATE_NOOP("Error", "Person {id} was already anonymised on {date}."),
                id=person_id,
                date=person.anonymised_on.strftime("%d/%m/%Y"),
            )
        erased = [name for name, value in ERASED_FIELDS.items() if getattr(person, name) != value]
        plans = anonymise_member(s, by, person)  # while their names are still known
        blanked = blank_details(s, person_events(person_id))
        # Before the record changes: nothing of them may stay in the index's pages.
        remove_person(s.connection(), person_id, merge=merge_index)
        # Their skills go (free text about them, searchable by anyone), from the table
        # and from the skills index's pages alike.
        remove_skills(s.connection(), person_id, merge=merge_index)
        for name, value in ERASED_FIELDS.items():
            setattr(person, name, value)
        # The year of birth is enough for the age bands; the day and month identify.
        person.birth_date = dt.date(person.birth_date.year, 7, 1)
        # Likewise the France Travail registration keeps its month (how long they had
        # been registered when they came), not its day.
        coarsened = ["birth_date"]
        registered = person.france_travail_registered_on
        if registered is not None and registered.day != 1:
            person.france_travail_registered_on = registered.replace(day=1)
            coarsened.append("france_travail_registered_on")
        person.anonymised_on = today
        assessments = select(NeedsAssessment.id).where(NeedsAssessment.person_id == person_id)
        cleared = sum(
            _rows(s.execute(statement))
            for statement in (
                update(Activity)
                .where(Activity.person_id == person_id, Activity.notes != "")
                .values(notes=""),
                update(NeedsAssessment)
                .where(NeedsAssessment.person_id == person_id, NeedsAssessment.note != "")
                .values(note=""),
                update(Need)
                .where(Need.assessment_id.in_(assessments), Need.note != "")
                .values(note=""),
            )
        )
        s.flush()
        record_event(
            s, by, "person", person_id, AuditAction.DELETE, [*erased, *coarsened], detail
        )
        if detail == ERASED and db.path is not None:
            # Last, inside the transaction: an erasure the register could not record
            # is not made either.
            erasure = Erasure(person_id, today, person.created_at)
            record_erasure(register_path(db.path), erasure)
    # Push the new pages out of the WAL into the file, so the old ones (and their
    # erased bytes) leave the WAL too.
    db.checkpoint()
    return ErasureResult(person_id, erased, cleared, plans, blanked)


def subject_access(db: Database, actor: Actor, person_id: int, path: Path) -> Path:
    """Everything held about one person, as JSON (GDPR art. 15), audited as an export.
    Coordinators and administrators for anyone; operators for their desk's people."""
    if not may(actor, Action.REPORT):
        with db.read() as s:
            require_row_desk(actor, get_or_fail(s, Person, person_id))
    data = person_data(db, person_id)
    path.parent.mkdir(parents=True, exist_ok=True)
    partial = path.with_name(path.name + ".partial")
    try:
        partial.write_text(
            json.dumps(data, ensure_ascii=False, indent=2, default=_json_value), "utf-8"
        )
        partial.replace(path)
    finally:
        partial.unlink(missing_ok=True)
    record_export(db, actor, "subject_access", 1, person_id, f"person {person_id}")
    return path


def person_data(db: Database, person_id: int) -> dict[str, Any]:
    with db.read() as s:
        person = get_or_fail(s, Person, person_id)

        def columns(row: Any, skip: tuple[str, ...] = ()) -> dict[str, Any]:
            return {c.key: getattr(row, c.key) for c in row.__table__.columns if c.key not in skip}

        operators = {oid: name for oid, name in s.execute(select(Operator.id, Operator.name))}
        assessments = []
        for assessment in s.scalars(
            select(NeedsAssessment)
            .where(NeedsAssessment.person_id == person_id)
            .order_by(NeedsAssessment.assessed_on)
        ):
            entry = columns(assessment)
            entry["operator"] = operators.get(assessment.operator_id, "")
            entry["needs"] = [columns(need) for need in assessment.needs]
            assessments.append(entry)
        projects = [
            {
                **columns(m, ("version", "created_at", "updated_at")),
                "project_title": title,
                "project_stage": stage,
            }
            for m, title, stage in s.execute(
                select(ProjectMembership, EnterpriseProject.title, EnterpriseProject.stage)
                .join(EnterpriseProject, EnterpriseProject.id == ProjectMembership.project_id)
                .where(ProjectMembership.person_id == person_id)
            )
        ]
        # The trail of their own records: the person, consents, skills, assessments.
        own = or_(
            (AuditEvent.entity == "person") & (AuditEvent.entity_id == person_id),
            (AuditEvent.entity == "consent")
            & AuditEvent.entity_id.in_(select(Consent.id).where(Consent.person_id == person_id)),
            (AuditEvent.entity == "skill")
            & AuditEvent.entity_id.in_(select(Skill.id).where(Skill.person_id == person_id)),
        )
        trail = [
            {
                "at": e.at,
                "operator": operators.get(e.operator_id or 0, ""),
                "entity": e.entity,
                "action": e.action,
                "fields": e.fields.split(",") if e.fields else [],
                "detail": e.detail,
            }
            for e in s.scalars(select(AuditEvent).where(own).order_by(AuditEvent.id))
        ]
        return {
            "generated": dt.datetime.now().isoformat(timespec="seconds"),
            # The search key is the same data folded for searching: not worth a copy.
            "person": columns(person, ("search_key",)),
            "consents": [
                {**columns(c), "operator": operators.get(c.operator_id, "")}
                for c in s.scalars(select(Consent).where(Consent.person_id == person_id))
            ],
            "skills": [
                columns(k) for k in s.scalars(select(Skill).where(Skill.person_id == person_id))
            ],
            "needs_assessments": assessments,
            "activities": [
                {**columns(a), "operator": operators.get(a.operator_id, "")}
                for a in s.scalars(
                    select(Activity)
                    .where(Activity.person_id == person_id)
                    .order_by(Activity.occurred_at)
                )
            ],
            "projects": projects,
            "audit_trail": trail,
        }


def _rows(result: Any) -> int:
    """Rows an UPDATE changed (a CursorResult's rowcount)."""
    return int(getattr(result, "rowcount", 0) or 0)


def _json_value(value: Any) -> Any:
    if isinstance(value, dt.datetime | dt.date):
        return value.isoformat()
    if isinstance(value, Decimal):
        return str(value)
    if isinstance(value, Enum):
        return value.value
    raise TypeError(f"cannot write {type(value).__name__} as JSON")
