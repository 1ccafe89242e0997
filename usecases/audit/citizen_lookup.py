"""Staff look up a citizen by ID number at the window (代办, 帮办); every read is recorded."""

from __future__ import annotations

from auth.crypto import get_cipher
from domain.identity import validate_id_number
from models import Citizen, PersonalDataAccess
from usecases.errors import UseCaseError


async def find_citizen(staff_id: int, raw_id_number: str) -> Citizen | None:
    check = validate_id_number(raw_id_number or "")
    if not check.ok:
        raise UseCaseError(check.code, check.message, "idNumber")
    citizen = await Citizen.get_or_none(id_number_index=get_cipher().blind_index(check.number, "id_number"))
    # The look-up itself reveals that this number has an account: record it as a read.
    if citizen is not None:
        await record_read(staff_id, citizen.id, ["lookup:idNumber"], "window_lookup")
    return citizen


async def record_read(staff_id: int, citizen_id: int, fields: list[str], purpose: str) -> None:
    await PersonalDataAccess.create(staff_id=staff_id, citizen_id=citizen_id, fields_read=fields, purpose=purpose)


async def reads(first: int, staff_id: int | None = None, citizen_id: int | None = None,
                visible_staff: list[int] | None = None) -> list[PersonalDataAccess]:
    """Newest first; `visible_staff` (from auth.visibility.audit_staff_filter) limits whose reads."""
    qs = PersonalDataAccess.all().select_related("staff")
    if visible_staff is not None:
        qs = qs.filter(staff_id__in=visible_staff)
    if staff_id is not None:
        qs = qs.filter(staff_id=staff_id)
    if citizen_id is not None:
        qs = qs.filter(citizen_id=citizen_id)
    return await qs.order_by("-id").limit(first)
