"""createPartnerClient / rotatePartnerSecret / disablePartnerClient."""

from __future__ import annotations

import re

from models import DomainEvent, PartnerClient
from tests.staff_helpers import ACTOR, fails
from usecases.partners.client_credentials import client_credentials_token
from usecases.partners.clients import partner_is_active
from usecases.partners.create_client import create_client
from usecases.partners.disable_client import disable_client
from usecases.partners.rotate_secret import rotate_secret


async def test_create_shows_the_secret_once_and_stores_its_hash(db):
    client, secret = await create_client(" 测试城市应用 ", ["appointments:write", "catalog:read", "catalog:read"], ACTOR)
    assert re.fullmatch(r"pc_[0-9a-f]{16}", client.client_id)
    assert re.fullmatch(r"pcs_[A-Za-z0-9_-]{43}", secret)  # 32 random bytes
    row = await PartnerClient.get(client_id=client.client_id)
    assert (row.name, row.scopes, row.active, row.created_by) == (
        "测试城市应用", ["catalog:read", "appointments:write"], True, ACTOR)
    assert row.secret_hash.startswith("$argon2id$") and secret not in row.secret_hash
    event = await DomainEvent.get(type="partner.client_created", subject_id=client.client_id)
    assert secret not in str(event.payload) and event.payload["scopes"] == ["catalog:read", "appointments:write"]
    other, other_secret = await create_client("另一个应用", ["cases:read"], ACTOR)
    assert other.client_id != client.client_id and other_secret != secret


async def test_unknown_or_missing_scopes_are_refused(db):
    before = await PartnerClient.all().count()
    err = await fails(create_client("坏应用", ["catalog:read", "admin:everything"], ACTOR))
    assert (err.code, err.field) == ("INVALID_SCOPE", "scopes") and "admin:everything" in err.message
    assert (await fails(create_client("空应用", [], ACTOR))).code == "INVALID_SCOPE"
    assert (await fails(create_client("  ", ["catalog:read"], ACTOR))).field == "name"
    assert await PartnerClient.all().count() == before


async def test_rotation_retires_the_old_secret_at_once(db):
    client, old = await create_client("轮换测试", ["catalog:read"], ACTOR)
    new = await rotate_secret(client.client_id, ACTOR)
    assert new != old and new.startswith("pcs_")
    assert (await fails(client_credentials_token(client.client_id, old, None))).code == "INVALID_CLIENT"
    token, _, scopes = await client_credentials_token(client.client_id, new, None)
    assert token and scopes == ["catalog:read"]
    assert (await PartnerClient.get(client_id=client.client_id)).rotated_at is not None
    assert await DomainEvent.exists(type="partner.secret_rotated", subject_id=client.client_id)


async def test_disabled_clients_get_no_tokens(db):
    client, secret = await create_client("停用测试", ["catalog:read"], ACTOR)
    assert await partner_is_active(client.client_id)
    row = await disable_client(client.client_id, ACTOR)
    assert row.active is False and row.disabled_at is not None
    assert not await partner_is_active(client.client_id)
    err = await fails(client_credentials_token(client.client_id, secret, None))
    assert err.code == "CLIENT_DISABLED"
    # Without the right secret, a disabled client looks like any wrong credentials.
    assert (await fails(client_credentials_token(client.client_id, "pcs_wrong", None))).code == "INVALID_CLIENT"
    assert (await fails(rotate_secret(client.client_id, ACTOR))).code == "CLIENT_DISABLED"
    await disable_client(client.client_id, ACTOR)  # idempotent
    assert await DomainEvent.filter(type="partner.client_disabled", subject_id=client.client_id).count() == 1


async def test_unknown_client_ids(db):
    for call in (rotate_secret("pc_does_not_exist", ACTOR), disable_client("pc_does_not_exist", ACTOR)):
        err = await fails(call)
        assert (err.code, err.field) == ("NOT_FOUND", "clientId")
