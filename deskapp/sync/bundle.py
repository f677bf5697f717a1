"""The bundle file: format, signature, verification.

A bundle is one UTF-8 JSON file (``.deskbundle``)::

    {"format": "deskapp-bundle", "version": 1, "desk": NODE, "kind": "full",
     "number": N, "payload": BASE64, "signature": BASE64}

``payload`` is the zlib-compressed canonical JSON (keys sorted, no spaces, UTF-8) of
the bundle's content: its desk, kind, number, sequence range, the hash of the desk's
previous bundle of that kind, the schema revision, the desk's audit anchor, the records
and the audit events. ``signature`` is the desk's Ed25519 signature over exactly those
compressed bytes (detached: checked before anything is decompressed or read). The
bundle's hash, which the next bundle names and the ledger keeps, is the SHA-256 of the
same bytes. The fields outside the payload only say which key to check it with; each
must equal its copy inside.
"""

from __future__ import annotations

import base64
import binascii
import hashlib
import json
import zlib
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from cryptography.exceptions import InvalidSignature
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey

from deskapp.errors import DeskappError
from deskapp.i18n import QT_TRANSLATE_NOOP
from deskapp.sync.identity import public_key

FORMAT = "deskapp-bundle"
VERSION = 1
KINDS = ("full", "pseudonymous")  # a desk's, to the coordinator
CATALOGUE = "catalogue"  # the coordinator's, to the desks (deskapp.sync.catalogue)
MAX_FILE = 1 << 30  # 1 GiB: far above a desk's whole registry
MAX_PAYLOAD = 4 << 30  # decompressed


class BundleRefused(DeskappError):
    """A bundle that is not taken in; nothing of it was written."""


def canonical(data: Any) -> bytes:
    return json.dumps(data, sort_keys=True, separators=(",", ":"), ensure_ascii=False).encode()


def seal(payload: dict[str, Any], key: Ed25519PrivateKey) -> tuple[bytes, str]:
    """The file's bytes and the bundle's hash."""
    packed = zlib.compress(canonical(payload), 6)
    envelope = {
        "format": FORMAT,
        "version": VERSION,
        "desk": payload["desk"],
        "kind": payload["kind"],
        "number": payload["number"],
        "payload": base64.b64encode(packed).decode("ascii"),
        "signature": base64.b64encode(key.sign(packed)).decode("ascii"),
    }
    return canonical(envelope) + b"\n", hashlib.sha256(packed).hexdigest()


@dataclass(frozen=True)
class Opened:
    node: str
    kind: str
    number: int
    hash: str
    payload: dict[str, Any]


def damaged() -> BundleRefused:
    return BundleRefused(
        QT_TRANSLATE_NOOP(
            "Error",
            "This file is not a deskapp bundle, or it is damaged or cut short (truncated): "
            "nothing was taken in. Ask the desk to send it again.",
        )
    )


def tampered() -> BundleRefused:
    return BundleRefused(
        QT_TRANSLATE_NOOP(
            "Error",
            "The bundle's signature does not match its content: it was changed after the "
            "desk made it (tampered), or made with another key. Nothing was taken in.",
        )
    )


def unknown_desk(node: str) -> BundleRefused:
    return BundleRefused(
        QT_TRANSLATE_NOOP(
            "Error",
            "The bundle comes from a desk whose key is not trusted here (desk id {node}): "
            "nothing was taken in. Get the desk's key, compare its fingerprint with the "
            "desk by phone, then run 'deskapp sync trust'.",
        ),
        node=node,
    )


def wrong_kind(kind: str) -> BundleRefused:
    if kind == CATALOGUE:
        return BundleRefused(
            QT_TRANSLATE_NOOP(
                "Error",
                "This is the coordinator's catalogue bundle: a desk applies it with "
                "'deskapp sync apply-catalogue'. Nothing was taken in.",
            )
        )
    return BundleRefused(
        QT_TRANSLATE_NOOP(
            "Error",
            "This is a desk's bundle, not the coordinator's catalogue: the coordinator "
            "takes it in with 'deskapp sync import'. Nothing was changed.",
        )
    )


def open_bundle(
    data: bytes, key_of: Callable[[str], bytes | None], kinds: tuple[str, ...] = KINDS
) -> Opened:
    """Read and verify a bundle's bytes: its form, then the signature with the trusted
    key of the desk it names (``key_of``), then its content. Refused in words; a
    bundle of a kind not taken here (``kinds``) is refused saying what it is."""
    if len(data) > MAX_FILE:
        raise damaged()
    try:
        envelope = json.loads(data.decode("utf-8"))
    except (UnicodeDecodeError, ValueError):
        raise damaged() from None
    if not isinstance(envelope, dict) or envelope.get("format") != FORMAT:
        raise damaged()
    if envelope.get("version") != VERSION:
        raise BundleRefused(
            QT_TRANSLATE_NOOP(
                "Error",
                "The bundle was made by a newer version of deskapp (bundle format {version}): "
                "install the newer version here to take it in.",
            ),
            version=str(envelope.get("version"))[:20],
        )
    node, kind, number = envelope.get("desk"), envelope.get("kind"), envelope.get("number")
    if not isinstance(node, str) or len(node) != 36 or kind not in (*KINDS, CATALOGUE):
        raise damaged()
    if kind not in kinds:
        raise wrong_kind(kind)
    if not isinstance(number, int) or isinstance(number, bool) or number < 1:
        raise damaged()
    try:
        packed = base64.b64decode(str(envelope.get("payload", "")), validate=True)
        signature = base64.b64decode(str(envelope.get("signature", "")), validate=True)
    except (binascii.Error, ValueError):
        raise damaged() from None
    raw_key = key_of(node)
    if raw_key is None:
        raise unknown_desk(node)
    try:
        public_key(raw_key).verify(signature, packed)
    except InvalidSignature:
        raise tampered() from None
    try:
        inflater = zlib.decompressobj()
        text = inflater.decompress(packed, MAX_PAYLOAD)
        if inflater.unconsumed_tail or not inflater.eof:
            raise damaged()
        payload = json.loads(text.decode("utf-8"))
    except (zlib.error, UnicodeDecodeError, ValueError):
        raise damaged() from None
    if not isinstance(payload, dict) or (
        payload.get("desk"),
        payload.get("kind"),
        payload.get("number"),
    ) != (node, kind, number):
        raise tampered()
    return Opened(node, kind, number, hashlib.sha256(packed).hexdigest(), payload)
