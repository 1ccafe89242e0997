"""Reminders one day and one hour before an appointment, as rows with due times.

Written in the booking's transaction; moved with a reschedule; cancelled with the booking. The
sweep (usecases/appointments/sweep.py) records `appointment.reminder_due` when one falls due —
the event push delivery will consume.
"""

from __future__ import annotations

from datetime import datetime, timedelta

from models import Reminder

OFFSETS = (("day_before", timedelta(days=1)), ("hour_before", timedelta(hours=1)))


async def schedule(conn, appointment_id: int, starts_at: datetime, now: datetime, new: bool = False) -> dict[str, str]:
    """(Re)plan the reminders; `new` = a fresh booking with none to cancel. Returns kind → due
    time (ISO 8601), for the booking's event payload."""
    if not new:
        await Reminder.filter(appointment_id=appointment_id, fired_at=None).using_db(conn).update(cancelled=True)
    rows = [Reminder(appointment_id=appointment_id, kind=kind, due_at=starts_at - before)
            for kind, before in OFFSETS if starts_at - before > now]
    if rows:
        await Reminder.bulk_create(rows, using_db=conn)
    return {r.kind: r.due_at.isoformat() for r in rows}


async def cancel(conn, appointment_id: int) -> None:
    await Reminder.filter(appointment_id=appointment_id, fired_at=None).using_db(conn).update(cancelled=True)
