"""Alembic environment: migrations run inside the app, on a connection it passes in."""

from __future__ import annotations

from alembic import context

from deskapp.models import Base, person_index, skill_index
from deskapp.models.sql.registry_order import on_this_engine

config = context.config
target_metadata = Base.metadata


def run_migrations() -> None:
    connection = config.attributes.get("connection")
    if connection is None:  # pragma: no cover - only for `alembic` run by hand
        from sqlalchemy import create_engine

        engine = create_engine(config.get_main_option("sqlalchemy.url") or "")
        with engine.begin() as connection:
            _run(connection)
        return
    _run(connection)


def _not_the_search_index(name, type_, parent_names) -> bool:  # type: ignore[no-untyped-def]
    # The person and skill search indexes are made by hand (deskapp.models.person_index,
    # skill_index), not by the models: autogenerate must not propose to drop them
    # (FTS5's tables on SQLite, the pg_trgm GIN indexes on PostgreSQL).
    return not (
        (type_ == "table" and str(name).startswith(("person_fts", "skill_fts")))
        or (
            type_ == "index"
            and name in (person_index.POSTGRESQL_INDEX, skill_index.POSTGRESQL_INDEX)
        )
    )


def _run(connection) -> None:  # type: ignore[no-untyped-def]
    context.configure(
        connection=connection,
        target_metadata=target_metadata,
        # SQLite cannot ALTER most things in place; batch mode copies the table.
        render_as_batch=True,
        compare_type=True,
        include_name=_not_the_search_index,
        # Indexes of the other engine only (deskapp.models.sql.registry_order).
        include_object=lambda obj, name, type_, reflected, compare_to: on_this_engine(
            connection.dialect.name, type_, name
        ),
    )
    with context.begin_transaction():
        context.run_migrations()


run_migrations()
