"""The first look at a database file before the login dialog, with sqlite3 alone.

The dialog needs only the names of the active operators (and the language of the desk,
when nobody has logged in on this PC yet). Reading them without SQLAlchemy, the models
or Alembic lets the dialog show while those load (deskapp.ui.app). Only an ordinary
case gets this look: a plain SQLite file already at this version's schema
(``HEAD_REVISION``), set up, with an active operator. Any other file (missing, empty,
encrypted, another program's, older or newer, damaged) is left to the ordinary opening
(``deskapp.models.migrate.open_database``), which migrates it or refuses it in words.
Nothing is written: not a byte, not a -wal or -shm file.
"""

from __future__ import annotations

import sqlite3
from dataclasses import dataclass
from pathlib import Path

# The newest migration's revision (deskapp/models/migrations/versions): a file stamped
# with it needs no migration, so Alembic is not loaded to find that out. A test checks
# it against Alembic's own head; a new migration changes it.
HEAD_REVISION = "0024"

# A plain SQLite file's first 16 bytes (deskapp.models.sqlite_files.SQLITE_HEADER); an
# encrypted one starts with its salt instead.
_SQLITE_HEADER = b"SQLite format 3\x00"


@dataclass(frozen=True)
class FirstLook:
    operators: list[str]  # the active operators' names, as list_operators orders them
    desk_language: str  # the first desk's language, as list_desks orders the desks


def first_look(path: Path) -> FirstLook | None:
    """The login dialog's names, read without writing; None when the file needs the
    ordinary opening (see the module's words)."""
    try:
        with path.open("rb") as f:
            if f.read(len(_SQLITE_HEADER)) != _SQLITE_HEADER:
                return None
        # As migrate._peek: "immutable" reads the file as it is when there is no -wal
        # file; with one, read-only mode also sees what the WAL holds.
        wal = path.with_name(path.name + "-wal")
        options = "mode=ro" if wal.exists() else "mode=ro&immutable=1"
        conn = sqlite3.connect(f"{path.resolve().as_uri()}?{options}", uri=True)
    except OSError:
        return None
    try:
        tables = {n for (n,) in conn.execute("SELECT name FROM sqlite_master WHERE type='table'")}
        if not {"alembic_version", "desk", "operator"} <= tables:
            return None
        revisions = [r for (r,) in conn.execute("SELECT version_num FROM alembic_version")]
        if revisions != [HEAD_REVISION]:
            return None
        desk = conn.execute("SELECT language FROM desk ORDER BY name LIMIT 1").fetchone()
        names = [n for (n,) in conn.execute("SELECT name FROM operator WHERE active ORDER BY name")]
    except sqlite3.Error:
        return None
    finally:
        conn.close()
    if desk is None or not names:
        return None
    return FirstLook(operators=names, desk_language=str(desk[0]))
