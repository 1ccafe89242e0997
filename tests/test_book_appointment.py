"""bookAppointment (use case): seats are never oversold, retries are idempotent, per-person
limits hold under concurrency, cancel and reschedule keep the seat count right."""

from __future__ import annotations

import asyncio
import uuid
from datetime import timedelta

import pytest

from domain.clock import now
from models import Appointment, Citizen, ItemImplementation, ServiceCenter, Slot, WindowGroup
from usecases.appointments.book_appointment import book_appointment
from usecases.appointments.slots import ensure_slots
from usecases.errors import UseCaseError


async def _citizens(n: int, verified: bool = True) -> list[int]:
    rows = [Citizen(phone_index=f"book-{uuid.uuid4().hex}", phone="sealed", verified_at=now() if verified else None)
            for _ in range(n)]
    await Citizen.bulk_create(rows)
    return list(await Citizen.filter(phone_index__in=[r.phone_index for r in rows]).values_list("id", flat=True))


@pytest.fixture
async def group_and_item(db):
    center = await ServiceCenter.get(key="gy-yunyan")
    item = await ItemImplementation.filter(division_id="520103", status="published").first()
    group = await WindowGroup.create(center=center, name=f"测试组{uuid.uuid4().hex[:4]}", prefix="T", seats=2)
    await group.items.add(item)
    start = now().date() + timedelta(days=1)
    slots = await ensure_slots(group, now(), start, start + timedelta(days=10))
    assert slots, "a working day within ten days has slots"
    return group, item, slots


async def test_concurrent_rush_never_oversells(group_and_item):
    group, item, slots = group_and_item
    slot = slots[0]
    people = await _citizens(30)
    results = await asyncio.gather(*[book_appointment(p, slot.id, item.code, f"rush-{p}-{uuid.uuid4().hex[:6]}")
                                     for p in people], return_exceptions=True)
    confirmed = [r for r in results if isinstance(r, Appointment)]
    refused = [r.code for r in results if isinstance(r, UseCaseError)]
    assert len(confirmed) == 2 and refused == ["SLOT_FULL"] * 28
    assert (await Slot.get(id=slot.id)).booked == 2
    assert await Appointment.filter(slot_id=slot.id).count() == 2  # refused bookings left nothing


async def test_idempotent_retry_and_one_active_booking_per_item(group_and_item):
    group, item, slots = group_and_item
    (person,) = await _citizens(1)
    first = await book_appointment(person, slots[1].id, item.code, "key-0000001")
    again = await book_appointment(person, slots[1].id, item.code, "key-0000001")
    assert again.id == first.id and (await Slot.get(id=slots[1].id)).booked == 1
    with pytest.raises(UseCaseError) as e:
        await book_appointment(person, slots[2].id, item.code, "key-0000002")
    assert e.value.code == "ALREADY_BOOKED"
    assert (await Slot.get(id=slots[2].id)).booked == 0


async def test_refusals(group_and_item):
    group, item, slots = group_and_item
    (unverified,) = await _citizens(1, verified=False)
    a, b = await _citizens(2)
    other = await ItemImplementation.filter(status="published").exclude(id=item.id).first()
    cases = [
        (dict(citizen_id=unverified, slot_id=slots[3].id, item_code=item.code, idempotency_key="k-unverified"), "NOT_VERIFIED"),
        (dict(citizen_id=a, slot_id=slots[3].id, item_code=other.code, idempotency_key="k-not-accepted"), "CENTER_DOES_NOT_ACCEPT_ITEM"),
        (dict(citizen_id=a, slot_id=slots[3].id, item_code=item.code, idempotency_key="k-proxy-000", for_citizen_id=b), "NO_PROXY_AUTHORISATION"),
        (dict(citizen_id=a, slot_id=10**9, item_code=item.code, idempotency_key="k-no-slot-0"), "NOT_FOUND"),
        (dict(citizen_id=a, slot_id=slots[3].id, item_code=item.code, idempotency_key="short"), "INVALID_ARGUMENT"),
    ]
    for kwargs, code in cases:
        with pytest.raises(UseCaseError) as e:
            await book_appointment(**kwargs)
        assert e.value.code == code, kwargs
    assert (await Slot.get(id=slots[3].id)).booked == 0


async def test_cancel_gives_the_seat_back_and_reschedule_is_atomic(group_and_item):
    from usecases.appointments.cancel_appointment import cancel_appointment
    from usecases.appointments.reschedule_appointment import reschedule_appointment

    group, item, slots = group_and_item
    a, b, c = await _citizens(3)
    first = await book_appointment(a, slots[4].id, item.code, "k-cancel-01")
    stranger = await _citizens(1)
    with pytest.raises(UseCaseError) as e:
        await cancel_appointment(stranger[0], first.id)
    assert e.value.code == "NOT_FOUND"
    done = await cancel_appointment(a, first.id, "临时有事")
    assert done.status == "cancelled" and (await Slot.get(id=slots[4].id)).booked == 0
    with pytest.raises(UseCaseError):
        await cancel_appointment(a, first.id)
    # Cancelled: the same item can be booked again.
    second = await book_appointment(a, slots[4].id, item.code, "k-cancel-02")

    # Fill slot 5, then try to move there: refused, nothing changes.
    await book_appointment(b, slots[5].id, item.code, "k-fill-0001")
    await book_appointment(c, slots[5].id, item.code, "k-fill-0002")
    with pytest.raises(UseCaseError) as e:
        await reschedule_appointment(a, second.id, slots[5].id)
    assert e.value.code == "SLOT_FULL"
    assert (await Appointment.get(id=second.id)).slot_id == slots[4].id
    assert [(await Slot.get(id=s.id)).booked for s in (slots[4], slots[5])] == [1, 2]
    moved = await reschedule_appointment(a, second.id, slots[6].id)
    assert moved.slot_id == slots[6].id
    assert [(await Slot.get(id=s.id)).booked for s in (slots[4], slots[6])] == [0, 1]


async def test_at_most_three_active_bookings_per_person(db):
    center = await ServiceCenter.get(key="gy-nanming")
    items = await ItemImplementation.filter(division_id="520102", status="published").limit(4)
    group = await WindowGroup.create(center=center, name=f"限额组{uuid.uuid4().hex[:4]}", prefix="L", seats=5)
    await group.items.add(*items)
    start = now().date() + timedelta(days=1)
    slots = await ensure_slots(group, now(), start, start + timedelta(days=10))
    (person,) = await _citizens(1)
    for n, item in enumerate(items[:3]):
        await book_appointment(person, slots[n].id, item.code, f"limit-key-{n:03d}")
    with pytest.raises(UseCaseError) as e:
        await book_appointment(person, slots[3].id, items[3].code, "limit-key-003")
    assert e.value.code == "TOO_MANY_BOOKINGS" and "3" in e.value.message


async def test_the_three_booking_limit_holds_under_concurrency(db):
    center = await ServiceCenter.get(key="gy-nanming")
    items = await ItemImplementation.filter(division_id="520102", status="published").limit(8)
    group = await WindowGroup.create(center=center, name=f"并发限额{uuid.uuid4().hex[:4]}", prefix="P", seats=20)
    await group.items.add(*items)
    start = now().date() + timedelta(days=1)
    slots = await ensure_slots(group, now(), start, start + timedelta(days=10))
    (person,) = await _citizens(1)
    results = await asyncio.gather(*[book_appointment(person, slots[n].id, item.code, f"par-limit-{n:03d}")
                                     for n, item in enumerate(items)], return_exceptions=True)
    assert len(items) == 8
    assert sum(isinstance(r, Appointment) for r in results) == 3
    assert sorted({r.code for r in results if isinstance(r, UseCaseError)}) == ["TOO_MANY_BOOKINGS"]
    assert await Appointment.filter(for_citizen_id=person, status="booked").count() == 3
