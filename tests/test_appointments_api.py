"""Booking through the API: find a slot, book, see it, retry safely, cancel, reschedule."""

from __future__ import annotations

from models import ItemImplementation
from tests.identity_helpers import outbox, signed_in  # noqa: F401
from tests.test_verify_real_name import VERIFY, valid_id

SLOTS = """query($c: String!, $d: String) { availableSlots(itemCode: $c, divisionCode: $d) {
  slotId startsAt remaining centerName sameCity } }"""
BOOK = """mutation($i: BookAppointmentInput!) { bookAppointment(input: $i) { __typename
  ... on AppointmentInfo { bookingCode itemCode forSelf qrPayload } ... on UserError { code field } } }"""


async def _verified(gql, client, outbox):  # noqa: F811
    import random

    s = await signed_in(gql, outbox)
    number = valid_id(f"52010219800{random.randrange(1, 9)}1{random.randrange(1, 9)}{random.randrange(100, 999)}")
    await client.post("/graphql", json={"query": VERIFY, "variables": {"n": "周预约", "i": number}},
                      headers={"authorization": f"Bearer {s['accessToken']}"})
    return s["accessToken"]


async def test_same_city_slots_book_and_retry(gql, client, outbox):  # noqa: F811
    item = await ItemImplementation.filter(division_id="520102", status="published", scope="same_city").first()
    slots = (await gql(SLOTS, {"c": item.code, "d": "520100"}))["data"]["availableSlots"]
    assert slots and all(s["remaining"] >= 0 for s in slots)
    centers = {s["centerName"]: s["sameCity"] for s in slots}
    assert centers.get("南明区政务服务中心") is False and centers.get("云岩区政务服务中心") is True

    token = await _verified(gql, client, outbox)
    slot = next(s for s in slots if s["remaining"] > 0)
    booking = {"slotId": slot["slotId"], "itemCode": item.code, "idempotencyKey": "api-key-0001"}
    first = (await gql(BOOK, {"i": booking}, token))["data"]["bookAppointment"]
    assert first["__typename"] == "AppointmentInfo" and first["forSelf"] and first["qrPayload"].endswith(first["bookingCode"])
    again = (await gql(BOOK, {"i": booking}, token))["data"]["bookAppointment"]
    assert again["bookingCode"] == first["bookingCode"]
    mine = (await gql("{ myAppointments { bookingCode itemCode } }", token=token))["data"]["myAppointments"]
    assert mine == [{"bookingCode": first["bookingCode"], "itemCode": item.code}]
    after = (await gql(SLOTS, {"c": item.code, "d": "520100"}))["data"]["availableSlots"]
    assert next(s for s in after if s["slotId"] == slot["slotId"])["remaining"] == slot["remaining"] - 1


async def test_booking_needs_a_citizen_and_refuses_bad_input(gql, client, outbox):  # noqa: F811
    r = await gql(BOOK, {"i": {"slotId": "1", "itemCode": "x", "idempotencyKey": "anon-key-01"}})
    assert r["errors"][0]["extensions"]["code"] == "UNAUTHENTICATED"
    token = await _verified(gql, client, outbox)
    r = (await gql(BOOK, {"i": {"slotId": "abc", "itemCode": "x", "idempotencyKey": "bad-key-001"}}, token))
    assert r["data"]["bookAppointment"]["code"] in ("NOT_FOUND",)
    r = (await gql(BOOK, {"i": {"slotId": "1", "itemCode": "x", "idempotencyKey": "bad-key-002", "forPerson": "999"}}, token))
    assert r["data"]["bookAppointment"] == {"__typename": "UserError", "code": "NO_PROXY_AUTHORISATION", "field": "forPerson"}
    r = await gql(SLOTS, {"c": "nope"})
    assert r["errors"][0]["extensions"]["field"] == "itemCode"


async def test_cancel_through_the_api(gql, client, outbox):  # noqa: F811
    item = await ItemImplementation.filter(division_id="520103", status="published").first()
    slots = (await gql(SLOTS, {"c": item.code, "d": "520103"}))["data"]["availableSlots"]
    slot = next(s for s in slots if s["remaining"] > 0)
    token = await _verified(gql, client, outbox)
    booked = await gql(BOOK, {"i": {"slotId": slot["slotId"], "itemCode": item.code, "idempotencyKey": "cancel-api-1"}}, token)
    assert booked["data"]["bookAppointment"]["__typename"] == "AppointmentInfo"
    mine = (await gql("{ myAppointments { id status } }", token=token))["data"]["myAppointments"]
    cancel = 'mutation($a: ID!) { cancelAppointment(appointmentId: $a, reason: "有事") { ... on AppointmentInfo { status } ... on UserError { code } } }'
    r = await gql(cancel, {"a": mine[0]["id"]}, token)
    assert r["data"]["cancelAppointment"] == {"status": "cancelled"}
    other = await _verified(gql, client, outbox)
    r = await gql(cancel, {"a": mine[0]["id"]}, other)
    assert r["data"]["cancelAppointment"] == {"code": "NOT_FOUND"}
