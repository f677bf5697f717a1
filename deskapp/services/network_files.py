"""Organisations and openings as files: ``deskapp export organisations|openings`` and
``deskapp import organisations|openings FILE``.

What ``export organisations`` writes, ``import organisations`` reads back, and the same
for openings: a new database given both files has the same organisations (their
contacts, chains, whether active) and openings. An organisation's first contact sits on
its own line; each other contact on a line of its own below it, with only the contact
columns filled. An opening names its organisation by company number, else by name (one
organisation of that name at the desks the operator may write to); the ``id`` column
of an export is read as no more than a note, new openings being made. An import is
all or nothing: every row is checked first (the same rules as the form: the company
number checked with python-stdnum, the sector against the lists, phones and e-mails),
with the checks that need the whole file or the registry: a company number used twice
in the file or already in the registry, an unknown desk or supply chain. One error and
nothing is written; the errors name the line and the column.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from sqlalchemy import select

from deskapp.errors import ImportFailed, Places, Reason, RowIssue, ValidationFailed
from deskapp.i18n import QT_TRANSLATE_NOOP
from deskapp.models import Desk, Opening, Organisation, OrganisationContact, SupplyChain
from deskapp.models.database import Database
from deskapp.models.enums import AuditAction
from deskapp.models.fields import shown, validate_input
from deskapp.models.identifiers import IdentifierError, normalise_company_number
from deskapp.models.network_schemas import ContactInput, OpeningInput, OrganisationInput
from deskapp.services.actor import Actor
from deskapp.services.audit import record_event
from deskapp.services.organisations import organisation_values
from deskapp.services.permissions import Action, may_write_desk, require
from deskapp.services.registry_rows import typed
from deskapp.services.tabular_files import UnreadableFileError, read_table

ORGANISATION_COLUMNS = (
    "desk",
    "name",
    "kind",
    "sector_code",
    "supply_chain",
    "country",
    "municipality",
    "size",
    "activities",
    "seeks",
    "company_number",
    "email",
    "phone",
    "website",
    "notes",
    "active",
    "contact_name",
    "contact_role",
    "contact_email",
    "contact_phone",
)
REQUIRED = ("name", "kind", "country")
CONTACT = {
    "contact_name": "name",
    "contact_role": "role",
    "contact_email": "email",
    "contact_phone": "phone",
}
OPENING_COLUMNS = (
    "id",
    "organisation",
    "company_number",
    "title",
    "skills",
    "level",
    "municipality",
    "starts_on",
    "until",
    "posts",
    "filled",
    "closed",
    "notes",
)
OPENING_REQUIRED = ("title",)

NO_SUCH_DESK = QT_TRANSLATE_NOOP("Error", "no desk is called '{name}'")
NOT_YOUR_DESK = QT_TRANSLATE_NOOP("Error", "you may not add organisations to {name}")
NO_SUCH_CHAIN = QT_TRANSLATE_NOOP("Error", "no supply chain has the code '{code}'")
USED_EARLIER = QT_TRANSLATE_NOOP("Error", "already used on line {line} of this file")
ALREADY = QT_TRANSLATE_NOOP("Error", "already in the registry as organisation no. {id}")
CONTACT_WITHOUT_ORGANISATION = QT_TRANSLATE_NOOP(
    "Error",
    "a line with only a contact adds a contact to the organisation on the line above, "
    "and there is none",
)
NO_SUCH_ORGANISATION = QT_TRANSLATE_NOOP("Error", "no organisation is called '{name}'")
NO_SUCH_NUMBER = QT_TRANSLATE_NOOP("Error", "no organisation has the company number {number}")
SAME_NAME = QT_TRANSLATE_NOOP(
    "Error", "{count} organisations are called '{name}': give the company number"
)
NOT_YOUR_ORGANISATION = QT_TRANSLATE_NOOP(
    "Error", "you may not add openings to {name}, of another desk"
)
NAME_OR_NUMBER = QT_TRANSLATE_NOOP(
    "Error", "name the organisation, or give its company number, on each line"
)
NO_OPENING_ROWS = QT_TRANSLATE_NOOP(
    "Error", "The file {name} has column names but no rows of openings below them."
)
NO_ROWS = QT_TRANSLATE_NOOP(
    "Error", "The file {name} has column names but no rows of organisations below them."
)


def organisation_rows(db: Database) -> tuple[tuple[str, ...], Iterator[list[Any]]]:
    def rows() -> Iterator[list[Any]]:
        with db.read() as s:
            chains = dict(s.execute(select(SupplyChain.id, SupplyChain.code)).all())
            desks = dict(s.execute(select(Desk.id, Desk.name)).all())
            for org in s.scalars(select(Organisation).order_by(Organisation.id)):
                contact = org.contacts[0] if org.contacts else None
                yield [
                    typed(v)
                    for v in (
                        desks[org.desk_id],
                        org.name,
                        org.kind,
                        org.sector_code,
                        chains.get(org.supply_chain_id, "") if org.supply_chain_id else "",
                        org.country,
                        org.municipality,
                        org.size if org.size else "",
                        org.activities,
                        org.seeks,
                        org.company_number or "",
                        org.email,
                        org.phone,
                        org.website,
                        org.notes,
                        org.active,
                        contact.name if contact else "",
                        contact.role if contact else "",
                        contact.email if contact else "",
                        contact.phone if contact else "",
                    )
                ]
                # Each other contact on a line of its own, only its columns filled.
                for other in org.contacts[1:]:
                    yield [
                        *([""] * (len(ORGANISATION_COLUMNS) - len(CONTACT))),
                        other.name,
                        other.role,
                        other.email,
                        other.phone,
                    ]

    return ORGANISATION_COLUMNS, rows()


def opening_rows(db: Database) -> tuple[tuple[str, ...], Iterator[list[Any]]]:
    def rows() -> Iterator[list[Any]]:
        with db.read() as s:
            query = (
                select(Opening, Organisation.name, Organisation.company_number)
                .join(Organisation, Organisation.id == Opening.organisation_id)
                .order_by(Opening.id)
            )
            for opening, name, number in s.execute(query):
                yield [
                    typed(v)
                    for v in (
                        opening.id,
                        name,
                        number or "",
                        opening.title,
                        opening.skills,
                        opening.level if opening.level else "",
                        opening.municipality,
                        opening.starts_on,
                        opening.until,
                        opening.posts,
                        opening.filled,
                        opening.closed,
                        opening.notes,
                    )
                ]

    return OPENING_COLUMNS, rows()


@dataclass(frozen=True)
class OrganisationImport:
    rows: int
    written: int
    dry_run: bool
    places: Places = field(default_factory=Places)


def _check_headers(table: Any, allowed: tuple[str, ...], required: tuple[str, ...]) -> None:
    """The first line's errors: a column twice, a required one missing, an unknown one."""
    errors: list[RowIssue] = []
    named = [h for h in table.headers if h]
    for column in sorted({h for h in named if named.count(h) > 1}, key=named.index):
        errors.append(
            (
                1,
                shown(column),
                QT_TRANSLATE_NOOP("Error", "this column appears more than once in the first line"),
            )
        )
    for column in required:
        if column not in table.headers:
            errors.append(
                (1, column, QT_TRANSLATE_NOOP("Error", "this column is missing from the file"))
            )
    for column in named:
        if column not in allowed:
            errors.append(
                (
                    1,
                    shown(column),
                    QT_TRANSLATE_NOOP("Error", "unknown column; rename or remove it"),
                )
            )
    if errors:
        raise ImportFailed(errors, table.count, places=table.places)


def import_organisations(
    db: Database, actor: Actor, path: Path, dry_run: bool = False
) -> OrganisationImport:
    require(actor, Action.IMPORT)
    table = read_table(path)
    _check_headers(table, ORGANISATION_COLUMNS, REQUIRED)
    if not table.count:
        raise UnreadableFileError(NO_ROWS, name=path.name)
    errors: list[RowIssue] = []
    with db.read() if dry_run else db.write() as s:
        desks = {
            name.casefold(): (desk_id, country.value)
            for desk_id, name, country in s.execute(select(Desk.id, Desk.name, Desk.country))
        }
        chains = {
            code.casefold(): cid
            for cid, code in s.execute(select(SupplyChain.id, SupplyChain.code))
        }
        own_country = next(c for d, c in desks.values() if d == actor.desk_id)
        seen: dict[str, int] = {}
        valid: list[tuple[int, dict[str, Any], list[ContactInput]]] = []
        # The organisation of the line above, for a line holding only a contact
        # (None: there is none; False: it had errors, already said).
        above: tuple[list[ContactInput], str] | None | bool = None
        for line, texts in table.rows():
            cells = dict(zip(table.headers, texts, strict=False))
            if _contact_only(cells):
                if above is None:
                    errors.append((line, "contact_name", Reason(CONTACT_WITHOUT_ORGANISATION)))
                elif above:
                    listed, country_above = above  # type: ignore[misc]
                    contact = {f: cells[c] for c, f in CONTACT.items() if cells.get(c, "").strip()}
                    try:
                        listed.append(validate_input(ContactInput, contact, region=country_above))
                    except ValidationFailed as exc:
                        errors.extend(
                            (line, f"contact_{e.field}", Reason(e.template, **e.params))
                            for e in exc.errors
                        )
                continue
            above = False
            desk_id, country = actor.desk_id, own_country
            desk_name = cells.get("desk", "").strip()
            if desk_name:
                if desk_name.casefold() not in desks:
                    errors.append((line, "desk", Reason(NO_SUCH_DESK, name=shown(desk_name))))
                    continue
                desk_id, country = desks[desk_name.casefold()]
                if not may_write_desk(actor, desk_id):
                    errors.append((line, "desk", Reason(NOT_YOUR_DESK, name=shown(desk_name))))
                    continue
            data: dict[str, Any] = {
                name: cells[name]
                for name in OrganisationInput.model_fields
                if cells.get(name, "").strip()
            }
            chain = cells.get("supply_chain", "").strip()
            if chain:
                if chain.casefold() not in chains:
                    errors.append((line, "supply_chain", Reason(NO_SUCH_CHAIN, code=shown(chain))))
                    continue
                data["supply_chain_id"] = chains[chain.casefold()]
            try:
                org = validate_input(OrganisationInput, data, region=country)
            except ValidationFailed as exc:
                errors.extend((line, e.field, Reason(e.template, **e.params)) for e in exc.errors)
                continue
            contacts = []
            contact = {f: cells[c] for c, f in CONTACT.items() if cells.get(c, "").strip()}
            if contact:
                try:
                    contacts.append(validate_input(ContactInput, contact, region=country))
                except ValidationFailed as exc:
                    errors.extend(
                        (line, f"contact_{e.field}", Reason(e.template, **e.params))
                        for e in exc.errors
                    )
                    continue
            number = org.company_number
            if number:
                if number in seen:
                    errors.append((line, "company_number", Reason(USED_EARLIER, line=seen[number])))
                    continue
                seen[number] = line
            valid.append((line, {**organisation_values(org), "desk_id": desk_id}, contacts))
            above = (contacts, country)
        taken = (
            dict(
                s.execute(
                    # Among this database's own (a coordinator also holds the
                    # desks' records, each desk's with its own numbers).
                    select(Organisation.company_number, Organisation.id).where(
                        Organisation.company_number.in_(list(seen)), Organisation.origin == ""
                    )
                ).all()
            )
            if seen
            else {}
        )
        for line, values, _ in valid:
            if values["company_number"] in taken:
                errors.append(
                    (line, "company_number", Reason(ALREADY, id=taken[values["company_number"]]))
                )
        if errors:
            errors.sort(key=lambda e: e[0])
            raise ImportFailed(errors, table.count, places=table.places)
        if dry_run:
            return OrganisationImport(table.count, 0, True, table.places)
        for _line, values, contacts in valid:
            row = Organisation(version=1, **values)
            row.contacts = [OrganisationContact(**c.model_dump()) for c in contacts]
            s.add(row)
        s.flush()
        record_event(
            s, actor, "organisation", None, AuditAction.IMPORT, detail=f"{len(valid)} organisations"
        )
        return OrganisationImport(table.count, len(valid), False, table.places)


def _contact_only(cells: dict[str, str]) -> bool:
    """A line with a contact in it and nothing else: another contact of the
    organisation above (as ``organisation_rows`` writes them)."""
    filled = {name for name, text in cells.items() if name and text.strip()}
    return bool(filled) and filled <= set(CONTACT)


@dataclass(frozen=True)
class OpeningImport:
    rows: int
    written: int
    dry_run: bool
    places: Places = field(default_factory=Places)


def import_openings(db: Database, actor: Actor, path: Path, dry_run: bool = False) -> OpeningImport:
    """New openings from a file (as ``export openings`` writes it), each for the
    organisation its line names by company number, else by name; all or nothing."""
    require(actor, Action.IMPORT)
    table = read_table(path)
    _check_headers(table, OPENING_COLUMNS, OPENING_REQUIRED)
    if "organisation" not in table.headers and "company_number" not in table.headers:
        raise ImportFailed([(1, "organisation", Reason(NAME_OR_NUMBER))], table.count)
    if not table.count:
        raise UnreadableFileError(NO_OPENING_ROWS, name=path.name)
    errors: list[RowIssue] = []
    fields = [name for name in OpeningInput.model_fields if name in OPENING_COLUMNS]
    with db.read() if dry_run else db.write() as s:
        by_number: dict[str, tuple[int, str, int]] = {}
        by_name: dict[str, list[tuple[int, str, int]]] = {}
        for org_id, name, number, desk_id in s.execute(
            select(
                Organisation.id,
                Organisation.name,
                Organisation.company_number,
                Organisation.desk_id,
            )
        ):
            if number:
                by_number[number] = (org_id, name, desk_id)
            by_name.setdefault(name.casefold(), []).append((org_id, name, desk_id))
        valid: list[tuple[int, dict[str, Any]]] = []
        for line, texts in table.rows():
            cells = dict(zip(table.headers, texts, strict=False))
            name = cells.get("organisation", "").strip()
            number_text = cells.get("company_number", "").strip()
            found: tuple[int, str, int] | None = None
            if number_text:
                try:
                    number = normalise_company_number(number_text)
                except IdentifierError as exc:
                    errors.append((line, "company_number", Reason(exc.template, **exc.params)))
                    continue
                found = by_number.get(number)
                if found is None:
                    errors.append(
                        (line, "company_number", Reason(NO_SUCH_NUMBER, number=shown(number)))
                    )
                    continue
            elif name:
                named = [
                    o for o in by_name.get(name.casefold(), []) if may_write_desk(actor, o[2])
                ] or by_name.get(name.casefold(), [])
                if not named:
                    errors.append(
                        (line, "organisation", Reason(NO_SUCH_ORGANISATION, name=shown(name)))
                    )
                    continue
                if len(named) > 1:
                    errors.append(
                        (
                            line,
                            "organisation",
                            Reason(SAME_NAME, count=len(named), name=shown(name)),
                        )
                    )
                    continue
                found = named[0]
            else:
                errors.append((line, "organisation", Reason(NAME_OR_NUMBER)))
                continue
            org_id, org_name, desk_id = found
            if not may_write_desk(actor, desk_id):
                errors.append(
                    (line, "organisation", Reason(NOT_YOUR_ORGANISATION, name=shown(org_name)))
                )
                continue
            data = {f: cells[f] for f in fields if cells.get(f, "").strip()}
            try:
                opening = validate_input(OpeningInput, data)
            except ValidationFailed as exc:
                errors.extend((line, e.field, Reason(e.template, **e.params)) for e in exc.errors)
                continue
            valid.append((line, {"organisation_id": org_id, **opening.model_dump()}))
        if errors:
            errors.sort(key=lambda e: e[0])
            raise ImportFailed(errors, table.count, places=table.places)
        if dry_run:
            return OpeningImport(table.count, 0, True, table.places)
        for _line, values in valid:
            s.add(Opening(version=1, **values))
        s.flush()
        record_event(s, actor, "opening", None, AuditAction.IMPORT, detail=f"{len(valid)} openings")
        return OpeningImport(table.count, len(valid), False, table.places)
