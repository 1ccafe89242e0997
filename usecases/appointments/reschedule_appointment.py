"""rescheduleAppointment: move a booking to another slot atomically — the new seat is taken
before the old one is released, in one transaction, or nothing changes."""

from __future__ import annotations

from tortoise.expressions import F

from domain.clock import TZ, now
from models import Appointment, Slot, WindowGroup
from storage.transaction import atomic
from usecases import events
from usecases.appointments import reminders
from usecases.appointments.slots import bookable_on
from usecases.errors import UseCaseError


async def reschedule_appointment(citizen_id: int, appointment_id: int, new_slot_id: int) -> Appointment:
    new_slot = await Slot.get_or_none(id=new_slot_id)
    if new_slot is None:
        raise UseCaseError("NOT_FOUND", "预约时段不存在", "slotId")
    group = await WindowGroup.get(id=new_slot.group_id)
    if not await bookable_on(group, new_slot.starts_at.astimezone(TZ).date(), now()):
        raise UseCaseError("OUTSIDE_BOOKING_WINDOW", "该时段不在可预约范围内", "slotId")
    if new_slot.capacity == 0:
        raise UseCaseError("SLOT_CLOSED", "该时段服务中心暂停办理，请选择其他时段", "slotId")
    async with atomic() as conn:
        a = await Appointment.get_or_none(id=appointment_id).using_db(conn)
        if a is None or citizen_id not in (a.citizen_id, a.for_citizen_id):
            raise UseCaseError("NOT_FOUND", "预约不存在", "appointmentId")
        if a.status != "booked":
            raise UseCaseError("NOT_CANCELLABLE", "该预约已取消或已办理，不能改约", "appointmentId")
        if a.slot_id == new_slot.id:
            return a
        if not await group.items.filter(id=a.implementation_id).using_db(conn).exists():
            raise UseCaseError("CENTER_DOES_NOT_ACCEPT_ITEM", "该窗口不受理此事项", "slotId")
        taken = await Slot.filter(id=new_slot.id, booked__lt=F("capacity")).using_db(conn).update(booked=F("booked") + 1)
        if taken == 0:
            raise UseCaseError("SLOT_FULL", "该时段已约满，请选择其他时段", "slotId")
        await Slot.filter(id=a.slot_id, booked__gt=0).using_db(conn).update(booked=F("booked") - 1)
        old = a.slot_id
        await Appointment.filter(id=a.id).using_db(conn).update(slot_id=new_slot.id)
        due = await reminders.schedule(conn, a.id, new_slot.starts_at, now())
        await events.record(conn, "appointment.rescheduled", "Appointment", a.id,
                            {"from": old, "to": new_slot.id, "reminders_due": due}, f"citizen:{citizen_id}")
    return await Appointment.get(id=a.id)
