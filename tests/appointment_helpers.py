"""Helpers for appointment, queue and home-visit tests: verified citizens through the API, a
private window group per test (queues are per group, so tests never share one), kiosk tokens."""

from __future__ import annotations

import random
import uuid
from datetime import datetime, timedelta

import jwt

from domain.clock import now
from models import ItemImplementation, ServiceCenter, Slot, Window, WindowGroup
from tests.identity_helpers import signed_in
from tests.test_verify_real_name import VERIFY, valid_id

BOOK = """mutation($i: BookAppointmentInput!) { bookAppointment(input: $i) { __typename
  ... on AppointmentInfo { id bookingCode status itemCode forSelf qrPayload cancelReason cancelledBy }
  ... on UserError { code message field } } }"""
SLOTS = """query($c: String!, $center: ID) { availableSlots(itemCode: $c, centerId: $center) {
  slotId startsAt remaining centerName windowGroup sameCity } }"""


def citizen_id(token: str) -> int:
    return int(jwt.decode(token, options={"verify_signature": False})["sub"].split(":")[1])


async def verified(gql, client, outbox, born: str = "1980") -> str:
    """A signed-in, real-name-verified citizen's access token; `born` is the birth year."""
    s = await signed_in(gql, outbox)
    body = f"520102{born}{random.randrange(1, 13):02d}{random.randrange(1, 29):02d}{random.randrange(100, 999)}"
    r = await client.post("/graphql", json={"query": VERIFY, "variables": {"n": "测试群众", "i": valid_id(body)}},
                          headers={"authorization": f"Bearer {s['accessToken']}"})
    assert r.json()["data"]["verifyRealName"]["__typename"] == "Me", r.text
    return s["accessToken"]


async def private_group(center_key: str = "gy-yunyan", seats: int = 2, windows: int = 2, prefix: str = "Q"):
    """A window group of its own at a demo centre, accepting one of the centre's items, with
    `windows` windows calling its queue. Returns (group, item, [window, …])."""
    center = await ServiceCenter.get(key=center_key)
    item = await ItemImplementation.filter(division_id=center.division_id, status="published").order_by("id").first()
    group = await WindowGroup.create(center=center, name=f"测试组{uuid.uuid4().hex[:6]}", prefix=prefix, seats=seats)
    await group.items.add(item)
    made = [await Window.create(center=center, number=f"T{uuid.uuid4().hex[:4]}", name="测试窗口", group=group)
            for _ in range(windows)]
    return group, item, made


async def slots_of(gql, group: WindowGroup, item_code: str) -> list[dict]:
    rows = (await gql(SLOTS, {"c": item_code, "center": str(group.center_id)}))["data"]["availableSlots"]
    return [s for s in rows if s["windowGroup"] == group.name]


async def book(gql, token: str, slot_id: str, item_code: str) -> dict:
    r = await gql(BOOK, {"i": {"slotId": slot_id, "itemCode": item_code, "idempotencyKey": uuid.uuid4().hex}}, token)
    return r["data"]["bookAppointment"]


async def slot_starts_at(slot_id: int | str, starts_at: datetime, minutes: int = 30) -> None:
    """Move a slot in time: how tests let "the day of the appointment" arrive."""
    await Slot.filter(id=int(slot_id)).update(starts_at=starts_at, ends_at=starts_at + timedelta(minutes=minutes))


async def kiosk_token(scopes=("catalog:read", "queue:checkin")) -> str:
    from usecases.partners.client_credentials import client_credentials_token
    from usecases.partners.create_client import create_client

    client, secret = await create_client("测试自助终端", list(scopes), "test")
    token, _, _ = await client_credentials_token(client.client_id, secret, None)
    return token


def just_started() -> datetime:
    return now().replace(microsecond=0) - timedelta(minutes=5)
