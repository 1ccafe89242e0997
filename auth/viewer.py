"""Who is calling: resolved once per request from the bearer token, then read by the rules.

Kinds: anonymous, citizen, staff (role grants from the token) and partner (OAuth2 scopes).
App tokens (citizens, staff) are 15-minute ES256 JWTs whose session is checked too, so
signOut / signOutEverywhere / deactivation take effect at once; partner tokens are 30-minute
client-credentials JWTs checked against the client's `active` flag.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from auth.tokens import TokenError, verify_token
from domain.roles import RoleGrant, parse_role_claim
from models import AuthSession
from usecases.identity.policy import APP_AUDIENCE

PARTNER_AUDIENCE = "qianban-partner"


@dataclass(frozen=True)
class Viewer:
    kind: str  # anonymous | citizen | staff | partner
    citizen_id: int | None = None
    staff_id: int | None = None
    client_id: str | None = None
    session_id: str | None = None
    roles: tuple[RoleGrant, ...] = ()
    scopes: frozenset[str] = field(default_factory=frozenset)
    expires_at: float = 0.0  # unix time the access token expires
    error: TokenError | None = None  # why a presented token was not accepted

    @classmethod
    def anonymous(cls, error: TokenError | None = None) -> "Viewer":
        return cls(kind="anonymous", error=error)

    @property
    def is_citizen(self) -> bool:
        return self.kind == "citizen"

    @property
    def is_staff(self) -> bool:
        return self.kind == "staff"

    @property
    def is_partner(self) -> bool:
        return self.kind == "partner"

    def has_role(self, *roles: str) -> bool:
        return any(g.role in roles for g in self.roles)

    @property
    def actor(self) -> str:
        return {"citizen": f"citizen:{self.citizen_id}", "staff": f"staff:{self.staff_id}",
                "partner": f"partner:{self.client_id}"}.get(self.kind, "anonymous")


def _audience_of(token: str) -> str | None:
    import jwt

    try:
        aud = jwt.decode(token, options={"verify_signature": False}).get("aud")
    except jwt.PyJWTError:
        return None
    return aud if isinstance(aud, str) else None


async def viewer_from_token(token: str | None) -> Viewer:
    if not token:
        return Viewer.anonymous()
    # The audience only picks which verification to run; verify_token then checks it for real.
    audience = PARTNER_AUDIENCE if _audience_of(token) == PARTNER_AUDIENCE else APP_AUDIENCE
    try:
        claims = verify_token(token, audience=audience)
    except TokenError as e:
        return Viewer.anonymous(e)
    kind, _, raw_id = str(claims.get("sub", "")).partition(":")
    if audience == PARTNER_AUDIENCE:
        return await _partner(kind, raw_id, claims)
    if kind not in ("citizen", "staff") or not raw_id.isdigit() or not claims.get("sid"):
        return Viewer.anonymous(TokenError("TOKEN_INVALID"))
    owner = {"citizen_id": int(raw_id)} if kind == "citizen" else {"staff_id": int(raw_id)}
    if not await AuthSession.exists(id=claims["sid"], revoked_at=None, **owner):
        return Viewer.anonymous(TokenError("TOKEN_REVOKED", "登录已失效，请重新登录"))
    roles = tuple(g for g in (parse_role_claim(c) for c in claims.get("roles", [])) if g is not None)
    return Viewer(kind=kind, session_id=claims["sid"], roles=roles, expires_at=float(claims["exp"]), **owner)


async def _partner(kind: str, client_id: str, claims: dict) -> Viewer:
    from models import PartnerClient

    if kind != "partner" or not client_id:
        return Viewer.anonymous(TokenError("TOKEN_INVALID"))
    if not await PartnerClient.exists(client_id=client_id, active=True):
        return Viewer.anonymous(TokenError("CLIENT_DISABLED", "该合作应用已停用"))
    scopes = frozenset(str(claims.get("scope", "")).split())
    return Viewer(kind="partner", client_id=client_id, scopes=scopes, expires_at=float(claims["exp"]))
