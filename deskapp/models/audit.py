"""The audit trail: who changed what, when. Field names only, never values."""

from __future__ import annotations

import datetime as dt

from sqlalchemy import DateTime, ForeignKey, Index, Integer, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from deskapp.models.base import Base, enum_column, utcnow
from deskapp.models.enums import AuditAction


class AuditEvent(Base):
    __tablename__ = "audit_event"
    __table_args__ = (Index("ix_audit_entity", "entity", "entity_id"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    at: Mapped[dt.datetime] = mapped_column(DateTime, default=utcnow, index=True)
    # NULL only for the very first operator created on a new database.
    operator_id: Mapped[int | None] = mapped_column(ForeignKey("operator.id"), index=True)
    entity: Mapped[str] = mapped_column(String(40))
    entity_id: Mapped[int | None] = mapped_column(Integer)
    action: Mapped[AuditAction] = enum_column(AuditAction)
    # Comma-separated names of the fields written; no values, so special-category
    # answers never leak into the trail.
    fields: Mapped[str] = mapped_column(Text, default="")
    # Free text with ids, counts and kinds only; the one thing that can be blanked
    # (on erasure), as the triggers allow (deskapp.models.audit_guard).
    detail: Mapped[str] = mapped_column(Text, default="")
    # The SHA-256 of the detail as written: the chain covers it rather than the detail,
    # so a blanked detail leaves the chain whole.
    detail_digest: Mapped[str] = mapped_column(String(64), default="", server_default="")
    # The hash chain (deskapp.models.audit_chain): the previous event's hash and this
    # event's own, over its content and the previous hash.
    prev_hash: Mapped[str] = mapped_column(String(64), default="", server_default="")
    hash: Mapped[str] = mapped_column(String(64), default="", server_default="")
