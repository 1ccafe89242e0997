"""Materialise a window group's slots (domain/slots.py) so bookings can count seats in rows."""

from __future__ import annotations

from datetime import date, datetime, time

from tortoise.exceptions import IntegrityError

from domain.slots import Schedule, slots_between
from models import Slot, WindowGroup


def _t(text: str | None) -> time | None:
    return None if text is None else time.fromisoformat(text)


def schedule_of(group: WindowGroup) -> Schedule:
    return Schedule(opens=_t(group.opens), closes=_t(group.closes), lunch_start=_t(group.lunch_start),
                    lunch_end=_t(group.lunch_end), slot_minutes=group.slot_minutes, seats=group.seats,
                    opens_days_ahead=group.opens_days_ahead, closes_days_ahead=group.closes_days_ahead,
                    release_at=_t(group.release_at))


async def ensure_slots(group: WindowGroup, now: datetime, start: date, end: date) -> list[Slot]:
    """The bookable slots of `group` on [start, end], creating the missing rows."""
    wanted = slots_between(schedule_of(group), now, start, end)
    if not wanted:
        return []
    have = {s.starts_at: s for s in await Slot.filter(group_id=group.id, starts_at__in=[w.starts_at for w in wanted])}
    missing = [Slot(group_id=group.id, starts_at=w.starts_at, ends_at=w.ends_at, capacity=w.seats)
               for w in wanted if w.starts_at not in have]
    if missing:
        try:
            await Slot.bulk_create(missing)
        except IntegrityError:  # another request created them first: read theirs
            pass
        have = {s.starts_at: s for s in await Slot.filter(group_id=group.id, starts_at__in=[w.starts_at for w in wanted])}
    return [have[w.starts_at] for w in wanted if w.starts_at in have]
