"""createStaff: normalised unique usernames, argon2id hashes, the password policy."""

from __future__ import annotations

from models import DomainEvent, StaffAccount
from tests.staff_helpers import ACTOR, PASSWORD, fails, fresh_username
from usecases.staff.create_staff import create_staff


async def test_creates_an_active_account_with_a_hashed_password(db):
    name = fresh_username()
    staff = await create_staff(f"  {name.upper()} ", " 张三 ", PASSWORD, ACTOR)
    row = await StaffAccount.get(id=staff.id)
    assert (row.username, row.display_name, row.active, row.failed_logins) == (name, "张三", True, 0)
    assert row.password_hash.startswith("$argon2id$") and PASSWORD not in row.password_hash
    assert row.password_changed_at is not None and row.locked_until is None
    event = await DomainEvent.get(type="staff.account_created", subject_id=str(staff.id))
    assert event.actor == ACTOR and event.payload == {"username": name, "display_name": "张三"}
    assert PASSWORD not in str(event.payload)


async def test_username_is_unique_whatever_its_case(db):
    name = fresh_username()
    await create_staff(name, "甲", PASSWORD, ACTOR)
    err = await fails(create_staff(name.upper(), "乙", PASSWORD, ACTOR))
    assert (err.code, err.field) == ("USERNAME_TAKEN", "username")
    assert await StaffAccount.filter(username=name).count() == 1


async def test_weak_passwords_are_refused_with_every_reason(db):
    err = await fails(create_staff(fresh_username(), "甲", "123", ACTOR))
    assert (err.code, err.field) == ("WEAK_PASSWORD", "password")
    assert {p.message for p in err.problems} == {"密码至少需要10个字符", "密码不能全部是数字"}
    err = await fails(create_staff(fresh_username(), "甲", "woaini1314", ACTOR))
    assert "常见" in err.message
    name = fresh_username()
    err = await fails(create_staff(name, "甲", f"{name}-pass", ACTOR))
    assert err.code == "WEAK_PASSWORD" and "用户名" in err.message
    assert not await StaffAccount.exists(username=name)


async def test_bad_usernames_and_names(db):
    for bad in ("ab", "有中文", "-dash.first", "x" * 65, ""):
        err = await fails(create_staff(bad, "甲", PASSWORD, ACTOR))
        assert (err.code, err.field) == ("INVALID_USERNAME", "username"), bad
    err = await fails(create_staff(fresh_username(), "   ", PASSWORD, ACTOR))
    assert (err.code, err.field) == ("INVALID_ARGUMENT", "displayName")
