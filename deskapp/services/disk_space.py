"""Free disk space, checked before large writes (imports, backups, restores) so a full
disk is met with a clear message before anything is written, not half-way through.
(SQLite itself loses nothing committed on a full disk: the transaction that cannot
grow the file is rolled back. The check is for the operator's sake.)"""

from __future__ import annotations

import shutil
from collections.abc import Callable
from pathlib import Path

from deskapp.errors import DeskappError
from deskapp.i18n import QT_TRANSLATE_NOOP

MARGIN_BYTES = 50 * 1024 * 1024  # left free after a write, for the WAL and the system


class NotEnoughSpace(DeskappError):
    pass


def ensure_free_space(folder: Path, needed: int, free: Callable[[Path], int] | None = None) -> None:
    """Refuse a large write that would fill the disk, with the figures in the message."""
    measure = free or (lambda p: shutil.disk_usage(p).free)
    probe = folder
    while not probe.exists() and probe.parent != probe:
        probe = probe.parent
    available = measure(probe)
    if available < needed + MARGIN_BYTES:
        raise NotEnoughSpace(
            QT_TRANSLATE_NOOP(
                "Error",
                "Not enough free disk space in {folder}: {free} MB free, about {needed} MB "
                "needed. Free some space (or choose another folder) and try again.",
            ),
            folder=str(folder),
            free=available // (1024 * 1024),
            needed=(needed + MARGIN_BYTES) // (1024 * 1024),
        )
