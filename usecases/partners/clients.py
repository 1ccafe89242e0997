"""Shared by the partner-client use cases: id and secret generation, scope checks, look-up."""

from __future__ import annotations

import secrets

from domain.roles import PARTNER_SCOPE_LABELS, canonical_scopes, unknown_partner_scopes
from models import PartnerClient
from usecases.errors import UseCaseError
from usecases.partners.policy import CLIENT_ID_PREFIX, SECRET_BYTES, SECRET_PREFIX


def new_client_id() -> str:
    return CLIENT_ID_PREFIX + secrets.token_hex(8)


def new_secret() -> str:
    """`pcs_` + 32 random bytes, URL-safe base64: 256 bits, shown to the operator once."""
    return SECRET_PREFIX + secrets.token_urlsafe(SECRET_BYTES)


def checked_scopes(scopes: list[str] | None, field: str = "scopes") -> list[str]:
    """The scopes in canonical order, or INVALID_SCOPE naming the unknown ones."""
    scopes = list(scopes or [])
    unknown = unknown_partner_scopes(scopes)
    if unknown:
        known = "、".join(PARTNER_SCOPE_LABELS)
        raise UseCaseError("INVALID_SCOPE", f"未知的权限范围：{'、'.join(unknown)}（可选：{known}）", field)
    return canonical_scopes(scopes)


async def client_for_update(client_id: str, conn) -> PartnerClient:
    client = await PartnerClient.get_or_none(client_id=client_id).using_db(conn) if isinstance(client_id, str) else None
    if client is None:
        raise UseCaseError("NOT_FOUND", f"合作应用不存在：{client_id}", "clientId")
    return client


async def partner_is_active(client_id: str) -> bool:
    """For request-time checks: a token of a client disabled since it was issued is refused."""
    return await PartnerClient.exists(client_id=client_id, active=True)
