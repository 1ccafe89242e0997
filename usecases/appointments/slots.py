"""Materialise a window group's slots (domain/slots.py) so bookings can count seats in rows.

A slot inside a closure is created (or set) with capacity 0: it exists, but nobody can take it.
"""

from __future__ import annotations

from datetime import date, datetime, time

from tortoise.exceptions import IntegrityError
from tortoise.expressions import Q

from domain.slots import Schedule, slots_between
from models import Closure, Slot, WindowGroup
from usecases.appointments.calendar import overrides


def _t(text: str | None) -> time | None:
    return None if text is None else time.fromisoformat(text)


def schedule_of(group: WindowGroup) -> Schedule:
    return Schedule(opens=_t(group.opens), closes=_t(group.closes), lunch_start=_t(group.lunch_start),
                    lunch_end=_t(group.lunch_end), slot_minutes=group.slot_minutes, seats=group.seats,
                    opens_days_ahead=group.opens_days_ahead, closes_days_ahead=group.closes_days_ahead,
                    release_at=_t(group.release_at))


def closures_of(group: WindowGroup):
    """Closures that apply to `group`: its own, and those of its whole centre."""
    return Closure.filter(Q(group_id=group.id) | Q(center_id=group.center_id, group_id=None))


async def ensure_slots(group: WindowGroup, now: datetime, start: date, end: date,
                       calendar: dict[date, bool] | None = None) -> list[Slot]:
    """The bookable slots of `group` on [start, end], creating the missing rows. Pass `calendar`
    (usecases.appointments.calendar.overrides()) when calling for several groups."""
    if calendar is None:
        calendar = await overrides()
    wanted = slots_between(schedule_of(group), now, start, end, calendar)
    if not wanted:
        return []
    have = {s.starts_at: s for s in await Slot.filter(group_id=group.id, starts_at__in=[w.starts_at for w in wanted])}
    missing = [w for w in wanted if w.starts_at not in have]
    if missing:
        closed = await closures_of(group).filter(starts_at__lt=missing[-1].ends_at, ends_at__gt=missing[0].starts_at)
        rows = [Slot(group_id=group.id, starts_at=w.starts_at, ends_at=w.ends_at,
                     capacity=0 if any(c.starts_at < w.ends_at and c.ends_at > w.starts_at for c in closed) else w.seats)
                for w in missing]
        try:
            await Slot.bulk_create(rows)
        except IntegrityError:  # another request created them first: read theirs
            pass
        have = {s.starts_at: s for s in await Slot.filter(group_id=group.id, starts_at__in=[w.starts_at for w in wanted])}
    return [have[w.starts_at] for w in wanted if w.starts_at in have]


async def bookable_on(group: WindowGroup, day: date, now: datetime) -> bool:
    from domain.slots import bookable_days

    return day in bookable_days(schedule_of(group), now, await overrides())
