"""`deskapp db backup` and `db restore` on a PostgreSQL server: PostgreSQL's own tools
(pg_dump's custom format, pg_restore in one transaction) when this PC has them, else
said to be the server's job.

The tools connect as libpq does: the password from PGPASSWORD or ~/.pgpass, or typed at
their own prompt; never on their command line (the address cannot hold one: refused by
deskapp.paths.server_address). A backup is written under a temporary name beside the
target and renamed when pg_dump has finished, like a file's backup; a restore goes only
into an empty database, whole or not at all (--single-transaction --exit-on-error)."""

from __future__ import annotations

import os
import shutil
import subprocess
from pathlib import Path

from sqlalchemy import URL

from deskapp.errors import DeskappError
from deskapp.i18n import QT_TRANSLATE_NOOP

# Query keys of a SQLAlchemy address that are libpq's connection keywords (sslmode,
# host for a socket folder...): passed on; anything else is the driver's business.
_LIBPQ_KEYS = frozenset(
    {
        "host",
        "hostaddr",
        "port",
        "sslmode",
        "sslcert",
        "sslkey",
        "sslrootcert",
        "sslcrl",
        "sslcompression",
        "gssencmode",
        "target_session_attrs",
        "connect_timeout",
        "options",
        "application_name",
        "service",
        "channel_binding",
        "requiressl",
    }
)


class ServerToolMissing(DeskappError):
    pass


class ServerToolFailed(DeskappError):
    pass


def find_tool(name: str) -> Path | None:
    """pg_dump or pg_restore: on the PATH, else the newest Debian package's."""
    found = shutil.which(name)
    if found:
        return Path(found)
    versions = sorted(
        Path("/usr/lib/postgresql").glob(f"*/bin/{name}"),
        key=lambda p: int(p.parent.parent.name) if p.parent.parent.name.isdigit() else 0,
    )
    return versions[-1] if versions else None


def conninfo(url: URL) -> str:
    """The address as libpq's keyword string (no password: the address has none)."""
    from psycopg.conninfo import make_conninfo

    words: dict[str, str] = {}
    if url.host:
        words["host"] = url.host
    if url.port:
        words["port"] = str(url.port)
    if url.username:
        words["user"] = url.username
    if url.database:
        words["dbname"] = url.database
    for key, value in url.query.items():
        if key in _LIBPQ_KEYS:
            words[key] = value if isinstance(value, str) else value[-1]
    return make_conninfo("", **words)


def _tool(name: str) -> Path:
    tool = find_tool(name)
    if tool is None:
        raise ServerToolMissing(
            QT_TRANSLATE_NOOP(
                "Error",
                "{tool} is not installed on this PC: back up and restore a server's "
                "registry where PostgreSQL's tools are (the package postgresql-client), or "
                "leave it to the server's administrator. Nothing was done.",
            ),
            tool=name,
        )
    return tool


def _run(command: list[str], tool: str) -> None:
    # The tools' own messages may quote rows (a failed restore names the values it
    # could not write): only the exit status is reported, and nothing is logged.
    done = subprocess.run(  # noqa: S603 - a fixed tool, arguments as a list
        command, stdin=None, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, env=os.environ
    )
    if done.returncode != 0:
        first = done.stderr.decode("utf-8", "replace").strip().splitlines()[:1]
        authentication = bool(first) and "password" in first[0].lower()
        raise ServerToolFailed(
            QT_TRANSLATE_NOOP(
                "Error",
                "The server refused the password: give it in PGPASSWORD or ~/.pgpass, or "
                "type it when {tool} asks. Nothing was done.",
            )
            if authentication
            else QT_TRANSLATE_NOOP(
                "Error",
                "{tool} stopped with status {status}: nothing was kept. The server's log says why.",
            ),
            tool=tool,
            status=done.returncode,
        )


def dump(url: URL, target: Path) -> Path:
    """The server's registry as a pg_dump archive (custom format) at ``target``."""
    tool = _tool("pg_dump")
    if target.exists():
        raise ServerToolFailed(
            QT_TRANSLATE_NOOP("Error", "{path} exists already: choose a new name."),
            path=str(target),
        )
    partial = target.with_name(target.name + ".partial")
    try:
        _run(
            [str(tool), "--format=custom", f"--file={partial}", f"--dbname={conninfo(url)}"],
            "pg_dump",
        )
        partial.replace(target)
    finally:
        partial.unlink(missing_ok=True)
    return target


def restore(url: URL, archive: Path) -> None:
    """Load a pg_dump archive into the (empty) database at ``url``, whole or not at
    all. The caller checks that the database is empty."""
    tool = _tool("pg_restore")
    if not archive.is_file():
        raise ServerToolFailed(
            QT_TRANSLATE_NOOP("Error", "{path} is not a file."), path=str(archive)
        )
    _run(
        [
            str(tool),
            "--single-transaction",
            "--exit-on-error",
            "--no-owner",
            f"--dbname={conninfo(url)}",
            str(archive),
        ],
        "pg_restore",
    )
