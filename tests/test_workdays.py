"""Working-day arithmetic with official holidays and 调休, provisional beyond announced years."""

from __future__ import annotations

from datetime import date

import pytest

from domain.workdays import add_working_days, working_day, working_days_between


def test_holidays_and_make_up_days_of_an_announced_year():
    assert working_day(date(2026, 10, 1)).working is False  # National Day
    assert working_day(date(2026, 2, 14)).working is True  # Saturday made a working day (调休)
    assert working_day(date(2026, 3, 2)).working is True and not working_day(date(2026, 3, 2)).provisional


def test_deadline_skips_the_golden_week():
    # Received Tuesday 29 Sept 2026; 5 working days. 1–7 October are off (holiday + 调休).
    deadline = add_working_days(date(2026, 9, 29), 5)
    assert deadline.provisional is False
    assert deadline.due > date(2026, 10, 7)
    assert working_days_between(date(2026, 9, 29), deadline.due) == 5


def test_unannounced_year_is_provisional_not_a_crash():
    deadline = add_working_days(date(2026, 12, 28), 10)
    assert deadline.provisional is True
    assert deadline.due.year == 2027
    # An admin-entered holiday takes effect for the unannounced year.
    plain = add_working_days(date(2027, 1, 4), 1).due
    assert plain == date(2027, 1, 5)
    with_holiday = add_working_days(date(2027, 1, 4), 1, overrides={date(2027, 1, 5): False}).due
    assert with_holiday == date(2027, 1, 6)


def test_zero_and_negative():
    assert add_working_days(date(2026, 5, 6), 0).due == date(2026, 5, 6)
    with pytest.raises(ValueError):
        add_working_days(date(2026, 5, 6), -1)
