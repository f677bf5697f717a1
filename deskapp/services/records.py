"""Helpers shared by the services that edit versioned records."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, TypeVar

from sqlalchemy.orm import Session
from sqlalchemy.orm.exc import StaleDataError

from deskapp.errors import ConflictError, NotFoundError
from deskapp.i18n import QT_TRANSLATE_NOOP
from deskapp.models.base import Base
from deskapp.models.database import Database
from deskapp.models.enums import AuditAction
from deskapp.services.actor import Actor
from deskapp.services.audit import record_event
from deskapp.services.permissions import require_row_desk

if TYPE_CHECKING:  # pydantic loads with the first schema, not with the login
    from pydantic import BaseModel

T = TypeVar("T", bound=Base)


# "No {entity} ..." with a table's name inside could not be translated (the noun stayed
# English, and Italian and French articles agree with it): a whole sentence per record.
_NOT_FOUND = {
    "person": QT_TRANSLATE_NOOP("Error", "No person with number {id} exists."),
    "enterprise_project": QT_TRANSLATE_NOOP("Error", "No project with number {id} exists."),
    "activity": QT_TRANSLATE_NOOP("Error", "No activity with number {id} exists."),
    "operator": QT_TRANSLATE_NOOP("Error", "No operator with number {id} exists."),
    "desk": QT_TRANSLATE_NOOP("Error", "No desk with number {id} exists."),
    "skill": QT_TRANSLATE_NOOP("Error", "No skill with number {id} exists."),
    "structural_resource": QT_TRANSLATE_NOOP("Error", "No resource with number {id} exists."),
    "project_membership": QT_TRANSLATE_NOOP(
        "Error", "No project membership with number {id} exists."
    ),
    "business_plan_version": QT_TRANSLATE_NOOP(
        "Error", "No business plan version with number {id} exists."
    ),
    "funding_catalogue": QT_TRANSLATE_NOOP(
        "Error", "No funding instrument with number {id} exists."
    ),
    "organisation": QT_TRANSLATE_NOOP("Error", "No organisation with number {id} exists."),
    "opening": QT_TRANSLATE_NOOP("Error", "No opening with number {id} exists."),
    "project_role": QT_TRANSLATE_NOOP("Error", "No project role with number {id} exists."),
}
_NOT_FOUND_ANY = QT_TRANSLATE_NOOP("Error", "No record with number {id} exists.")


def get_or_fail(session: Session, model: type[T], entity_id: int) -> T:
    obj = session.get(model, entity_id)
    if obj is None:
        raise NotFoundError(_NOT_FOUND.get(model.__tablename__, _NOT_FOUND_ANY), id=entity_id)
    return obj


def get_editable(session: Session, actor: Actor, model: type[T], entity_id: int) -> T:
    """The record, for a write: refused when it belongs to another desk than the actor's
    (administrators excepted; deskapp.services.permissions)."""
    row = get_or_fail(session, model, entity_id)
    require_row_desk(actor, row)
    return row


def check_version(obj: Any, expected_version: int) -> None:
    """Refuse a save based on a stale copy of the record."""
    if obj.version != expected_version:
        raise ConflictError(obj.__tablename__, obj.id, expected_version, obj.version)


def apply_changes(obj: Any, data: BaseModel, fields: list[str] | None = None) -> list[str]:
    """Copy the schema's values onto the record; return the names of fields that changed."""
    changed = []
    for name in fields or list(type(data).model_fields):
        if not hasattr(obj, name):
            continue
        new = getattr(data, name)
        if getattr(obj, name) != new:
            setattr(obj, name, new)
            changed.append(name)
    return changed


def update_record(
    db: Database,
    actor: Actor,
    model: type[Base],
    entity_id: int,
    expected_version: int,
    data: BaseModel,
    fields: list[str] | None = None,
) -> int:
    """Save an edit of a versioned record in one transaction, audit the fields that
    changed, and return the new version. A stale ``expected_version``, or another save
    racing this one, raises ConflictError and changes nothing."""
    entity = model.__tablename__
    try:
        with db.write() as s:
            row: Any = get_editable(s, actor, model, entity_id)
            check_version(row, expected_version)
            changed = apply_changes(row, data, fields)
            if changed:
                s.flush()
                record_event(s, actor, entity, row.id, AuditAction.UPDATE, changed)
            return int(row.version)
    except StaleDataError:
        raise ConflictError(entity, entity_id, expected_version, None) from None
