"""Reads that show personal data outside a document, audited as the documents are.

A search on the command line prints names and codici fiscali: the trail records who
looked and how many people were shown, never what was typed (a search text is often
a name) nor who was found.
"""

from __future__ import annotations

from deskapp.models.database import Database
from deskapp.models.enums import AuditAction
from deskapp.services.actor import Actor
from deskapp.services.audit import record_event


def record_search(db: Database, actor: Actor, shown: int, where: str = "command line") -> None:
    with db.write() as s:
        record_event(
            s, actor, "search", None, AuditAction.EXPORT, detail=f"{shown} people shown ({where})"
        )
