"""Helpers shared by the services that edit versioned records."""

from __future__ import annotations

from typing import Any, TypeVar

from pydantic import BaseModel
from sqlalchemy.orm import Session

from deskapp.errors import ConflictError, NotFoundError
from deskapp.i18n import QT_TRANSLATE_NOOP
from deskapp.models.base import Base

T = TypeVar("T", bound=Base)


def get_or_fail(session: Session, model: type[T], entity_id: int) -> T:
    obj = session.get(model, entity_id)
    if obj is None:
        raise NotFoundError(
            QT_TRANSLATE_NOOP("Error", "No {entity} with number {id} exists."),
            entity=model.__tablename__.replace("_", " "),
            id=entity_id,
        )
    return obj


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
