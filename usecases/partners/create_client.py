"""createPartnerClient: register a partner app and show its secret once.

Only the argon2id hash of the secret is stored; losing the secret means rotating it.
"""

from __future__ import annotations

import asyncio

from auth.passwords import hash_password
from models import PartnerClient
from storage.transaction import atomic
from usecases import events
from usecases.errors import UseCaseError
from usecases.partners.clients import checked_scopes, new_client_id, new_secret


async def create_client(name: str, scopes: list[str], actor: str) -> tuple[PartnerClient, str]:
    """Returns the client and its plain secret (shown once, never stored)."""
    secret = new_secret()
    client = await register_client(new_client_id(), name, scopes, secret, actor)
    return client, secret


async def register_client(client_id: str, name: str, scopes: list[str], secret: str, actor: str) -> PartnerClient:
    """Create a client with a given id and secret. For `create_client` and the demo loader only:
    anything else must let `create_client` generate both."""
    shown = (name or "").strip()
    if not 1 <= len(shown) <= 100:
        raise UseCaseError("INVALID_ARGUMENT", "请填写应用名称（不超过100个字符）", "name")
    allowed = checked_scopes(scopes)
    if not allowed:
        raise UseCaseError("INVALID_SCOPE", "请至少选择一个权限范围", "scopes")
    secret_hash = await asyncio.to_thread(hash_password, secret)
    async with atomic() as conn:
        client = await PartnerClient.create(client_id=client_id, name=shown, secret_hash=secret_hash,
                                            scopes=allowed, created_by=actor[:64], using_db=conn)
        await events.record(conn, "partner.client_created", "PartnerClient", client_id,
                            {"name": shown, "scopes": allowed}, actor)
    return client
