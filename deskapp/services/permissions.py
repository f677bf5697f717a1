"""Who may do what, enforced by the services (the GUI only hides what would be refused).

- operator: works on their own desk's people and projects;
- coordinator: also reads every desk, runs the coordinator's reports and the exports,
  imports registry files, keeps the funding catalogue;
- administrator: everything, on every desk: accounts, desks, backups, retention,
  anonymisation, the audit trail, copies and restores of the whole database by hand.

Writes to a person or a project (and everything hanging from them: skills, needs,
activities, members, funding, checklist, business plan) are allowed to operators and
coordinators on their own desk only; administrators may write anywhere.
The table below is the whole policy; tests/services/test_permissions.py checks every
role against every action.
"""

from __future__ import annotations

from enum import Enum
from typing import Any

from deskapp.errors import PermissionDeniedError
from deskapp.i18n import QT_TRANSLATE_NOOP
from deskapp.models.enums import OperatorRole
from deskapp.services.actor import Actor

OPERATOR, COORDINATOR, ADMINISTRATOR = (
    OperatorRole.OPERATOR,
    OperatorRole.COORDINATOR,
    OperatorRole.ADMINISTRATOR,
)


class Action(Enum):
    EXPORT = "export"  # registry tables as CSV or xlsx
    REPORT = "report"  # the coordinator report; batches of dossiers
    IMPORT = "import"  # registry files
    CATALOGUE = "catalogue"  # the funding catalogue
    ACCOUNTS = "accounts"  # desks, operators, other people's passwords
    ERASE = "erase"  # anonymisation, retention
    AUDIT = "audit"  # reading the audit trail
    BACKUP = "backup"  # a copy of the whole database by hand, or putting one back
    CHAINS = "chains"  # the programme's priority supply chains (issue 18)


ALLOWED: dict[Action, frozenset[OperatorRole]] = {
    Action.EXPORT: frozenset({COORDINATOR, ADMINISTRATOR}),
    Action.REPORT: frozenset({COORDINATOR, ADMINISTRATOR}),
    Action.IMPORT: frozenset({COORDINATOR, ADMINISTRATOR}),
    Action.CATALOGUE: frozenset({COORDINATOR, ADMINISTRATOR}),
    Action.ACCOUNTS: frozenset({ADMINISTRATOR}),
    Action.ERASE: frozenset({ADMINISTRATOR}),
    Action.AUDIT: frozenset({ADMINISTRATOR}),
    Action.BACKUP: frozenset({ADMINISTRATOR}),
    Action.CHAINS: frozenset({COORDINATOR, ADMINISTRATOR}),
}

REFUSALS = {
    Action.EXPORT: QT_TRANSLATE_NOOP("Error", "Only a coordinator can export registry tables."),
    Action.REPORT: QT_TRANSLATE_NOOP("Error", "Only a coordinator can run this report."),
    Action.IMPORT: QT_TRANSLATE_NOOP("Error", "Only a coordinator can import registry files."),
    Action.CATALOGUE: QT_TRANSLATE_NOOP(
        "Error", "Only a coordinator can change the funding catalogue."
    ),
    Action.ACCOUNTS: QT_TRANSLATE_NOOP(
        "Error", "Only an administrator can manage desks and operators."
    ),
    Action.ERASE: QT_TRANSLATE_NOOP("Error", "Only an administrator can anonymise a person."),
    Action.AUDIT: QT_TRANSLATE_NOOP("Error", "Only an administrator can read the audit trail."),
    Action.BACKUP: QT_TRANSLATE_NOOP(
        "Error",
        "Only an administrator can copy or restore the whole database (the automatic "
        "backups run for everyone).",
    ),
    Action.CHAINS: QT_TRANSLATE_NOOP(
        "Error", "Only a coordinator can change the programme's supply chains."
    ),
}


def may(actor: Actor | None, action: Action) -> bool:
    return actor is not None and actor.role in ALLOWED[action]


def require(actor: Actor, action: Action) -> None:
    if not may(actor, action):
        raise PermissionDeniedError(REFUSALS[action])


def may_write_desk(actor: Actor | None, desk_id: int) -> bool:
    return actor is not None and (actor.role is ADMINISTRATOR or actor.desk_id == desk_id)


def require_desk(actor: Actor, desk_id: int) -> None:
    """Refuse a write to another desk's person or project (administrators excepted)."""
    if not may_write_desk(actor, desk_id):
        raise PermissionDeniedError(
            QT_TRANSLATE_NOOP(
                "Error",
                "This record belongs to another desk: only its own operators (or an "
                "administrator) can change it.",
            )
        )


def owning_desk(row: Any) -> int | None:
    """The desk a record belongs to: its own, or its person's or project's."""
    for path in ("desk_id", "person.desk_id", "project.desk_id", "assessment.person.desk_id"):
        value: Any = row
        for part in path.split("."):
            value = getattr(value, part, None)
            if value is None:
                break
        if isinstance(value, int):
            return value
    return None


def require_row_desk(actor: Actor, row: Any) -> None:
    desk = owning_desk(row)
    if desk is not None:
        require_desk(actor, desk)
