"""No-shows (爽约): a booking not checked in by the end of its slot plus a grace period.

NO_SHOW_LIMIT of them within NO_SHOW_WINDOW_DAYS suspend booking for NO_SHOW_RESTRICTION_DAYS
(settings: 3, 90, 30). Every no-show and every suspension records an event. Each booking is
marked in its own transaction with a status guard, so sweeps in several processes at once mark
each booking once; the suspension is keyed by the no-show that crossed the limit (unique), so
it is created once too.
"""

from __future__ import annotations

from datetime import datetime, timedelta

from tortoise.exceptions import IntegrityError

from config.settings import get_settings
from domain.clock import TZ, now
from models import Appointment, BookingRestriction
from storage.transaction import atomic
from usecases import events
from usecases.appointments import reminders


async def mark_no_shows(at: datetime | None = None, citizen_id: int | None = None) -> int:
    """Mark overdue bookings (all, or one person's) as no-shows; returns how many."""
    at = at or now()
    s = get_settings()
    overdue = Appointment.filter(status="booked", slot__ends_at__lt=at - timedelta(minutes=s.no_show_grace_minutes))
    if citizen_id is not None:
        overdue = overdue.filter(for_citizen_id=citizen_id)
    marked = 0
    for a in await overdue.order_by("id").limit(1000):
        async with atomic() as conn:
            done = await Appointment.filter(id=a.id, status="booked").using_db(conn).update(
                status="no_show", no_show_at=at, active_key=None)
            if not done:
                continue
            marked += 1
            await reminders.cancel(conn, a.id)
            await events.record(conn, "appointment.no_show", "Appointment", a.id,
                                {"for": a.for_citizen_id, "slot": a.slot_id}, "system")
            await _restrict_if_needed(conn, a, at)
    return marked


async def _restrict_if_needed(conn, a: Appointment, at: datetime) -> None:
    s = get_settings()
    since = at - timedelta(days=s.no_show_window_days)
    count = await Appointment.filter(for_citizen_id=a.for_citizen_id, status="no_show",
                                     no_show_at__gte=since).using_db(conn).count()
    if count < s.no_show_limit:
        return
    if await BookingRestriction.filter(citizen_id=a.for_citizen_id, ends_at__gt=at).using_db(conn).exists():
        return
    ends = at + timedelta(days=s.no_show_restriction_days)
    reason = f"{s.no_show_window_days}天内预约后未到{count}次"
    try:
        r = await BookingRestriction.create(citizen_id=a.for_citizen_id, trigger_id=a.id, starts_at=at, ends_at=ends,
                                            reason=reason, using_db=conn)
    except IntegrityError:  # pragma: no cover - another sweep restricted for this very no-show
        return
    await events.record(conn, "appointment.booking_restricted", "Citizen", a.for_citizen_id,
                        {"restriction": r.id, "until": ends.isoformat(), "reason": reason}, "system")


async def active_restriction(citizen_id: int, at: datetime | None = None) -> BookingRestriction | None:
    return await BookingRestriction.filter(citizen_id=citizen_id, ends_at__gt=at or now()).order_by("-ends_at").first()


def restriction_message(r: BookingRestriction) -> str:
    until = r.ends_at.astimezone(TZ)
    return f"因{r.reason}，预约功能暂停至{until.year}年{until.month}月{until.day}日{until:%H:%M}"
