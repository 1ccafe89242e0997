"""requestHomeVisit (上门办理): citizens aged 70 or more (from their verified ID number) or
holding a disability certificate ask a centre to come to them."""

from __future__ import annotations

from dataclasses import dataclass

from tortoise.exceptions import IntegrityError

from config.settings import get_settings
from domain.clock import now
from domain.identity import age_on, disability_certificate_ok, normalize_phone
from models import Citizen, HomeVisit, ItemImplementation, ServiceCenter, WindowGroup
from storage.transaction import atomic
from usecases import events
from usecases.errors import UseCaseError
from usecases.home_visits.sealing import seal
from usecases.identity.sealed import unseal


@dataclass
class HomeVisitRequest:
    item_code: str
    center_id: int
    address: str
    contact_phone: str
    preferred_times: str
    disability_certificate: str | None = None


async def request_home_visit(citizen_id: int, req: HomeVisitRequest) -> HomeVisit:
    citizen = await Citizen.get(id=citizen_id)
    if citizen.verified_at is None:
        raise UseCaseError("NOT_VERIFIED", "请先完成实名认证再申请上门服务", None)
    id_number = unseal(citizen, "id_number")
    min_age = get_settings().home_visit_min_age
    if req.disability_certificate:
        if not disability_certificate_ok(req.disability_certificate, id_number):
            raise UseCaseError("INVALID_CERTIFICATE", "残疾人证号应为本人身份证号加2位类别等级（共20位）", "disabilityCertificate")
        eligibility = "disability"
    elif age_on(id_number, now().date()) >= min_age:
        eligibility = "age"
    else:
        raise UseCaseError("NOT_ELIGIBLE", f"上门办理服务面向{min_age}周岁以上老人和持证残疾人", None)
    address = (req.address or "").strip()
    if not 6 <= len(address) <= 200:
        raise UseCaseError("INVALID_ARGUMENT", "请填写详细地址（6至200字）", "address")
    phone = normalize_phone(req.contact_phone)
    if phone is None:
        raise UseCaseError("INVALID_ARGUMENT", "请填写正确的手机号码", "contactPhone")
    times = (req.preferred_times or "").strip()
    if not 2 <= len(times) <= 200:
        raise UseCaseError("INVALID_ARGUMENT", "请填写方便上门的时间（2至200字）", "preferredTimes")
    item = await ItemImplementation.get_or_none(code=req.item_code, status="published")
    if item is None:
        raise UseCaseError("NOT_FOUND", f"事项不存在：{req.item_code}", "itemCode")
    if not await ServiceCenter.exists(id=req.center_id):
        raise UseCaseError("NOT_FOUND", "服务中心不存在", "centerId")
    if not await WindowGroup.filter(center_id=req.center_id, items__id=item.id).exists():
        raise UseCaseError("CENTER_DOES_NOT_ACCEPT_ITEM", "该服务中心不受理此事项", "itemCode")
    if await HomeVisit.filter(citizen_id=citizen_id, implementation_id=item.id, status__in=["requested", "scheduled"]).exists():
        raise UseCaseError("ALREADY_REQUESTED", "您已申请该事项的上门服务，请等待安排", "itemCode")
    try:
        visit = await _create(citizen_id, req, item, eligibility, address, phone, times)
    except IntegrityError:  # a parallel request for the same item won
        raise UseCaseError("ALREADY_REQUESTED", "您已申请该事项的上门服务，请等待安排", "itemCode") from None
    return visit


async def _create(citizen_id, req, item, eligibility, address, phone, times) -> HomeVisit:
    async with atomic() as conn:
        visit = await HomeVisit.create(active_key=f"{citizen_id}:{item.id}",
            citizen_id=citizen_id, center_id=req.center_id, implementation_id=item.id, eligibility=eligibility,
            address=seal(citizen_id, "address", address), contact_phone=seal(citizen_id, "contact_phone", phone),
            disability_certificate=(seal(citizen_id, "disability_certificate", req.disability_certificate.strip())
                                    if req.disability_certificate else None),
            preferred_times=times, using_db=conn)
        await events.record(conn, "home_visit.requested", "HomeVisit", visit.id,
                            {"center": req.center_id, "item": item.code, "eligibility": eligibility},
                            f"citizen:{citizen_id}")
    return visit
