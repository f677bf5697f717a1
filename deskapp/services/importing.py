"""``import persons``: a registry file in, every row checked first, all or nothing.

Each row goes through the same schema as an intake at the desk (NewPersonInput),
plus the checks that need the whole file or the database: a codice fiscale used
twice in the file or already in the registry, an unknown desk. Only when no row
has an error is anything written, in one transaction with one audit event per
person and one for the import.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from sqlalchemy import func, insert, select

from deskapp.errors import ImportFailed, ValidationFailed
from deskapp.i18n import QT_TRANSLATE_NOOP
from deskapp.models import AuditEvent, Consent, Desk, Person
from deskapp.models.base import utcnow
from deskapp.models.database import Database
from deskapp.models.enums import AuditAction
from deskapp.models.fields import validate_input
from deskapp.models.schemas import NewPersonInput
from deskapp.services.actor import Actor
from deskapp.services.audit import record_event
from deskapp.services.person_columns import (
    CONSENT_COLUMNS,
    DESK_COLUMN,
    PERSON_FIELD_COLUMNS,
    PERSON_FILE_COLUMNS,
    REQUIRED_COLUMNS,
)
from deskapp.services.persons import validation_context
from deskapp.services.tabular_files import read_table

Progress = Callable[[str, int, int], None]
WRITE_BATCH = 10_000


@dataclass(frozen=True)
class ImportResult:
    rows: int
    written: int
    dry_run: bool


def _column_of(field: str) -> str:
    """The file column an error on schema field ``field`` belongs to."""
    if field.startswith("consent."):
        inner = field.split(".", 1)[1]
        return "consent_date" if inner == "given_on" else f"consent_{inner}"
    return field


def _row_data(cells: dict[str, str]) -> dict[str, Any]:
    data: dict[str, Any] = {
        name: cells[name] for name in PERSON_FIELD_COLUMNS if cells.get(name, "").strip()
    }
    consent = {
        "purpose": cells.get("consent_purpose", ""),
        "legal_basis": cells.get("consent_legal_basis", ""),
        "notice_version": cells.get("consent_notice_version", ""),
        "given_on": cells.get("consent_date", ""),
    }
    data["consent"] = {k: v for k, v in consent.items() if v.strip()}
    return data


def import_persons(
    db: Database,
    actor: Actor,
    path: Path,
    dry_run: bool = False,
    progress: Progress | None = None,
) -> ImportResult:
    report = progress or (lambda step, done, total: None)
    table = read_table(path)
    errors: list[tuple[int, str, str]] = []
    missing = [c for c in REQUIRED_COLUMNS if c not in table.headers]
    unknown = [h for h in table.headers if h and h not in PERSON_FILE_COLUMNS]
    for column in missing:
        errors.append((1, column, QT_TRANSLATE_NOOP("Error", "this column is missing from the file")))
    for column in unknown:
        errors.append((1, column, QT_TRANSLATE_NOOP("Error", "unknown column; rename or remove it")))
    if errors:
        raise ImportFailed(errors, len(table.rows))

    with db.read() as s:
        desks = {name.casefold(): desk_id for desk_id, name in s.execute(select(Desk.id, Desk.name))}
    context = validation_context(actor)
    valid: list[tuple[NewPersonInput, int]] = []
    seen_codes: dict[str, int] = {}
    total = len(table.rows)
    for done, (line, cells) in enumerate(table.rows, start=1):
        desk_name = cells.get(DESK_COLUMN, "").strip()
        desk_id = actor.desk_id
        if desk_name:
            if desk_name.casefold() not in desks:
                errors.append((line, DESK_COLUMN, f"no desk is called '{desk_name}'"))
                continue
            desk_id = desks[desk_name.casefold()]
        try:
            person = validate_input(NewPersonInput, _row_data(cells), **context)
        except ValidationFailed as exc:
            errors.extend((line, _column_of(e.field), e.reason) for e in exc.errors)
            continue
        code = person.codice_fiscale
        if code:
            if code in seen_codes:
                errors.append((line, "codice_fiscale",
                               f"already used on line {seen_codes[code]} of this file"))
                continue
            seen_codes[code] = line
        valid.append((person, desk_id))
        if done % 5000 == 0:
            report("checking", done, total)
    report("checking", total, total)
    errors.extend(_codes_already_registered(db, seen_codes))
    if errors:
        errors.sort(key=lambda e: e[0])
        raise ImportFailed(errors, total)
    if dry_run:
        return ImportResult(total, 0, True)
    _write(db, actor, valid, path, report)
    return ImportResult(total, len(valid), False)


def _codes_already_registered(db: Database, seen: dict[str, int]) -> list[tuple[int, str, str]]:
    found: list[tuple[int, str, str]] = []
    codes = list(seen)
    with db.read() as s:
        for i in range(0, len(codes), 500):
            chunk = codes[i : i + 500]
            for code, person_id in s.execute(
                select(Person.codice_fiscale, Person.id).where(Person.codice_fiscale.in_(chunk))
            ):
                found.append((seen[code], "codice_fiscale",
                              f"already in the registry as person no. {person_id}"))
    return found


def _write(db: Database, actor: Actor, valid: list[tuple[NewPersonInput, int]], path: Path,
           report: Progress) -> None:
    now = utcnow()
    fields = ",".join(sorted(PERSON_FIELD_COLUMNS))
    with db.write() as s:
        conn = s.connection()
        next_id = int(conn.execute(select(func.coalesce(func.max(Person.id), 0))).scalar()) + 1
        for start in range(0, len(valid), WRITE_BATCH):
            people, consents, events = [], [], []
            for offset, (person, desk_id) in enumerate(valid[start : start + WRITE_BATCH]):
                pid = next_id + start + offset
                row = {name: getattr(person, name) for name in PERSON_FIELD_COLUMNS}
                row.update(
                    id=pid, desk_id=desk_id, codice_fiscale=person.codice_fiscale or None,
                    birthplace_code=person.birthplace_code,
                    codice_fiscale_warning=person.codice_fiscale_warning,
                    version=1, created_at=now, updated_at=now,
                )
                people.append(row)
                assert person.consent is not None
                consents.append({"person_id": pid, "operator_id": actor.operator_id,
                                 "created_at": now, "updated_at": now,
                                 **person.consent.model_dump()})
                events.append({"at": now, "operator_id": actor.operator_id, "entity": "person",
                               "entity_id": pid, "action": AuditAction.CREATE, "fields": fields,
                               "detail": "import"})
            conn.execute(insert(Person.__table__), people)
            conn.execute(insert(Consent.__table__), consents)
            conn.execute(insert(AuditEvent.__table__), events)
            report("writing", start + len(people), len(valid))
        record_event(s, actor, "person", None, AuditAction.IMPORT,
                     detail=f"{len(valid)} persons from {path.name}")


__all__ = ["CONSENT_COLUMNS", "ImportResult", "import_persons"]
