"""The ES256 key ring that signs access tokens, and its public half as a JWKS.

Why asymmetric: partner apps, the gateway and other services verify our tokens with the
public keys from /.well-known/jwks.json and can never mint one. Why a ring with `kid`:
rotation without signing everyone out. Put a new key first in JWT_SIGNING_KEYS; new tokens
carry its kid, tokens signed by the previous key still verify (and its public key stays in
the JWKS) until it is removed from the setting, which is safe once the longest token
lifetime (15 minutes for access tokens) has passed since the switch.

JWT_SIGNING_KEYS format: `kid=SOURCE;kid2=SOURCE`, first = current. SOURCE is either
- a path to a PEM file (PKCS#8 "BEGIN PRIVATE KEY" or SEC1 "BEGIN EC PRIVATE KEY",
  unencrypted; relative paths start at the project root) — the robust choice: mount it as a
  secret file, keep the environment free of multi-line values; or
- the PEM itself, starting with "-----BEGIN"; a one-line value may write its line breaks
  as the two characters \\n (as most secret stores and .env files need).
`;` separates entries because it never occurs in PEM text; kids are 1-32 letters, digits,
`_`, `-` or `.`. Only P-256 keys are accepted: anything else would not be ES256.

Outside production, an empty setting gives one key derived from SECRET_KEY (kid "dev"), the
same in every process and after every restart, so several dev workers agree and a
developer's token survives `make run` again. Production refuses to start without keys.
"""

from __future__ import annotations

import base64
import re
from collections.abc import Sequence
from functools import lru_cache
from pathlib import Path

from cryptography.hazmat.primitives import serialization
from cryptography.hazmat.primitives.asymmetric import ec

from auth.crypto import derive_dev_key
from config.settings import ROOT, Settings, get_settings

ALGORITHM = "ES256"
DEV_KID = "dev"
KID_PATTERN = re.compile(r"[A-Za-z0-9_.-]{1,32}")
# Order of the P-256 group: a derived private scalar must lie in [1, n-1].
_P256_ORDER = 0xFFFFFFFF00000000FFFFFFFFFFFFFFFFBCE6FAADA7179E84F3B9CAC2FC632551


class SigningKeyError(ValueError):
    """JWT_SIGNING_KEYS is missing or malformed; the service must not start."""


def _b64url_uint(value: int) -> str:
    return base64.urlsafe_b64encode(value.to_bytes(32, "big")).rstrip(b"=").decode("ascii")


def _check_p256(kid: str, key: object) -> ec.EllipticCurvePrivateKey:
    if not isinstance(key, ec.EllipticCurvePrivateKey) or not isinstance(key.curve, ec.SECP256R1):
        raise SigningKeyError(f"signing key {kid!r} must be an EC P-256 private key")
    return key


class SigningKeys:
    """Private keys by kid; the first one signs, all of them verify."""

    def __init__(self, keys: Sequence[tuple[str, ec.EllipticCurvePrivateKey]]) -> None:
        if not keys:
            raise SigningKeyError("at least one signing key is needed")
        self._keys: dict[str, ec.EllipticCurvePrivateKey] = {}
        for kid, key in keys:
            if not KID_PATTERN.fullmatch(kid):
                raise SigningKeyError(f"key id {kid!r} must be 1-32 letters, digits, _, - or .")
            if kid in self._keys:
                raise SigningKeyError(f"key id {kid!r} appears twice")
            self._keys[kid] = _check_p256(kid, key)
        self.current_kid = keys[0][0]

    def __repr__(self) -> str:
        return f"SigningKeys(kids={list(self._keys)}, current={self.current_kid!r})"

    @property
    def kids(self) -> tuple[str, ...]:
        return tuple(self._keys)

    @property
    def current(self) -> ec.EllipticCurvePrivateKey:
        return self._keys[self.current_kid]

    def public_key(self, kid: str) -> ec.EllipticCurvePublicKey | None:
        key = self._keys.get(kid)
        return key.public_key() if key is not None else None

    def jwks(self) -> dict:
        """The public keys as a JWK Set (RFC 7517/7518), current key first."""
        out = []
        for kid, key in self._keys.items():
            numbers = key.public_key().public_numbers()
            out.append({
                "kty": "EC", "crv": "P-256", "x": _b64url_uint(numbers.x), "y": _b64url_uint(numbers.y),
                "use": "sig", "alg": ALGORITHM, "kid": kid,
            })
        return {"keys": out}

    @classmethod
    def from_spec(cls, spec: str, *, base_dir: Path = ROOT) -> SigningKeys:
        """Parse JWT_SIGNING_KEYS (see the module docstring)."""
        entries = [e.strip() for e in spec.split(";") if e.strip()]
        if not entries:
            raise SigningKeyError("JWT_SIGNING_KEYS is empty")
        keys = []
        for entry in entries:
            kid, sep, source = entry.partition("=")
            kid, source = kid.strip(), source.strip()
            if not sep or not source:
                raise SigningKeyError("JWT_SIGNING_KEYS entries are kid=PEM-file-or-PEM")
            keys.append((kid, load_private_key(kid, source, base_dir=base_dir)))
        return cls(keys)


def load_private_key(kid: str, source: str, *, base_dir: Path = ROOT) -> ec.EllipticCurvePrivateKey:
    """A P-256 private key from inline PEM or from a PEM file."""
    if source.startswith("-----BEGIN"):
        pem = source.replace("\\n", "\n").encode("ascii")
    else:
        path = Path(source)
        path = path if path.is_absolute() else base_dir / path
        try:
            pem = path.read_bytes()
        except OSError as exc:
            raise SigningKeyError(f"cannot read signing key {kid!r} from {path}: {exc.strerror}") from None
    try:
        key = serialization.load_pem_private_key(pem, password=None)
    except (ValueError, TypeError):
        # No detail: the exception text could echo key material.
        raise SigningKeyError(f"signing key {kid!r} is not an unencrypted PEM private key") from None
    return _check_p256(kid, key)


def dev_signing_key(secret: str) -> ec.EllipticCurvePrivateKey:
    """A P-256 key derived from SECRET_KEY (development and test only)."""
    scalar = int.from_bytes(derive_dev_key(secret, "jwt signing key"), "big")
    return ec.derive_private_key(scalar % (_P256_ORDER - 1) + 1, ec.SECP256R1())


def generate_signing_key() -> ec.EllipticCurvePrivateKey:
    return ec.generate_private_key(ec.SECP256R1())


def private_key_pem(key: ec.EllipticCurvePrivateKey) -> str:
    """PKCS#8 PEM, the format JWT_SIGNING_KEYS reads."""
    return key.private_bytes(
        serialization.Encoding.PEM, serialization.PrivateFormat.PKCS8, serialization.NoEncryption()
    ).decode("ascii")


def signing_keys_from_settings(settings: Settings) -> SigningKeys:
    spec = settings.jwt_signing_keys.reveal()
    if spec:
        return SigningKeys.from_spec(spec)
    if settings.env == "production":
        raise SigningKeyError("JWT_SIGNING_KEYS must be set in production")
    return SigningKeys([(DEV_KID, dev_signing_key(settings.secret_key.reveal()))])


@lru_cache(maxsize=4)
def _cached(settings: Settings) -> SigningKeys:
    return signing_keys_from_settings(settings)


def get_signing_keys() -> SigningKeys:
    """The process's key ring for the current settings (read once per settings object)."""
    return _cached(get_settings())


def check_key_settings(settings: Settings | None = None) -> None:
    """Build every key ring now, so a missing or broken key stops startup, not a request.

    Raises auth.crypto.KeyConfigError or SigningKeyError (both ValueError). The app's
    startup (and `qianban serve`) should call this; `config.settings.load()` itself only
    reads strings.
    """
    from auth.crypto import cipher_from_settings

    settings = settings or get_settings()
    cipher_from_settings(settings)
    signing_keys_from_settings(settings)
    if not 0 <= settings.jwt_leeway_seconds <= 300:
        raise ValueError("JWT_LEEWAY_SECONDS must be between 0 and 300")


if __name__ == "__main__":  # python -m auth.keys > jwt-YYYY-MM.pem → a fresh key file
    print(private_key_pem(generate_signing_key()), end="")
