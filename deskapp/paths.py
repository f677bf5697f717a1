"""Where deskapp keeps its files, from source and from the frozen installer alike."""

from __future__ import annotations

import os
import sys
from pathlib import Path

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


def database_path(option: str | os.PathLike[str] | None) -> Path:
    """--db wins, then DESKAPP_DB, then the file in the user data directory."""
    if option:
        return Path(option).expanduser()
    if os.environ.get(DB_ENV):
        return Path(os.environ[DB_ENV]).expanduser()
    return default_database_path()


def resources_dir() -> Path:
    """The resources folder: beside the package from source, in _MEIPASS when frozen."""
    frozen_root = getattr(sys, "_MEIPASS", None)
    if frozen_root:
        return Path(frozen_root) / "resources"
    return Path(__file__).resolve().parent.parent / "resources"
