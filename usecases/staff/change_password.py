"""changeStaffPassword: a staff member replaces their own password.

The current password is required (a stolen session alone cannot take over the account), and
wrong ones count towards the same 15-minute lockout as sign-in. The new password must pass
the policy (auth.passwords.password_problems, and must not contain the username). Every other
session of the account is ended; the one making the change may be kept.
"""

from __future__ import annotations

import asyncio

from auth.passwords import MAX_LENGTH, hash_password, verify_password
from domain.clock import now
from models import StaffAccount
from storage.transaction import atomic
from usecases import events
from usecases.errors import UseCaseError, not_found
from usecases.staff.lockout import just_locked_error, locked, locked_error, record_failure
from usecases.staff.passwords import check_new_password
from usecases.staff.sign_in import DISABLED
from usecases.staff.sign_out import end_staff_sessions


async def change_password(staff_id: int, current_password: str, new_password: str,
                          keep_session_id: str | None = None) -> int:
    """Returns the number of other sessions that were ended."""
    staff = await StaffAccount.get_or_none(id=staff_id)
    if staff is None:
        raise not_found("工作人员", str(staff_id), "staffId")
    if not staff.active:
        raise DISABLED
    at = now()
    if locked(staff, at):
        raise locked_error(staff.locked_until, at, "currentPassword")
    current = (current_password or "")[: MAX_LENGTH + 1]
    if not await asyncio.to_thread(verify_password, current, staff.password_hash):
        now_locked, left = await record_failure(staff, staff.username)
        if now_locked:
            raise just_locked_error("currentPassword")
        raise UseCaseError("WRONG_PASSWORD", f"当前密码不正确，还可尝试{left}次", "currentPassword")
    if new_password == current_password:
        raise UseCaseError("WEAK_PASSWORD", "新密码不能与当前密码相同", "newPassword")
    check_new_password(new_password, staff.username, "newPassword")
    new_hash = await asyncio.to_thread(hash_password, new_password)
    async with atomic() as conn:
        await StaffAccount.filter(id=staff_id).using_db(conn).update(
            password_hash=new_hash, password_changed_at=now(), failed_logins=0, locked_until=None)
        ended = await end_staff_sessions(staff_id, "password_changed", conn, keep_session_id)
        await events.record(conn, "staff.password_changed", "StaffAccount", staff_id, {"sessions_ended": ended},
                            f"staff:{staff_id}")
    return ended
