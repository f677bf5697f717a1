"""This database as a sender of bundles: its id and its Ed25519 key pair.

Made at ``deskapp init`` (deskapp.services.organisation.initialise), or on the first
``sync export`` of a database from before. The private key is kept in the database
(table ``sync_identity``), as the operators' password hashes are: encrypted at rest
with the file when it is encrypted (SQLCipher), in the server's care on PostgreSQL;
never written to a log, a file name or the audit trail. Keys, signatures and hashes
are the ``cryptography`` library's.

A public key is given to a coordinator as one line of text (``key_text``); the
coordinator compares its fingerprint (``fingerprint``: 32 hexadecimal digits in groups
of four) with the desk's, read out over the phone, before trusting it.
"""

from __future__ import annotations

import base64
import binascii
import hashlib
import re
from dataclasses import dataclass

from cryptography.hazmat.primitives.asymmetric.ed25519 import (
    Ed25519PrivateKey,
    Ed25519PublicKey,
)
from cryptography.hazmat.primitives.serialization import (
    Encoding,
    NoEncryption,
    PrivateFormat,
    PublicFormat,
)
from sqlalchemy import select
from sqlalchemy.orm import Session

from deskapp.errors import DeskappError
from deskapp.i18n import QT_TRANSLATE_NOOP
from deskapp.models.base import new_gid
from deskapp.models.sync import SyncIdentity

KEY_PREFIX = "deskapp-key:1:"
_UUID = re.compile(r"^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$")
GID_PATTERN = _UUID  # a database's or a record's id (fullmatch it)


class BadKeyError(DeskappError):
    """A desk key or a fingerprint that is not one."""


@dataclass(frozen=True)
class DeskKey:
    node: str
    public_key: bytes  # raw, 32 bytes

    @property
    def fingerprint(self) -> str:
        return fingerprint(self.public_key)

    @property
    def text(self) -> str:
        return key_text(self.node, self.public_key)


def identity(session: Session) -> SyncIdentity | None:
    return session.scalar(select(SyncIdentity).limit(1))


def ensure_identity(session: Session) -> SyncIdentity:
    """This database's identity, made now if it has none (inside the caller's write)."""
    found = identity(session)
    if found is not None:
        return found
    private = Ed25519PrivateKey.generate()
    made = SyncIdentity(
        id=1,
        node=new_gid(),
        private_key=private.private_bytes(Encoding.Raw, PrivateFormat.Raw, NoEncryption()),
        public_key=private.public_key().public_bytes(Encoding.Raw, PublicFormat.Raw),
    )
    session.add(made)
    session.flush()
    return made


def private_key(made: SyncIdentity) -> Ed25519PrivateKey:
    return Ed25519PrivateKey.from_private_bytes(bytes(made.private_key))


def public_key(raw: bytes) -> Ed25519PublicKey:
    return Ed25519PublicKey.from_public_bytes(bytes(raw))


def fingerprint(raw_public_key: bytes) -> str:
    """The first 16 bytes of the SHA-256 of the raw public key, as 8 groups of 4 hex
    digits: short enough to read over the phone, long enough that no one can make a
    key with the same (2^64 work for a second key matching half of it is not enough
    to match all of it)."""
    digits = hashlib.sha256(bytes(raw_public_key)).hexdigest()[:32].upper()
    return " ".join(digits[i : i + 4] for i in range(0, 32, 4))


def same_fingerprint(typed: str, expected: str) -> bool:
    def compact(text: str) -> str:
        return re.sub(r"[\s:-]", "", text).upper()

    return bool(typed.strip()) and compact(typed) == compact(expected)


def key_text(node: str, raw_public_key: bytes) -> str:
    """The one line a desk gives its coordinator: format, its id, its public key."""
    encoded = base64.urlsafe_b64encode(bytes(raw_public_key)).decode("ascii")
    return f"{KEY_PREFIX}{node}:{encoded}"


def parse_key_text(text: str) -> DeskKey:
    """The desk key in ``text`` (as ``key_text`` writes it); refused in words."""
    text = text.strip()
    bad = BadKeyError(
        QT_TRANSLATE_NOOP(
            "Error",
            "This is not a desk key: a desk key is one line starting with 'deskapp-key:1:', "
            "as 'deskapp sync key' shows it or writes it to a file.",
        )
    )
    if not text.startswith(KEY_PREFIX) or len(text) > 200:
        raise bad
    parts = text[len(KEY_PREFIX) :].split(":")
    if len(parts) != 2 or not _UUID.match(parts[0]):
        raise bad
    try:
        raw = base64.urlsafe_b64decode(parts[1].encode("ascii"))
    except (binascii.Error, ValueError, UnicodeEncodeError):
        raise bad from None
    if len(raw) != 32:
        raise bad
    try:
        public_key(raw)
    except ValueError:
        raise bad from None
    return DeskKey(parts[0], raw)
