"""walkInTicket: a citizen without an appointment takes a number (现场取号)."""

from __future__ import annotations

from datetime import datetime

from domain.clock import TZ, now
from models import ItemImplementation, Ticket, WindowGroup
from storage.transaction import atomic
from usecases import events
from usecases.errors import UseCaseError
from usecases.queue import tickets


async def walk_in(actor: str, centers: set[int] | None, center_id: int, group_id: int | None = None,
                  item_code: str | None = None, at: datetime | None = None) -> Ticket:
    at = at or now()
    if centers is not None and center_id not in centers:
        raise UseCaseError("NOT_FOUND", "服务中心不存在", "centerId")
    groups = WindowGroup.filter(center_id=center_id)
    item = None
    if item_code:
        item = await ItemImplementation.get_or_none(code=item_code, status="published")
        if item is None:
            raise UseCaseError("NOT_FOUND", f"事项不存在：{item_code}", "itemCode")
        groups = groups.filter(items__id=item.id)
    if group_id is not None:
        groups = groups.filter(id=group_id)
    group = await groups.order_by("id").first()
    if group is None:
        if item is not None:
            raise UseCaseError("CENTER_DOES_NOT_ACCEPT_ITEM", "本服务中心不受理该事项", "itemCode")
        raise UseCaseError("NOT_FOUND", "该服务中心没有排队窗口组", "groupId")
    day = at.astimezone(TZ).date()
    await tickets.prepare(group.id, day)
    async with atomic() as conn:
        ticket = await tickets.issue(conn, group, day, at, at, implementation_id=item.id if item else None)
        await events.record(conn, "queue.ticket_issued", "Ticket", ticket.id,
                            {"ticket": ticket.number, "center": center_id, "walk_in": True}, actor)
    return ticket
