"""revealHomeVisitContact: the staff member sent to a home visit (or the centre's admin) reads the
full address and phone — and the read is recorded in the personal-data audit trail, like every
staff read of a citizen's personal data."""

from __future__ import annotations

from dataclasses import dataclass

from models import HomeVisit
from storage.transaction import atomic
from usecases.audit.citizen_lookup import record_read
from usecases.errors import UseCaseError
from usecases.home_visits.sealing import unseal


@dataclass
class Contact:
    address: str
    contact_phone: str


async def reveal_contact(staff_id: int, admin_centers: set[int] | None, visit_id: int) -> Contact:
    """`admin_centers`: centres the caller administers (None: all, provincial admin)."""
    v = await HomeVisit.get_or_none(id=visit_id)
    allowed = v is not None and (v.assigned_to_id == staff_id or admin_centers is None or v.center_id in admin_centers)
    if not allowed:
        raise UseCaseError("NOT_FOUND", "上门服务申请不存在", "visitId")
    if v.status not in ("requested", "scheduled"):
        raise UseCaseError("INVALID_STATE", "该申请已结束，不再提供联系方式", "visitId")
    async with atomic():
        await record_read(staff_id, v.citizen_id, ["homeVisit.address(full)", "homeVisit.contactPhone(full)"],
                          "home_visit")
    return Contact(unseal(v, "address"), unseal(v, "contact_phone"))
