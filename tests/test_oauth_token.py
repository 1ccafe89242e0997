"""POST /oauth/token: partner apps get scoped tokens; bad clients get RFC 6749 errors."""

from __future__ import annotations

import base64

from auth.tokens import verify_token

DEMO_ID, DEMO_SECRET = "pc_demo_city_app", "pcs_demo-city-app-secret-NOT-FOR-PRODUCTION"
FORM = {"content-type": "application/x-www-form-urlencoded"}


async def test_basic_and_form_credentials_get_a_scoped_token(client):
    basic = base64.b64encode(f"{DEMO_ID}:{DEMO_SECRET}".encode()).decode()
    r = await client.post("/oauth/token", content="grant_type=client_credentials&scope=catalog:read",
                          headers={**FORM, "authorization": f"Basic {basic}"})
    assert r.status_code == 200 and r.headers["cache-control"] == "no-store"
    body = r.json()
    assert body["token_type"] == "Bearer" and body["scope"] == "catalog:read" and body["expires_in"] == 1800
    claims = verify_token(body["access_token"], audience="qianban-partner")
    assert claims["sub"] == f"partner:{DEMO_ID}"
    r = await client.post("/oauth/token", data={"grant_type": "client_credentials", "client_id": DEMO_ID,
                                                "client_secret": DEMO_SECRET})
    assert set(r.json()["scope"].split()) == {"catalog:read", "appointments:write"}


async def test_errors_follow_rfc_6749(client):
    cases = [
        ({"grant_type": "password", "client_id": DEMO_ID, "client_secret": DEMO_SECRET}, 400, "unsupported_grant_type"),
        ({"grant_type": "client_credentials", "client_id": DEMO_ID, "client_secret": "wrong"}, 401, "invalid_client"),
        ({"grant_type": "client_credentials", "client_id": "pc_nobody", "client_secret": "x"}, 401, "invalid_client"),
        ({"grant_type": "client_credentials"}, 401, "invalid_client"),
        ({"grant_type": "client_credentials", "client_id": DEMO_ID, "client_secret": DEMO_SECRET,
          "scope": "webhooks:manage"}, 400, "invalid_scope"),
    ]
    for form, status, error in cases:
        r = await client.post("/oauth/token", data=form)
        assert (r.status_code, r.json()["error"]) == (status, error), form
        assert r.json()["error_description"]
    r = await client.post("/oauth/token", json={"grant_type": "client_credentials"})
    assert r.status_code == 400 and r.json()["error"] == "invalid_request"


async def test_partner_token_is_a_partner_viewer_and_disabling_cuts_it_off(client, gql):
    from usecases.partners.create_client import create_client
    from usecases.partners.disable_client import disable_client

    created, secret = await create_client("测试城市APP", ["catalog:read"], "pytest")
    r = await client.post("/oauth/token", data={"grant_type": "client_credentials", "client_id": created.client_id,
                                                "client_secret": secret})
    token = r.json()["access_token"]
    me = await gql("{ me { verified } }", token=token)
    assert me["errors"][0]["extensions"]["code"] == "FORBIDDEN"  # a partner is not a citizen
    await disable_client(created.client_id, "pytest")
    me = await gql("{ me { verified } }", token=token)
    assert me["errors"][0]["extensions"]["code"] == "CLIENT_DISABLED"


async def test_partner_without_catalog_scope_is_held_to_its_scopes(client, gql):
    from usecases.partners.create_client import create_client

    created, secret = await create_client("只约不查APP", ["appointments:write"], "pytest")
    r = await client.post("/oauth/token", data={"grant_type": "client_credentials", "client_id": created.client_id,
                                                "client_secret": secret})
    token = r.json()["access_token"]
    denied = await gql("{ themes { name } }", token=token)
    assert denied["errors"][0]["extensions"]["code"] == "FORBIDDEN"
    r = await client.post("/oauth/token", data={"grant_type": "client_credentials", "client_id": DEMO_ID,
                                                "client_secret": DEMO_SECRET, "scope": "catalog:read"})
    allowed = await gql("{ themes { name } }", token=r.json()["access_token"])
    assert allowed["data"]["themes"]
