"""signIn, me, sessions, signOut: the citizen's side of identity."""

from __future__ import annotations

from tests.identity_helpers import ME, REQUEST, SIGN_IN, fresh_phone, outbox, signed_in  # noqa: F401


async def _me(client, token):
    r = await client.post("/graphql", json={"query": ME}, headers={"authorization": f"Bearer {token}"})
    return r.json()


async def test_sign_in_creates_an_account_and_me_masks_personal_data(gql, client, outbox):  # noqa: F811
    s = await signed_in(gql, outbox)
    assert s["tokenType"] == "Bearer" and s["expiresInSeconds"] == 900
    me = (await _me(client, s["accessToken"]))["data"]["me"]
    assert me["verified"] is False and me["realName"] is None
    assert me["phone"] == s["phone"][:3] + "****" + s["phone"][-4:]
    assert me["sessions"] == [{"device": "测试手机", "current": True}]
    q = "{ me { phone(reveal: true) } }"
    r = await client.post("/graphql", json={"query": q}, headers={"authorization": f"Bearer {s['accessToken']}"})
    assert r.json()["data"]["me"]["phone"] == s["phone"]


async def test_phone_is_stored_sealed(gql, outbox):  # noqa: F811
    from models import Citizen

    s = await signed_in(gql, outbox)
    rows = await Citizen.all().values_list("phone", "phone_index")
    assert all(s["phone"] not in str(row) for row in rows)


async def test_wrong_codes_lock_the_phone_for_15_minutes(gql, outbox):  # noqa: F811
    phone = fresh_phone()
    await gql(REQUEST, {"p": phone})
    right = outbox.last_code(phone)
    wrong = "000000" if right != "000000" else "111111"
    codes = [(await gql(SIGN_IN, {"p": phone, "c": wrong}))["data"]["signIn"]["code"] for _ in range(5)]
    assert codes == ["WRONG_CODE"] * 4 + ["LOCKED"]
    r = (await gql(SIGN_IN, {"p": phone, "c": right}))["data"]["signIn"]
    assert r["code"] == "LOCKED" and "15分钟" in r["message"]


async def test_code_is_single_use(gql, outbox):  # noqa: F811
    phone = fresh_phone()
    await gql(REQUEST, {"p": phone})
    code = outbox.last_code(phone)
    assert (await gql(SIGN_IN, {"p": phone, "c": code}))["data"]["signIn"]["__typename"] == "AuthTokens"
    assert (await gql(SIGN_IN, {"p": phone, "c": code}))["data"]["signIn"]["code"] == "WRONG_CODE"


async def test_me_needs_a_valid_token(client):
    for header in ({}, {"authorization": "Bearer not-a-jwt"}):
        r = (await client.post("/graphql", json={"query": ME}, headers=header)).json()
        assert r["data"] is None
        assert r["errors"][0]["extensions"]["code"] in ("UNAUTHENTICATED", "TOKEN_INVALID")


async def test_sign_out_ends_the_session_at_once(gql, client, outbox):  # noqa: F811
    s = await signed_in(gql, outbox)
    headers = {"authorization": f"Bearer {s['accessToken']}"}
    r = await client.post("/graphql", json={"query": "mutation { signOut { sessionsEnded } }"}, headers=headers)
    assert r.json()["data"]["signOut"]["sessionsEnded"] == 1
    r = (await _me(client, s["accessToken"]))
    assert r["errors"][0]["extensions"]["code"] == "TOKEN_REVOKED"


async def test_demo_citizen_signs_in_with_the_fixed_code(gql, client):
    from models import LoginCode

    await LoginCode.all().delete()
    await gql(REQUEST, {"p": "13800138000"})
    s = (await gql(SIGN_IN, {"p": "13800138000", "c": "246810"}))["data"]["signIn"]
    me = (await _me(client, s["accessToken"]))["data"]["me"]
    assert me["verified"] is True and me["realName"] == "王**"
    assert me["idNumber"].startswith("520102") and "********" in me["idNumber"]


async def test_tokens_for_another_audience_or_expired_are_typed_errors(client, gql, outbox):  # noqa: F811
    from datetime import timedelta

    import jwt

    from auth.tokens import issue_token

    s = await signed_in(gql, outbox)
    claims = jwt.decode(s["accessToken"], options={"verify_signature": False})
    other = issue_token({"sub": claims["sub"], "sid": claims["sid"]}, audience="another-service", ttl=timedelta(minutes=5))
    assert (await _me(client, other))["errors"][0]["extensions"]["code"] == "TOKEN_WRONG_AUDIENCE"
    old = issue_token({"sub": claims["sub"], "sid": claims["sid"]}, audience="qianban-app", ttl=timedelta(minutes=1),
                      now=__import__("domain.clock", fromlist=["now"]).now() - timedelta(hours=1))
    assert (await _me(client, old))["errors"][0]["extensions"]["code"] == "TOKEN_EXPIRED"


async def test_expired_code_is_refused(gql, outbox):  # noqa: F811
    from datetime import timedelta

    from domain.clock import now
    from models import LoginCode

    phone = fresh_phone()
    await gql(REQUEST, {"p": phone})
    await LoginCode.filter(consumed_at=None, expires_at__gt=now()).update(expires_at=now() - timedelta(seconds=1))
    r = (await gql(SIGN_IN, {"p": phone, "c": outbox.last_code(phone)}))["data"]["signIn"]
    assert r["code"] == "WRONG_CODE"
