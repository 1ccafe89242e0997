"""Appointment resolvers."""

from __future__ import annotations

from datetime import date
from typing import Annotated

import strawberry
from tortoise.expressions import Q

from domain.clock import now
from models import Appointment, ProxyAuthorization, Ticket
from resolvers.errors import query_errors
from resolvers.ids import db_id
from schema.appointments.types import AppointmentInfo, AvailableSlot, BookAppointmentInput, BookingRestrictionInfo
from schema.common import UserError
from usecases.appointments.availability import available_slots as available_use_case
from usecases.appointments.book_appointment import book_appointment as book_use_case
from usecases.appointments.cancel_appointment import cancel_appointment as cancel_use_case
from usecases.appointments.no_shows import active_restriction, mark_no_shows, restriction_message
from usecases.appointments.reschedule_appointment import reschedule_appointment as reschedule_use_case
from usecases.errors import UseCaseError


@query_errors
async def available_slots(item_code: str, center_id: strawberry.ID | None = None, division_code: str | None = None,
                          from_: Annotated[date | None, strawberry.argument(name="from")] = None,
                          to: date | None = None) -> list[AvailableSlot]:
    center = db_id(center_id, "centerId", "服务中心不存在", "ServiceCenter") if center_id is not None else None
    rows = await available_use_case(item_code, center, division_code, from_, to)
    return [AvailableSlot(slot_id=strawberry.ID(str(a.slot.id)), starts_at=a.slot.starts_at, ends_at=a.slot.ends_at,
                          remaining=a.remaining, center_id=strawberry.ID(str(a.group.center_id)),
                          center_name=a.group.center.name, window_group=a.group.name, same_city=a.same_city)
            for a in rows]


async def appointment_info(ids: list[int], viewer_citizen: int) -> list[AppointmentInfo]:
    from resolvers.queue import ticket_infos

    rows = await Appointment.filter(id__in=ids).select_related("slot", "slot__group__center", "implementation__item")
    by_id = {a.id: a for a in rows}
    tickets = {t.appointment_id: t for t in await Ticket.filter(appointment_id__in=ids).select_related("group", "window")}
    infos = dict(zip(tickets, await ticket_infos(list(tickets.values())), strict=True))
    return [AppointmentInfo(
        id=strawberry.ID(str(a.id)), booking_code=a.booking_code, status=a.status, starts_at=a.slot.starts_at,
        ends_at=a.slot.ends_at, center_name=a.slot.group.center.name, item_code=a.implementation.code,
        item_name=a.implementation.item.name, for_self=a.for_citizen_id == viewer_citizen,
        qr_payload=f"QB1:{a.booking_code}", center_id=strawberry.ID(str(a.slot.group.center_id)),
        cancel_reason=a.cancel_reason, cancelled_by=a.cancelled_by.split(":")[0] or None, ticket=infos.get(a.id))
        for a in (by_id[i] for i in ids if i in by_id)]


@query_errors
async def my_booking_restriction(info: strawberry.Info) -> BookingRestrictionInfo | None:
    v = info.context["viewer"]
    await mark_no_shows(citizen_id=v.citizen_id)
    r = await active_restriction(v.citizen_id)
    if r is None:
        return None
    return BookingRestrictionInfo(reason=r.reason, starts_at=r.starts_at, ends_at=r.ends_at, message=restriction_message(r))


async def book_appointment(info: strawberry.Info, input: BookAppointmentInput) -> AppointmentInfo | UserError:
    v = info.context["viewer"]
    try:
        principal = None
        if input.for_person is not None:
            grant = await ProxyAuthorization.get_or_none(id=int(input.for_person) if str(input.for_person).isdigit() else 0,
                                                         agent_id=v.citizen_id, revoked_at=None, valid_until__gt=now())
            if grant is None:
                raise UseCaseError("NO_PROXY_AUTHORISATION", "没有有效的委托授权", "forPerson")
            principal = grant.principal_id
        if not str(input.slot_id).isdigit():
            raise UseCaseError("NOT_FOUND", "预约时段不存在", "slotId")
        a = await book_use_case(v.citizen_id, int(input.slot_id), input.item_code, input.idempotency_key, principal)
    except UseCaseError as e:
        return UserError.from_error(e)
    return (await appointment_info([a.id], v.citizen_id))[0]


async def my_appointments(info: strawberry.Info) -> list[AppointmentInfo]:
    v = info.context["viewer"]
    await mark_no_shows(citizen_id=v.citizen_id)  # statuses current even between sweeps
    mine = Q(citizen_id=v.citizen_id) | Q(for_citizen_id=v.citizen_id)  # made by me, or by my agent for me
    ids = await Appointment.filter(mine).order_by("-id").limit(100).values_list("id", flat=True)
    return await appointment_info(list(ids), v.citizen_id)


def _appointment_id(value) -> int:
    if not str(value).isdigit():
        raise UseCaseError("NOT_FOUND", "预约不存在", "appointmentId")
    return int(value)


async def cancel_appointment(info: strawberry.Info, appointment_id: strawberry.ID,
                             reason: str = "") -> AppointmentInfo | UserError:
    v = info.context["viewer"]
    try:
        a = await cancel_use_case(v.citizen_id, _appointment_id(appointment_id), reason)
    except UseCaseError as e:
        return UserError.from_error(e)
    return (await appointment_info([a.id], v.citizen_id))[0]


async def reschedule_appointment(info: strawberry.Info, appointment_id: strawberry.ID,
                                 slot_id: strawberry.ID) -> AppointmentInfo | UserError:
    v = info.context["viewer"]
    try:
        if not str(slot_id).isdigit():
            raise UseCaseError("NOT_FOUND", "预约时段不存在", "slotId")
        a = await reschedule_use_case(v.citizen_id, _appointment_id(appointment_id), int(slot_id))
    except UseCaseError as e:
        return UserError.from_error(e)
    return (await appointment_info([a.id], v.citizen_id))[0]
