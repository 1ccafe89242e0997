"""Client credentials: secret check, scope grant, the partner token and its audience."""

from __future__ import annotations

import pytest

from auth.tokens import TokenError, verify_token
from tests.staff_helpers import ACTOR, VerifySpy, fails
from usecases.partners import client_credentials as cc
from usecases.partners.client_credentials import client_credentials_token
from usecases.partners.create_client import create_client


@pytest.fixture
async def partner(db):
    client, secret = await create_client("办事大厅自助机（测试）", ["catalog:read", "appointments:write", "cases:read"],
                                         ACTOR)
    return client.client_id, secret


async def test_token_claims_and_audience(partner):
    client_id, secret = partner
    token, expires_in, granted = await client_credentials_token(client_id, secret, None)
    assert expires_in == 1800
    assert granted == ["catalog:read", "appointments:write", "cases:read"]
    claims = verify_token(token, audience="qianban-partner")
    assert claims["sub"] == f"partner:{client_id}" and claims["kind"] == "partner"
    assert claims["client_id"] == client_id
    assert claims["scope"] == "catalog:read appointments:write cases:read"
    assert claims["exp"] - claims["iat"] == 1800
    assert "roles" not in claims and "sid" not in claims
    with pytest.raises(TokenError) as e:
        verify_token(token, audience="qianban-app")  # a partner token is no app (citizen/staff) token
    assert e.value.code == "TOKEN_WRONG_AUDIENCE"


async def test_requested_scopes_narrow_the_grant(partner):
    client_id, secret = partner
    token, _, granted = await client_credentials_token(client_id, secret, ["cases:read", "catalog:read", "cases:read"])
    assert granted == ["catalog:read", "cases:read"]
    assert verify_token(token, audience="qianban-partner")["scope"] == "catalog:read cases:read"
    _, _, granted = await client_credentials_token(client_id, secret, [])
    assert granted == ["catalog:read", "appointments:write", "cases:read"]  # none asked for: all allowed


async def test_scopes_beyond_the_clients_are_refused(partner):
    client_id, secret = partner
    err = await fails(client_credentials_token(client_id, secret, ["catalog:read", "webhooks:manage"]))
    assert (err.code, err.field) == ("INVALID_SCOPE", "scope") and "webhooks:manage" in err.message
    err = await fails(client_credentials_token(client_id, secret, ["catalog:write"]))
    assert err.code == "INVALID_SCOPE" and "catalog:write" in err.message


async def test_unknown_client_and_wrong_secret_look_the_same(partner, monkeypatch):
    client_id, secret = partner
    spy = VerifySpy(cc.verify_password)
    monkeypatch.setattr(cc, "verify_password", spy)
    wrong_secret = await fails(client_credentials_token(client_id, secret + "x", None))
    unknown = await fails(client_credentials_token("pc_0000000000000000", secret, None))
    assert wrong_secret.code == unknown.code == "INVALID_CLIENT"
    assert (wrong_secret.message, wrong_secret.field) == (unknown.message, unknown.field)
    assert spy.hashes[1] is None and spy.hashes[0].startswith("$argon2id$")  # same argon2 work for both


async def test_junk_credentials(partner):
    client_id, _ = partner
    for cid, secret in ((client_id, None), (client_id, ""), (client_id, "s" * 10_000), (None, None), ("x" * 500, "y")):
        assert (await fails(client_credentials_token(cid, secret, None))).code == "INVALID_CLIENT"
