"""Withdrawing a consent: the record stays (what was allowed, and until when), with the
day it was withdrawn. A withdrawn consent to be proposed takes the person out of every
match from that day on."""

from __future__ import annotations

import datetime as dt

from deskapp.errors import FieldError, ValidationFailed
from deskapp.i18n import QT_TRANSLATE_NOOP
from deskapp.models import Consent
from deskapp.models.database import Database
from deskapp.models.enums import AuditAction
from deskapp.models.fields import field_label
from deskapp.models.schemas import ConsentInput
from deskapp.services.actor import Actor
from deskapp.services.audit import record_event
from deskapp.services.records import get_editable


def withdraw_consent(
    db: Database, actor: Actor, consent_id: int, on: dt.date | None = None
) -> None:
    day = on or dt.date.today()
    with db.write() as s:
        consent = get_editable(s, actor, Consent, consent_id)
        problem = None
        if consent.withdrawn_on is not None:
            problem = QT_TRANSLATE_NOOP("Error", "this consent was withdrawn already")
        elif day < consent.given_on:
            problem = QT_TRANSLATE_NOOP("Error", "is before the date the consent was given")
        elif day > dt.date.today():
            problem = QT_TRANSLATE_NOOP("Error", "cannot be in the future")
        if problem:
            raise ValidationFailed(
                [FieldError("withdrawn_on", field_label(ConsentInput, "withdrawn_on"), problem)]
            )
        consent.withdrawn_on = day
        record_event(s, actor, "consent", consent_id, AuditAction.UPDATE, ("withdrawn_on",))
