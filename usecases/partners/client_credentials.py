"""OAuth2 client credentials (RFC 6749 §4.4): client id + secret → a scoped access token.

Answers, in this order, so that only a caller holding the right secret learns anything:
- unknown client id or wrong secret → INVALID_CLIENT, one message for both, and the same
  argon2 work (a dummy hash stands in for an unknown client);
- disabled client → CLIENT_DISABLED;
- a requested scope that is unknown or not allowed for this client → INVALID_SCOPE.
No scopes requested means every scope the client is allowed. The token (ES256, audience
"qianban-partner", 30 minutes) carries:
    sub "partner:<client_id>", kind "partner", client_id, scope "catalog:read appointments:write"
"""

from __future__ import annotations

import asyncio

from auth.passwords import verify_password
from auth.tokens import issue_token
from domain.roles import canonical_scopes
from models import PartnerClient
from usecases.errors import UseCaseError
from usecases.partners.clients import checked_scopes
from usecases.partners.policy import MAX_SECRET_LENGTH, PARTNER_AUDIENCE, TOKEN_TTL

INVALID_CLIENT = UseCaseError("INVALID_CLIENT", "应用身份验证失败：client_id 或 client_secret 不正确", "client_secret")


async def client_credentials_token(
    client_id: str, client_secret: str, requested_scopes: list[str] | None = None
) -> tuple[str, int, list[str]]:
    """Returns (access_token, expires_in seconds, granted scopes in canonical order)."""
    client = None
    if isinstance(client_id, str) and 0 < len(client_id) <= 64:
        client = await PartnerClient.get_or_none(client_id=client_id)
    secret = client_secret if isinstance(client_secret, str) and len(client_secret) <= MAX_SECRET_LENGTH else ""
    ok = await asyncio.to_thread(verify_password, secret, client.secret_hash if client else None)
    if not ok:
        raise INVALID_CLIENT
    if not client.active:
        raise UseCaseError("CLIENT_DISABLED", "该合作应用已停用，请联系省级管理员", "client_id")
    allowed = canonical_scopes(client.scopes)
    if requested_scopes:
        wanted = checked_scopes(requested_scopes, "scope")
        refused = [s for s in wanted if s not in allowed]
        if refused:
            raise UseCaseError("INVALID_SCOPE", f"该应用未获授权的权限范围：{'、'.join(refused)}", "scope")
        granted = wanted
    else:
        granted = allowed
    token = issue_token(
        {"sub": f"partner:{client.client_id}", "kind": "partner", "client_id": client.client_id,
         "scope": " ".join(granted)},
        audience=PARTNER_AUDIENCE, ttl=TOKEN_TTL,
    )
    return token, int(TOKEN_TTL.total_seconds()), granted
