"""createStaff: a staff account with username, display name and an initial password.

The account has no roles until `assign_role` gives it some. The password is hashed (argon2id,
in a worker thread) before the transaction opens, so the transaction stays short.
"""

from __future__ import annotations

import asyncio

from tortoise.exceptions import IntegrityError

from auth.passwords import hash_password
from domain.clock import now
from domain.staff import normalize_username, username_problems
from models import StaffAccount
from storage.transaction import atomic
from usecases import events
from usecases.errors import FieldProblem, UseCaseError
from usecases.staff.passwords import check_new_password

TAKEN = UseCaseError("USERNAME_TAKEN", "该用户名已被使用", "username")


async def create_staff(username: str, display_name: str, password: str, actor: str) -> StaffAccount:
    name = normalize_username(username)
    found = username_problems(name)
    if found:
        raise UseCaseError("INVALID_USERNAME", found[0], "username",
                           [FieldProblem("username", "INVALID_USERNAME", m) for m in found])
    shown = (display_name or "").strip()
    if not 1 <= len(shown) <= 64:
        raise UseCaseError("INVALID_ARGUMENT", "请填写姓名或显示名称（不超过64个字符）", "displayName")
    check_new_password(password, name)
    if await StaffAccount.exists(username=name):
        raise TAKEN
    password_hash = await asyncio.to_thread(hash_password, password)
    try:
        async with atomic() as conn:
            staff = await StaffAccount.create(username=name, display_name=shown, password_hash=password_hash,
                                              password_changed_at=now(), using_db=conn)
            await events.record(conn, "staff.account_created", "StaffAccount", staff.id,
                                {"username": name, "display_name": shown}, actor)
    except IntegrityError:  # created by someone else between the check and the insert
        raise TAKEN from None
    return staff
