"""startServing / finishServing: the called citizen is at the window; then done (办结受理)."""

from __future__ import annotations

from datetime import datetime

from domain.clock import now
from models import Appointment, Ticket
from storage.transaction import atomic
from usecases import events
from usecases.errors import UseCaseError


async def _ticket(ticket_id: int, centers: set[int] | None) -> Ticket:
    t = await Ticket.get_or_none(id=ticket_id).select_related("window")
    if t is None or t.window is None or (centers is not None and t.window.center_id not in centers):
        raise UseCaseError("NOT_FOUND", "号码不存在", "ticketId")
    return t


async def start_serving(staff_id: int, centers: set[int] | None, ticket_id: int, at: datetime | None = None) -> Ticket:
    t = await _ticket(ticket_id, centers)
    actor = f"staff:{staff_id}"
    async with atomic() as conn:
        if not await Ticket.filter(id=t.id, status="called").using_db(conn).update(
                status="serving", started_at=at or now(), served_by=actor):
            raise UseCaseError("NOT_CALLED", "只有呼叫中的号码可以开始办理", "ticketId")
        await events.record(conn, "queue.serving_started", "Ticket", t.id,
                            {"ticket": t.number, "window": t.window.number, "appointment": t.appointment_id}, actor)
    return await Ticket.get(id=t.id)


async def finish_serving(staff_id: int, centers: set[int] | None, ticket_id: int, at: datetime | None = None) -> Ticket:
    t = await _ticket(ticket_id, centers)
    actor = f"staff:{staff_id}"
    async with atomic() as conn:
        if not await Ticket.filter(id=t.id, status="serving").using_db(conn).update(status="served",
                                                                                      finished_at=at or now()):
            raise UseCaseError("NOT_SERVING", "只有办理中的号码可以办结", "ticketId")
        if t.appointment_id is not None:
            await Appointment.filter(id=t.appointment_id).using_db(conn).update(status="served", active_key=None)
            await events.record(conn, "appointment.served", "Appointment", t.appointment_id,
                                {"ticket": t.number}, actor)
        await events.record(conn, "queue.ticket_served", "Ticket", t.id,
                            {"ticket": t.number, "window": t.window.number, "appointment": t.appointment_id}, actor)
    return await Ticket.get(id=t.id)
