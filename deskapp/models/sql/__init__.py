"""The SQL that differs between SQLite and PostgreSQL, one small module per concern.

Services build their queries from these pieces and never test the engine themselves:
each piece compiles to what the engine of the connection understands (SQLAlchemy's
``@compiles``) or, for statements run by hand, is chosen from the connection's dialect.

- ``collation``: names compared and sorted without case; text found without case.
- ``dates``: years, months and days of a date column.
- ``locking``: serialising the audit trail's append.
- ``sequences``: ids written explicitly by bulk inserts.

Three older modules are the same kind: ``deskapp.models.person_index`` and
``deskapp.models.skill_index`` (the person and skills search indexes: FTS5 on SQLite,
pg_trgm on PostgreSQL) and ``deskapp.models.audit_guard`` (the triggers that keep the
audit trail append-only).
"""
