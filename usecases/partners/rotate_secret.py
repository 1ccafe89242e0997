"""rotatePartnerSecret: a new secret for a client; the old one stops working at once.

Tokens already issued with the old secret stay valid until they expire (30 minutes); disable
the client as well when the old secret leaked.
"""

from __future__ import annotations

import asyncio

from auth.passwords import hash_password
from domain.clock import now
from storage.transaction import atomic
from usecases import events
from usecases.errors import UseCaseError
from usecases.partners.clients import client_for_update, new_secret


async def rotate_secret(client_id: str, actor: str) -> str:
    """Returns the new plain secret (shown once)."""
    secret = new_secret()
    secret_hash = await asyncio.to_thread(hash_password, secret)
    async with atomic() as conn:
        client = await client_for_update(client_id, conn)
        if not client.active:
            raise UseCaseError("CLIENT_DISABLED", "该合作应用已停用，不能更换密钥", "clientId")
        client.secret_hash, client.rotated_at = secret_hash, now()
        await client.save(using_db=conn, update_fields=["secret_hash", "rotated_at"])
        await events.record(conn, "partner.secret_rotated", "PartnerClient", client_id, {}, actor)
    return secret
