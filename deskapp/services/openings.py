"""Openings (a role an organisation wants filled) and the roles an enterprise project
still needs. An opening is kept by its organisation's desk, a project's role by the
project's desk (administrators anywhere). Every write is one audited transaction.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from typing import Any

from sqlalchemy import ColumnElement, and_, or_, select

from deskapp.errors import NotFoundError
from deskapp.i18n import QT_TRANSLATE_NOOP
from deskapp.models import EnterpriseProject, Opening, Organisation, ProjectRole
from deskapp.models.database import Database
from deskapp.models.enums import AuditAction, SkillLevel
from deskapp.models.fields import validate_input
from deskapp.models.network_schemas import OpeningInput, ProjectRoleInput
from deskapp.services.actor import Actor
from deskapp.services.audit import record_event
from deskapp.services.organisations import NO_ORGANISATION
from deskapp.services.permissions import require_desk
from deskapp.services.records import check_version, get_editable, get_or_fail

NO_OPENING = QT_TRANSLATE_NOOP("Error", "No opening with number {id} exists.")
NO_ROLE = QT_TRANSLATE_NOOP("Error", "No project role with number {id} exists.")


def is_open(today: dt.date) -> ColumnElement[bool]:
    """An opening still to fill on ``today``: not closed, a post free, not expired."""
    return and_(
        Opening.closed.is_(False),
        Opening.filled < Opening.posts,
        or_(Opening.until.is_(None), Opening.until >= today),
    )


@dataclass(frozen=True)
class OpeningRow:
    id: int
    version: int
    organisation_id: int
    organisation: str
    title: str
    skills: str
    level: SkillLevel | None
    municipality: str  # where the work is (the organisation's place when not given)
    starts_on: dt.date | None
    until: dt.date | None
    posts: int
    filled: int
    closed: bool

    def open_on(self, today: dt.date) -> bool:
        return (
            not self.closed
            and self.filled < self.posts
            and (self.until is None or self.until >= today)
        )


def list_openings(
    db: Database,
    organisation_id: int | None = None,
    open_on: dt.date | None = None,
    limit: int = 2000,
) -> list[OpeningRow]:
    """Openings of one organisation (or all), the latest first; ``open_on``: only those
    still open that day."""
    query = (
        select(
            Opening.id,
            Opening.version,
            Opening.organisation_id,
            Organisation.name,
            Opening.title,
            Opening.skills,
            Opening.level,
            Opening.municipality,
            Organisation.municipality,
            Opening.starts_on,
            Opening.until,
            Opening.posts,
            Opening.filled,
            Opening.closed,
        )
        .join(Organisation, Organisation.id == Opening.organisation_id)
        .order_by(Opening.id.desc())
        .limit(limit)
    )
    if organisation_id is not None:
        query = query.where(Opening.organisation_id == organisation_id)
    if open_on is not None:
        query = query.where(is_open(open_on))
    with db.read() as s:
        found = []
        for r in s.execute(query):
            values = list(r)
            # Where the work is: the organisation's place when the opening names none.
            values[7] = values[7] or values[8]
            del values[8]
            found.append(OpeningRow(*values))
        return found


def opening_as_input(db: Database, opening_id: int) -> tuple[int, dict[str, Any]]:
    """The opening's version and its fields as the form reads them."""
    with db.read() as s:
        row = s.get(Opening, opening_id)
        if row is None:
            raise NotFoundError(NO_OPENING, id=opening_id)
        return row.version, {n: getattr(row, n) for n in OpeningInput.model_fields}


def _organisation_desk(s: Any, organisation_id: int) -> int:
    org = s.get(Organisation, organisation_id)
    if org is None:
        raise NotFoundError(NO_ORGANISATION, id=organisation_id)
    return int(org.desk_id)


def create_opening(db: Database, actor: Actor, organisation_id: int, data: dict[str, Any]) -> int:
    opening = validate_input(OpeningInput, data)
    with db.write() as s:
        require_desk(actor, _organisation_desk(s, organisation_id))
        row = Opening(organisation_id=organisation_id, version=1, **opening.model_dump())
        s.add(row)
        s.flush()
        record_event(s, actor, "opening", row.id, AuditAction.CREATE, OpeningInput.model_fields)
        return row.id


def update_opening(
    db: Database, actor: Actor, opening_id: int, expected_version: int, data: dict[str, Any]
) -> int:
    opening = validate_input(OpeningInput, data)
    with db.write() as s:
        row = s.get(Opening, opening_id)
        if row is None:
            raise NotFoundError(NO_OPENING, id=opening_id)
        require_desk(actor, _organisation_desk(s, row.organisation_id))
        check_version(row, expected_version)
        changed = []
        for name, value in opening.model_dump().items():
            if getattr(row, name) != value:
                setattr(row, name, value)
                changed.append(name)
        if changed:
            s.flush()
            record_event(s, actor, "opening", opening_id, AuditAction.UPDATE, changed)
        return int(row.version)


@dataclass(frozen=True)
class RoleRow:
    id: int
    version: int
    project_id: int
    title: str
    skills: str
    level: SkillLevel | None
    posts: int
    filled: int

    @property
    def still_needed(self) -> int:
        return self.posts - self.filled


def list_project_roles(db: Database, project_id: int) -> list[RoleRow]:
    query = (
        select(
            ProjectRole.id,
            ProjectRole.version,
            ProjectRole.project_id,
            ProjectRole.title,
            ProjectRole.skills,
            ProjectRole.level,
            ProjectRole.posts,
            ProjectRole.filled,
        )
        .where(ProjectRole.project_id == project_id)
        .order_by(ProjectRole.id)
    )
    with db.read() as s:
        return [RoleRow(*r) for r in s.execute(query)]


def add_project_role(db: Database, actor: Actor, project_id: int, data: dict[str, Any]) -> int:
    role = validate_input(ProjectRoleInput, data)
    with db.write() as s:
        get_editable(s, actor, EnterpriseProject, project_id)
        row = ProjectRole(project_id=project_id, version=1, **role.model_dump())
        s.add(row)
        s.flush()
        record_event(
            s, actor, "project_role", row.id, AuditAction.CREATE, ProjectRoleInput.model_fields
        )
        return row.id


def update_project_role(
    db: Database, actor: Actor, role_id: int, expected_version: int, data: dict[str, Any]
) -> int:
    role = validate_input(ProjectRoleInput, data)
    with db.write() as s:
        row = s.get(ProjectRole, role_id)
        if row is None:
            raise NotFoundError(NO_ROLE, id=role_id)
        get_editable(s, actor, EnterpriseProject, row.project_id)
        check_version(row, expected_version)
        changed = []
        for name, value in role.model_dump().items():
            if getattr(row, name) != value:
                setattr(row, name, value)
                changed.append(name)
        if changed:
            s.flush()
            record_event(s, actor, "project_role", role_id, AuditAction.UPDATE, changed)
        return int(row.version)


def remove_project_role(db: Database, actor: Actor, role_id: int) -> None:
    with db.write() as s:
        row = get_or_fail(s, ProjectRole, role_id)
        get_editable(s, actor, EnterpriseProject, row.project_id)
        s.delete(row)
        record_event(s, actor, "project_role", role_id, AuditAction.DELETE)
