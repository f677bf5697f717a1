"""New records' rows, read from a bundle and built as the database takes them: shared by
the writer (deskapp.sync.apply) and the worker process that reads the next bundle ahead
(deskapp.sync.pipeline, ``prepare_rows``), so both build exactly the same rows."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from functools import cache
from typing import Any

from sqlalchemy import Boolean, Integer, String, Text

from deskapp.i18n import QT_TRANSLATE_NOOP
from deskapp.models.bulk import BulkInsert, dialect_named
from deskapp.sync.bundle import Opened
from deskapp.sync.changes import TRAVELLING, UPSERT
from deskapp.sync.codec import (
    READ_ERRORS,
    RESOURCES,
    BadRecord,
    Spec,
    bad_value,
    decoder,
    specs,
)

_MISSING = object()  # a column a new record must bring


@cache
def _readers(table: str) -> dict[str, tuple[Any, str | None]]:
    """Per travelling field of ``table``: the function that reads its value, and the
    table a reference points to (the gid read becomes that table's local id)."""
    spec = specs()[table]
    return {name: (decoder(table, name), spec.references.get(name)) for name in spec.fields}


# Per table: the insert's columns, and per new record's gid its row as the driver takes
# it, references still gids (``prepare_rows``).
Prepared = dict[str, tuple[tuple[str, ...], dict[str, tuple[Any, ...]]]]
# Tables whose new rows are never prepared beforehand: their names are made unique here.
NAMED_HERE = ("desk", "operator")


def _row_template(spec: Spec, now: dt.datetime) -> tuple[dict[str, Any], list[str]]:
    """A new row's values for the columns a record does not bring, and the columns a
    record must bring."""
    row: dict[str, Any] = {}
    required: list[str] = []
    for column in spec.table.columns:
        key = column.key
        if key in ("id", "search_key"):
            continue
        if key in ("gid", "origin"):
            row[key] = ""
        elif key == "version":
            row[key] = 1
        elif key in ("created_at", "updated_at"):
            row[key] = now
        elif column.default is not None and getattr(column.default, "is_scalar", False):
            row[key] = column.default.arg  # type: ignore[attr-defined]
        elif column.nullable:
            row[key] = None
        elif isinstance(column.type, String | Text):
            row[key] = ""
        elif isinstance(column.type, Boolean):
            row[key] = False
        elif isinstance(column.type, Integer):
            row[key] = 0
        else:
            row[key] = _MISSING
            required.append(key)
    return row, required


def _read_values(
    spec: Spec, values: dict[str, Any], resolve: Callable[[str, str], Any]
) -> dict[str, Any]:
    """A record's travelling values read (a reference's gid given to ``resolve`` with
    the table it points to), or refused naming the field."""
    decoded: dict[str, Any] = {}
    readers = _readers(spec.name)
    name = ""
    try:
        for name, value in values.items():
            reader = readers.get(name)
            if reader is None:
                if name == RESOURCES and spec.name == "enterprise_project":
                    if isinstance(value, list) and all(isinstance(g, str) for g in value):
                        continue
                raise bad_value(spec.name, name[:60])
            if value is None:
                decoded[name] = None
                continue
            read, target = reader
            python = read(value)
            if target is not None:
                python = resolve(target, python)
            decoded[name] = python
    except READ_ERRORS:
        raise bad_value(spec.name, name[:60]) from None
    return decoded


def _built_row(
    spec: Spec,
    template: tuple[dict[str, Any], list[str]],
    record: dict[str, Any],
    values: dict[str, Any],
    node: str,
) -> dict[str, Any]:
    row = template[0].copy()
    row.update(values)
    for key in template[1]:
        if row[key] is _MISSING:
            raise BadRecord(
                QT_TRANSLATE_NOOP(
                    "Error",
                    "The bundle holds a value deskapp cannot read ({entity}, field "
                    "{field}): nothing was taken in.",
                ),
                entity=spec.name,
                field=key,
            )
    row["gid"] = record["gid"]
    row["origin"] = record.get("origin") or node
    return row


def _as_is(_target: str, gid: str) -> str:
    return gid


def prepare_rows(opened: Opened, dialect_name: str) -> Prepared:
    """The rows the bundle's records would become if they are new here, read and
    converted for the driver as the writer does it (``_Applier._apply_table``), their
    references left as gids: pure work, for a worker process while the writer writes
    the bundle before. A record that cannot be read is left out: the writer reads it
    again, and refuses the bundle in words if it comes to it."""
    dialect = dialect_named(dialect_name)
    now = dt.datetime.now(dt.UTC).replace(tzinfo=None)
    records = opened.payload.get("records")
    by_table: dict[str, list[dict[str, Any]]] = {}
    for record in records if isinstance(records, list) else []:
        if (
            isinstance(record, dict)
            and record.get("op") == UPSERT
            and isinstance(record.get("gid"), str)
            and isinstance(record.get("values"), dict)
            and record.get("entity") in TRAVELLING
            and record["entity"] not in NAMED_HERE
        ):
            by_table.setdefault(record["entity"], []).append(record)
    prepared: Prepared = {}
    for table, found in by_table.items():
        spec = specs()[table]
        template = _row_template(spec, now)
        keys = (*template[0], "id")
        bulk = BulkInsert(spec.table, keys, dialect, log=False)
        rows: dict[str, tuple[Any, ...]] = {}
        for record in found:
            try:
                values = _read_values(spec, record["values"], _as_is)
                row = _built_row(spec, template, record, values, opened.node)
                row["id"] = 0
                rows[record["gid"]] = bulk.prepare(row)
            except Exception:  # noqa: BLE001 - read again by the writer, which says why
                continue
        prepared[table] = (keys, rows)
    return prepared
