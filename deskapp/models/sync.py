"""The tables of consolidation without a server (issue 16; deskapp.sync).

At every database: the change log (what changed, in this database's own order), this
database's identity and key pair, the bundles it made. At a coordinator's: the desks
whose keys it trusts, the bundles it took in (the ledger) or holds, the last version of
each record a desk sent (the common version conflicts are found against), the open and
decided conflicts, the records erased, the merges of the same person, the keyed hashes
of tax codes that link them, and each desk's audit trail as it came.
"""

from __future__ import annotations

import datetime as dt

from sqlalchemy import (
    DateTime,
    ForeignKey,
    Index,
    Integer,
    LargeBinary,
    String,
    Text,
    UniqueConstraint,
)
from sqlalchemy.orm import Mapped, mapped_column

from deskapp.models.base import SHORT, Base, Travels, utcnow

GID = String(36)
DIGEST = String(64)


class ChangeLog(Base):
    """One change of a travelling record, written in the transaction that made it
    (deskapp.sync.changes). ``seq`` is this database's own order of changes: no
    computer's clock is trusted for it. ``op``: "upsert", "delete" or "erase"."""

    __tablename__ = "change_log"

    seq: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    entity: Mapped[str] = mapped_column(String(40))
    gid: Mapped[str] = mapped_column(GID)
    op: Mapped[str] = mapped_column(String(8))


class SyncIdentity(Base):
    """This database as a sender of bundles: its id, its Ed25519 key pair (the private
    key stays in the database, as the operators' password hashes do: encrypted at
    rest with the file when SQLCipher is used), and the programme key given to it, if
    any (for the keyed hashes of tax codes). One row."""

    __tablename__ = "sync_identity"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    node: Mapped[str] = mapped_column(GID, unique=True)
    private_key: Mapped[bytes] = mapped_column(LargeBinary)
    public_key: Mapped[bytes] = mapped_column(LargeBinary)
    programme_key: Mapped[bytes | None] = mapped_column(LargeBinary)
    created_at: Mapped[dt.datetime] = mapped_column(DateTime, default=utcnow)


class SyncPeer(Base):
    """A desk whose key the coordinator accepted, once, after comparing its fingerprint;
    and where its bundles stand (the last applied, per kind, in SyncBundle)."""

    __tablename__ = "sync_peer"

    node: Mapped[str] = mapped_column(GID, primary_key=True)
    name: Mapped[str] = mapped_column(SHORT, unique=True)
    public_key: Mapped[bytes] = mapped_column(LargeBinary)
    trusted_at: Mapped[dt.datetime] = mapped_column(DateTime, default=utcnow)
    trusted_by: Mapped[int | None] = mapped_column(ForeignKey("operator.id"))


class SyncRecipient(Base):
    """At a desk: a coordinator's sealing key (X25519, deskapp.sync.sealing), kept once
    after comparing its fingerprint; bundles can be encrypted to it."""

    __tablename__ = "sync_recipient"

    node: Mapped[str] = mapped_column(GID, primary_key=True)
    public_key: Mapped[bytes] = mapped_column(LargeBinary)
    kept_at: Mapped[dt.datetime] = mapped_column(DateTime, default=utcnow)
    kept_by: Mapped[int | None] = mapped_column(ForeignKey("operator.id"))


class SyncBundle(Base):
    """The ledger: each bundle made here ("out") or taken in ("in": "applied", or
    "held" until the bundles before it come, with its bytes)."""

    __tablename__ = "sync_bundle"
    __table_args__ = (UniqueConstraint("direction", "node", "kind", "number"),)

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    hash: Mapped[str] = mapped_column(DIGEST)
    direction: Mapped[str] = mapped_column(String(3))
    node: Mapped[str] = mapped_column(GID)
    kind: Mapped[str] = mapped_column(String(16))  # "full" or "pseudonymous"
    number: Mapped[int] = mapped_column(Integer)
    seq_from: Mapped[int] = mapped_column(Integer)
    seq_to: Mapped[int] = mapped_column(Integer)
    prev_hash: Mapped[str] = mapped_column(DIGEST)
    audit_to: Mapped[int] = mapped_column(Integer, default=0)  # last audit event carried
    state: Mapped[str] = mapped_column(String(8))  # made, applied, held
    at: Mapped[dt.datetime] = mapped_column(DateTime, default=utcnow)
    operator_id: Mapped[int | None] = mapped_column(ForeignKey("operator.id"))
    summary: Mapped[str] = mapped_column(Text, default="")  # counts by table, JSON
    content: Mapped[bytes | None] = mapped_column(LargeBinary)  # a held bundle's bytes


Index("ix_sync_bundle_hash", SyncBundle.hash)


class SyncBase(Base):
    """The last version of a record its desk sent: the common version a change made
    here and a change the desk made later are both compared with."""

    __tablename__ = "sync_base"

    gid: Mapped[str] = mapped_column(GID, primary_key=True)
    entity: Mapped[str] = mapped_column(String(40))
    data: Mapped[str] = mapped_column(Text)  # JSON of the fields as they travel


class SyncConflict(Base):
    """One field changed both here and at the desk since the common version: both
    values, the desk and its operator, the desk's bundle; open until a person decides."""

    __tablename__ = "sync_conflict"
    __table_args__ = (Index("ix_sync_conflict_open", "state", "gid"),)

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    entity: Mapped[str] = mapped_column(String(40))
    gid: Mapped[str] = mapped_column(GID)
    field: Mapped[str] = mapped_column(String(60))
    local_value: Mapped[str] = mapped_column(Text)  # JSON
    incoming_value: Mapped[str] = mapped_column(Text)  # JSON
    node: Mapped[str] = mapped_column(GID)  # the desk whose change it is
    bundle_number: Mapped[int] = mapped_column(Integer)
    desk_operator: Mapped[str] = mapped_column(SHORT, default="")  # who, at the desk
    desk_changed_at: Mapped[dt.datetime | None] = mapped_column(DateTime)  # desk's clock
    opened_at: Mapped[dt.datetime] = mapped_column(DateTime, default=utcnow)
    state: Mapped[str] = mapped_column(String(8), default="open")  # open, resolved
    chosen: Mapped[str] = mapped_column(String(8), default="")  # local, incoming
    resolved_by: Mapped[int | None] = mapped_column(ForeignKey("operator.id"))
    resolved_at: Mapped[dt.datetime | None] = mapped_column(DateTime)


class SyncErased(Base):
    """A record erased at its desk: no bundle brings it back. Its gid only."""

    __tablename__ = "sync_erased"

    gid: Mapped[str] = mapped_column(GID, primary_key=True)
    entity: Mapped[str] = mapped_column(String(40))


class SyncTaxKey(Base):
    """The keyed hash (HMAC-SHA256 with the programme key) of a person's tax code, from
    a pseudonymous bundle or computed here (one for a codice fiscale, one for a NIR):
    people with one in common are one person."""

    __tablename__ = "sync_tax_key"

    person_gid: Mapped[str] = mapped_column(GID, primary_key=True)
    tax_key: Mapped[str] = mapped_column(DIGEST, primary_key=True, index=True)


class SyncMerge(Travels, Base):
    """A decision on two records that may be the same person (same name, birth dates
    close): "merged" (counted once), "rejected" (not the same), "undone" (a merge
    taken back). It travels in bundles like the records (deskapp.sync.linking): each
    decision names the decisions on the pair it replaces (``replaces``: their gids,
    space separated), those the database it was made in knew; a pair's decisions that
    no other replaces hold (no clock orders them), and when they disagree the pair is
    a candidate again."""

    __tablename__ = "sync_merge"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    first_gid: Mapped[str] = mapped_column(GID, index=True)
    second_gid: Mapped[str] = mapped_column(GID, index=True)
    state: Mapped[str] = mapped_column(String(8))
    operator_id: Mapped[int | None] = mapped_column(ForeignKey("operator.id"))
    at: Mapped[dt.datetime] = mapped_column(DateTime, default=utcnow)  # its clock: shown
    replaces: Mapped[str] = mapped_column(Text, default="", server_default="")


class SyncAuditEvent(Base):
    """A desk's audit event as it came, unchanged (its hash verifies with the desk's
    chain), with the gid of the record it is about and of its operator."""

    __tablename__ = "sync_audit_event"
    __table_args__ = (UniqueConstraint("node", "event_id"),)

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    node: Mapped[str] = mapped_column(GID)
    event_id: Mapped[int] = mapped_column(Integer)
    at: Mapped[dt.datetime] = mapped_column(DateTime)
    operator_id: Mapped[int | None] = mapped_column(Integer)
    operator_gid: Mapped[str] = mapped_column(GID, default="")
    entity: Mapped[str] = mapped_column(String(40))
    entity_id: Mapped[int | None] = mapped_column(Integer)
    entity_gid: Mapped[str] = mapped_column(GID, default="", index=True)
    action: Mapped[str] = mapped_column(String(32))
    fields: Mapped[str] = mapped_column(Text, default="")
    detail: Mapped[str] = mapped_column(Text, default="")
    detail_digest: Mapped[str] = mapped_column(DIGEST, default="")
    prev_hash: Mapped[str] = mapped_column(DIGEST, default="")
    hash: Mapped[str] = mapped_column(DIGEST, default="")


__all__ = [
    "ChangeLog",
    "SyncAuditEvent",
    "SyncBase",
    "SyncBundle",
    "SyncConflict",
    "SyncErased",
    "SyncIdentity",
    "SyncMerge",
    "SyncPeer",
    "SyncRecipient",
    "SyncTaxKey",
]
