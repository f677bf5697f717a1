"""The head of the audit trail, kept outside the database file: an anchor.

The hash chain (``audit_chain``) shows an event changed, or removed from the middle. It
cannot show events cut from the end: a lost ``-wal`` file, a copy taken while deskapp
was writing, a trail trimmed by hand all leave a shorter chain that is intact. An
anchor records the head somewhere else: the last event's id and stored hash, how many
events there were, the first event's hash (which trail this is) and when. It is kept in
``<database>.anchor`` beside the file, rewritten after every commit that moved the head,
and in each backup's manifest; ``deskapp db check`` compares the trail with the anchor
beside the file and with the newest manifest of its backups when that is newer
(``deskapp.services.audit_anchor``).

An anchor uses event ids and the hashes as stored, never a hash recomputed: it holds
whatever recipe the chain uses. The anchor beside the file only moves forward along
the same trail; when the trail no longer continues it (its tail was lost or rewritten)
the anchor is left as it is, as evidence for ``db check``, until a restore or a
migration that rewrites the stored hashes puts a new one in its place.
"""

from __future__ import annotations

import datetime as dt
import json
import logging
import os
import threading
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from sqlalchemy import event, text
from sqlalchemy.engine import Connection
from sqlalchemy.exc import SQLAlchemyError
from sqlalchemy.orm import Session, sessionmaker

from deskapp.errors import DeskappError
from deskapp.i18n import QT_TRANSLATE_NOOP

log = logging.getLogger(__name__)
_BINARY = getattr(os, "O_BINARY", 0)  # Windows: no newline translation

ANCHOR_FORMAT = "deskapp-audit-anchor"
ANCHOR_VERSION = 1

_HEAD_SQL = "SELECT id, hash FROM audit_event ORDER BY id DESC LIMIT 1"
_FIRST_SQL = "SELECT hash FROM audit_event ORDER BY id LIMIT 1"
_COUNT_SQL = "SELECT count(*) FROM audit_event"
_COUNT_UPTO_SQL = "SELECT count(*) FROM audit_event WHERE id <= :id"
_HASH_AT_SQL = "SELECT hash FROM audit_event WHERE id = :id"


class AnchorUnreadable(DeskappError):
    """An anchor file that is not an anchor (cut short, edited, another file)."""


@dataclass(frozen=True)
class Anchor:
    """The audit trail's head at a moment. ``event_id`` 0: the trail had no event."""

    event_id: int
    hash: str
    events: int
    first_hash: str  # the stored hash of the trail's first event: which trail this is
    at: dt.datetime  # when, in UTC (aware)

    def to_dict(self) -> dict[str, Any]:
        return {
            "format": ANCHOR_FORMAT,
            "version": ANCHOR_VERSION,
            "event_id": self.event_id,
            "hash": self.hash,
            "events": self.events,
            "first_hash": self.first_hash,
            "at": self.at.isoformat(),
        }

    @classmethod
    def from_dict(cls, data: Any) -> Anchor:
        """The anchor in ``data`` (as ``to_dict`` wrote it); AnchorUnreadable otherwise."""
        try:
            if data["format"] != ANCHOR_FORMAT or int(data["version"]) > ANCHOR_VERSION:
                raise ValueError("format")
            at = dt.datetime.fromisoformat(data["at"])
            if at.tzinfo is None:
                at = at.replace(tzinfo=dt.UTC)
            anchor = cls(
                int(data["event_id"]),
                str(data["hash"]),
                int(data["events"]),
                str(data["first_hash"]),
                at,
            )
        except (KeyError, TypeError, ValueError):
            raise AnchorUnreadable(
                QT_TRANSLATE_NOOP("Error", "This is not an audit-trail anchor deskapp can read.")
            ) from None
        if anchor.event_id < 0 or anchor.events < 0:
            raise AnchorUnreadable(
                QT_TRANSLATE_NOOP("Error", "This is not an audit-trail anchor deskapp can read.")
            )
        return anchor


def anchor_path(database: Path) -> Path:
    """Where the anchor of ``database`` is kept: ``<database>.anchor`` beside it."""
    return database.with_name(database.name + ".anchor")


def _anchor(head: Any, first: Any, events: Any) -> Anchor:
    event_id, stored = (int(head[0]), str(head[1] or "")) if head else (0, "")
    return Anchor(
        event_id,
        stored,
        int(events or 0),
        str(first[0] or "") if first else "",
        dt.datetime.now(dt.UTC),
    )


def head_of(conn: Connection | Session) -> Anchor:
    """The head of the trail as ``conn`` sees it (inside its transaction), now."""
    head = conn.execute(text(_HEAD_SQL)).first()
    first = conn.execute(text(_FIRST_SQL)).first()
    events = conn.execute(text(_COUNT_SQL)).scalar()
    return _anchor(head, first, events)


def head_of_file(conn: Any) -> Anchor:
    """``head_of`` for a DB-API connection (sqlite3, sqlcipher3): a backup being made."""
    head = conn.execute(_HEAD_SQL).fetchone()
    first = conn.execute(_FIRST_SQL).fetchone()
    events = conn.execute(_COUNT_SQL).fetchone()[0]
    return _anchor(head, first, events)


@dataclass(frozen=True)
class TrailAtAnchor:
    """The trail as found, seen from an anchor: what ``db check`` puts into words."""

    last_id: int  # 0: no event
    first_hash: str
    hash_at_anchor: str | None  # None: no event has the anchor's id
    events_upto_anchor: int

    def ends_before(self, anchor: Anchor) -> bool:
        return self.last_id < anchor.event_id

    def other_trail(self, anchor: Anchor) -> bool:
        return bool(anchor.event_id and self.last_id and self.first_hash != anchor.first_hash)

    def continues(self, anchor: Anchor) -> bool:
        """The trail holds the anchored event as it was anchored (and the events before
        it, as far as their count shows)."""
        if anchor.event_id == 0:
            return True
        return (
            self.hash_at_anchor == anchor.hash
            and self.first_hash == anchor.first_hash
            and self.events_upto_anchor == anchor.events
        )


def trail_at(conn: Connection | Session, anchor: Anchor) -> TrailAtAnchor:
    head = conn.execute(text(_HEAD_SQL)).first()
    first = conn.execute(text(_FIRST_SQL)).first()
    at = conn.execute(text(_HASH_AT_SQL), {"id": anchor.event_id}).first()
    upto = conn.execute(text(_COUNT_UPTO_SQL), {"id": anchor.event_id}).scalar()
    return TrailAtAnchor(
        int(head[0]) if head else 0,
        str(first[0] or "") if first else "",
        str(at[0] or "") if at else None,
        int(upto or 0),
    )


def write_json_atomically(path: Path, data: dict[str, Any], *, durable: bool = False) -> None:
    """Write ``data`` to ``path`` whole or not at all: a temporary file in the same
    folder (readable by its owner only), then a rename over the old one. ``durable``
    also flushes it to the disk before the rename (a backup's manifest; the anchor
    beside the database is rewritten at every save and a power cut can at worst leave
    an older one, never one ahead of the database)."""
    # A name of this process and thread: two writers never share a temporary file.
    temporary = path.with_name(f"{path.name}.{os.getpid()}-{threading.get_ident()}.tmp")
    try:
        fd = os.open(temporary, os.O_WRONLY | os.O_CREAT | os.O_TRUNC | _BINARY, 0o600)
        with os.fdopen(fd, "wb") as f:
            f.write(json.dumps(data, indent=1).encode("utf-8"))
            if durable:
                f.flush()
                os.fsync(f.fileno())
        os.replace(temporary, path)
    except BaseException:
        temporary.unlink(missing_ok=True)
        raise


def write_anchor(path: Path, anchor: Anchor, *, durable: bool = False) -> None:
    """Write ``anchor`` to the file ``path``, atomically."""
    write_json_atomically(path, anchor.to_dict(), durable=durable)


def read_anchor(path: Path) -> Anchor | None:
    """The anchor in the file ``path``; None when there is no such file,
    AnchorUnreadable when it holds something else."""
    try:
        raw = path.read_text(encoding="utf-8")
    except FileNotFoundError:
        return None
    except (OSError, UnicodeDecodeError):
        raw = ""
    try:
        data = json.loads(raw)
    except ValueError:
        data = None
    return Anchor.from_dict(data)


_HEAD = "deskapp_audit_head"  # session.info: the head to anchor once the commit is done
_CONNECTION = "deskapp_connection"
_SINCE_SQL = "SELECT count(*) FROM audit_event WHERE id > :id"


class _AnchorFile:
    """The anchor beside the database as this process last read or wrote it: reread
    only when the file changed (another deskapp on the same file wrote it)."""

    def __init__(self, path: Path) -> None:
        self.path = path
        self._seen: tuple[int, int, int] | None = None
        self._anchor: Anchor | None = None

    def current(self) -> Anchor | None:
        try:
            st = self.path.stat()
        except OSError:
            self._seen, self._anchor = None, None
            return None
        seen = (st.st_ino, st.st_mtime_ns, st.st_size)
        if seen != self._seen:
            try:
                self._anchor = read_anchor(self.path)
            except AnchorUnreadable:
                self._anchor = None  # overwritten by the next head
            self._seen = seen
        return self._anchor

    def write(self, anchor: Anchor) -> None:
        write_anchor(self.path, anchor)
        st = self.path.stat()
        self._seen, self._anchor = (st.st_ino, st.st_mtime_ns, st.st_size), anchor


def _next_anchor(connection: Connection, previous: Anchor | None) -> Anchor | None:
    """The anchor of the head ``connection`` sees, if it continues ``previous``; None
    when there is nothing new to anchor or the trail does not continue it (its tail was
    lost or rewritten: the anchor is kept as it is, as evidence for db check)."""
    head = connection.execute(text(_HEAD_SQL)).first()
    if head is None:
        return None
    if previous is None:
        return head_of(connection)  # counts the whole trail, once
    if int(head[0]) <= previous.event_id:
        return None  # nothing new, another deskapp anchored further, or the tail was lost
    anchored = connection.execute(text(_HASH_AT_SQL), {"id": previous.event_id}).first()
    if previous.event_id and (anchored is None or anchored[0] != previous.hash):
        log.warning("audit anchor kept: the trail no longer continues it")
        return None
    first = connection.execute(text(_FIRST_SQL)).first()
    since = connection.execute(text(_SINCE_SQL), {"id": previous.event_id}).scalar()
    # Only the events after the anchored one are counted: a save stays cheap on a long
    # trail (db check counts them all, and says so if the total no longer agrees).
    return _anchor(head, first, previous.events + int(since or 0))


def watch_trail(factory: sessionmaker[Session], database: Path) -> None:
    """Keep ``<database>.anchor`` at the head of the trail: after each commit of a
    session made by ``factory`` (the writers) that moved the head, the new head is
    written beside the file before the save returns, so every acknowledged save is
    anchored. Registered on that one factory: another Database has its own."""
    anchor_file = _AnchorFile(anchor_path(database))

    @event.listens_for(factory, "after_begin")
    def _remember(session: Session, _transaction: Any, connection: Connection) -> None:
        session.info[_CONNECTION] = connection

    @event.listens_for(factory, "before_commit")
    def _note_head(session: Session) -> None:
        session.flush()  # what is still pending is written now, inside the transaction
        connection = session.info.pop(_CONNECTION, None)
        if connection is None:
            return  # the unit of work never reached the database
        # Inside the writer's transaction: the head read here is this commit's.
        try:
            anchor = _next_anchor(connection, anchor_file.current())
        except SQLAlchemyError as exc:
            # No trail to read (a file without the audit table): the save goes on.
            log.warning("audit anchor not read: %s", type(exc).__name__)
            return
        if anchor is not None:
            session.info[_HEAD] = anchor

    @event.listens_for(factory, "after_commit")
    def _write(session: Session) -> None:
        anchor: Anchor | None = session.info.pop(_HEAD, None)
        if anchor is None:
            return
        try:
            anchor_file.write(anchor)
        except OSError as exc:
            # The save itself is committed; a missing anchor is noticed by db check.
            log.warning("audit anchor not written: %s", exc.strerror or type(exc).__name__)

    @event.listens_for(factory, "after_rollback")
    def _forget(session: Session) -> None:
        session.info.pop(_HEAD, None)
        session.info.pop(_CONNECTION, None)
