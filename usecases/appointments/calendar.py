"""Working-day overrides for years the holiday package does not know yet (admin-maintained).

`overrides()` feeds domain/workdays.py wherever slots and deadlines are computed;
`set_calendar_day` is the provincial admin's use case once the State Council announces a year.
"""

from __future__ import annotations

from datetime import date

import chinese_calendar

from models import CalendarOverride
from storage.transaction import atomic
from usecases import events
from usecases.errors import UseCaseError


async def overrides() -> dict[date, bool]:
    return {row.day: row.working for row in await CalendarOverride.all()}


def _announced(day: date) -> bool:
    try:
        chinese_calendar.is_workday(day)
    except NotImplementedError:
        return False
    return True


async def set_calendar_day(day: date, working: bool, note: str, actor: str) -> CalendarOverride:
    if _announced(day):
        # The official calendar (with 调休) is authoritative for announced years.
        raise UseCaseError("CALENDAR_ANNOUNCED", f"{day.year}年节假日安排已公布，不能手工调整", "day")
    async with atomic() as conn:
        await CalendarOverride.filter(day=day).using_db(conn).delete()
        row = await CalendarOverride.create(day=day, working=working, note=(note or "")[:100], updated_by=actor,
                                            using_db=conn)
        await events.record(conn, "calendar.day_set", "CalendarDay", day.isoformat(),
                            {"working": working, "note": row.note}, actor)
    return row
