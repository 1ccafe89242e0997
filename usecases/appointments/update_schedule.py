"""updateWindowSchedule: a centre admin changes a window group's hours, slot length, seats,
booking window, release time and the items it handles.

Slots already created keep their times (bookings in them stay valid); a new seat count applies
to future slots too, never below the seats already booked.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import time

from tortoise.expressions import F

from domain.clock import now
from domain.slots import Schedule
from models import ItemImplementation, Slot, WindowGroup
from storage.transaction import atomic
from usecases import events
from usecases.errors import UseCaseError


@dataclass
class ScheduleChange:
    opens: str
    closes: str
    lunch_start: str | None
    lunch_end: str | None
    slot_minutes: int
    seats: int
    opens_days_ahead: int
    closes_days_ahead: int
    release_at: str
    item_codes: list[str] | None = None  # None: unchanged


def _time(value: str | None, field: str) -> time | None:
    if value is None:
        return None
    try:
        t = time.fromisoformat(value)
    except ValueError:
        raise UseCaseError("INVALID_ARGUMENT", f"时间格式应为 HH:MM：{value}", field) from None
    if t.second or t.microsecond or len(value) != 5:
        raise UseCaseError("INVALID_ARGUMENT", f"时间格式应为 HH:MM：{value}", field)
    return t


async def update_schedule(staff_id: int, centers: set[int] | None, group_id: int, change: ScheduleChange) -> WindowGroup:
    group = await WindowGroup.get_or_none(id=group_id)
    if group is None or (centers is not None and group.center_id not in centers):
        raise UseCaseError("NOT_FOUND", "窗口组不存在", "groupId")
    times = {f: _time(getattr(change, f), f) for f in ("opens", "closes", "lunch_start", "lunch_end", "release_at")}
    if not 5 <= change.slot_minutes <= 240 or not 1 <= change.seats <= 500:
        raise UseCaseError("INVALID_ARGUMENT", "时段长度须为5至240分钟，每时段名额1至500", "slotMinutes")
    if not 0 <= change.opens_days_ahead <= change.closes_days_ahead <= 60:
        raise UseCaseError("INVALID_ARGUMENT", "可预约范围须在0至60天之间且起始不晚于结束", "closesDaysAhead")
    try:
        Schedule(opens=times["opens"], closes=times["closes"], lunch_start=times["lunch_start"],
                 lunch_end=times["lunch_end"], slot_minutes=change.slot_minutes, seats=change.seats,
                 opens_days_ahead=change.opens_days_ahead, closes_days_ahead=change.closes_days_ahead,
                 release_at=times["release_at"])
    except ValueError:
        raise UseCaseError("INVALID_ARGUMENT", "营业时间或午休时间不合理（开始须早于结束，午休须成对填写）", "opens") from None
    items = None
    if change.item_codes is not None:
        items = await ItemImplementation.filter(code__in=change.item_codes, status="published")
        unknown = sorted(set(change.item_codes) - {i.code for i in items})
        if unknown:
            raise UseCaseError("NOT_FOUND", f"事项不存在或未发布：{'、'.join(unknown)}", "itemCodes")
    actor = f"staff:{staff_id}"
    async with atomic() as conn:
        await WindowGroup.filter(id=group.id).using_db(conn).update(
            opens=change.opens, closes=change.closes, lunch_start=change.lunch_start, lunch_end=change.lunch_end,
            slot_minutes=change.slot_minutes, seats=change.seats, opens_days_ahead=change.opens_days_ahead,
            closes_days_ahead=change.closes_days_ahead, release_at=change.release_at)
        future = Slot.filter(group_id=group.id, starts_at__gt=now(), capacity__gt=0)  # closed slots stay closed
        await future.filter(booked__lte=change.seats).using_db(conn).update(capacity=change.seats)
        await future.filter(booked__gt=change.seats).using_db(conn).update(capacity=F("booked"))
        if items is not None:
            await group.items.clear(using_db=conn)
            if items:
                await group.items.add(*items, using_db=conn)
        await events.record(conn, "center.schedule_updated", "WindowGroup", group.id,
                            {"seats": change.seats, "slot_minutes": change.slot_minutes,
                             "items": change.item_codes}, actor)
    return await WindowGroup.get(id=group.id)
