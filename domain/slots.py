"""Appointment slots of a window group, computed from its schedule (pure; issue 4 builds on it).

A schedule: opening hours with a lunch break, slot length, seats per slot, a booking window
(from `opens_days_ahead` … `closes_days_ahead` days ahead, counted in calendar days) and a daily
release time (new days become bookable at that time). Days that are not working days (holidays,
weekends, with 调休 make-up days open) have no slots.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from datetime import date, datetime, time, timedelta

from domain.clock import TZ
from domain.workdays import working_day


@dataclass(frozen=True)
class Schedule:
    opens: time = time(9, 0)
    closes: time = time(17, 0)
    lunch_start: time | None = time(12, 0)
    lunch_end: time | None = time(13, 0)
    slot_minutes: int = 30
    seats: int = 2
    opens_days_ahead: int = 1  # tomorrow
    closes_days_ahead: int = 14
    release_at: time = time(8, 0)  # the day `closes_days_ahead` ahead becomes bookable at this time

    def __post_init__(self) -> None:
        if not (self.opens < self.closes) or self.slot_minutes <= 0 or self.seats <= 0:
            raise ValueError("schedule: opening hours, slot length and seats must be positive")
        if (self.lunch_start is None) != (self.lunch_end is None):
            raise ValueError("schedule: lunch break needs both start and end")
        if not (0 <= self.opens_days_ahead <= self.closes_days_ahead):
            raise ValueError("schedule: booking window is inverted")


@dataclass(frozen=True)
class SlotTime:
    starts_at: datetime
    ends_at: datetime
    seats: int


def day_slots(schedule: Schedule, day: date) -> list[SlotTime]:
    """The slots of one working day (no check that the day is a working day)."""
    out, start = [], datetime.combine(day, schedule.opens, TZ)
    close = datetime.combine(day, schedule.closes, TZ)
    step = timedelta(minutes=schedule.slot_minutes)
    lunch = ((datetime.combine(day, schedule.lunch_start, TZ), datetime.combine(day, schedule.lunch_end, TZ))
             if schedule.lunch_start else None)
    while start + step <= close:
        end = start + step
        if lunch and start < lunch[1] and end > lunch[0]:  # overlaps the lunch break
            start = max(start + step, lunch[1]) if end > lunch[0] else end
            continue
        out.append(SlotTime(start, end, schedule.seats))
        start = end
    return out


def bookable_days(schedule: Schedule, now: datetime, overrides: Mapping[date, bool] | None = None) -> list[date]:
    """Working days inside the booking window as of `now` (the farthest day only after release)."""
    today = now.astimezone(TZ).date()
    last = schedule.closes_days_ahead if now.astimezone(TZ).time() >= schedule.release_at else schedule.closes_days_ahead - 1
    days = [today + timedelta(days=n) for n in range(schedule.opens_days_ahead, last + 1)]
    return [d for d in days if working_day(d, overrides).working]


def slots_between(schedule: Schedule, now: datetime, start: date, end: date,
                  overrides: Mapping[date, bool] | None = None) -> list[SlotTime]:
    """Bookable slots on days in [start, end] as of `now`."""
    return [s for d in bookable_days(schedule, now, overrides) if start <= d <= end for s in day_slots(schedule, d)]
