"""staffCancelAppointment: a clerk or centre admin cancels a booking at their centre (the
citizen cannot come, the window cannot serve) — the reason is required and goes to the citizen."""

from __future__ import annotations

from models import Appointment
from storage.transaction import atomic
from usecases.appointments.release import release
from usecases.errors import UseCaseError


async def staff_cancel_appointment(staff_id: int, centers: set[int] | None, appointment_id: int,
                                   reason: str) -> Appointment:
    """`centers`: the centres the staff member works at (None = all, provincial admin)."""
    reason = (reason or "").strip()
    if not 2 <= len(reason) <= 200:
        raise UseCaseError("INVALID_ARGUMENT", "请填写取消原因（2至200字）", "reason")
    async with atomic() as conn:
        a = await Appointment.get_or_none(id=appointment_id).using_db(conn).select_related("slot__group")
        if a is None or (centers is not None and a.slot.group.center_id not in centers):
            raise UseCaseError("NOT_FOUND", "预约不存在", "appointmentId")
        if a.status != "booked":
            raise UseCaseError("NOT_CANCELLABLE", "该预约已取消或已办理，不能取消", "appointmentId")
        await release(conn, a, f"staff:{staff_id}", reason, f"staff:{staff_id}")
    return await Appointment.get(id=a.id)
