"""Where deskapp keeps its files, from source and from the frozen installer alike."""

from __future__ import annotations

import os
import re
import sys
from pathlib import Path
from urllib.parse import parse_qsl, urlsplit

from platformdirs import user_data_dir, user_log_dir

from deskapp import APP_NAME, ORGANISATION

DB_ENV = "DESKAPP_DB"
DEFAULT_DB_NAME = "deskapp.sqlite"


def data_dir() -> Path:
    return Path(user_data_dir(APP_NAME, ORGANISATION))


def log_dir() -> Path:
    return Path(user_log_dir(APP_NAME, ORGANISATION))


def desk_logo_path(desk_id: int) -> Path:
    """The desk's letterhead logo, chosen in Settings (a PNG; absent when none)."""
    return data_dir() / "logos" / f"desk-{desk_id}.png"


def default_database_path() -> Path:
    return data_dir() / DEFAULT_DB_NAME


class DatabaseUrlError(ValueError):
    """A --db or DESKAPP_DB that names a server deskapp does not serve (or, where only a
    file will do, any server). Its only argument is the URL's scheme: the rest of the
    address, which may hold a password, is never repeated."""


class PasswordInUrlError(DatabaseUrlError):
    """A server address with a password in it: refused, the password goes elsewhere."""


# "postgresql://...", "sqlite:///...": a scheme, never a file name.
_URL = re.compile(r"^[A-Za-z][A-Za-z0-9+.-]*://")
# The schemes of a PostgreSQL server, with or without SQLAlchemy's driver part.
SERVER_SCHEMES = ("postgresql", "postgres", "postgresql+psycopg")


def looks_like_url(text: str) -> bool:
    """Whether ``text`` is a URL (``scheme://...``) rather than a path."""
    return bool(_URL.match(text.strip()))


def _scheme(text: str) -> str:
    return text.strip().split(":", 1)[0].lower()


def server_address(text: str) -> str:
    """``text`` as the address of a PostgreSQL server (``postgresql://user@host:port/db``,
    libpq's parameters such as ``?sslmode=require`` kept). Any other URL is refused
    (DatabaseUrlError); so is one holding a password, as ``user:password@`` or as a
    parameter (``?password=``, ``?sslpassword=``; PasswordInUrlError): a command
    line is seen by every user of the machine (ps) and kept in shell histories; libpq
    reads the password from PGPASSWORD or ~/.pgpass instead."""
    text = text.strip()
    scheme = _scheme(text)
    if scheme not in SERVER_SCHEMES:
        raise DatabaseUrlError(scheme)
    try:
        parts = urlsplit(text)
        has_password = parts.password is not None
        parameters = parse_qsl(parts.query, keep_blank_values=True)
    except ValueError:
        raise DatabaseUrlError(scheme) from None
    if has_password or any(is_password_parameter(name) for name, _ in parameters):
        raise PasswordInUrlError(scheme)
    return text


# libpq's parameters that hold a secret: the role's password, the client key's.
PASSWORD_PARAMETERS = frozenset({"password", "sslpassword"})


def is_password_parameter(name: str) -> bool:
    """Whether the address's parameter ``name`` (``?password=...``) holds a password;
    libpq reads its keywords as given, any case is refused all the same."""
    return name.strip().lower() in PASSWORD_PARAMETERS


def database_location(option: str | os.PathLike[str] | None) -> Path | str:
    """Like ``database_path``, but a PostgreSQL server's address is accepted and
    returned as a string (``server_address``); other URLs are refused."""
    chosen = option or os.environ.get(DB_ENV)
    if chosen and looks_like_url(os.fspath(chosen)):
        return server_address(os.fspath(chosen))
    return database_path(option)


def database_path(option: str | os.PathLike[str] | None) -> Path:
    """--db wins, then DESKAPP_DB, then the file in the user data directory. A URL is
    refused (DatabaseUrlError): taken for a file name it would create a stray file."""
    chosen = option or os.environ.get(DB_ENV)
    if not chosen:
        return default_database_path()
    if looks_like_url(os.fspath(chosen)):
        raise DatabaseUrlError(os.fspath(chosen).split(":", 1)[0])
    return Path(chosen).expanduser()


def make_files_private() -> None:
    """From now on, every file and folder this process creates is its user's alone
    (0600 and 0700 on POSIX): the database, its WAL, backups, exports, documents, logs.
    The folders deskapp keeps its own files in are tightened too, in case an older
    version made them readable by others. On Windows the user data folder is already
    in the user's own profile."""
    if os.name != "posix":
        return
    os.umask(0o077)
    for folder in (data_dir(), log_dir()):
        try:
            if folder.is_dir() and folder.stat().st_uid == os.getuid():
                folder.chmod(0o700)
        except OSError:
            pass  # a folder we cannot tighten is no reason not to start


def resources_dir() -> Path:
    """The resources folder: beside the package from source, in _MEIPASS when frozen."""
    frozen_root = getattr(sys, "_MEIPASS", None)
    if frozen_root:
        return Path(frozen_root) / "resources"
    return Path(__file__).resolve().parent.parent / "resources"


def default_backup_folder() -> Path:
    """Where the automatic backups go unless Settings names another folder."""
    return data_dir() / "backups"


# File systems on which SQLite's locking cannot be trusted (several offices writing one
# file over the network corrupt it); the answer for many offices is a server database.
NETWORK_FILE_SYSTEMS = frozenset(
    {"nfs", "nfs4", "cifs", "smb3", "smbfs", "fuse.sshfs", "9p", "afs", "ncpfs", "davfs"}
)


def is_network_path(path: Path) -> bool:
    """Whether ``path`` is on a network share (Windows UNC or mapped remote drive, or a
    network file system in /proc/mounts on Linux)."""
    resolved = str(path.expanduser().resolve())
    if sys.platform == "win32":
        if resolved.startswith("\\\\"):
            return True
        import ctypes

        drive = resolved[:3]
        return bool(ctypes.windll.kernel32.GetDriveTypeW(drive) == 4)  # type: ignore[attr-defined]  # DRIVE_REMOTE
    mounts = Path("/proc/mounts")
    if not mounts.exists():
        return False
    best, kind = "", ""
    for line in mounts.read_text(errors="replace").splitlines():
        parts = line.split()
        if len(parts) >= 3:
            point = parts[1].replace("\\040", " ")
            if (resolved == point or resolved.startswith(point.rstrip("/") + "/")) and len(
                point
            ) > len(best):
                best, kind = point, parts[2]
    return kind in NETWORK_FILE_SYSTEMS
