"""cancelAppointment: the citizen (or the agent who booked) gives the seat back."""

from __future__ import annotations

from domain.clock import now
from models import Appointment, Slot
from storage.transaction import atomic
from usecases.appointments.release import release
from usecases.errors import UseCaseError


async def cancel_appointment(citizen_id: int, appointment_id: int, reason: str = "") -> Appointment:
    async with atomic() as conn:
        a = await Appointment.get_or_none(id=appointment_id).using_db(conn)
        # Someone else's booking looks exactly like a missing one.
        if a is None or citizen_id not in (a.citizen_id, a.for_citizen_id):
            raise UseCaseError("NOT_FOUND", "预约不存在", "appointmentId")
        if a.status != "booked":
            raise UseCaseError("NOT_CANCELLABLE", "该预约已取消或已办理，不能取消", "appointmentId")
        slot = await Slot.get(id=a.slot_id).using_db(conn)
        if slot.starts_at <= now():
            raise UseCaseError("NOT_CANCELLABLE", "预约时段已开始，不能取消", "appointmentId")
        await release(conn, a, f"citizen:{citizen_id}", reason, f"citizen:{citizen_id}")
    return await Appointment.get(id=a.id)
