"""revokeProxy: the principal ends an authorisation at once."""

from __future__ import annotations

from domain.clock import now
from models import ProxyAuthorization
from storage.transaction import atomic
from usecases import events
from usecases.errors import UseCaseError


async def revoke_proxy(principal_id: int, proxy_id: int) -> ProxyAuthorization:
    async with atomic() as conn:
        grant = await ProxyAuthorization.get_or_none(id=proxy_id, principal_id=principal_id).using_db(conn)
        if grant is None:  # someone else's grant looks exactly like a missing one
            raise UseCaseError("NOT_FOUND", "委托授权不存在", "proxyId")
        if grant.revoked_at is None:
            grant.revoked_at = now()
            await grant.save(using_db=conn, update_fields=["revoked_at"])
            await events.record(conn, "identity.proxy_revoked", "Citizen", principal_id, {"proxy": grant.id},
                                f"citizen:{principal_id}")
    return grant
