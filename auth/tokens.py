"""Issue and verify the service's JWTs (ES256, signed with the `auth.keys` ring).

Verification is written against the known JWT attacks (RFC 8725):
- the algorithm is pinned to ES256 and checked before any key is chosen, so `alg: none`,
  HS256 signed with our public key as the HMAC secret (algorithm confusion) and RS* tokens
  are refused whatever their header says;
- the key is picked only by `kid` from our own ring, never from the token (no `jwk`, `jku`
  or `x5u`), and an unknown kid is refused;
- `iss` and `aud` must be ours and the expected one (an access token for partner apps is
  not accepted where a citizen token is expected, and the other way round);
- exp, iat, iss, aud and sub are required; a small leeway absorbs clock skew between hosts.

Every failure is a `TokenError` with a machine code and a Chinese message that says what the
person can do, never why the signature failed: TOKEN_EXPIRED (sign in again / refresh),
TOKEN_WRONG_AUDIENCE, and TOKEN_INVALID for everything else.
"""

from __future__ import annotations

import secrets
from datetime import datetime, timedelta, timezone
from typing import Any

import jwt

from auth.keys import ALGORITHM, SigningKeys, get_signing_keys
from config.settings import get_settings

TOKEN_EXPIRED = "TOKEN_EXPIRED"
TOKEN_INVALID = "TOKEN_INVALID"
TOKEN_WRONG_AUDIENCE = "TOKEN_WRONG_AUDIENCE"

_MESSAGES = {
    TOKEN_EXPIRED: "登录已过期，请重新登录",
    TOKEN_INVALID: "登录凭证无效，请重新登录",
    TOKEN_WRONG_AUDIENCE: "登录凭证不适用于此应用，请重新登录",
}

RESERVED_CLAIMS = frozenset({"iss", "aud", "iat", "nbf", "exp", "jti"})
REQUIRED_CLAIMS = ("exp", "iat", "iss", "aud", "sub")
MAX_TOKEN_LENGTH = 8192  # ours are ~500 bytes; anything huge is refused before parsing


class TokenError(Exception):
    """A token that must not be honoured. `code` for machines, `message_zh` for people."""

    def __init__(self, code: str, message_zh: str | None = None) -> None:
        self.code = code
        self.message_zh = message_zh or _MESSAGES[code]
        super().__init__(f"{code}: {self.message_zh}")


def _epoch(moment: datetime) -> int:
    return int(moment.timestamp())


def issue_token(
    claims: dict[str, Any],
    *,
    audience: str,
    ttl: timedelta,
    now: datetime | None = None,
    keys: SigningKeys | None = None,
    issuer: str | None = None,
) -> str:
    """Sign `claims` (which must hold `sub`) for `audience`, valid for `ttl` from `now`.

    Adds iss, aud, iat, nbf, exp and a random jti (for revocation lists and audit), and the
    current key's kid in the header. The registered claims are this function's to set:
    passing one in `claims` is a programming error (ValueError), not an override.
    `keys` and `issuer` default to the settings; tests pass their own.
    """
    clash = RESERVED_CLAIMS & claims.keys()
    if clash:
        raise ValueError(f"issue_token sets {sorted(clash)} itself")
    if not isinstance(claims.get("sub"), str) or not claims["sub"]:
        raise ValueError("a token needs a non-empty string sub")
    if not audience:
        raise ValueError("a token needs an audience")
    if ttl <= timedelta(0):
        raise ValueError("ttl must be positive")
    now = now or datetime.now(timezone.utc)
    if now.tzinfo is None:
        raise ValueError("now must be timezone-aware")
    keys = keys or get_signing_keys()
    payload = {
        **claims,
        "iss": issuer or get_settings().jwt_issuer,
        "aud": audience,
        "iat": _epoch(now),
        "nbf": _epoch(now),
        "exp": _epoch(now + ttl),
        "jti": secrets.token_urlsafe(16),
    }
    return jwt.encode(payload, keys.current, algorithm=ALGORITHM, headers={"kid": keys.current_kid})


def verify_token(
    token: str,
    *,
    audience: str,
    keys: SigningKeys | None = None,
    issuer: str | None = None,
    leeway_seconds: int | None = None,
) -> dict[str, Any]:
    """The claims of a token we issued for `audience`, or TokenError.

    `keys`, `issuer` and `leeway_seconds` default to the settings (JWT_ISSUER,
    JWT_LEEWAY_SECONDS); tests pass their own.
    """
    if not isinstance(token, str) or not token or len(token) > MAX_TOKEN_LENGTH:
        raise TokenError(TOKEN_INVALID)
    try:
        header = jwt.get_unverified_header(token)
    except jwt.PyJWTError:
        raise TokenError(TOKEN_INVALID) from None
    # Pinned before anything else; the same list goes to decode below as a second lock.
    if header.get("alg") != ALGORITHM:
        raise TokenError(TOKEN_INVALID)
    keys = keys or get_signing_keys()
    kid = header.get("kid")
    public_key = keys.public_key(kid) if isinstance(kid, str) else None
    if public_key is None:
        raise TokenError(TOKEN_INVALID)
    settings = None if issuer is not None and leeway_seconds is not None else get_settings()
    try:
        return jwt.decode(
            token,
            key=public_key,
            algorithms=[ALGORITHM],
            audience=audience,
            issuer=issuer if issuer is not None else settings.jwt_issuer,
            leeway=leeway_seconds if leeway_seconds is not None else settings.jwt_leeway_seconds,
            options={"require": list(REQUIRED_CLAIMS), "strict_aud": True},
        )
    except jwt.ExpiredSignatureError:
        raise TokenError(TOKEN_EXPIRED) from None
    except jwt.InvalidAudienceError:
        raise TokenError(TOKEN_WRONG_AUDIENCE) from None
    except jwt.PyJWTError:
        raise TokenError(TOKEN_INVALID) from None
