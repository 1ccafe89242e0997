"""The centre admin's side of a home visit: schedule (assign a staff member and a time),
mark done, decline; the citizen may cancel while it is not done. Each change is an event the
citizen follows."""

from __future__ import annotations

from datetime import datetime

from domain.clock import now
from models import HomeVisit, StaffRole
from storage.transaction import atomic
from usecases import events
from usecases.errors import UseCaseError


async def _visit(visit_id: int, centers: set[int] | None) -> HomeVisit:
    v = await HomeVisit.get_or_none(id=visit_id)
    if v is None or (centers is not None and v.center_id not in centers):
        raise UseCaseError("NOT_FOUND", "上门服务申请不存在", "visitId")
    return v


async def _move(v: HomeVisit, allowed: tuple[str, ...], actor: str, event: str, payload: dict, **changes) -> HomeVisit:
    async with atomic() as conn:
        if not await HomeVisit.filter(id=v.id, status__in=list(allowed)).using_db(conn).update(**changes):
            raise UseCaseError("INVALID_STATE", "该申请当前状态不能进行此操作", "visitId")
        await events.record(conn, event, "HomeVisit", v.id, {"citizen": v.citizen_id, **payload}, actor)
    return await HomeVisit.get(id=v.id)


async def schedule_home_visit(staff_id: int, centers: set[int] | None, visit_id: int, assignee_id: int,
                              scheduled_at: datetime, note: str = "") -> HomeVisit:
    v = await _visit(visit_id, centers)
    if scheduled_at.tzinfo is None or scheduled_at <= now():
        raise UseCaseError("INVALID_ARGUMENT", "上门时间须为将来的时间（带时区）", "scheduledAt")
    if not await StaffRole.exists(staff_id=assignee_id, center_id=v.center_id, role__in=["window_clerk", "center_admin"],
                                  staff__active=True):
        raise UseCaseError("NOT_FOUND", "该工作人员不在本服务中心", "assigneeId")
    return await _move(v, ("requested", "scheduled"), f"staff:{staff_id}", "home_visit.scheduled",
                       {"at": scheduled_at.isoformat(), "assignee": assignee_id},
                       status="scheduled", assigned_to_id=assignee_id, scheduled_at=scheduled_at, note=(note or "")[:200])


async def complete_home_visit(staff_id: int, centers: set[int] | None, visit_id: int) -> HomeVisit:
    v = await _visit(visit_id, centers)
    return await _move(v, ("scheduled",), f"staff:{staff_id}", "home_visit.done", {}, status="done", active_key=None)


async def decline_home_visit(staff_id: int, centers: set[int] | None, visit_id: int, reason: str) -> HomeVisit:
    reason = (reason or "").strip()
    if not 2 <= len(reason) <= 200:
        raise UseCaseError("INVALID_ARGUMENT", "请填写不能上门的原因（2至200字）", "reason")
    v = await _visit(visit_id, centers)
    return await _move(v, ("requested", "scheduled"), f"staff:{staff_id}", "home_visit.declined", {"reason": reason},
                       status="declined", note=reason, active_key=None)


async def cancel_home_visit(citizen_id: int, visit_id: int) -> HomeVisit:
    v = await HomeVisit.get_or_none(id=visit_id, citizen_id=citizen_id)
    if v is None:
        raise UseCaseError("NOT_FOUND", "上门服务申请不存在", "visitId")
    return await _move(v, ("requested", "scheduled"), f"citizen:{citizen_id}", "home_visit.cancelled", {},
                       status="cancelled", active_key=None)
