"""Give a booked seat back: the one path for cancellation by the citizen, by staff and by a
closure, so the slot count, the reminders and the event always change together."""

from __future__ import annotations

from tortoise.expressions import F

from domain.clock import now
from models import Appointment, Slot
from usecases import events
from usecases.appointments import reminders


async def release(conn, appointment: Appointment, by: str, reason: str, actor: str) -> bool:
    """Cancel `appointment` if it is still booked; False when someone else changed it first."""
    reason = (reason or "")[:200]
    updated = await Appointment.filter(id=appointment.id, status="booked").using_db(conn).update(
        status="cancelled", active_key=None, cancelled_at=now(), cancel_reason=reason, cancelled_by=by)
    if not updated:
        return False
    await Slot.filter(id=appointment.slot_id, booked__gt=0).using_db(conn).update(booked=F("booked") - 1)
    await reminders.cancel(conn, appointment.id)
    await events.record(conn, "appointment.cancelled", "Appointment", appointment.id,
                        {"by": by, "reason": reason, "for": appointment.for_citizen_id}, actor)
    return True
