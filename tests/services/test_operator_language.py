"""An operator's own language: chosen by them, kept on their account, audited; and the
records' "not found" sentences name the thing in words a translator can agree."""

from __future__ import annotations

import pytest
from sqlalchemy import select

from deskapp.errors import NotFoundError, ValidationFailed
from deskapp.models import AuditEvent, EnterpriseProject, Operator, Person
from deskapp.models.enums import AuditAction
from deskapp.services.operator_accounts import reading_languages, set_own_language
from deskapp.services.records import get_or_fail


def test_an_operator_chooses_their_language_and_it_is_audited(db, operator):
    assert reading_languages(db, operator.operator_id) == (None, "it")
    set_own_language(db, operator, "fr")
    assert reading_languages(db, operator.operator_id) == ("fr", "it")
    with db.read() as s:
        event = s.scalars(select(AuditEvent).order_by(AuditEvent.id.desc())).first()
        assert event is not None
        assert (event.entity, event.entity_id, event.action, event.fields) == (
            "operator",
            operator.operator_id,
            AuditAction.UPDATE,
            "language",
        )
        # The value is not in the trail, only the field's name.
        assert "fr" not in event.detail


def test_back_to_the_desks_language(db, operator):
    set_own_language(db, operator, "en")
    set_own_language(db, operator, None)
    assert reading_languages(db, operator.operator_id) == (None, "it")


def test_the_same_choice_again_writes_nothing(db, operator):
    set_own_language(db, operator, "fr")
    with db.read() as s:
        before = s.scalar(select(Operator.version).where(Operator.id == operator.operator_id))
    set_own_language(db, operator, "fr")
    with db.read() as s:
        after = s.scalar(select(Operator.version).where(Operator.id == operator.operator_id))
    assert before == after


def test_a_language_deskapp_does_not_speak_is_refused(db, operator):
    with pytest.raises(ValidationFailed) as caught:
        set_own_language(db, operator, "de")
    assert "de" in caught.value.message


@pytest.mark.parametrize("model", [Person, EnterpriseProject, Operator])
def test_not_found_names_the_record_in_a_whole_sentence(db, model):
    """ "No {entity} ..." with a table name inside left translators a sentence they
    could not make agree (una persona / un progetto): one sentence per kind of record."""
    with db.read() as s, pytest.raises(NotFoundError) as caught:
        get_or_fail(s, model, 999)
    assert "{entity}" not in caught.value.template
    assert "_" not in caught.value.message
    assert "999" in caught.value.message
