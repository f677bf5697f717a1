"""The SQL that differs between SQLite and PostgreSQL, one small module per concern.

Services build their queries from these pieces and never test the engine themselves:
each piece compiles to what the engine of the connection understands (SQLAlchemy's
``@compiles``) or, for statements run by hand, is chosen from the connection's dialect.

- ``collation``: names compared and sorted without case; text found without case.
- ``dates``: years, months and days of a date column.
- ``locking``: serialising the audit trail's append.
- ``sequences``: ids written explicitly by bulk inserts (reserved so that no other
  writer takes them).
- ``roles``: the desks' role on a server (``db grant``): rows, never the schema.
- ``unique``: which unique rule a refused write broke (a codice fiscale saved twice at
  the same moment), without quoting the value.
- ``snapshot``: a read of the whole database that sees one moment (``db copy``), and
  two connections that see the same one (the coordinator report on two cores).
- ``texts``: several columns joined into one text a row (the report's participant rows).
- ``copy_in``: many rows written at once (COPY on PostgreSQL; ``db copy``).
- ``bulk_insert``: new rows of imports, the demo and bundles written at once (COPY on
  PostgreSQL), and an empty database's indexes built after its fill (the demo).
- ``transactions``: what became of a commit whose answer was lost with the connection.

Three older modules are the same kind: ``deskapp.models.person_index`` and
``deskapp.models.skill_index`` (the person and skills search indexes: FTS5 on SQLite,
pg_trgm on PostgreSQL) and ``deskapp.models.audit_guard`` (the triggers that keep the
audit trail append-only).
"""
