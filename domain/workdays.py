"""Working days (工作日) in Asia/Shanghai: weekends and official holidays off, 调休 make-up
weekends on.

Announced years come from the `chinesecalendar` package (it knows 2004–2026 and raises for later
years). Beyond that, an admin-maintained table of overrides (date → working or not) applies,
with plain weekends as the fallback; such answers are *provisional* and say so, so a deadline
that crosses into an unannounced year is still computed, never a crash.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from datetime import date, timedelta

import chinese_calendar


@dataclass(frozen=True)
class DayAnswer:
    working: bool
    provisional: bool  # True when the year's holidays were not announced (fallback used)


def working_day(day: date, overrides: Mapping[date, bool] | None = None) -> DayAnswer:
    try:
        return DayAnswer(chinese_calendar.is_workday(day), False)
    except NotImplementedError:
        if overrides and day in overrides:
            return DayAnswer(overrides[day], False)
        return DayAnswer(day.weekday() < 5, True)


@dataclass(frozen=True)
class Deadline:
    due: date
    provisional: bool


def add_working_days(start: date, days: int, overrides: Mapping[date, bool] | None = None) -> Deadline:
    """The date `days` working days after `start` (start itself not counted; 0 → start).

    A 5-working-day limit for an application received on Friday before National Day ends after
    the holiday, on the fifth working day counted from the next one.
    """
    if days < 0:
        raise ValueError("days must be ≥ 0")
    day, provisional, counted = start, False, 0
    while counted < days:
        day += timedelta(days=1)
        answer = working_day(day, overrides)
        provisional |= answer.provisional
        counted += answer.working
    return Deadline(day, provisional)


def working_days_between(start: date, end: date, overrides: Mapping[date, bool] | None = None) -> int:
    """Working days after `start` up to and including `end` (0 when end ≤ start)."""
    n, day = 0, start
    while day < end:
        day += timedelta(days=1)
        n += working_day(day, overrides).working
    return n
