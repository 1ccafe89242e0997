"""Helpers for the staff and partner use-case tests: unique names, one-call account set-up."""

from __future__ import annotations

import uuid

import pytest

from usecases.errors import UseCaseError

PASSWORD = "Correct-horse-2026"
ACTOR = "test"


def fresh_username(prefix: str = "t") -> str:
    return f"{prefix}.{uuid.uuid4().hex[:10]}"


async def center_id(key: str = "gy-nanming") -> int:
    from models import ServiceCenter

    return (await ServiceCenter.get(key=key)).id


async def new_staff(role: str | None = "window_clerk", password: str = PASSWORD, **scope):
    """A fresh active staff account, with one role (a clerk at 南明区政务服务中心 unless told)."""
    from usecases.staff.assign_role import assign_role
    from usecases.staff.create_staff import create_staff

    staff = await create_staff(fresh_username(), "测试工作人员", password, ACTOR)
    if role is not None:
        if not scope and role in ("window_clerk", "center_admin"):
            scope = {"center_id": await center_id()}
        await assign_role(staff.id, role, actor=ACTOR, **scope)
    return staff


async def fails(awaitable) -> UseCaseError:
    with pytest.raises(UseCaseError) as e:
        await awaitable
    return e.value


class VerifySpy:
    """Wraps auth.passwords.verify_password where a use case imported it, recording the hashes."""

    def __init__(self, real) -> None:
        self.real = real
        self.hashes: list[str | None] = []

    def __call__(self, password: str, stored_hash: str | None) -> bool:
        self.hashes.append(stored_hash)
        return self.real(password, stored_hash)
