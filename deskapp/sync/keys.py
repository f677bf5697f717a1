"""The keys, as the operators handle them: this desk's key and fingerprint, the desks a
coordinator trusts (each once, after comparing fingerprints), the programme key.

The programme key (32 random bytes) is made by the programme's coordinator and given to
its desks (``deskapp sync programme-key``): a pseudonymous bundle names each person by
the HMAC-SHA256 of their tax code with it, so the coordinator counts people once
without receiving a tax code, and no one without the key can test a guessed code.
"""

from __future__ import annotations

import base64
import binascii
import hashlib
import hmac
import os
from dataclasses import dataclass

from sqlalchemy import select

from deskapp.errors import DeskappError
from deskapp.i18n import QT_TRANSLATE_NOOP
from deskapp.models.database import Database
from deskapp.models.enums import AuditAction
from deskapp.models.sync import SyncPeer
from deskapp.services.actor import Actor
from deskapp.services.audit import record_event
from deskapp.services.permissions import Action, require
from deskapp.sync.identity import (
    BadKeyError,
    DeskKey,
    ensure_identity,
    fingerprint,
    parse_key_text,
    same_fingerprint,
)

PROGRAMME_PREFIX = "deskapp-programme-key:1:"
PROGRAMME_KEY_BYTES = 32


def desk_key(db: Database) -> DeskKey:
    """This database's public key (the key pair is made now if it has none)."""
    with db.write() as s:
        made = ensure_identity(s)
        return DeskKey(made.node, bytes(made.public_key))


@dataclass(frozen=True)
class Trusted:
    node: str
    name: str
    fingerprint: str
    already: bool  # the same key was trusted before: nothing changed


def trust_desk(db: Database, actor: Actor, key: str, name: str, typed_fingerprint: str) -> Trusted:
    """Accept a desk's key, once: the fingerprint the desk read out must match the key's,
    and a desk already trusted with another key is refused (a changed key is what an
    impostor would send)."""
    require(actor, Action.IMPORT)
    desk = parse_key_text(key)
    name = " ".join(name.split())
    if not name or len(name) > 120:
        raise DeskappError(
            QT_TRANSLATE_NOOP("Error", "Give the desk a name (at most 120 characters) with --desk.")
        )
    if not same_fingerprint(typed_fingerprint, desk.fingerprint):
        raise BadKeyError(
            QT_TRANSLATE_NOOP(
                "Error",
                "The fingerprint does not match this key: nothing was trusted. Ask the "
                "desk to read out the fingerprint 'deskapp sync key' shows there, and check "
                "that the key file is theirs.",
            )
        )
    with db.write() as s:
        own = ensure_identity(s)
        if own.node == desk.node:
            raise BadKeyError(
                QT_TRANSLATE_NOOP("Error", "This is this database's own key, not a desk's.")
            )
        peer = s.get(SyncPeer, desk.node)
        if peer is not None:
            if bytes(peer.public_key) != desk.public_key:
                raise BadKeyError(
                    QT_TRANSLATE_NOOP(
                        "Error",
                        "The desk '{name}' is trusted already with another key: a desk's "
                        "key is accepted once. Nothing was changed.",
                    ),
                    name=peer.name,
                )
            return Trusted(peer.node, peer.name, desk.fingerprint, True)
        taken = s.scalar(select(SyncPeer.node).where(SyncPeer.name == name))
        if taken is not None:
            raise DeskappError(
                QT_TRANSLATE_NOOP(
                    "Error", "Another desk is trusted under the name '{name}': choose another."
                ),
                name=name,
            )
        s.add(
            SyncPeer(
                node=desk.node, name=name, public_key=desk.public_key, trusted_by=actor.operator_id
            )
        )
        s.flush()
        record_event(s, actor, "sync_peer", None, AuditAction.CREATE, ("node", "public_key"))
        return Trusted(desk.node, name, desk.fingerprint, False)


def programme_key_text(key: bytes) -> str:
    return PROGRAMME_PREFIX + base64.urlsafe_b64encode(key).decode("ascii")


def parse_programme_key(text: str) -> bytes:
    text = text.strip()
    bad = BadKeyError(
        QT_TRANSLATE_NOOP(
            "Error",
            "This is not a programme key: it is one line starting with "
            "'deskapp-programme-key:1:', as the coordinator's 'deskapp sync programme-key "
            "--new' writes it.",
        )
    )
    if not text.startswith(PROGRAMME_PREFIX) or len(text) > 100:
        raise bad
    try:
        raw = base64.urlsafe_b64decode(text[len(PROGRAMME_PREFIX) :].encode("ascii"))
    except (binascii.Error, ValueError, UnicodeEncodeError):
        raise bad from None
    if len(raw) != PROGRAMME_KEY_BYTES:
        raise bad
    return raw


def programme_fingerprint(key: bytes) -> str:
    return fingerprint(hashlib.sha256(b"deskapp programme key" + key).digest())


def new_programme_key(db: Database, actor: Actor) -> str:
    """Make a programme key here (a coordinator's), keep it, and return its text to give
    to the desks. Refused when there is one already: the desks' keyed hashes would no
    longer match."""
    require(actor, Action.IMPORT)
    with db.write() as s:
        own = ensure_identity(s)
        if own.programme_key is not None:
            raise DeskappError(
                QT_TRANSLATE_NOOP(
                    "Error",
                    "This database has a programme key already (fingerprint {fingerprint}): "
                    "the desks' pseudonymous bundles are keyed with it.",
                ),
                fingerprint=programme_fingerprint(bytes(own.programme_key)),
            )
        own.programme_key = os.urandom(PROGRAMME_KEY_BYTES)
        record_event(s, actor, "sync_identity", None, AuditAction.CREATE, ("programme_key",))
        return programme_key_text(bytes(own.programme_key))


def set_programme_key(db: Database, actor: Actor, text: str) -> str:
    """Keep the programme key the coordinator gave (a desk's); its fingerprint back."""
    require(actor, Action.EXPORT)
    key = parse_programme_key(text)
    with db.write() as s:
        own = ensure_identity(s)
        if own.programme_key is not None and bytes(own.programme_key) != key:
            raise DeskappError(
                QT_TRANSLATE_NOOP(
                    "Error",
                    "This database has another programme key already (fingerprint "
                    "{fingerprint}): nothing was changed.",
                ),
                fingerprint=programme_fingerprint(bytes(own.programme_key)),
            )
        own.programme_key = key
        record_event(s, actor, "sync_identity", None, AuditAction.UPDATE, ("programme_key",))
    return programme_fingerprint(key)


def tax_key(key: bytes, kind: str, code: str) -> str:
    """The keyed hash of a tax code: HMAC-SHA256 with the programme key over the kind
    ("CF" or "NIR") and the code as stored (upper case, compact)."""
    message = f"{kind}:{code.strip().upper()}".encode()
    return hmac.new(key, message, hashlib.sha256).hexdigest()
