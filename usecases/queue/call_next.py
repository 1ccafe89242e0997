"""callNextTicket / recallTicket: a clerk calls tickets to their window.

A window works one ticket at a time. A called ticket that does not answer is called again
(recall); after TICKET_MAX_CALLS calls (3) it is missed (过号) and the window moves on — the
appointment behind it counts as missed too. Two windows calling at once never take the same
ticket: the status change is a guarded UPDATE and the loser tries the next one.
"""

from __future__ import annotations

from datetime import datetime

from config.settings import get_settings
from domain.clock import TZ, now
from models import Appointment, Ticket, Window
from storage.transaction import atomic
from usecases import events
from usecases.errors import UseCaseError
from usecases.queue.tickets import waiting_order


async def _window(window_id: int, centers: set[int] | None) -> Window:
    w = await Window.get_or_none(id=window_id)
    if w is None or (centers is not None and w.center_id not in centers):
        raise UseCaseError("NOT_FOUND", "窗口不存在", "windowId")
    if w.group_id is None:
        raise UseCaseError("WINDOW_HAS_NO_QUEUE", "该窗口未接入排队叫号", "windowId")
    return w


async def _miss(conn, t: Ticket, actor: str) -> None:
    await Ticket.filter(id=t.id).using_db(conn).update(status="missed")
    if t.appointment_id is not None:
        await Appointment.filter(id=t.appointment_id).using_db(conn).update(status="missed", active_key=None)
    await events.record(conn, "queue.ticket_missed", "Ticket", t.id,
                        {"ticket": t.number, "appointment": t.appointment_id, "calls": t.calls}, actor)


async def call_next(staff_id: int, centers: set[int] | None, window_id: int, at: datetime | None = None) -> Ticket | None:
    """The ticket now called to the window, or None when nobody is waiting."""
    at = at or now()
    actor = f"staff:{staff_id}"
    w = await _window(window_id, centers)
    current = await Ticket.filter(window_id=w.id, status__in=["called", "serving"]).first()
    limit = get_settings().ticket_max_calls
    if current is not None and current.status == "serving":
        raise UseCaseError("WINDOW_BUSY", f"请先完成当前办理（{current.number}）", "windowId")
    if current is not None and current.calls < limit:
        raise UseCaseError("TICKET_STILL_CALLED", f"{current.number}号已呼叫{current.calls}次，请重呼或开始办理", "windowId")
    day = at.astimezone(TZ).date()
    async with atomic() as conn:
        if current is not None:  # called the maximum number of times without answer
            await _miss(conn, current, actor)
        waiting = await Ticket.filter(group_id=w.group_id, day=day, status="waiting").using_db(conn)
        for t in waiting_order(waiting, at):
            if await Ticket.filter(id=t.id, status="waiting").using_db(conn).update(
                    status="called", window_id=w.id, calls=1, called_at=at):
                await events.record(conn, "queue.ticket_called", "Ticket", t.id,
                                    {"ticket": t.number, "window": w.number, "appointment": t.appointment_id,
                                     "call": 1}, actor)
                break
        else:
            return None
    return await Ticket.get(id=t.id)


async def recall(staff_id: int, centers: set[int] | None, ticket_id: int, at: datetime | None = None) -> Ticket:
    """Call the window's current ticket again; past the limit, it is missed."""
    actor = f"staff:{staff_id}"
    t = await Ticket.get_or_none(id=ticket_id).select_related("window")
    if t is None or t.window is None or (centers is not None and t.window.center_id not in centers):
        raise UseCaseError("NOT_FOUND", "号码不存在", "ticketId")
    if t.status != "called":
        raise UseCaseError("NOT_CALLED", "该号码当前不在呼叫中", "ticketId")
    async with atomic() as conn:
        if t.calls >= get_settings().ticket_max_calls:
            await _miss(conn, t, actor)
        else:
            if not await Ticket.filter(id=t.id, status="called", calls=t.calls).using_db(conn).update(
                    calls=t.calls + 1, called_at=at or now()):
                raise UseCaseError("NOT_CALLED", "该号码状态已变化，请刷新", "ticketId")
            await events.record(conn, "queue.ticket_called", "Ticket", t.id,
                                {"ticket": t.number, "window": t.window.number, "appointment": t.appointment_id,
                                 "call": t.calls + 1}, actor)
    return await Ticket.get(id=t.id)
