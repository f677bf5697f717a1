from __future__ import annotations

import datetime as dt

import pytest
from sqlalchemy import select

from deskapp.errors import ConflictError, DuplicatePersonError, ValidationFailed
from deskapp.models import AuditEvent, Consent, Person
from deskapp.models.enums import AuditAction, LegalBasis, Sex
from deskapp.services import persons
from tests.conftest import MARIO_CF, person_data

pytestmark = pytest.mark.both_engines


def test_intake_saves_person_consent_and_audit(db, operator):
    result = persons.create_person(db, operator, person_data())
    with db.read() as s:
        person = s.get(Person, result.id)
        assert person.family_name == "Rossi"
        # Read from the codice fiscale, since the form left them blank.
        assert person.sex is Sex.MALE
        assert person.birth_date == dt.date(1980, 4, 3)
        assert person.birthplace == "Genova"
        assert person.birthplace_code == "D969"
        assert person.phone == "+393207249175"
        consent = s.scalars(select(Consent).where(Consent.person_id == result.id)).one()
        assert consent.legal_basis is LegalBasis.PUBLIC_TASK
        assert consent.notice_version == "2026-01"
        events = s.scalars(select(AuditEvent).where(AuditEvent.entity == "person")).all()
        assert [(e.action, e.entity_id, e.operator_id) for e in events] == [
            (AuditAction.CREATE, result.id, operator.operator_id)
        ]
        assert "codice_fiscale" in events[0].fields.split(",")


def test_person_without_legal_basis_is_refused_and_nothing_written(db, operator):
    with pytest.raises(ValidationFailed) as err:
        persons.create_person(db, operator, person_data(consent=None))
    assert err.value.for_field("consent") is not None
    assert "legal basis" in err.value.for_field("consent").message
    assert persons.count_persons(db) == 0


def test_existing_codice_fiscale_points_to_existing_person(db, operator):
    first = persons.create_person(db, operator, person_data())
    with pytest.raises(DuplicatePersonError) as err:
        persons.create_person(db, operator, person_data(given_name="Mario", phone=""))
    assert err.value.existing_person_id == first.id
    assert f"no. {first.id}" in err.value.errors[0].message
    assert persons.count_persons(db) == 1


def test_same_name_and_birth_date_is_a_warning_not_a_refusal(db, operator):
    first = persons.create_person(
        db, operator, person_data(codice_fiscale="", sex="M", birth_date="1980-04-03")
    )
    second = persons.create_person(
        db, operator, person_data(codice_fiscale="", sex="M", birth_date="03/04/1980")
    )
    assert [n.person_id for n in second.notices] == [first.id]
    assert "Possible duplicate" in second.notices[0].message
    assert persons.count_persons(db) == 2


def test_stale_save_raises_conflict_and_changes_nothing(db, operator):
    created = persons.create_person(db, operator, person_data())
    person = persons.get_person(db, created.id)
    form_a = persons.person_as_input(person)
    form_b = persons.person_as_input(person)
    persons.update_person(db, operator, created.id, created.version, {**form_a, "notes": "first"})
    with pytest.raises(ConflictError) as err:
        persons.update_person(
            db, operator, created.id, created.version, {**form_b, "notes": "second"}
        )
    assert err.value.current_version == created.version + 1
    assert persons.get_person(db, created.id).notes == "first"


def test_update_audits_only_changed_field_names(db, operator):
    created = persons.create_person(db, operator, person_data(disability="yes"))
    form = persons.person_as_input(persons.get_person(db, created.id))
    persons.update_person(
        db, operator, created.id, created.version, {**form, "disability": "declined"}
    )
    with db.read() as s:
        update = s.scalars(select(AuditEvent).where(AuditEvent.action == AuditAction.UPDATE)).one()
    assert update.fields == "disability"
    # The trail holds names, never the special-category answers themselves.
    assert "declined" not in update.fields + update.detail


def test_bad_input_names_every_field(db, operator):
    with pytest.raises(ValidationFailed) as err:
        persons.create_person(
            db,
            operator,
            person_data(
                given_name="", email="not-an-email", phone="12", first_contact_date="31/02/2026"
            ),
        )
    fields = {e.field for e in err.value.errors}
    assert fields == {"given_name", "email", "phone", "first_contact_date"}
    assert persons.count_persons(db) == 0


def test_codice_fiscale_is_stored_normalised(db, operator):
    result = persons.create_person(db, operator, person_data(codice_fiscale=" rssmra80d03d969m "))
    assert persons.get_person(db, result.id).codice_fiscale == MARIO_CF


def test_birthplace_code_out_of_use_is_saved_with_a_stored_warning(db, operator):
    import datetime as dt

    from deskapp.models.identifiers import encode_codice_fiscale

    # A036 (Acqualunga) was merged away in 1927: suspicious for a 1980 birth, not refused.
    code = encode_codice_fiscale("Rossi", "Mario", "M", dt.date(1980, 4, 3), "A036")
    result = persons.create_person(db, operator, person_data(codice_fiscale=code))
    assert any("A036" in n.message for n in result.notices)
    stored = persons.get_person(db, result.id)
    assert stored.codice_fiscale_warning and "A036" in stored.codice_fiscale_warning
