"""disablePartnerClient: the client gets no new tokens (CLIENT_DISABLED). Its tokens already
issued are refused too where the request-time check `clients.partner_is_active` is made."""

from __future__ import annotations

from domain.clock import now
from models import PartnerClient
from storage.transaction import atomic
from usecases import events
from usecases.partners.clients import client_for_update


async def disable_client(client_id: str, actor: str) -> PartnerClient:
    async with atomic() as conn:
        client = await client_for_update(client_id, conn)
        if not client.active:
            return client  # already disabled: nothing changes, nothing recorded
        client.active, client.disabled_at = False, now()
        await client.save(using_db=conn, update_fields=["active", "disabled_at"])
        await events.record(conn, "partner.client_disabled", "PartnerClient", client_id, {}, actor)
    return client
