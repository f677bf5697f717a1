"""Opening database files outside SQLAlchemy (backups, checks, peeks at the schema),
plain or encrypted with SQLCipher.

An encrypted file is told from a plain one by its first 16 bytes: a plain SQLite file
starts with "SQLite format 3\\0", SQLCipher encrypts that page too (its first bytes are
the salt). Encryption is SQLCipher 4 (AES-256, PBKDF2-HMAC-SHA512 over the key), from
the ``sqlcipher3`` package, which carries its own SQLCipher build.
"""

from __future__ import annotations

import sqlite3
from pathlib import Path
from typing import Any

from deskapp.errors import DatabaseError, DeskappError
from deskapp.i18n import QT_TRANSLATE_NOOP
from deskapp.models.database import SQLITE_BUSY, sqlite_code

SQLITE_HEADER = b"SQLite format 3\x00"


class KeyNeededError(DatabaseError):
    """The file is encrypted and no key was given."""


class WrongKeyError(DatabaseError):
    """The key does not open the file."""


def _cipher() -> Any:
    import sqlcipher3

    return sqlcipher3


def database_errors() -> tuple[type[Exception], ...]:
    """The DB-API errors of both drivers (sqlcipher3's are its own classes)."""
    return (sqlite3.DatabaseError, _cipher().DatabaseError)


def is_encrypted(path: Path) -> bool:
    """True for a file that looks like SQLCipher's: not a plain SQLite file, made of
    whole pages (SQLCipher writes pages of 4096 bytes; a text or an office file that
    was given the wrong name is not, and is refused as "not a database"), and whose
    pages are noise. A plain database whose first bytes were damaged still has pages
    that start as SQLite's do; it is a damaged plain file, not one to ask a key for."""
    try:
        size = path.stat().st_size
        with path.open("rb") as f:
            head = f.read(len(SQLITE_HEADER))
            if head == SQLITE_HEADER or size < 1024 or size % 512:
                return False
            return not _plain_pages(f, size)
    except (FileNotFoundError, IsADirectoryError, NotADirectoryError, PermissionError):
        return False


# The first byte of every page of a plain SQLite file: a b-tree page's type (2, 5, 10,
# 13), or 0 for the overflow and free-list pages, which start with a page number.
_PAGE_STARTS = frozenset({0x00, 0x02, 0x05, 0x0A, 0x0D})
_PAGE = 4096  # deskapp's pages (SQLite's and SQLCipher's default); 1024-byte ones align too
_PAGES_LOOKED_AT = 8


def _plain_pages(f: Any, size: int) -> bool:
    """Whether pages 2 to 9 all start the way a plain SQLite file's pages do. Encrypted
    pages start with any byte: eight of them all passing is a chance of 1 in 10^13."""
    pages = min(size // _PAGE - 1, _PAGES_LOOKED_AT)
    if pages < 3:
        return False  # too few to tell: taken for encrypted, as before
    for page in range(1, pages + 1):
        f.seek(page * _PAGE)
        first = f.read(1)
        if not first or first[0] not in _PAGE_STARTS:
            return False
    return True


def apply_key(conn: Any, key: str) -> None:
    """Give ``conn`` (a sqlcipher3 connection) its key, before any other statement."""
    quoted = key.replace("'", "''")
    conn.execute(f"PRAGMA key = '{quoted}'")
    # SQLCipher writes each failed decryption to stderr; a wrong key is said in words.
    conn.execute("PRAGMA cipher_log_level = NONE")


def connect_file(
    path: Path | str,
    key: str | None = None,
    *,
    read_only: bool = False,
    immutable: bool = False,
    timeout: float = 30,
) -> Any:
    """A DB-API connection to the file: sqlite3 for a plain one, sqlcipher3 with
    ``key``. Read-only (and ``immutable``: no -wal or -shm created) when asked."""
    target = Path(path)
    options = [opt for opt, on in (("mode=ro", read_only), ("immutable=1", immutable)) if on]
    uri = f"{target.resolve().as_uri()}?{'&'.join(options)}" if options else str(target)
    if key is None:
        return sqlite3.connect(uri, uri=bool(options), timeout=timeout)
    conn = _cipher().connect(uri, uri=bool(options), timeout=timeout)
    apply_key(conn, key)
    return conn


def require_key(path: Path, key: str | None) -> None:
    """Refuse, in words, an encrypted file without a key."""
    if is_encrypted(path) and not key:
        raise KeyNeededError(
            QT_TRANSLATE_NOOP(
                "Error",
                "{path} is encrypted: give its key (DESKAPP_KEY, or typed when asked).",
            ),
            path=str(path),
        )


def wrong_key(path: Path) -> WrongKeyError:
    return WrongKeyError(
        QT_TRANSLATE_NOOP(
            "Error",
            "The key does not open {path}: check it and type it again (upper and "
            "lower case count). Without the right key the data cannot be read.",
        ),
        path=str(path),
    )


def check_key(path: Path, key: str | None) -> None:
    """Refuse, in words, a missing key for an encrypted file or a key that does not
    open it. A plain file needs no key (one given is not used)."""
    require_key(path, key)
    if not is_encrypted(path):
        return
    conn = connect_file(path, key, read_only=True)
    try:
        conn.execute("SELECT count(*) FROM sqlite_master").fetchone()
    except database_errors():
        raise wrong_key(path) from None
    finally:
        conn.close()


class DatabaseInUseError(DatabaseError):
    """Another program (a deskapp window, most often) has the file open."""


def ensure_alone(path: Path, key: str | None) -> None:
    """Refuse to go on while anything else has the file open, before replacing it whole
    (encrypting, restoring): a running deskapp would go on writing into the old file
    and its work would be lost. Leaving WAL mode needs every other connection closed, so
    it is the test; it also folds the WAL into the file, which the copy wants anyway."""
    if not path.exists():
        return
    conn = connect_file(path, key_for(path, key), timeout=0.5)
    try:
        mode = str(conn.execute("PRAGMA journal_mode=DELETE").fetchone()[0]).lower()
    except database_errors() as exc:
        # Locked: someone has it open. Anything else (a damaged file being replaced by
        # its backup) is no sign of another user.
        mode = "busy" if sqlite_code(exc) == SQLITE_BUSY else "delete"
    finally:
        conn.close()
    if mode != "delete":
        raise DatabaseInUseError(
            QT_TRANSLATE_NOOP(
                "Error",
                "{path} is open in another deskapp or program: close it there first "
                "(on every computer that uses it). Nothing was changed.",
            ),
            path=str(path),
        )


def key_for(path: Path, key: str | None) -> str | None:
    """The key to open ``path`` with: ``key`` for an encrypted file or a new one (which
    is then created encrypted), None for an existing plain file."""
    if is_encrypted(path):
        return key
    exists = path.exists() and path.stat().st_size > 0
    return None if exists else key


MIN_KEY_LENGTH = 12


def require_good_key(key: str) -> None:
    """A new key: long enough that guessing it is hopeless (SQLCipher's key derivation
    slows each guess, but a short key is still a short key)."""
    if len(key) < MIN_KEY_LENGTH:
        raise DeskappError(
            QT_TRANSLATE_NOOP(
                "Error",
                "The key must have at least 12 characters: a short sentence is easy to "
                "remember and hard to guess.",
            )
        )


def encrypt_file(source: Path, target: Path, key: str) -> None:
    """Write an encrypted copy of the plain database ``source`` to ``target``
    (SQLCipher's sqlcipher_export: every table, index, trigger and the user version)."""
    require_good_key(key)
    export_encrypted(source, target, key)


def export_encrypted(source: Path, target: Path, key: str) -> None:
    """``encrypt_file`` with a key in use already (a restored copy takes the key of the
    database it replaces, whatever its length). ``source`` is only read."""
    target.unlink(missing_ok=True)
    # A plain file opens without a key; read-only, so nothing is written beside it.
    conn = _cipher().connect(f"{source.resolve().as_uri()}?mode=ro", uri=True, timeout=30)
    try:
        quoted_path = str(target).replace("'", "''")
        quoted_key = key.replace("'", "''")
        conn.execute(f"ATTACH DATABASE '{quoted_path}' AS encrypted KEY '{quoted_key}'")
        conn.execute("SELECT sqlcipher_export('encrypted')")
        version = conn.execute("PRAGMA user_version").fetchone()[0]
        conn.execute(f"PRAGMA encrypted.user_version = {int(version)}")
        conn.execute("DETACH DATABASE encrypted")
    finally:
        conn.close()
