"""Records to and from the values that travel in a bundle.

A record travels as its gid and a JSON object of its fields: every column but the
local ones (the integer id, the optimistic-lock version, the change times on the
sender's clock, derived columns, an operator's password and lock); a foreign key as the
gid of the record it points to; dates and times in ISO 8601, money as a decimal string
of euros, an enum as its value. A project carries the gids of its structural resources.

A pseudonymous bundle carries, of each table, only the fields the coordinator report
(deskapp.services.indicators) counts: no names, contacts, addresses, notes or tax
codes; a person's birth date is replaced by the date that gives the same age at first
contact (the report's age bands), and their tax codes by keyed hashes.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from decimal import Decimal, InvalidOperation
from functools import cache
from typing import Any

from sqlalchemy import Boolean, Date, DateTime, Float, Integer, String, Table, Text, select
from sqlalchemy import Enum as SAEnum
from sqlalchemy.engine import Connection

from deskapp.errors import DeskappError
from deskapp.i18n import QT_TRANSLATE_NOOP
from deskapp.models.base import Money
from deskapp.models.enums import DISADVANTAGE_FIELDS
from deskapp.sync.changes import TRAVELLING

LOCAL_ONLY = frozenset(
    {"id", "gid", "origin", "version", "created_at", "updated_at", "search_key", "counted_with"}
)
NEVER = {"operator": frozenset({"password_hash", "failed_logins", "locked_until", "language"})}
RESOURCES = "resources"  # a project's structural resources, as gids
# Tables that do not travel but that travelling records point to, named in a bundle by
# a code both databases hold instead of a gid: the programme's supply chains, data the
# coordinator keeps (the five of migration 0018 everywhere, the same codes).
BY_CODE = {"supply_chain": "code"}

PSEUDONYMOUS: dict[str, frozenset[str]] = {
    "desk": frozenset({"name", "organisation", "region", "country", "language"}),
    "operator": frozenset({"name", "desk_id", "role", "active"}),
    "person": frozenset(
        {
            "desk_id",
            "sex",
            "birth_date",
            "education",
            "employment_status",
            "first_contact_date",
            "anonymised_on",
            "previous_employer_in_crisis",
            "france_travail_category",
            *(name for name, _label in DISADVANTAGE_FIELDS),
        }
    ),
    "activity": frozenset(
        {
            "kind",
            "occurred_at",
            "duration_minutes",
            "desk_id",
            "operator_id",
            "person_id",
            "project_id",
            "follow_up_due",
            "follow_up_done",
        }
    ),
    "enterprise_project": frozenset(
        {
            "kind",
            "sector_code",
            "nace_code",
            "desk_id",
            "lead_operator_id",
            "stage",
            "origin_company_situation",
            "planned_legal_form",
            "expected_jobs",
            "employees",
            "planned_start_date",
            "actual_start_date",
        }
    ),
    "project_membership": frozenset(
        {
            "project_id",
            "person_id",
            "role",
            "capital_pledged",
            "capital_paid",
            "tfr_part",
            "naspi_part",
            "unemployment_rights_use",
            "arce_part",
        }
    ),
    "stage_transition": frozenset({"project_id", "from_stage", "to_stage", "at", "operator_id"}),
    # Two gids and a decision: counting each person once needs them, and they say
    # nothing of who the people are.
    "sync_merge": frozenset({"first_gid", "second_gid", "state", "at", "replaces"}),
    # The placements (deskapp.services.placements) need the outcomes, and these the
    # openings and roles they are for, and these their organisation. Of an organisation
    # only what it is, never who: a sole trader's name, company number (a Partita IVA
    # or a SIREN names the person), place and contacts stay at the desk; its contact
    # people and relations do not travel at all. No opening's or role's words.
    "organisation": frozenset(
        {
            "desk_id",
            "kind",
            "sector_code",
            "nace_code",
            "supply_chain_id",
            "country",
            "size",
            "active",
        }
    ),
    "opening": frozenset(
        {"organisation_id", "level", "starts_on", "until", "posts", "filled", "closed"}
    ),
    "project_role": frozenset({"project_id", "level", "posts", "filled"}),
    "match_outcome": frozenset(
        {"person_id", "opening_id", "project_role_id", "status", "happened_on", "operator_id"}
    ),
    "funding_application": frozenset(
        {
            "project_id",
            "instrument",
            "status",
            "amount_requested",
            "amount_granted",
            "amount_disbursed",
            "submitted_on",
            "decided_on",
            "disbursed_on",
        }
    ),
}


class BadRecord(DeskappError):
    """A record of a bundle that cannot be read (a field or a value that is not one)."""


def _bad(entity: str, name: str) -> BadRecord:
    return BadRecord(
        QT_TRANSLATE_NOOP(
            "Error",
            "The bundle holds a value deskapp cannot read ({entity}, field {field}): "
            "nothing was taken in.",
        ),
        entity=entity,
        field=name,
    )


@dataclass
class Spec:
    """How one table travels."""

    name: str
    table: Table
    fields: tuple[str, ...]
    references: dict[str, str] = field(default_factory=dict)  # column -> table
    enums: dict[str, dict[str, Any]] = field(default_factory=dict)  # column -> value->member
    required: frozenset[str] = frozenset()  # NOT NULL without a default

    @property
    def model(self) -> Any:
        from deskapp.models import Base

        for mapper in Base.registry.mappers:
            if mapper.local_table is self.table:
                return mapper.class_
        raise LookupError(self.name)


@cache
def specs() -> dict[str, Spec]:
    from deskapp.models import Base, register_every_table

    register_every_table()
    found: dict[str, Spec] = {}
    for name in TRAVELLING:
        table = Base.metadata.tables[name]
        fields = []
        spec = Spec(name, table, ())
        required = set()
        for column in table.columns:
            if column.key in LOCAL_ONLY or column.key in NEVER.get(name, ()):
                continue
            fields.append(column.key)
            for fk in column.foreign_keys:
                spec.references[column.key] = fk.column.table.name
            if isinstance(column.type, SAEnum) and column.type.enum_class is not None:
                spec.enums[column.key] = {m.value: m for m in column.type.enum_class}
            if not column.nullable and column.default is None and column.server_default is None:
                required.add(column.key)
        spec.fields = tuple(fields)
        spec.required = frozenset(required)
        found[name] = spec
    return found


def encode_value(column_type: Any, value: Any) -> Any:
    if value is None:
        return None
    if isinstance(value, dt.datetime):
        return value.isoformat(sep=" ", timespec="microseconds")
    if isinstance(value, dt.date):
        return value.isoformat()
    if isinstance(value, Decimal):
        return str(value)
    value_of = getattr(value, "value", None)
    if value_of is not None and not isinstance(value, bool | int | float | str):
        return value_of
    if isinstance(value, str) and hasattr(value, "value"):  # a str-mixed enum member
        return str(value.value)
    return value


# What reading a value that is not one raises (turned into BadRecord).
READ_ERRORS = (KeyError, ValueError, TypeError, InvalidOperation)


def encode_record(conn: Connection, spec: Spec, row: Any) -> dict[str, Any]:
    """The travelling values of a row read from ``spec``'s table (every field; a
    foreign key as the gid of the record it points to)."""
    values: dict[str, Any] = {}
    for name in spec.fields:
        value = row[name]
        target = spec.references.get(name)
        if target is None:
            values[name] = encode_value(spec.table.c[name].type, value)
        elif value is None:
            values[name] = None
        else:
            t, key = reference_key(target)
            values[name] = conn.execute(select(t.c[key]).where(t.c.id == value)).scalar()
    return values


def reference_key(target: str) -> tuple[Table, str]:
    """The table a reference points to, and the column that names its records in a
    bundle: the gid, or the code of a table that does not travel (``BY_CODE``)."""
    if target in BY_CODE:
        from deskapp.models import Base

        return Base.metadata.tables[target], BY_CODE[target]
    return specs()[target].table, "gid"


def decode_value(spec: Spec, name: str, value: Any) -> Any:
    """The Python value of a travelling field (a foreign key stays a gid here)."""
    if value is None:
        return None
    try:
        return _decoder(spec.name, name)(value)
    except READ_ERRORS:
        raise _bad(spec.name, name) from None


def decoder(table: str, name: str) -> Any:
    """The function that reads one field's travelling value (not None), raising one
    of READ_ERRORS on a value that is not one: for loops over many records."""
    return _decoder(table, name)


def bad_value(table: str, name: str) -> BadRecord:
    return _bad(table, name)


def _refuse(_value: Any) -> Any:
    raise ValueError


def _text(length: int | None) -> Any:
    def text(value: Any) -> str:
        if not isinstance(value, str) or (length is not None and len(value) > length):
            raise ValueError
        return value

    return text


def _integer(value: Any) -> int:
    if not isinstance(value, int) or isinstance(value, bool):
        raise ValueError
    return value


def _number(value: Any) -> float:
    if not isinstance(value, int | float) or isinstance(value, bool):
        raise ValueError
    return float(value)


def _boolean(value: Any) -> bool:
    if not isinstance(value, bool):
        raise ValueError
    return value


def _money(value: Any) -> Decimal:
    if not isinstance(value, str):
        raise ValueError
    return Decimal(value).quantize(Decimal("0.01"))


def _gid(value: Any) -> str:
    if not isinstance(value, str) or len(value) > 36:
        raise ValueError
    return value


@cache
def _decoder(table: str, name: str) -> Any:
    """The function that reads one field's travelling value (chosen once per column)."""
    spec = specs()[table]
    kind = spec.table.columns[name].type
    if name in spec.references:
        target = spec.references[name]
        return _text(40) if target in BY_CODE else _gid
    if name in spec.enums:
        return spec.enums[name].__getitem__
    if isinstance(kind, Money):
        return _money
    if isinstance(kind, DateTime):
        return dt.datetime.fromisoformat
    if isinstance(kind, Date):
        return dt.date.fromisoformat
    if isinstance(kind, Boolean):
        return _boolean
    if isinstance(kind, Integer):
        return _integer
    if isinstance(kind, Float):
        return _number
    if isinstance(kind, String | Text):
        return _text(getattr(kind, "length", None))
    return _refuse


def age_preserving_birth_date(birth: dt.date, first_contact: dt.date) -> dt.date:
    """The date ``age`` full years before first contact, ``age`` being the person's age
    on that day: the same age at entry, and nothing more of the birth date."""
    age = first_contact.year - birth.year
    if (first_contact.month, first_contact.day) < (birth.month, birth.day):
        age -= 1
    try:
        return first_contact.replace(year=first_contact.year - age)
    except ValueError:  # 29 February, in a year without one
        return dt.date(first_contact.year - age, 2, 28)
