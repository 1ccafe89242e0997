"""Who is calling: resolved once per request from the bearer token, then read by permissions.

Anonymous callers get `Viewer.anonymous()`. A citizen's access token is a 15-minute ES256 JWT;
its session is checked too, so signOut / signOutEverywhere take effect at once.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from auth.tokens import TokenError, verify_token
from models import AuthSession
from usecases.identity.policy import APP_AUDIENCE


@dataclass(frozen=True)
class Viewer:
    kind: str  # anonymous | citizen
    citizen_id: int | None = None
    session_id: str | None = None
    scopes: frozenset[str] = field(default_factory=frozenset)
    error: TokenError | None = None  # why a presented token was not accepted

    @classmethod
    def anonymous(cls, error: TokenError | None = None) -> "Viewer":
        return cls(kind="anonymous", error=error)

    @property
    def is_citizen(self) -> bool:
        return self.kind == "citizen"

    @property
    def actor(self) -> str:
        return f"citizen:{self.citizen_id}" if self.is_citizen else "anonymous"


async def viewer_from_token(token: str | None) -> Viewer:
    if not token:
        return Viewer.anonymous()
    try:
        claims = verify_token(token, audience=APP_AUDIENCE)
    except TokenError as e:
        return Viewer.anonymous(e)
    kind, _, raw_id = str(claims.get("sub", "")).partition(":")
    if kind != "citizen" or not raw_id.isdigit() or not claims.get("sid"):
        return Viewer.anonymous(TokenError("TOKEN_INVALID"))
    live = await AuthSession.exists(id=claims["sid"], citizen_id=int(raw_id), revoked_at=None)
    if not live:
        return Viewer.anonymous(TokenError("TOKEN_REVOKED", "登录已失效，请重新登录"))
    return Viewer(kind="citizen", citizen_id=int(raw_id), session_id=claims["sid"])
