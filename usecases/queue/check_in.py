"""checkIn: the citizen arrives; a kiosk scans the booking QR (or a clerk types the code) and a
ticket is printed. Checking in twice returns the same ticket."""

from __future__ import annotations

from datetime import datetime, timedelta

from config.settings import get_settings
from domain.clock import TZ, now
from models import Appointment, Ticket, WindowGroup
from storage.transaction import atomic
from usecases import events
from usecases.appointments import reminders
from usecases.errors import UseCaseError
from usecases.queue import tickets


def _code(raw: str) -> str:
    code = (raw or "").strip().upper()
    return code[4:] if code.startswith("QB1:") else code  # the QR payload or the code itself


async def check_in(booking_code: str, actor: str, centers: set[int] | None, center_id: int | None = None,
                   at: datetime | None = None) -> Ticket:
    """`centers`: where the clerk works (None: kiosk or admin, any centre); `center_id`: where the
    kiosk stands, if it says."""
    at = at or now()
    a = await Appointment.get_or_none(booking_code=_code(booking_code)).select_related("slot")
    if a is None:
        raise UseCaseError("NOT_FOUND", "预约码无效，请核对后重试", "bookingCode")
    group = await WindowGroup.get(id=a.slot.group_id)
    if (centers is not None and group.center_id not in centers) or (center_id is not None and group.center_id != center_id):
        raise UseCaseError("WRONG_CENTER", "该预约不在本服务中心办理，请前往预约的服务中心", "bookingCode")
    if a.status == "checked_in":
        existing = await Ticket.get_or_none(appointment_id=a.id)
        if existing is not None:
            return existing
    if a.status != "booked":
        raise UseCaseError("NOT_CHECKABLE", "该预约已取消、已办理或已过期，不能签到", "bookingCode")
    s = get_settings()
    if at < a.slot.starts_at - timedelta(minutes=s.check_in_early_minutes):
        opens = (a.slot.starts_at - timedelta(minutes=s.check_in_early_minutes)).astimezone(TZ)
        raise UseCaseError("TOO_EARLY", f"签到时间未到：{opens.month}月{opens.day}日{opens:%H:%M}起可签到", "bookingCode")
    if at > a.slot.ends_at + timedelta(minutes=s.no_show_grace_minutes):
        raise UseCaseError("TOO_LATE", "已超过预约时段，请重新预约或现场取号", "bookingCode")
    day = at.astimezone(TZ).date()
    await tickets.prepare(group.id, day)
    async with atomic() as conn:
        if not await Appointment.filter(id=a.id, status="booked").using_db(conn).update(status="checked_in",
                                                                                          checked_in_at=at):
            raise UseCaseError("NOT_CHECKABLE", "该预约状态已变化，请重试", "bookingCode")
        ticket = await tickets.issue(conn, group, day, at, a.slot.starts_at, appointment_id=a.id,
                                     implementation_id=a.implementation_id)
        await reminders.cancel(conn, a.id)
        await events.record(conn, "appointment.checked_in", "Appointment", a.id,
                            {"ticket": ticket.number, "for": a.for_citizen_id}, actor)
    return ticket
