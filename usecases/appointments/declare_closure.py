"""declareClosure: a centre (or one of its window groups) will not serve for a period — power
cut, training, emergency. In one transaction: the closure is recorded, every slot it touches
stops taking bookings (capacity 0), and every booking in those slots is cancelled with the
reason, which the citizens are told (appointment.cancelled events, by `closure:<id>`)."""

from __future__ import annotations

from datetime import datetime, timedelta

from domain.clock import now
from models import Appointment, Closure, ServiceCenter, Slot, WindowGroup
from storage.transaction import atomic
from usecases import events
from usecases.appointments.release import release
from usecases.errors import UseCaseError

MAX_CLOSURE = timedelta(days=90)


async def declare_closure(staff_id: int, centers: set[int] | None, center_id: int, group_id: int | None,
                          starts_at: datetime, ends_at: datetime, reason: str) -> Closure:
    reason = (reason or "").strip()
    if centers is not None and center_id not in centers:
        raise UseCaseError("NOT_FOUND", "服务中心不存在", "centerId")
    if not await ServiceCenter.exists(id=center_id):
        raise UseCaseError("NOT_FOUND", "服务中心不存在", "centerId")
    if group_id is not None and not await WindowGroup.exists(id=group_id, center_id=center_id):
        raise UseCaseError("NOT_FOUND", "窗口组不存在", "groupId")
    if not 2 <= len(reason) <= 200:
        raise UseCaseError("INVALID_ARGUMENT", "请填写暂停原因（2至200字），将告知已预约的群众", "reason")
    if starts_at.tzinfo is None or ends_at.tzinfo is None:
        raise UseCaseError("INVALID_ARGUMENT", "时间须带时区（如 2026-12-03T09:00:00+08:00）", "startsAt")
    if ends_at <= starts_at or ends_at - starts_at > MAX_CLOSURE:
        raise UseCaseError("INVALID_ARGUMENT", "结束时间须晚于开始时间，且暂停不超过90天", "endsAt")
    if ends_at <= now():
        raise UseCaseError("INVALID_ARGUMENT", "不能为已经过去的时间段设置暂停", "endsAt")
    groups = [group_id] if group_id is not None else list(
        await WindowGroup.filter(center_id=center_id).values_list("id", flat=True))
    actor = f"staff:{staff_id}"
    async with atomic() as conn:
        closure = await Closure.create(center_id=center_id, group_id=group_id, starts_at=starts_at, ends_at=ends_at,
                                       reason=reason, created_by=actor, using_db=conn)
        touched = Slot.filter(group_id__in=groups, starts_at__lt=ends_at, ends_at__gt=starts_at)
        slot_ids = list(await touched.using_db(conn).values_list("id", flat=True))
        cancelled = 0
        for a in await Appointment.filter(slot_id__in=slot_ids, status="booked").using_db(conn):
            cancelled += await release(conn, a, f"closure:{closure.id}", reason, actor)
        await Slot.filter(id__in=slot_ids).using_db(conn).update(capacity=0, booked=0)
        await Closure.filter(id=closure.id).using_db(conn).update(cancelled_bookings=cancelled)
        await events.record(conn, "center.closure_declared", "ServiceCenter", center_id,
                            {"closure": closure.id, "group": group_id, "starts_at": starts_at.isoformat(),
                             "ends_at": ends_at.isoformat(), "reason": reason, "cancelled": cancelled}, actor)
    return await Closure.get(id=closure.id)
