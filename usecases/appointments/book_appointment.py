"""bookAppointment: take one seat of a slot for a service item, for oneself or as a proxy.

The seat is taken by a conditional UPDATE inside the transaction that creates the booking;
if the slot is full nothing is written. A retry with the same idempotency key returns the
booking already made.
"""

from __future__ import annotations

import secrets

from tortoise.exceptions import IntegrityError
from tortoise.expressions import F

from config.settings import get_settings
from domain.clock import TZ, now
from models import Appointment, Citizen, ItemImplementation, Slot, WindowGroup
from storage.transaction import atomic
from usecases import events
from usecases.appointments import reminders
from usecases.appointments.no_shows import active_restriction, mark_no_shows, restriction_message
from usecases.appointments.slots import bookable_on
from usecases.errors import UseCaseError
from usecases.proxies.may_act_for import may_act_for

CODE_ALPHABET = "ABCDEFGHJKLMNPQRSTUVWXYZ23456789"


def _booking_code() -> str:
    return "".join(secrets.choice(CODE_ALPHABET) for _ in range(8))


async def book_appointment(citizen_id: int, slot_id: int, item_code: str, idempotency_key: str,
                           for_citizen_id: int | None = None) -> Appointment:
    key = (idempotency_key or "").strip()
    if not 8 <= len(key) <= 64:
        raise UseCaseError("INVALID_ARGUMENT", "幂等键长度须为8至64个字符", "idempotencyKey")
    earlier = await Appointment.get_or_none(citizen_id=citizen_id, idempotency_key=key)
    if earlier is not None:
        return earlier
    principal = for_citizen_id or citizen_id
    booker = await Citizen.get(id=citizen_id)
    if booker.verified_at is None:
        raise UseCaseError("NOT_VERIFIED", "请先完成实名认证再预约", None)
    item = await ItemImplementation.get_or_none(code=item_code, status="published").select_related("item")
    if item is None:
        raise UseCaseError("NOT_FOUND", f"事项不存在：{item_code}", "itemCode")
    if principal != citizen_id and not await may_act_for(citizen_id, principal, item.item.basic_code):
        raise UseCaseError("NO_PROXY_AUTHORISATION", "您没有代该群众办理此事项的委托授权", "forPerson")
    await mark_no_shows(citizen_id=principal)  # a missed slot counts now, not at the next sweep
    restriction = await active_restriction(principal)
    if restriction is not None:
        raise UseCaseError("RESTRICTED_FOR_NO_SHOWS", restriction_message(restriction), None)
    limit = get_settings().max_active_bookings
    if await Appointment.filter(for_citizen_id=principal, status="booked").count() >= limit:  # cheap early answer
        raise UseCaseError("TOO_MANY_BOOKINGS", f"每人最多同时保留{limit}个有效预约，请先办理或取消已有预约", None)
    slot = await Slot.get_or_none(id=slot_id)
    if slot is None:
        raise UseCaseError("NOT_FOUND", "预约时段不存在", "slotId")
    group = await WindowGroup.get(id=slot.group_id)
    if not await group.items.filter(id=item.id).exists():
        raise UseCaseError("CENTER_DOES_NOT_ACCEPT_ITEM", "该窗口不受理此事项", "itemCode")
    if not await bookable_on(group, slot.starts_at.astimezone(TZ).date(), now()):
        raise UseCaseError("OUTSIDE_BOOKING_WINDOW", "该时段不在可预约范围内", "slotId")
    if slot.capacity == 0:
        raise UseCaseError("SLOT_CLOSED", "该时段服务中心暂停办理，请选择其他时段", "slotId")
    if slot.booked >= slot.capacity:
        # Cheap early answer for the rush (most attempts): the authoritative check is the
        # conditional UPDATE below; this read only ever says "full" when it was full.
        raise UseCaseError("SLOT_FULL", "该时段已约满，请选择其他时段", "slotId")
    try:
        async with atomic() as conn:
            # Lock the person's row, then count: parallel bookings of *different* items for one
            # person queue here, so the limit holds under concurrency (PostgreSQL FOR UPDATE;
            # SQLite runs one write transaction at a time anyway).
            await Citizen.filter(id=principal).using_db(conn).select_for_update().first()
            if await Appointment.filter(for_citizen_id=principal, status="booked").using_db(conn).count() >= limit:
                raise UseCaseError("TOO_MANY_BOOKINGS", f"每人最多同时保留{limit}个有效预约，请先办理或取消已有预约", None)
            appointment = await Appointment.create(
                booking_code=_booking_code(), citizen_id=citizen_id, for_citizen_id=principal, slot_id=slot.id,
                implementation_id=item.id, idempotency_key=key, active_key=f"{principal}:{item.id}", using_db=conn)
            taken = await Slot.filter(id=slot.id, booked__lt=F("capacity")).using_db(conn).update(booked=F("booked") + 1)
            if taken == 0:
                raise UseCaseError("SLOT_FULL", "该时段已约满，请选择其他时段", "slotId")
            due = await reminders.schedule(conn, appointment.id, slot.starts_at, now(), new=True)
            await events.record(conn, "appointment.booked", "Appointment", appointment.id,
                                {"slot": slot.id, "item": item.code, "for": principal, "reminders_due": due},
                                f"citizen:{citizen_id}")
    except IntegrityError:
        again = await Appointment.get_or_none(citizen_id=citizen_id, idempotency_key=key)
        if again is not None:  # a concurrent retry with the same key won
            return again
        raise UseCaseError("ALREADY_BOOKED", "您已预约该事项，请勿重复预约", "itemCode") from None
    return appointment
