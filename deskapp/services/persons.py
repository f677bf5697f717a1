"""The person registry: intake, edits, consents, skills and needs."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from typing import Any

from sqlalchemy import func, select
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session
from sqlalchemy.orm.exc import StaleDataError

from deskapp.errors import (
    ConflictError,
    DuplicatePersonError,
    FieldError,
    NotFoundError,
    PermissionDeniedError,
)
from deskapp.i18n import QT_TRANSLATE_NOOP
from deskapp.models import Consent, Need, NeedsAssessment, Person, Skill
from deskapp.models.database import Database
from deskapp.models.enums import AuditAction
from deskapp.models.fields import field_label, validate_input
from deskapp.models.identifiers import (
    PLACE_NOT_IN_USE,
    check_codice_fiscale,
    looks_like_nir,
    normalise_codice_fiscale,
)
from deskapp.models.schemas import (
    ConsentInput,
    NeedsAssessmentInput,
    NewPersonInput,
    PersonInput,
    SkillInput,
)
from deskapp.models.sql.unique import unique_columns
from deskapp.services.actor import Actor, reading_for_desk
from deskapp.services.audit import record_event
from deskapp.services.permissions import require_desk
from deskapp.services.records import check_version, get_editable, get_or_fail, update_record
from deskapp.services.search import nir_condition

# Fields of PersonInput stored on the Person row (the nested consent is not one).
PERSON_FIELDS = [name for name in PersonInput.model_fields]


@dataclass(frozen=True)
class Notice:
    """A warning shown to the operator after a save that went through."""

    template: str
    params: dict[str, Any] = field(default_factory=dict)
    person_id: int | None = None  # the other record it points to, if any

    @property
    def message(self) -> str:
        return self.template.format(**self.params) if self.params else self.template


@dataclass(frozen=True)
class SaveResult:
    id: int
    version: int
    notices: list[Notice]


def validation_context(actor: Actor, today: dt.date | None = None) -> dict[str, Any]:
    context: dict[str, Any] = {"region": actor.phone_region}
    if today is not None:
        context["today"] = today
    return context


def parse_person(actor: Actor, data: dict[str, Any], *, new: bool) -> PersonInput:
    schema = NewPersonInput if new else PersonInput
    return validate_input(schema, data, **validation_context(actor))


def _refuse_taken_codice_fiscale(
    s: Session, code: str, own_id: int | None, origin: str = ""
) -> None:
    _refuse_taken(s, "codice_fiscale", code, own_id, origin)


def _refuse_taken(s: Session, column: str, code: str, own_id: int | None, origin: str = "") -> None:
    """Refuse an identifier (codice fiscale, NIR) that another person already has among
    the records of the same origin: this database's own (``""``), or, at a coordinator,
    those one desk sent (deskapp.sync): the same person's records from two desks each
    keep their code, linked (deskapp.sync.linking), as the unique constraint allows."""
    if not code:
        return
    query = select(Person.id, Person.family_name, Person.given_name).where(
        getattr(Person, column) == code, Person.origin == origin
    )
    if own_id is not None:
        query = query.where(Person.id != own_id)
    other = s.execute(query).first()
    if other is not None:
        raise DuplicatePersonError(
            FieldError(
                column,
                field_label(PersonInput, column),
                QT_TRANSLATE_NOOP(
                    "Error", "already belongs to {name} (person no. {id}): open that record"
                ),
                name=f"{other.family_name} {other.given_name}",
                id=other.id,
            ),
            existing_person_id=other.id,
        )


def _notices(s: Session, person: PersonInput, own_id: int | None) -> list[Notice]:
    notices = []
    if person.codice_fiscale_warning and person.codice_fiscale:
        info = check_codice_fiscale(person.codice_fiscale)  # cached: checked just before
        notices.append(Notice(PLACE_NOT_IN_USE, dict(info.warning_params or {})))
    query = select(Person.id).where(
        func.lower(Person.family_name) == person.family_name.lower(),
        func.lower(Person.given_name) == person.given_name.lower(),
        Person.birth_date == person.birth_date,
    )
    if own_id is not None:
        query = query.where(Person.id != own_id)
    for other_id in s.scalars(query.limit(5)):
        notices.append(
            Notice(
                QT_TRANSLATE_NOOP(
                    "Error",
                    "Possible duplicate: person no. {id} has the same name and birth date.",
                ),
                {"id": other_id},
                person_id=other_id,
            )
        )
    return notices


def person_row_values(person: PersonInput) -> dict[str, Any]:
    """The Person columns for a validated record (intake, edit and import share it)."""
    values = {name: getattr(person, name) for name in PERSON_FIELDS}
    values["codice_fiscale"] = person.codice_fiscale or None
    values["nir"] = person.nir or None  # NULL, not "": the unique index allows many NULLs
    values["birthplace_code"] = person.birthplace_code
    values["codice_fiscale_warning"] = person.codice_fiscale_warning
    return values


def create_person(
    db: Database, actor: Actor, data: dict[str, Any], desk_id: int | None = None
) -> SaveResult:
    """Register a person with the legal basis of the processing. One transaction."""
    person = parse_person(actor, data, new=True)
    assert isinstance(person, NewPersonInput) and person.consent is not None
    require_desk(actor, desk_id or actor.desk_id)
    try:
        with db.write() as s:
            _refuse_taken_codice_fiscale(s, person.codice_fiscale, None)
            _refuse_taken(s, "nir", person.nir, None)
            notices = _notices(s, person, None)
            row = Person(**person_row_values(person), desk_id=desk_id or actor.desk_id, version=1)
            s.add(row)
            s.flush()
            _add_consent(s, actor, row.id, person.consent)
            written = [n for n in PERSON_FIELDS if getattr(person, n) not in (None, "", False)]
            record_event(s, actor, "person", row.id, AuditAction.CREATE, written)
            return SaveResult(row.id, row.version, notices)
    except IntegrityError as exc:
        _refuse_after_race(db, exc, person, None)
        raise


def _refuse_after_race(
    db: Database, exc: IntegrityError, person: PersonInput, own_id: int | None
) -> None:
    """Another save took the same codice fiscale or NIR between our look-up and our
    write (on a server, two PCs at the same moment): the unique constraint refused
    ours, and nothing of it was written. Said as the look-up says it, naming the other
    person."""
    broken = unique_columns(exc, Person.__table__)
    with db.read() as s:
        origin = (
            "" if own_id is None else s.scalar(select(Person.origin).where(Person.id == own_id))
        )
        if "codice_fiscale" in broken:
            _refuse_taken_codice_fiscale(s, person.codice_fiscale, own_id, origin or "")
        if "nir" in broken:
            _refuse_taken(s, "nir", person.nir, own_id, origin or "")


def update_person(
    db: Database, actor: Actor, person_id: int, expected_version: int, data: dict[str, Any]
) -> SaveResult:
    """Save an edited record; refuse it if someone saved the person in between."""
    try:
        with db.write() as s:
            row = get_editable(s, actor, Person, person_id)
            if row.anonymised_on is not None:
                # Before the checks of the input: an anonymised record has no name to
                # check, and nothing typed may bring one back.
                raise PermissionDeniedError(
                    QT_TRANSLATE_NOOP(
                        "Error", "This person was anonymised on {date}: the record is closed."
                    ),
                    date=row.anonymised_on.strftime("%d/%m/%Y"),
                )
            person = parse_person(reading_for_desk(s, actor, row.desk_id), data, new=False)
            check_version(row, expected_version)
            _refuse_taken_codice_fiscale(s, person.codice_fiscale, person_id, row.origin)
            _refuse_taken(s, "nir", person.nir, person_id, row.origin)
            notices = _notices(s, person, person_id)
            changed = []
            for name, value in person_row_values(person).items():
                if getattr(row, name) != value:
                    setattr(row, name, value)
                    changed.append(name)
            if changed:
                s.flush()
                record_event(s, actor, "person", row.id, AuditAction.UPDATE, changed)
            return SaveResult(row.id, row.version, notices)
    except StaleDataError:
        # Another connection saved between our read and our UPDATE.
        raise ConflictError("person", person_id, expected_version, None) from None
    except IntegrityError as exc:
        _refuse_after_race(db, exc, person, person_id)
        raise


def get_person(db: Database, person_id: int) -> Person:
    with db.read() as s:
        return get_or_fail(s, Person, person_id)


def person_as_input(person: Person) -> dict[str, Any]:
    """The stored record as the dict a form or a re-save starts from."""
    derived = ("birthplace_code", "codice_fiscale_warning")  # recomputed on every save
    values = {name: getattr(person, name) for name in PERSON_FIELDS if name not in derived}
    values["codice_fiscale"] = person.codice_fiscale or ""
    values["nir"] = person.nir or ""
    return values


def _add_consent(s: Session, actor: Actor, person_id: int, consent: ConsentInput) -> Consent:
    row = Consent(person_id=person_id, operator_id=actor.operator_id, **consent.model_dump())
    s.add(row)
    s.flush()
    record_event(s, actor, "consent", row.id, AuditAction.CREATE, ConsentInput.model_fields)
    return row


def record_consent(db: Database, actor: Actor, person_id: int, data: dict[str, Any]) -> int:
    consent = validate_input(ConsentInput, data)
    with db.write() as s:
        get_editable(s, actor, Person, person_id)
        return _add_consent(s, actor, person_id, consent).id


def add_skill(db: Database, actor: Actor, person_id: int, data: dict[str, Any]) -> int:
    skill = validate_input(SkillInput, data)
    with db.write() as s:
        get_editable(s, actor, Person, person_id)
        row = Skill(person_id=person_id, version=1, **skill.model_dump())
        s.add(row)
        s.flush()
        record_event(s, actor, "skill", row.id, AuditAction.CREATE, SkillInput.model_fields)
        return row.id


def update_skill(
    db: Database, actor: Actor, skill_id: int, expected_version: int, data: dict[str, Any]
) -> int:
    skill = validate_input(SkillInput, data)
    return update_record(db, actor, Skill, skill_id, expected_version, skill)


def remove_skill(db: Database, actor: Actor, skill_id: int) -> None:
    with db.write() as s:
        row = get_editable(s, actor, Skill, skill_id)
        s.delete(row)
        record_event(s, actor, "skill", skill_id, AuditAction.DELETE)


def add_needs_assessment(db: Database, actor: Actor, person_id: int, data: dict[str, Any]) -> int:
    assessment = validate_input(NeedsAssessmentInput, data)
    with db.write() as s:
        get_editable(s, actor, Person, person_id)
        row = NeedsAssessment(
            person_id=person_id,
            operator_id=actor.operator_id,
            assessed_on=assessment.assessed_on,
            note=assessment.note,
            version=1,
            needs=[Need(**need.model_dump()) for need in assessment.needs],
        )
        s.add(row)
        s.flush()
        record_event(
            s, actor, "needs_assessment", row.id, AuditAction.CREATE, ("assessed_on", "needs")
        )
        return row.id


def count_persons(db: Database) -> int:
    with db.read() as s:
        return int(s.scalar(select(func.count()).select_from(Person)) or 0)


def person_by_reference(db: Database, reference: str) -> int:
    """The person a number, a codice fiscale or a NIR names, as the command line takes
    them."""
    text = reference.strip()
    with db.read() as s:
        nir = looks_like_nir(text)
        if nir is not None:
            found = s.scalar(select(Person.id).where(nir_condition(nir)))
        elif text.isdigit():
            found = s.scalar(select(Person.id).where(Person.id == int(text)))
        else:
            code = normalise_codice_fiscale(text)
            found = s.scalar(select(Person.id).where(Person.codice_fiscale == code))
    if found is None:
        raise NotFoundError(
            QT_TRANSLATE_NOOP("Error", "No person is registered as '{reference}'."),
            reference=text,
        )
    return int(found)
