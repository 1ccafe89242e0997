"""verifyRealName: GB 11643 numbers, one number per account, sealed and masked."""

from __future__ import annotations

from domain.identity import id_check_char
from tests.identity_helpers import outbox, signed_in  # noqa: F401

VERIFY = """mutation($n: String!, $i: String!) { verifyRealName(name: $n, idNumber: $i) { __typename
  ... on Me { verified realName idNumber } ... on UserError { code message field } } }"""


def valid_id(body17: str) -> str:
    return body17 + id_check_char(body17)


async def _verify(client, token, name, number):
    r = await client.post("/graphql", json={"query": VERIFY, "variables": {"n": name, "i": number}},
                          headers={"authorization": f"Bearer {token}"})
    return r.json()["data"]["verifyRealName"]


async def test_verification_binds_and_masks(gql, client, outbox):  # noqa: F811
    import random

    s = await signed_in(gql, outbox)
    number = valid_id(f"52010319880101{random.randrange(100, 999)}")
    r = await _verify(client, s["accessToken"], "李小红", number)
    assert r == {"__typename": "Me", "verified": True, "realName": "李**",
                 "idNumber": number[:6] + "********" + number[-4:]}
    from models import Citizen

    assert all(number not in str(row) for row in await Citizen.all().values_list("id_number", "id_number_index"))

    other = await signed_in(gql, outbox)
    taken = await _verify(client, other["accessToken"], "李小红", number)
    assert taken["code"] == "ID_NUMBER_TAKEN"
    again = await _verify(client, s["accessToken"], "李小红", valid_id("52010319880101777"))
    assert again["code"] == "ALREADY_VERIFIED"


async def test_malformed_id_numbers_and_names(gql, client, outbox):  # noqa: F811
    s = await signed_in(gql, outbox)
    good = valid_id("52010219900101123")
    bad_check = good[:-1] + ("0" if good[-1] != "0" else "1")
    cases = {bad_check: "INVALID_CHECKSUM", "5201021990010112": "INVALID_LENGTH",
             valid_id("52010219901301123"): "INVALID_BIRTH_DATE", valid_id("99010219900101123"): "INVALID_DIVISION"}
    for number, code in cases.items():
        r = await _verify(client, s["accessToken"], "张三", number)
        assert (r["code"], r["field"]) == (code, "idNumber"), number
    assert (await _verify(client, s["accessToken"], "Zhang San", good))["field"] == "name"
    from models import Citizen

    assert not await Citizen.filter(verified_at__isnull=False, phone_index__isnull=False).filter(
        real_name__isnull=False, id_number_index=None).exists()


async def test_anonymous_cannot_verify(gql):
    r = await gql(VERIFY, {"n": "张三", "i": valid_id("52010219900101123")})
    assert r["data"] is None and r["errors"][0]["extensions"]["code"] == "UNAUTHENTICATED"
