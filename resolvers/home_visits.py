"""Home-visit resolvers. Addresses and phones are masked unless the citizen asks for their own
(`reveal: true`); staff see them masked in lists, and the assigned visitor or the centre admin
reads them in full only through revealHomeVisitContact, which is audited."""

from __future__ import annotations

import strawberry

from auth.visibility import staff_centers
from domain.identity import mask_address, mask_phone
from models import HomeVisit
from resolvers.errors import query_errors
from resolvers.queue import numeric_id
from schema.appointments.types import HomeVisitContact, HomeVisitInfo, HomeVisitInput, ScheduleHomeVisitInput
from schema.common import UserError
from usecases.errors import UseCaseError
from usecases.home_visits.manage_home_visit import (
    cancel_home_visit as cancel_use_case,
    complete_home_visit as complete_use_case,
    decline_home_visit as decline_use_case,
    schedule_home_visit as schedule_use_case,
)
from usecases.home_visits.request_home_visit import HomeVisitRequest, request_home_visit as request_use_case
from usecases.home_visits.sealing import unseal


async def _infos(ids: list[int], reveal: bool) -> list[HomeVisitInfo]:
    rows = {v.id: v for v in await HomeVisit.filter(id__in=ids).select_related("implementation__item", "center",
                                                                                  "assigned_to")}
    out = []
    for i in ids:
        v = rows[i]
        address, phone = unseal(v, "address"), unseal(v, "contact_phone")
        out.append(HomeVisitInfo(
            id=strawberry.ID(str(v.id)), item_code=v.implementation.code, item_name=v.implementation.item.name,
            center_id=strawberry.ID(str(v.center_id)), center_name=v.center.name, eligibility=v.eligibility,
            address=address if reveal else mask_address(address), contact_phone=phone if reveal else mask_phone(phone),
            preferred_times=v.preferred_times, status=v.status, scheduled_at=v.scheduled_at,
            assignee=v.assigned_to.display_name if v.assigned_to else None, note=v.note, created_at=v.created_at))
    return out


async def request_home_visit(info: strawberry.Info, input: HomeVisitInput) -> HomeVisitInfo | UserError:
    v = info.context["viewer"]
    try:
        visit = await request_use_case(v.citizen_id, HomeVisitRequest(
            item_code=input.item_code, center_id=numeric_id(input.center_id, "centerId", "服务中心不存在"),
            address=input.address, contact_phone=input.contact_phone, preferred_times=input.preferred_times,
            disability_certificate=input.disability_certificate))
    except UseCaseError as e:
        return UserError.from_error(e)
    return (await _infos([visit.id], reveal=False))[0]


async def cancel_home_visit(info: strawberry.Info, visit_id: strawberry.ID) -> HomeVisitInfo | UserError:
    v = info.context["viewer"]
    try:
        visit = await cancel_use_case(v.citizen_id, numeric_id(visit_id, "visitId", "上门服务申请不存在"))
    except UseCaseError as e:
        return UserError.from_error(e)
    return (await _infos([visit.id], reveal=False))[0]


async def my_home_visits(info: strawberry.Info, reveal: bool = False) -> list[HomeVisitInfo]:
    v = info.context["viewer"]
    ids = await HomeVisit.filter(citizen_id=v.citizen_id).order_by("-id").limit(50).values_list("id", flat=True)
    return await _infos(list(ids), reveal)


@query_errors
async def center_home_visits(info: strawberry.Info, center_id: strawberry.ID,
                             status: str | None = None) -> list[HomeVisitInfo]:
    centers = staff_centers(info.context["viewer"], ("center_admin",))
    center = numeric_id(center_id, "centerId", "服务中心不存在")
    if centers is not None and center not in centers:
        raise UseCaseError("NOT_FOUND", "服务中心不存在", "centerId")
    rows = HomeVisit.filter(center_id=center)
    if status:
        rows = rows.filter(status=status)
    ids = await rows.order_by("id").limit(500).values_list("id", flat=True)
    return await _infos(list(ids), reveal=False)


async def _manage(info, action) -> HomeVisitInfo | UserError:
    v = info.context["viewer"]
    try:
        visit = await action(v.staff_id, staff_centers(v, ("center_admin",)))
    except UseCaseError as e:
        return UserError.from_error(e)
    return (await _infos([visit.id], reveal=False))[0]


async def schedule_home_visit(info: strawberry.Info, input: ScheduleHomeVisitInput) -> HomeVisitInfo | UserError:
    return await _manage(info, lambda staff, centers: schedule_use_case(
        staff, centers, numeric_id(input.visit_id, "visitId", "上门服务申请不存在"),
        numeric_id(input.assignee_id, "assigneeId", "工作人员不存在"), input.scheduled_at, input.note))


async def complete_home_visit(info: strawberry.Info, visit_id: strawberry.ID) -> HomeVisitInfo | UserError:
    return await _manage(info, lambda staff, centers: complete_use_case(
        staff, centers, numeric_id(visit_id, "visitId", "上门服务申请不存在")))


async def decline_home_visit(info: strawberry.Info, visit_id: strawberry.ID, reason: str) -> HomeVisitInfo | UserError:
    return await _manage(info, lambda staff, centers: decline_use_case(
        staff, centers, numeric_id(visit_id, "visitId", "上门服务申请不存在"), reason))


async def reveal_home_visit_contact(info: strawberry.Info, visit_id: strawberry.ID) -> HomeVisitContact | UserError:
    from usecases.home_visits.reveal_contact import reveal_contact

    v = info.context["viewer"]
    try:
        c = await reveal_contact(v.staff_id, staff_centers(v, ("center_admin",)),
                                 numeric_id(visit_id, "visitId", "上门服务申请不存在"))
    except UseCaseError as e:
        return UserError.from_error(e)
    return HomeVisitContact(address=c.address, contact_phone=c.contact_phone)
