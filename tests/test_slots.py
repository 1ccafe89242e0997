"""Slot generation: hours, lunch break, working days with 调休, booking window, release time."""

from __future__ import annotations

from datetime import date, datetime, time

import pytest

from domain.clock import TZ
from domain.slots import Schedule, bookable_days, day_slots, slots_between


def test_a_day_has_slots_around_lunch():
    slots = day_slots(Schedule(), date(2026, 3, 2))
    starts = [s.starts_at.strftime("%H:%M") for s in slots]
    assert starts[0] == "09:00" and starts[-1] == "16:30"
    assert "12:00" not in starts and "12:30" not in starts and "13:00" in starts
    assert len(slots) == 14 and all(s.seats == 2 for s in slots)
    assert all(s.starts_at.tzinfo is TZ for s in slots)


def test_odd_slot_lengths_do_not_cross_lunch():
    slots = day_slots(Schedule(slot_minutes=45), date(2026, 3, 2))
    for s in slots:
        assert not (s.starts_at.time() < time(13) and s.ends_at.time() > time(12))


def test_booking_window_release_time_and_holidays():
    schedule = Schedule(closes_days_ahead=14, release_at=time(8))
    before = datetime(2026, 9, 29, 7, 59, tzinfo=TZ)
    after = datetime(2026, 9, 29, 8, 0, tzinfo=TZ)
    assert max(bookable_days(schedule, after)) == date(2026, 10, 13)  # released at 08:00
    assert max(bookable_days(schedule, before)) == date(2026, 10, 12)
    days = bookable_days(schedule, after)
    assert date(2026, 9, 29) not in days and date(2026, 9, 30) in days  # from tomorrow
    assert not any(date(2026, 10, 1) <= d <= date(2026, 10, 7) for d in days)  # National Day
    assert date(2026, 10, 10) in days  # Saturday 10 Oct 2026 is a 调休 working day
    assert date(2026, 10, 11) not in days  # an ordinary Sunday


def test_slots_between_and_invalid_schedules():
    now = datetime(2026, 3, 1, 9, tzinfo=TZ)
    slots = slots_between(Schedule(), now, date(2026, 3, 2), date(2026, 3, 3))
    assert {s.starts_at.date() for s in slots} == {date(2026, 3, 2), date(2026, 3, 3)}
    with pytest.raises(ValueError):
        Schedule(opens=time(17), closes=time(9))
    with pytest.raises(ValueError):
        Schedule(lunch_start=time(12), lunch_end=None)
