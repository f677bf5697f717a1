"""Copying a whole deskapp database between a SQLite file and a PostgreSQL server
(``deskapp db copy --to``): a desk that moves to a shared server, and back.

- ``plan``: the tables in foreign-key order, each column as it is copied and checked;
- ``target``: an empty target, or a refusal naming what it holds; its schema;
- ``copy``: the walk, in one snapshot of the source and one transaction on the target.
"""

from __future__ import annotations

from deskapp.dbcopy.copy import CopyReport, copy_to_file, copy_to_server, require_new_file
from deskapp.dbcopy.errors import CopyRefused, RowsRefused, SourceNotReady, TargetNotEmpty

__all__ = [
    "CopyRefused",
    "CopyReport",
    "RowsRefused",
    "SourceNotReady",
    "TargetNotEmpty",
    "copy_to_file",
    "copy_to_server",
    "require_new_file",
]
