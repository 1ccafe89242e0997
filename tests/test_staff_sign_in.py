"""staffSignIn: password check, lockout, no account enumeration, the staff access token."""

from __future__ import annotations

from datetime import timedelta

import pytest

from auth.tokens import TokenError, verify_token
from domain.clock import now
from models import AuthSession, DomainEvent, RefreshToken, StaffAccount
from tests.staff_helpers import PASSWORD, VerifySpy, center_id, fails, fresh_username, new_staff
from usecases.staff import sign_in as sign_in_module
from usecases.staff.deactivate_staff import deactivate_staff
from usecases.staff.sign_in import staff_sign_in

WRONG = "Wrong-password-2026"


async def test_sign_in_issues_a_staff_token_with_roles(db):
    staff = await new_staff()
    tokens = await staff_sign_in(staff.username.upper(), PASSWORD, "窗口电脑")
    assert tokens.expires_in_seconds == 900
    claims = verify_token(tokens.access_token, audience="qianban-app")
    assert claims["sub"] == f"staff:{staff.id}" and claims["kind"] == "staff"
    assert claims["sid"] == tokens.session_id
    assert claims["roles"] == [f"window_clerk@center:{await center_id('gy-nanming')}"]
    assert claims["exp"] - claims["iat"] == 900
    with pytest.raises(TokenError) as e:
        verify_token(tokens.access_token, audience="qianban-partner")
    assert e.value.code == "TOKEN_WRONG_AUDIENCE"
    session = await AuthSession.get(id=tokens.session_id)
    assert (session.staff_id, session.citizen_id, session.device) == (staff.id, None, "窗口电脑")
    assert await RefreshToken.exists(session_id=session.id)
    assert await DomainEvent.exists(type="staff.signed_in", subject_id=str(staff.id))


async def test_unknown_user_and_wrong_password_look_the_same(db, monkeypatch):
    spy = VerifySpy(sign_in_module.verify_password)
    monkeypatch.setattr(sign_in_module, "verify_password", spy)
    staff = await new_staff()
    wrong_password = await fails(staff_sign_in(staff.username, WRONG))
    unknown_user = await fails(staff_sign_in(fresh_username("nobody"), WRONG))
    assert wrong_password.code == unknown_user.code == "INVALID_CREDENTIALS"
    assert wrong_password.message == unknown_user.message
    assert wrong_password.field == unknown_user.field
    # Both spent one argon2 check: the real hash, then the dummy one (None) for the unknown user.
    assert spy.hashes == [staff.password_hash, None]


async def test_five_wrong_passwords_lock_the_account_for_15_minutes(db, monkeypatch):
    staff = await new_staff()
    codes = [(await fails(staff_sign_in(staff.username, WRONG))).code for _ in range(5)]
    assert codes == ["INVALID_CREDENTIALS"] * 4 + ["LOCKED"]
    row = await StaffAccount.get(id=staff.id)
    assert timedelta(minutes=14) < row.locked_until - now() <= timedelta(minutes=15)
    assert await DomainEvent.exists(type="staff.account_locked", subject_id=str(staff.id))

    # While locked, even the right password is refused, and it is not even checked.
    spy = VerifySpy(sign_in_module.verify_password)
    monkeypatch.setattr(sign_in_module, "verify_password", spy)
    err = await fails(staff_sign_in(staff.username, PASSWORD))
    assert err.code == "LOCKED" and "15分钟" in err.message
    assert spy.hashes == [None]

    # Once the lock has run out, the right password works and the counter is clear.
    await StaffAccount.filter(id=staff.id).update(locked_until=now() - timedelta(seconds=1))
    await staff_sign_in(staff.username, PASSWORD)
    assert (await StaffAccount.get(id=staff.id)).failed_logins == 0


async def test_unknown_usernames_lock_exactly_like_real_ones(db):
    name = fresh_username("ghost")
    codes = [(await fails(staff_sign_in(name, WRONG))).code for _ in range(6)]
    assert codes == ["INVALID_CREDENTIALS"] * 4 + ["LOCKED", "LOCKED"]


async def test_a_successful_sign_in_resets_the_counter(db):
    staff = await new_staff()
    for _ in range(3):
        await fails(staff_sign_in(staff.username, WRONG))
    assert (await StaffAccount.get(id=staff.id)).failed_logins == 3
    await staff_sign_in(staff.username, PASSWORD)
    assert (await StaffAccount.get(id=staff.id)).failed_logins == 0
    err = await fails(staff_sign_in(staff.username, WRONG))
    assert "还可尝试4次" in err.message


async def test_deactivated_staff_cannot_sign_in(db):
    staff = await new_staff()
    await deactivate_staff(staff.id, "test")
    err = await fails(staff_sign_in(staff.username, PASSWORD))
    assert err.code == "ACCOUNT_DISABLED"
    # Only the holder of the right password learns that the account exists but is disabled.
    assert (await fails(staff_sign_in(staff.username, WRONG))).code == "INVALID_CREDENTIALS"


async def test_junk_input_is_just_wrong(db):
    for username, password in (("", ""), (None, None), ("x" * 5000, "y"), ("admin", "p" * 100_000)):
        assert (await fails(staff_sign_in(username, password))).code in ("INVALID_CREDENTIALS", "LOCKED")
