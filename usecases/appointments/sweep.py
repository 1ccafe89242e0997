"""The periodic appointment sweep: mark no-shows, record due reminders, expire yesterday's tickets.

Every server process runs it every APPOINTMENT_SWEEP_SECONDS (api/app.py lifespan); both steps
are guarded updates, so processes sweeping at the same time do each thing once.
`qianban appointments-sweep` runs it once (cron, tests).
"""

from __future__ import annotations

from datetime import datetime

from domain.clock import TZ, now
from models import Appointment, Reminder, Ticket
from storage.transaction import atomic
from usecases import events
from usecases.appointments.no_shows import mark_no_shows


async def fire_due_reminders(at: datetime | None = None) -> int:
    at = at or now()
    fired = 0
    for r in await Reminder.filter(due_at__lte=at, fired_at=None, cancelled=False).order_by("due_at").limit(1000):
        async with atomic() as conn:
            if not await Reminder.filter(id=r.id, fired_at=None, cancelled=False).using_db(conn).update(fired_at=at):
                continue
            fired += 1
            await events.record(conn, "appointment.reminder_due", "Appointment", r.appointment_id,
                                {"kind": r.kind, "due_at": r.due_at.isoformat()}, "system")
    return fired


async def expire_stale_tickets(at: datetime | None = None) -> int:
    """Tickets still waiting or called when their day is over are expired (the hall closed);
    an appointment behind one counts as missed. Tickets being served are left to the clerk."""
    at = at or now()
    today = at.astimezone(TZ).date()
    expired = 0
    for t in await Ticket.filter(day__lt=today, status__in=["waiting", "called"]).order_by("id").limit(1000):
        async with atomic() as conn:
            if not await Ticket.filter(id=t.id, status__in=["waiting", "called"]).using_db(conn).update(status="expired"):
                continue
            expired += 1
            if t.appointment_id is not None:
                await Appointment.filter(id=t.appointment_id, status="checked_in").using_db(conn).update(
                    status="missed", active_key=None)
            await events.record(conn, "queue.ticket_expired", "Ticket", t.id,
                                {"ticket": t.number, "appointment": t.appointment_id}, "system")
    return expired


async def sweep(at: datetime | None = None) -> dict[str, int]:
    at = at or now()
    return {"no_shows": await mark_no_shows(at), "reminders": await fire_due_reminders(at),
            "expired_tickets": await expire_stale_tickets(at)}
