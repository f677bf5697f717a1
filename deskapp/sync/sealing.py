"""Bundles encrypted to the coordinator's key (optional): no one else can read them on
the way, not even which desk sent them.

Each database has an X25519 key pair for it, its "sealing key", derived from its
Ed25519 identity (deskapp.sync.identity) with HKDF-SHA256 (its own ``info``: one secret
kept, two keys that cannot be confused), so a coordinator has one from ``init`` on. The
coordinator gives its public sealing key to its desks as one line of text
(``sealing_key_text``, ``deskapp sync key --sealing``); a desk keeps it once, after
comparing its fingerprint by phone (``keep_recipient``; ``sync_recipient``), then names
it by file or fingerprint (``deskapp sync export --encrypt-to``).

A sealed bundle is the signed bundle file (deskapp.sync.bundle), whole, encrypted:
an ephemeral X25519 key agreement with the coordinator's key, HKDF-SHA256 over the
shared secret (salted with both public keys) for a ChaCha20-Poly1305 key, a random
nonce. The file::

    deskapp-sealed-bundle 1\\n
    {"ephemeral": BASE64, "nonce": BASE64, "to": KEY ID}\\n
    CIPHERTEXT

The two header lines are the associated data (a changed header fails like a changed
ciphertext). ``to`` is the first 16 hexadecimal digits of the recipient's fingerprint:
a coordinator given a bundle sealed to another key says so. The desk's signature is
inside: the coordinator checks it after opening, as for any bundle. Every primitive is
the ``cryptography`` library's.
"""

from __future__ import annotations

import base64
import binascii
import json
import os
import re
from dataclasses import dataclass

from cryptography.exceptions import InvalidTag
from cryptography.hazmat.primitives import hashes
from cryptography.hazmat.primitives.asymmetric.x25519 import X25519PrivateKey, X25519PublicKey
from cryptography.hazmat.primitives.ciphers.aead import ChaCha20Poly1305
from cryptography.hazmat.primitives.kdf.hkdf import HKDF
from cryptography.hazmat.primitives.serialization import (
    Encoding,
    NoEncryption,
    PrivateFormat,
    PublicFormat,
)
from sqlalchemy import select

from deskapp.i18n import QT_TRANSLATE_NOOP
from deskapp.models.database import Database
from deskapp.models.enums import AuditAction
from deskapp.models.sync import SyncIdentity, SyncRecipient
from deskapp.services.actor import Actor
from deskapp.services.audit import record_event
from deskapp.services.permissions import Action, require
from deskapp.sync.bundle import BundleRefused, damaged
from deskapp.sync.identity import BadKeyError, ensure_identity, fingerprint, same_fingerprint

MAGIC = b"deskapp-sealed-bundle 1\n"
SEAL_PREFIX = "deskapp-seal:1:"
_UUID = re.compile(r"^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$")
_SEALING_INFO = b"deskapp sealing key 1"
_BUNDLE_INFO = b"deskapp sealed bundle 1"
MAX_HEADER = 512


def is_sealed(data: bytes) -> bool:
    return data.startswith(MAGIC)


def _private(made: SyncIdentity) -> X25519PrivateKey:
    seed = HKDF(hashes.SHA256(), 32, salt=None, info=_SEALING_INFO).derive(bytes(made.private_key))
    return X25519PrivateKey.from_private_bytes(seed)


def _raw(key: X25519PublicKey) -> bytes:
    return key.public_bytes(Encoding.Raw, PublicFormat.Raw)


def _key_id(raw_public: bytes) -> str:
    return fingerprint(raw_public).replace(" ", "")[:16]


@dataclass(frozen=True)
class SealingKey:
    node: str
    public_key: bytes  # raw X25519, 32 bytes

    @property
    def fingerprint(self) -> str:
        return fingerprint(self.public_key)

    @property
    def text(self) -> str:
        encoded = base64.urlsafe_b64encode(self.public_key).decode("ascii")
        return f"{SEAL_PREFIX}{self.node}:{encoded}"


def sealing_key(db: Database) -> SealingKey:
    """This database's public sealing key (its identity made now if it has none)."""
    with db.write() as s:
        made = ensure_identity(s)
        return SealingKey(made.node, _raw(_private(made).public_key()))


def parse_sealing_key(text: str) -> SealingKey:
    text = text.strip()
    bad = BadKeyError(
        QT_TRANSLATE_NOOP(
            "Error",
            "This is not a coordinator's sealing key: it is one line starting with "
            "'deskapp-seal:1:', as 'deskapp sync key --sealing' shows it or writes it to a "
            "file.",
        )
    )
    if not text.startswith(SEAL_PREFIX) or len(text) > 200:
        raise bad
    parts = text[len(SEAL_PREFIX) :].split(":")
    if len(parts) != 2 or not _UUID.match(parts[0]):
        raise bad
    try:
        raw = base64.urlsafe_b64decode(parts[1].encode("ascii"))
        X25519PublicKey.from_public_bytes(raw)
    except (binascii.Error, ValueError, UnicodeEncodeError):
        raise bad from None
    return SealingKey(parts[0], raw)


def keep_recipient(
    db: Database, actor: Actor, text: str, typed_fingerprint: str
) -> tuple[SealingKey, bool]:
    """Keep the coordinator's sealing key, once, after comparing its fingerprint: bundles
    can then be encrypted to it, named by its fingerprint. Whether it was kept before."""
    require(actor, Action.EXPORT)
    key = parse_sealing_key(text)
    if not same_fingerprint(typed_fingerprint, key.fingerprint):
        raise BadKeyError(
            QT_TRANSLATE_NOOP(
                "Error",
                "The fingerprint does not match this sealing key: nothing was kept and "
                "nothing written. Ask the coordinator to read out the fingerprint 'deskapp "
                "sync key --sealing' shows there, and check that the key file is theirs.",
            )
        )
    with db.write() as s:
        own = ensure_identity(s)
        if own.node == key.node:
            raise BadKeyError(
                QT_TRANSLATE_NOOP(
                    "Error", "This is this database's own sealing key, not the coordinator's."
                )
            )
        found = s.get(SyncRecipient, key.node)
        if found is not None:
            if bytes(found.public_key) != key.public_key:
                raise BadKeyError(
                    QT_TRANSLATE_NOOP(
                        "Error",
                        "Another sealing key of the same coordinator is kept here already: "
                        "a key is accepted once. Nothing was written.",
                    )
                )
            return key, True
        s.add(SyncRecipient(node=key.node, public_key=key.public_key, kept_by=actor.operator_id))
        s.flush()
        record_event(s, actor, "sync_recipient", None, AuditAction.CREATE, ("node", "public_key"))
    return key, False


def kept_recipients(db: Database) -> list[SealingKey]:
    with db.read() as s:
        return [
            SealingKey(r.node, bytes(r.public_key))
            for r in s.scalars(select(SyncRecipient).order_by(SyncRecipient.kept_at))
        ]


def recipient_by_fingerprint(db: Database, typed: str) -> SealingKey:
    for key in kept_recipients(db):
        if same_fingerprint(typed, key.fingerprint):
            return key
    raise BadKeyError(
        QT_TRANSLATE_NOOP(
            "Error",
            "No sealing key with this fingerprint is kept here: give the coordinator's "
            "sealing key file once with --encrypt-to FILE --fingerprint XXXX. Nothing was "
            "written.",
        )
    )


def seal_for(content: bytes, recipient: bytes) -> bytes:
    """``content`` (a signed bundle file) encrypted to the raw X25519 key ``recipient``."""
    ephemeral = X25519PrivateKey.generate()
    ephemeral_raw = _raw(ephemeral.public_key())
    shared = ephemeral.exchange(X25519PublicKey.from_public_bytes(recipient))
    key = HKDF(hashes.SHA256(), 32, salt=ephemeral_raw + recipient, info=_BUNDLE_INFO).derive(
        shared
    )
    nonce = os.urandom(12)
    header = json.dumps(
        {
            "ephemeral": base64.b64encode(ephemeral_raw).decode("ascii"),
            "nonce": base64.b64encode(nonce).decode("ascii"),
            "to": _key_id(recipient),
        },
        sort_keys=True,
        separators=(",", ":"),
    ).encode("ascii")
    associated = MAGIC + header + b"\n"
    return associated + ChaCha20Poly1305(key).encrypt(nonce, content, associated)


def not_for_us(key_id: str) -> BundleRefused:
    return BundleRefused(
        QT_TRANSLATE_NOOP(
            "Error",
            "This bundle is encrypted to another key (key {key}), not to this database's "
            "sealing key: it cannot be opened here, and nothing was taken in. Check that "
            "the desk was given this database's sealing key.",
        ),
        key=key_id,
    )


def changed_on_the_way() -> BundleRefused:
    return BundleRefused(
        QT_TRANSLATE_NOOP(
            "Error",
            "The encrypted bundle does not open: it was changed or damaged after the desk "
            "made it. Nothing was taken in. Ask the desk to send it again.",
        )
    )


def unsealing_key(db: Database) -> bytes | None:
    """This database's private sealing key, raw (None before it has an identity): for
    ``open_sealed_with`` where the database is not at hand (the worker process of
    deskapp.sync.pipeline, on the same machine, under the same account)."""
    with db.read() as s:
        made = s.scalar(select(SyncIdentity).limit(1))
    if made is None:
        return None
    return _private(made).private_bytes(Encoding.Raw, PrivateFormat.Raw, NoEncryption())


def open_sealed(db: Database, data: bytes) -> bytes:
    """The signed bundle inside a sealed one, opened with this database's key; refused
    in words (sealed to another key, changed, damaged)."""
    return open_sealed_with(unsealing_key(db), data)


def open_sealed_with(private_raw: bytes | None, data: bytes) -> bytes:
    """``open_sealed`` with the raw private key of ``unsealing_key``."""
    rest = data[len(MAGIC) :]
    end = rest.find(b"\n", 0, MAX_HEADER)
    if end < 0:
        raise damaged()
    header_bytes, ciphertext = rest[:end], rest[end + 1 :]
    try:
        header = json.loads(header_bytes.decode("ascii"))
        ephemeral = base64.b64decode(str(header["ephemeral"]), validate=True)
        nonce = base64.b64decode(str(header["nonce"]), validate=True)
        key_id = str(header["to"])[:16]
        peer = X25519PublicKey.from_public_bytes(ephemeral)
    except (UnicodeDecodeError, ValueError, KeyError, TypeError, binascii.Error):
        raise damaged() from None
    if len(nonce) != 12:
        raise damaged()
    if private_raw is None:
        raise not_for_us(key_id)
    private = X25519PrivateKey.from_private_bytes(private_raw)
    ours = _raw(private.public_key())
    if key_id != _key_id(ours):
        raise not_for_us(key_id)
    try:
        shared = private.exchange(peer)
    except ValueError:  # a low-order point: not a real key
        raise changed_on_the_way() from None
    key = HKDF(hashes.SHA256(), 32, salt=ephemeral + ours, info=_BUNDLE_INFO).derive(shared)
    try:
        return ChaCha20Poly1305(key).decrypt(nonce, ciphertext, MAGIC + header_bytes + b"\n")
    except InvalidTag:
        raise changed_on_the_way() from None
