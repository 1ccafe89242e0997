"""Personal data at rest: field encryption (AES-256-GCM) and blind indexes (HMAC-SHA256).

Why: ID numbers and real names must stay unreadable in a database dump, a backup or a log
of SQL, and must be readable again by the service. AES-GCM gives confidentiality and
integrity; the associated data (`aad`, e.g. "citizen.id_number") binds a ciphertext to its
column, so a value copied from one column or row kind into another fails to decrypt instead
of being shown in the wrong place.

Token format, ASCII so it fits any text column:  v1.<kid>.<base64url(nonce ‖ ciphertext+tag)>
- the 12-byte nonce is random per encryption (NIST SP 800-38D allows 2^32 random nonces per
  key, far beyond what a key sees before rotation);
- `kid` names the key, so rotation is: put a new key first in DATA_KEYS; new values are
  sealed with it, old ones still open, and `needs_rotation()` finds the rows a background
  job should re-encrypt before the old key is removed;
- the header ("v1.<kid>.") is part of the authenticated data, so it cannot be swapped.

Blind index: equality look-up ("is this ID number already bound to an account?") without
decrypting every row. HMAC with a separate LOOKUP_KEY (a stolen data key alone does not let
anyone test guesses against the index, and vice versa), with a sub-key per `purpose` so the
same value gives unrelated indexes in unrelated columns. Callers pass normalised values
(`domain.identity.validate_id_number(...).number`, `normalize_phone(...)`): the index is
exact. A blind index of a low-entropy value can be brute-forced by whoever holds the lookup
key, so the key is a secret of the same rank as the data keys. Changing LOOKUP_KEY means
recomputing every index, which is why it is a single key rather than a ring.
"""

from __future__ import annotations

import base64
import binascii
import hashlib
import hmac
import os
import re
from collections.abc import Mapping
from functools import lru_cache

from cryptography.exceptions import InvalidTag
from cryptography.hazmat.primitives import hashes
from cryptography.hazmat.primitives.ciphers.aead import AESGCM
from cryptography.hazmat.primitives.kdf.hkdf import HKDF

from config.settings import Settings, get_settings

VERSION = "v1"
KEY_BYTES = 32
NONCE_BYTES = 12
_TAG_BYTES = 16
KID_PATTERN = re.compile(r"[A-Za-z0-9_-]{1,32}")
DEV_KID = "dev"


class KeyConfigError(ValueError):
    """DATA_KEYS / LOOKUP_KEY are missing or malformed; the service must not start."""


class DecryptionError(ValueError):
    """A token that cannot be opened: malformed, unknown key, wrong aad, or tampered.

    Deliberately one type with no detail about which: the caller's answer is the same
    (treat the value as unreadable, log the row id), and the message never holds data.
    """


def _b64decode(text: str) -> bytes:
    """Standard or URL-safe base64, padding optional: operators paste keys from many tools."""
    text = text.strip().replace("-", "+").replace("_", "/")
    return base64.b64decode(text + "=" * (-len(text) % 4), validate=True)


def _b64url(data: bytes) -> str:
    return base64.urlsafe_b64encode(data).rstrip(b"=").decode("ascii")


def _b64url_decode(text: str) -> bytes:
    if not re.fullmatch(r"[A-Za-z0-9_-]*", text):
        raise ValueError("not base64url")
    return base64.urlsafe_b64decode(text + "=" * (-len(text) % 4))


def _check_key(kid: str, key: bytes) -> None:
    if not KID_PATTERN.fullmatch(kid):
        raise KeyConfigError(f"key id {kid!r} must be 1-32 letters, digits, _ or -")
    if len(key) != KEY_BYTES:
        raise KeyConfigError(f"key {kid!r} must be {KEY_BYTES} bytes, not {len(key)}")


def parse_key_ring(spec: str) -> tuple[dict[str, bytes], str]:
    """`kid:base64key,kid2:base64key` → ({kid: key}, current kid = the first)."""
    keys: dict[str, bytes] = {}
    entries = [e.strip() for e in spec.split(",") if e.strip()]
    if not entries:
        raise KeyConfigError("DATA_KEYS is empty")
    for entry in entries:
        kid, sep, encoded = entry.partition(":")
        kid = kid.strip()
        if not sep:
            raise KeyConfigError("DATA_KEYS entries are kid:base64key")
        try:
            key = _b64decode(encoded)
        except (binascii.Error, ValueError):
            raise KeyConfigError(f"key {kid!r} in DATA_KEYS is not base64") from None
        _check_key(kid, key)
        if kid in keys:
            raise KeyConfigError(f"key id {kid!r} appears twice in DATA_KEYS")
        keys[kid] = key
    return keys, entries[0].partition(":")[0].strip()


def derive_dev_key(secret: str, purpose: str) -> bytes:
    """A deterministic key from SECRET_KEY, so `make run` works with no key set up and data
    sealed yesterday still opens today. Never used in production (see `get_cipher`)."""
    return HKDF(
        algorithm=hashes.SHA256(), length=KEY_BYTES, salt=b"qianban-dev-keys",
        info=f"qianban {purpose}".encode(),
    ).derive(secret.encode())


def new_data_key() -> str:
    """32 random bytes in base64, for DATA_KEYS or LOOKUP_KEY."""
    return base64.b64encode(os.urandom(KEY_BYTES)).decode("ascii")


class FieldCipher:
    """Seals and opens personal-data fields with a key ring; computes blind indexes."""

    def __init__(self, keys: Mapping[str, bytes], current_kid: str, lookup_key: bytes) -> None:
        if current_kid not in keys:
            raise KeyConfigError(f"current key {current_kid!r} is not in the key ring")
        for kid, key in keys.items():
            _check_key(kid, key)
        if len(lookup_key) != KEY_BYTES:
            raise KeyConfigError(f"the lookup key must be {KEY_BYTES} bytes")
        if any(hmac.compare_digest(lookup_key, key) for key in keys.values()):
            raise KeyConfigError("the lookup key must differ from every data key")
        self._aeads = {kid: AESGCM(bytes(key)) for kid, key in keys.items()}
        self._lookup_key = bytes(lookup_key)
        self.current_kid = current_kid

    def __repr__(self) -> str:
        return f"FieldCipher(kids={sorted(self._aeads)}, current={self.current_kid!r})"

    @property
    def kids(self) -> tuple[str, ...]:
        return tuple(self._aeads)

    @staticmethod
    def _aad(kid: str, aad: str) -> bytes:
        return f"{VERSION}.{kid}.{aad}".encode()

    def encrypt(self, plaintext: str, aad: str) -> str:
        """Seal `plaintext` for the column named by `aad`, with the current key."""
        nonce = os.urandom(NONCE_BYTES)
        kid = self.current_kid
        sealed = self._aeads[kid].encrypt(nonce, plaintext.encode("utf-8"), self._aad(kid, aad))
        return f"{VERSION}.{kid}.{_b64url(nonce + sealed)}"

    def _split(self, token: str) -> tuple[str, bytes]:
        if not isinstance(token, str):
            raise DecryptionError("not an encrypted value")
        parts = token.split(".")
        if len(parts) != 3 or parts[0] != VERSION:
            raise DecryptionError("not an encrypted value")
        kid = parts[1]
        if kid not in self._aeads:
            raise DecryptionError("sealed with a key that is not configured")
        try:
            blob = _b64url_decode(parts[2])
        except (binascii.Error, ValueError):
            raise DecryptionError("not an encrypted value") from None
        if len(blob) < NONCE_BYTES + _TAG_BYTES:
            raise DecryptionError("not an encrypted value")
        return kid, blob

    def decrypt(self, token: str, aad: str) -> str:
        """Open a token sealed by `encrypt` with the same `aad`; DecryptionError otherwise."""
        kid, blob = self._split(token)
        try:
            plain = self._aeads[kid].decrypt(blob[:NONCE_BYTES], blob[NONCE_BYTES:], self._aad(kid, aad))
        except InvalidTag:
            raise DecryptionError("the value does not authenticate") from None
        return plain.decode("utf-8")

    def needs_rotation(self, token: str) -> bool:
        """True when the token was sealed with a key other than the current one."""
        return self._split(token)[0] != self.current_kid

    def rotate(self, token: str, aad: str) -> str:
        """Re-seal with the current key (returns the token unchanged if it already is)."""
        if not self.needs_rotation(token):
            return token
        return self.encrypt(self.decrypt(token, aad), aad)

    def blind_index(self, value: str, purpose: str) -> str:
        """Hex HMAC-SHA256 of `value` under a sub-key for `purpose` (e.g. "citizen.id_number").

        Equal values give equal indexes for one purpose, so a unique index on the column
        enforces "one ID number, one account" without the database ever seeing the number.
        """
        if not purpose:
            raise ValueError("a blind index needs a purpose")
        subkey = hmac.new(self._lookup_key, b"qianban blind index v1\x00" + purpose.encode(), hashlib.sha256)
        return hmac.new(subkey.digest(), value.encode("utf-8"), hashlib.sha256).hexdigest()


def cipher_from_settings(settings: Settings) -> FieldCipher:
    """Build the cipher from DATA_KEYS and LOOKUP_KEY, or dev keys outside production."""
    data_spec = settings.data_keys.reveal()
    lookup_spec = settings.lookup_key.reveal()
    production = settings.env == "production"
    if data_spec:
        keys, current = parse_key_ring(data_spec)
    elif production:
        raise KeyConfigError("DATA_KEYS must be set in production")
    else:
        keys, current = {DEV_KID: derive_dev_key(settings.secret_key.reveal(), "data key")}, DEV_KID
    if lookup_spec:
        try:
            lookup = _b64decode(lookup_spec)
        except (binascii.Error, ValueError):
            raise KeyConfigError("LOOKUP_KEY is not base64") from None
    elif production:
        raise KeyConfigError("LOOKUP_KEY must be set in production")
    else:
        lookup = derive_dev_key(settings.secret_key.reveal(), "lookup key")
    if len(lookup) != KEY_BYTES:
        raise KeyConfigError(f"LOOKUP_KEY must be {KEY_BYTES} bytes, not {len(lookup)}")
    return FieldCipher(keys, current, lookup)


@lru_cache(maxsize=4)
def _cached(settings: Settings) -> FieldCipher:
    return cipher_from_settings(settings)


def get_cipher() -> FieldCipher:
    """The process's cipher for the current settings (built once per settings object).

    Raises KeyConfigError in production when DATA_KEYS or LOOKUP_KEY is missing or
    malformed; call it (or `auth.keys.check_key_settings`) at startup to fail fast.
    """
    return _cached(get_settings())


if __name__ == "__main__":  # python -m auth.crypto → a fresh key for DATA_KEYS / LOOKUP_KEY
    print(new_data_key())
