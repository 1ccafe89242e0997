"""Staff through the API: sign in, audited citizen look-up, the audit trail, partner admin."""

from __future__ import annotations

from models import PersonalDataAccess
from tests.test_verify_real_name import valid_id
from usecases.demo.citizens import DEMO_ID_BODY
from usecases.demo.staff import DEMO_STAFF_PASSWORD

STAFF_SIGN_IN = """mutation($u: String!, $p: String!) { staffSignIn(username: $u, password: $p) { __typename
  ... on AuthTokens { accessToken refreshToken } ... on UserError { code message } } }"""
LOOKUP = """query($i: String!) { citizenByIdNumber(idNumber: $i) { verified realName idNumber(reveal: true) } }"""


async def test_staff_sign_in_refresh_and_same_error_for_unknown_user(gql):
    ok = (await gql(STAFF_SIGN_IN, {"u": "nanming.clerk", "p": DEMO_STAFF_PASSWORD}))["data"]["staffSignIn"]
    assert ok["__typename"] == "AuthTokens"
    refreshed = await gql("mutation($t: String!) { refreshSession(refreshToken: $t) { __typename } }", {"t": ok["refreshToken"]})
    assert refreshed["data"]["refreshSession"]["__typename"] == "AuthTokens"
    wrong = (await gql(STAFF_SIGN_IN, {"u": "nanming.clerk", "p": "nope-nope-nope"}))["data"]["staffSignIn"]
    unknown = (await gql(STAFF_SIGN_IN, {"u": "no.such.user", "p": "nope-nope-nope"}))["data"]["staffSignIn"]
    assert wrong == unknown and wrong["code"] == "INVALID_CREDENTIALS"


async def test_window_lookup_is_audited_and_supervisors_see_the_trail(gql):
    number = DEMO_ID_BODY + valid_id(DEMO_ID_BODY)[-1]
    before = await PersonalDataAccess.all().count()
    r = await gql(LOOKUP, {"i": number}, "staff:nanming.clerk")
    record = r["data"]["citizenByIdNumber"]
    assert record == {"verified": True, "realName": "王**", "idNumber": number}
    rows = await PersonalDataAccess.filter(id__gt=0).order_by("-id").limit(3)
    assert await PersonalDataAccess.all().count() == before + 3  # look-up, realName, idNumber (full)
    assert {tuple(x.fields_read) for x in rows} == {("lookup:idNumber",), ("realName",), ("idNumber (full)",)}

    trail = await gql("{ personalDataReads(first: 5) { staffUsername fields } }", token="staff:guiyang.supervisor")
    assert trail["data"]["personalDataReads"][0]["staffUsername"] == "nanming.clerk"
    denied = await gql("{ personalDataReads { fields } }", token="staff:nanming.clerk")
    assert denied["errors"][0]["extensions"]["code"] == "FORBIDDEN"
    nobody = await gql(LOOKUP, {"i": valid_id("52010219900101999")}, "staff:nanming.clerk")
    assert nobody["data"]["citizenByIdNumber"] is None
    bad = await gql(LOOKUP, {"i": "123"}, "staff:nanming.clerk")
    assert bad["errors"][0]["extensions"]["code"] == "INVALID_LENGTH"
    citizen_try = await gql(LOOKUP, {"i": number}, "staff:guiyang.supervisor")
    assert citizen_try["errors"][0]["extensions"]["code"] == "FORBIDDEN"


async def test_provincial_admin_manages_partner_clients(gql, client):
    created = await gql('mutation { createPartnerClient(name: "黔南州APP", scopes: ["catalog:read"]) { __typename '
                        '... on PartnerClientSecret { clientId clientSecret scopes } } }', token="staff:province.admin")
    c = created["data"]["createPartnerClient"]
    assert c["clientSecret"].startswith("pcs_") and c["scopes"] == ["catalog:read"]
    r = await client.post("/oauth/token", data={"grant_type": "client_credentials", "client_id": c["clientId"],
                                                "client_secret": c["clientSecret"]})
    assert r.status_code == 200
    rotated = await gql('mutation($c: String!) { rotatePartnerClientSecret(clientId: $c) { ... on PartnerClientSecret { clientSecret } } }',
                        {"c": c["clientId"]}, "staff:province.admin")
    new_secret = rotated["data"]["rotatePartnerClientSecret"]["clientSecret"]
    old = await client.post("/oauth/token", data={"grant_type": "client_credentials", "client_id": c["clientId"],
                                                  "client_secret": c["clientSecret"]})
    assert old.status_code == 401 and new_secret != c["clientSecret"]
    bad = await gql('mutation { createPartnerClient(name: "x", scopes: ["root"]) { ... on UserError { code } } }',
                    token="staff:province.admin")
    assert bad["data"]["createPartnerClient"]["code"] == "INVALID_SCOPE"
    clerk = await gql("{ partnerClients { clientId } }", token="staff:nanming.clerk")
    assert clerk["errors"][0]["extensions"]["code"] == "FORBIDDEN"
