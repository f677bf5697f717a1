"""A registry on the test server set up as a region's would be: a database owned by an
owner role, which made the schema (``init``) and granted a separate role the desks
connect as (``db grant``). Not a test module: used by the roles and concurrency tests."""

from __future__ import annotations

import uuid
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass

from sqlalchemy import create_engine

from tests.postgres_server import SUPERUSER, PostgresServer


@dataclass(frozen=True)
class Registry:
    owner: str
    app: str
    database: str
    owner_url: str  # postgresql://owner@/db?host=... as a person types it
    app_url: str


def _as(server: PostgresServer, user: str, database: str) -> str:
    url = server.url(database).replace(f"{SUPERUSER}@", f"{user}@", 1)
    return url.replace("postgresql+psycopg://", "postgresql://", 1)


def _admin(server: PostgresServer, *statements: str) -> None:
    engine = create_engine(server.url(), isolation_level="AUTOCOMMIT")
    try:
        with engine.connect() as conn:
            for statement in statements:
                conn.exec_driver_sql(statement)
    finally:
        engine.dispose()


@contextmanager
def owned_registry(server: PostgresServer) -> Iterator[Registry]:
    """An empty database owned by a new owner role, and a new application role with
    LOGIN and no rights yet; all dropped afterwards."""
    tag = uuid.uuid4().hex[:8]
    owner, app, database = f"owner_{tag}", f"desks_{tag}", f"registry_{tag}"
    _admin(
        server,
        f"CREATE ROLE {owner} LOGIN",
        f"CREATE ROLE {app} LOGIN",
        f"CREATE DATABASE {database} OWNER {owner}",
    )
    try:
        yield Registry(
            owner, app, database, _as(server, owner, database), _as(server, app, database)
        )
    finally:
        _admin(
            server,
            f"DROP DATABASE IF EXISTS {database} WITH (FORCE)",
            f"DROP ROLE IF EXISTS {app}",
            f"DROP ROLE IF EXISTS {owner}",
        )
