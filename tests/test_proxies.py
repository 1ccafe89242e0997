"""委托代办: grant, list, revoke; the may_act_for rule bookings and cases will use."""

from __future__ import annotations

from datetime import timedelta

from domain.clock import now
from tests.identity_helpers import outbox, signed_in  # noqa: F401
from tests.test_verify_real_name import VERIFY, valid_id

GRANT = """mutation($p: String!, $u: DateTime!, $i: [String!]) { grantProxy(agentPhone: $p, validUntil: $u, itemCodes: $i) {
  __typename ... on ProxyGrant { id agentName principalName itemCodes active } ... on UserError { code field } } }"""
REVOKE = """mutation($id: ID!) { revokeProxy(proxyId: $id) { __typename ... on ProxyGrant { active revokedAt }
  ... on UserError { code } } }"""


async def _citizen(gql, client, outbox, name: str, verified: bool = True) -> dict:  # noqa: F811
    import random

    s = await signed_in(gql, outbox)
    if verified:
        number = valid_id(f"5201031960{random.randrange(10, 12)}1{random.randrange(1, 9)}{random.randrange(100, 999)}")
        r = await client.post("/graphql", json={"query": VERIFY, "variables": {"n": name, "i": number}},
                              headers={"authorization": f"Bearer {s['accessToken']}"})
        assert r.json()["data"]["verifyRealName"]["__typename"] == "Me", r.json()
    return s


async def _call(client, token, query, variables):
    r = await client.post("/graphql", json={"query": query, "variables": variables},
                          headers={"authorization": f"Bearer {token}"})
    return r.json()["data"]


async def test_grant_list_act_and_revoke(gql, client, outbox):  # noqa: F811
    from models import ProxyAuthorization
    from usecases.proxies.may_act_for import may_act_for

    mother = await _citizen(gql, client, outbox, "陈桂兰")
    son = await _citizen(gql, client, outbox, "陈明")
    until = (now() + timedelta(days=30)).isoformat()
    r = (await _call(client, mother["accessToken"], GRANT, {"p": son["phone"], "u": until, "i": ["2000001000"]}))["grantProxy"]
    assert r["__typename"] == "ProxyGrant" and r["active"] and r["agentName"] == "陈*" and r["principalName"] == "陈**"
    grant = await ProxyAuthorization.get(id=int(r["id"]))
    assert await may_act_for(grant.agent_id, grant.principal_id, "2000001000")
    assert not await may_act_for(grant.agent_id, grant.principal_id, "0700010000")  # not that item
    assert not await may_act_for(grant.principal_id, grant.agent_id, "2000001000")  # not the other way

    listed = await _call(client, son["accessToken"], "{ me { proxies { received { principalName itemCodes } } } }", {})
    assert listed["me"]["proxies"]["received"] == [{"principalName": "陈**", "itemCodes": ["2000001000"]}]

    # Nobody but the principal can revoke it.
    stranger = (await _call(client, son["accessToken"], REVOKE, {"id": r["id"]}))["revokeProxy"]
    assert stranger == {"__typename": "UserError", "code": "NOT_FOUND"}
    done = (await _call(client, mother["accessToken"], REVOKE, {"id": r["id"]}))["revokeProxy"]
    assert done["active"] is False and done["revokedAt"]
    assert not await may_act_for(grant.agent_id, grant.principal_id, "2000001000")


async def test_refusals_reveal_nothing_and_change_nothing(gql, client, outbox):  # noqa: F811
    from models import ProxyAuthorization

    principal = await _citizen(gql, client, outbox, "赵敏")
    unverified = await _citizen(gql, client, outbox, "", verified=False)
    before = await ProxyAuthorization.all().count()
    until = (now() + timedelta(days=1)).isoformat()
    for phone in (unverified["phone"], "13912345678"):
        r = (await _call(client, principal["accessToken"], GRANT, {"p": phone, "u": until}))["grantProxy"]
        assert r == {"__typename": "UserError", "code": "AGENT_NOT_ELIGIBLE", "field": "agentPhone"}
    past = (now() - timedelta(days=1)).isoformat()
    other = await _citizen(gql, client, outbox, "钱多多")
    r = (await _call(client, principal["accessToken"], GRANT, {"p": other["phone"], "u": past}))["grantProxy"]
    assert r["field"] == "validUntil"
    r = (await _call(client, principal["accessToken"], GRANT, {"p": other["phone"], "u": until, "i": ["nope"]}))["grantProxy"]
    assert r["field"] == "itemCodes"
    r = (await _call(client, unverified["accessToken"], GRANT, {"p": other["phone"], "u": until}))["grantProxy"]
    assert r["code"] == "NOT_VERIFIED"
    assert await ProxyAuthorization.all().count() == before


async def test_convenience_centre_staff_are_free_proxies_for_local_residents(db):
    import uuid

    from auth.crypto import get_cipher
    from domain.clock import now as clock_now
    from domain.identity import id_check_char
    from domain.roles import RoleGrant
    from models import Citizen, ServiceCenter
    from usecases.identity.sealed import seal
    from usecases.proxies.may_act_for import staff_may_act_for

    cipher = get_cipher()

    async def resident(county: str) -> int:
        body = f"{county}19450101{uuid.uuid4().int % 900 + 100}"
        number = body + id_check_char(body)
        index = f"p-{uuid.uuid4().hex}"
        c = await Citizen.create(phone_index=index, phone="sealed",
                                 id_number=seal(index, "id_number", number),
                                 id_number_index=cipher.blind_index(number, "id_number"), verified_at=clock_now())
        return c.id

    qingyan = await ServiceCenter.get(key="hx-qingyan")  # 青岩镇便民服务中心, 花溪区 520111
    nanming = await ServiceCenter.get(key="gy-nanming")  # 南明区政务服务中心 (not a convenience centre)
    local, elsewhere = await resident("520111"), await resident("520102")
    clerk = (RoleGrant("window_clerk", "center", str(qingyan.id)),)
    assert await staff_may_act_for(clerk, local)
    assert not await staff_may_act_for(clerk, elsewhere)
    assert not await staff_may_act_for((RoleGrant("window_clerk", "center", str(nanming.id)),), elsewhere)
    assert not await staff_may_act_for((RoleGrant("supervisor", "division", "520100"),), local)
