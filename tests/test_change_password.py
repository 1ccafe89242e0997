"""changeStaffPassword: current password required, policy, other sessions ended."""

from __future__ import annotations

from models import AuthSession, StaffAccount
from tests.staff_helpers import PASSWORD, fails, new_staff
from usecases.staff.change_password import change_password
from usecases.staff.sign_in import staff_sign_in

NEW = "Another-long-secret-7"


async def test_change_password_ends_the_other_sessions(db):
    staff = await new_staff()
    here = await staff_sign_in(staff.username, PASSWORD, "here")
    there = await staff_sign_in(staff.username, PASSWORD, "there")
    before = (await StaffAccount.get(id=staff.id)).password_changed_at
    assert await change_password(staff.id, PASSWORD, NEW, keep_session_id=here.session_id) == 1
    assert (await AuthSession.get(id=here.session_id)).revoked_at is None
    assert (await AuthSession.get(id=there.session_id)).revoke_reason == "password_changed"
    assert (await StaffAccount.get(id=staff.id)).password_changed_at > before
    assert (await fails(staff_sign_in(staff.username, PASSWORD))).code == "INVALID_CREDENTIALS"
    await staff_sign_in(staff.username, NEW)


async def test_wrong_current_password_counts_towards_the_lock(db):
    staff = await new_staff()
    codes = [(await fails(change_password(staff.id, "Not-my-password-1", NEW))).code for _ in range(5)]
    assert codes == ["WRONG_PASSWORD"] * 4 + ["LOCKED"]
    assert (await fails(change_password(staff.id, PASSWORD, NEW))).code == "LOCKED"
    assert (await fails(staff_sign_in(staff.username, PASSWORD))).code == "LOCKED"


async def test_new_password_must_pass_the_policy(db):
    staff = await new_staff()
    err = await fails(change_password(staff.id, PASSWORD, "short"))
    assert (err.code, err.field) == ("WEAK_PASSWORD", "newPassword") and err.problems
    err = await fails(change_password(staff.id, PASSWORD, PASSWORD))
    assert (err.code, err.field) == ("WEAK_PASSWORD", "newPassword")
    err = await fails(change_password(staff.id, PASSWORD, f"My-{staff.username}-pw"))
    assert "用户名" in err.message
    await staff_sign_in(staff.username, PASSWORD)  # unchanged


async def test_unknown_staff(db):
    assert (await fails(change_password(999999999, PASSWORD, NEW))).code == "NOT_FOUND"
