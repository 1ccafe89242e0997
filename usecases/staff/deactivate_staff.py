"""deactivateStaff: an account that may no longer sign in. Every session ends at once (the
access tokens of those sessions are refused by the session check), the roles stay on record.
Nobody deactivates their own account, so the last administrator cannot lock everyone out by
mistake."""

from __future__ import annotations

from models import StaffAccount
from storage.transaction import atomic
from usecases import events
from usecases.errors import UseCaseError, not_found
from usecases.staff.sign_out import end_staff_sessions


async def deactivate_staff(staff_id: int, actor: str) -> StaffAccount:
    if actor == f"staff:{staff_id}":
        raise UseCaseError("CANNOT_DEACTIVATE_SELF", "不能停用自己的账号", "staffId")
    async with atomic() as conn:
        staff = await StaffAccount.get_or_none(id=staff_id).using_db(conn)
        if staff is None:
            raise not_found("工作人员", str(staff_id), "staffId")
        if not staff.active:
            return staff  # already deactivated: nothing changes, nothing recorded
        staff.active = False
        await staff.save(using_db=conn, update_fields=["active"])
        ended = await end_staff_sessions(staff_id, "staff_deactivated", conn)
        await events.record(conn, "staff.account_deactivated", "StaffAccount", staff_id, {"sessions_ended": ended},
                            actor)
    return staff
