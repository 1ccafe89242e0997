"""availableSlots: remaining seats per slot at the centres that accept an item.

For a same-city item every centre of the city that accepts it is offered; a centre that is not
in the item's own division receives the application for the competent body (收受分离), and the
slot says so.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, timedelta

from tortoise.expressions import Q

from domain.clock import now
from models import Division, ItemImplementation, Slot, WindowGroup
from usecases.appointments.calendar import overrides
from usecases.appointments.slots import ensure_slots
from usecases.errors import UseCaseError

MAX_DAYS = 31


@dataclass
class Available:
    slot: Slot
    group: WindowGroup
    remaining: int
    same_city: bool


async def available_slots(item_code: str, center_id: int | None, division_code: str | None,
                          start: date | None, end: date | None) -> list[Available]:
    item = await ItemImplementation.get_or_none(code=item_code, status="published")
    if item is None:
        raise UseCaseError("NOT_FOUND", f"事项不存在：{item_code}", "itemCode")
    today = now().date()
    start = start or today
    end = end or start + timedelta(days=14)
    if end < start or (end - start).days > MAX_DAYS:
        raise UseCaseError("INVALID_ARGUMENT", f"查询范围须在{MAX_DAYS}天以内且结束不早于开始", "to")
    groups = WindowGroup.filter(items__id=item.id).select_related("center", "center__division")
    if center_id is not None:
        groups = groups.filter(center_id=center_id)
    if division_code is not None:
        division = await Division.get_or_none(code=division_code)
        if division is None:
            raise UseCaseError("INVALID_ARGUMENT", f"未知的行政区划代码：{division_code}", "divisionCode")
        groups = groups.filter(Q(center__division_id=division.code) | Q(center__division__path__startswith=division.path + "/"))
    out: list[Available] = []
    calendar = await overrides()  # once, not per centre
    for group in await groups.distinct():
        for slot in await ensure_slots(group, now(), start, end, calendar):
            if slot.capacity == 0:  # closed (Closure): not offered
                continue
            remaining = slot.capacity - slot.booked
            out.append(Available(slot, group, remaining, group.center.division_id != item.division_id))
    out.sort(key=lambda a: (a.slot.starts_at, a.group.center_id))
    return out
