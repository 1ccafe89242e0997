"""Centre-side appointment resolvers: schedules, closures, the calendar, the day's bookings,
cancellation by staff."""

from __future__ import annotations

from datetime import date, datetime, time, timedelta

import strawberry

from auth.visibility import staff_centers
from domain.clock import TZ, now
from models import Appointment, CalendarOverride, Closure, Ticket, Window, WindowGroup
from resolvers.appointments import appointment_info
from resolvers.errors import query_errors
from resolvers.queue import numeric_id
from schema.appointments.types import (
    AppointmentInfo,
    CalendarDayInfo,
    CenterAppointment,
    ClosureInfo,
    ClosureInput,
    WindowGroupInfo,
    WindowScheduleInput,
)
from schema.common import UserError
from usecases.appointments.calendar import set_calendar_day as set_day_use_case
from usecases.appointments.declare_closure import declare_closure as declare_use_case
from usecases.appointments.staff_cancel_appointment import staff_cancel_appointment as staff_cancel_use_case
from usecases.appointments.update_schedule import ScheduleChange, update_schedule
from usecases.errors import UseCaseError


def _sid(value) -> strawberry.ID:
    return strawberry.ID(str(value))


async def _group_infos(groups: list[WindowGroup]) -> list[WindowGroupInfo]:
    ids = [g.id for g in groups]
    codes: dict[int, list[str]] = {i: [] for i in ids}
    through = await WindowGroup.filter(id__in=ids).values_list("id", "items__code")
    for gid, code in through:
        if code:
            codes[gid].append(code)
    windows: dict[int, list[str]] = {i: [] for i in ids}
    for w in await Window.filter(group_id__in=ids).order_by("number"):
        windows[w.group_id].append(w.number)
    return [WindowGroupInfo(
        id=_sid(g.id), center_id=_sid(g.center_id), name=g.name, prefix=g.prefix, opens=g.opens, closes=g.closes,
        lunch_start=g.lunch_start, lunch_end=g.lunch_end, slot_minutes=g.slot_minutes, seats=g.seats,
        opens_days_ahead=g.opens_days_ahead, closes_days_ahead=g.closes_days_ahead, release_at=g.release_at,
        item_codes=sorted(codes[g.id]), windows=windows[g.id]) for g in groups]


@query_errors
async def window_groups(center_id: strawberry.ID) -> list[WindowGroupInfo]:
    groups = await WindowGroup.filter(center_id=numeric_id(center_id, "centerId", "服务中心不存在")).order_by("id")
    return await _group_infos(list(groups))


@query_errors
async def center_appointments(info: strawberry.Info, center_id: strawberry.ID, day: date | None = None) -> list[CenterAppointment]:
    centers = staff_centers(info.context["viewer"])
    center = numeric_id(center_id, "centerId", "服务中心不存在")
    if centers is not None and center not in centers:
        raise UseCaseError("NOT_FOUND", "服务中心不存在", "centerId")
    day = day or now().date()
    start = datetime.combine(day, time(0), TZ)
    rows = await Appointment.filter(slot__group__center_id=center, slot__starts_at__gte=start,
                                    slot__starts_at__lt=start + timedelta(days=1)).select_related(
        "slot", "implementation__item").order_by("slot__starts_at", "id").limit(2000)
    tickets = dict(await Ticket.filter(appointment_id__in=[a.id for a in rows]).values_list("appointment_id", "number"))
    return [CenterAppointment(id=_sid(a.id), booking_code=a.booking_code, status=a.status, starts_at=a.slot.starts_at,
                              item_code=a.implementation.code, item_name=a.implementation.item.name,
                              ticket_number=tickets.get(a.id)) for a in rows]


async def staff_cancel_appointment(info: strawberry.Info, appointment_id: strawberry.ID,
                                   reason: str) -> AppointmentInfo | UserError:
    v = info.context["viewer"]
    try:
        a = await staff_cancel_use_case(v.staff_id, staff_centers(v),
                                        numeric_id(appointment_id, "appointmentId", "预约不存在"), reason)
    except UseCaseError as e:
        return UserError.from_error(e)
    return (await appointment_info([a.id], -1))[0]


def _closure(c: Closure) -> ClosureInfo:
    return ClosureInfo(id=_sid(c.id), center_id=_sid(c.center_id),
                       window_group_id=_sid(c.group_id) if c.group_id else None, starts_at=c.starts_at,
                       ends_at=c.ends_at, reason=c.reason, cancelled_bookings=c.cancelled_bookings)


async def declare_closure(info: strawberry.Info, input: ClosureInput) -> ClosureInfo | UserError:
    v = info.context["viewer"]
    try:
        group = numeric_id(input.window_group_id, "windowGroupId", "窗口组不存在") if input.window_group_id else None
        c = await declare_use_case(v.staff_id, staff_centers(v, ("center_admin",)),
                                   numeric_id(input.center_id, "centerId", "服务中心不存在"), group,
                                   input.starts_at, input.ends_at, input.reason)
    except UseCaseError as e:
        return UserError.from_error(e)
    return _closure(c)


@query_errors
async def closures(center_id: strawberry.ID) -> list[ClosureInfo]:
    rows = await Closure.filter(center_id=numeric_id(center_id, "centerId", "服务中心不存在"),
                                ends_at__gt=now()).order_by("starts_at")
    return [_closure(c) for c in rows]


async def update_window_schedule(info: strawberry.Info, input: WindowScheduleInput) -> WindowGroupInfo | UserError:
    v = info.context["viewer"]
    try:
        change = ScheduleChange(opens=input.opens, closes=input.closes, lunch_start=input.lunch_start,
                                lunch_end=input.lunch_end, slot_minutes=input.slot_minutes, seats=input.seats,
                                opens_days_ahead=input.opens_days_ahead, closes_days_ahead=input.closes_days_ahead,
                                release_at=input.release_at, item_codes=input.item_codes)
        g = await update_schedule(v.staff_id, staff_centers(v, ("center_admin",)),
                                  numeric_id(input.window_group_id, "windowGroupId", "窗口组不存在"), change)
    except UseCaseError as e:
        return UserError.from_error(e)
    return (await _group_infos([g]))[0]


async def set_calendar_day(info: strawberry.Info, day: date, working: bool, note: str = "") -> CalendarDayInfo | UserError:
    try:
        row = await set_day_use_case(day, working, note, info.context["viewer"].actor)
    except UseCaseError as e:
        return UserError.from_error(e)
    return CalendarDayInfo(day=row.day, working=row.working, note=row.note)


async def calendar_overrides() -> list[CalendarDayInfo]:
    return [CalendarDayInfo(day=r.day, working=r.working, note=r.note) for r in await CalendarOverride.all().order_by("day")]
