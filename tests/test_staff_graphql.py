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


async def test_supervisors_see_only_reads_by_staff_of_their_division(gql):
    import uuid

    from models import Division, StaffRole
    from usecases.staff.assign_role import assign_role
    from usecases.staff.create_staff import create_staff

    number = DEMO_ID_BODY + valid_id(DEMO_ID_BODY)[-1]
    await gql(LOOKUP, {"i": number}, "staff:nanming.clerk")  # 南明区 (贵阳市) clerk reads
    name = f"zunyi.{uuid.uuid4().hex[:6]}"
    sup = await create_staff(name, "遵义市监督（测试）", "Zunyi-super-2026", "pytest")
    await assign_role(sup.id, "supervisor", division_code="520300", actor="pytest")
    zunyi = await gql('mutation($u: String!) { staffSignIn(username: $u, password: "Zunyi-super-2026") { ... on AuthTokens { accessToken } } }', {"u": name})
    token = zunyi["data"]["staffSignIn"]["accessToken"]
    seen = await gql("{ personalDataReads(first: 100) { staffUsername } }", token=token)
    assert "nanming.clerk" not in {r["staffUsername"] for r in seen["data"]["personalDataReads"]}
    guiyang = await gql("{ personalDataReads(first: 100) { staffUsername } }", token="staff:guiyang.supervisor")
    assert "nanming.clerk" in {r["staffUsername"] for r in guiyang["data"]["personalDataReads"]}
    assert await Division.exists(code="520300") and await StaffRole.exists(staff_id=sup.id)


async def test_provincial_admin_creates_and_deactivates_staff(gql):
    import uuid

    from models import ServiceCenter

    name = f"test.{uuid.uuid4().hex[:8]}"
    created = await gql('mutation($u: String!) { createStaffAccount(username: $u, displayName: "测试窗口", '
                        'password: "Window-pass-2026") { ... on StaffAccountInfo { id username active } '
                        '... on UserError { code } } }', {"u": name}, "staff:province.admin")
    staff = created["data"]["createStaffAccount"]
    center = await ServiceCenter.get(key="gy-yunyan")
    assigned = await gql('mutation($s: ID!, $c: ID!) { assignStaffRole(staffId: $s, role: "window_clerk", centerId: $c) '
                         '{ ... on StaffAccountInfo { roles { role scope } } ... on UserError { code } } }',
                         {"s": staff["id"], "c": str(center.id)}, "staff:province.admin")
    assert assigned["data"]["assignStaffRole"]["roles"] == [{"role": "window_clerk", "scope": f"window_clerk@center:{center.id}"}]
    wrong = await gql('mutation($s: ID!) { assignStaffRole(staffId: $s, role: "window_clerk", divisionCode: "520100") '
                      '{ ... on UserError { code field } } }', {"s": staff["id"]}, "staff:province.admin")
    assert wrong["data"]["assignStaffRole"]["code"]
    signed = await gql('mutation($u: String!) { staffSignIn(username: $u, password: "Window-pass-2026") { __typename } }', {"u": name})
    assert signed["data"]["staffSignIn"]["__typename"] == "AuthTokens"
    off = await gql('mutation($s: ID!) { deactivateStaffAccount(staffId: $s) { ... on StaffAccountInfo { active } } }',
                    {"s": staff["id"]}, "staff:province.admin")
    assert off["data"]["deactivateStaffAccount"]["active"] is False
    again = await gql('mutation($u: String!) { staffSignIn(username: $u, password: "Window-pass-2026") { ... on UserError { code } } }', {"u": name})
    assert again["data"]["staffSignIn"]["code"] == "ACCOUNT_DISABLED"
    refused = await gql('mutation { createStaffAccount(username: "x.y", displayName: "x", password: "Window-pass-2026") { __typename } }',
                        token="staff:guiyang.supervisor")
    assert refused["errors"][0]["extensions"]["code"] == "FORBIDDEN"
