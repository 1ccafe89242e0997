"""refreshSession: rotation on every use; a reused refresh token revokes the whole session."""

from __future__ import annotations

from tests.identity_helpers import ME, REFRESH, outbox, signed_in  # noqa: F401


async def test_refresh_rotates_and_old_token_reuse_revokes_the_family(gql, client, outbox):  # noqa: F811
    s = await signed_in(gql, outbox)
    first = (await gql(REFRESH, {"t": s["refreshToken"]}))["data"]["refreshSession"]
    assert first["__typename"] == "AuthTokens" and first["refreshToken"] != s["refreshToken"]
    second = (await gql(REFRESH, {"t": first["refreshToken"]}))["data"]["refreshSession"]
    assert second["__typename"] == "AuthTokens"

    # The first refresh token leaked and is replayed: the whole session ends.
    replay = (await gql(REFRESH, {"t": s["refreshToken"]}))["data"]["refreshSession"]
    assert replay["code"] == "REFRESH_TOKEN_REUSED"
    dead = (await gql(REFRESH, {"t": second["refreshToken"]}))["data"]["refreshSession"]
    assert dead["code"] == "INVALID_REFRESH_TOKEN"
    r = await client.post("/graphql", json={"query": ME}, headers={"authorization": f"Bearer {second['accessToken']}"})
    assert r.json()["errors"][0]["extensions"]["code"] == "TOKEN_REVOKED"


async def test_unknown_refresh_token_is_refused(gql):
    r = (await gql(REFRESH, {"t": "made-up"}))["data"]["refreshSession"]
    assert r["code"] == "INVALID_REFRESH_TOKEN" and r["message"]


async def test_sign_out_everywhere_ends_every_device(gql, client, outbox):  # noqa: F811
    from models import LoginCode

    a = await signed_in(gql, outbox)
    from datetime import timedelta

    from domain.clock import now

    await LoginCode.all().update(created_at=now() - timedelta(minutes=5))  # past the 1-a-minute limit
    b = await signed_in(gql, outbox, a["phone"])
    headers = {"authorization": f"Bearer {b['accessToken']}"}
    r = await client.post("/graphql", json={"query": "mutation { signOutEverywhere { sessionsEnded } }"}, headers=headers)
    assert r.json()["data"]["signOutEverywhere"]["sessionsEnded"] == 2
    assert (await gql(REFRESH, {"t": a["refreshToken"]}))["data"]["refreshSession"]["code"] == "INVALID_REFRESH_TOKEN"
