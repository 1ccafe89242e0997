"""Wrong-password counting for staff, shared by sign-in and password change.

Five wrong passwords in a row lock the account for 15 minutes. Usernames without an account
are counted and locked the same way (models.StaffSignInLock), so neither the error nor the
lockout tells an attacker whether a username exists. Failures are counted in their own
transaction: they must stick although the attempt fails.
"""

from __future__ import annotations

from datetime import datetime

from tortoise.expressions import F

from auth.crypto import get_cipher
from domain.clock import now
from models import StaffAccount, StaffSignInLock
from storage.transaction import atomic
from usecases import events
from usecases.errors import UseCaseError
from usecases.staff.policy import LOCK_FOR, MAX_WRONG_PASSWORDS, USERNAME_INDEX_PURPOSE

INVALID_CODE = "INVALID_CREDENTIALS"


def username_index(username: str) -> str:
    return get_cipher().blind_index(username, USERNAME_INDEX_PURPOSE)


def locked(target: StaffAccount | StaffSignInLock | None, at: datetime) -> bool:
    return target is not None and target.locked_until is not None and target.locked_until > at


def locked_error(until: datetime, at: datetime, field: str = "password") -> UseCaseError:
    minutes = int((until - at).total_seconds() // 60) + 1
    return UseCaseError("LOCKED", f"密码错误次数过多，账号已锁定，请{minutes}分钟后再试", field)


def invalid_credentials(left: int) -> UseCaseError:
    return UseCaseError(INVALID_CODE, f"用户名或密码错误，还可尝试{left}次", "password")


async def record_failure(staff: StaffAccount | None, username: str) -> tuple[bool, int]:
    """Count one wrong password for `staff`, or for `username` when it has no account.

    Returns (locked now, attempts left before the lock).
    """
    at = now()
    async with atomic() as conn:
        if staff is not None:
            model, key = StaffAccount, {"id": staff.id}
        else:
            model, key = StaffSignInLock, {"username_index": username_index(username)}
            await StaffSignInLock.get_or_create(defaults={"failed_logins": 0}, using_db=conn, **key)
        # One UPDATE … SET n = n + 1: concurrent wrong guesses are all counted.
        await model.filter(**key).using_db(conn).update(failed_logins=F("failed_logins") + 1)
        row = await model.get(**key).using_db(conn)
        if row.failed_logins < MAX_WRONG_PASSWORDS:
            return False, MAX_WRONG_PASSWORDS - row.failed_logins
        # Locked: the counter starts again, so the lock expiring gives five new tries.
        await model.filter(**key).using_db(conn).update(failed_logins=0, locked_until=at + LOCK_FOR)
        if staff is not None:
            await events.record(conn, "staff.account_locked", "StaffAccount", staff.id,
                                {"until": (at + LOCK_FOR).isoformat()}, "system")
        return True, 0


def just_locked_error(field: str = "password") -> UseCaseError:
    return UseCaseError("LOCKED", f"密码错误次数过多，账号已锁定{int(LOCK_FOR.total_seconds() // 60)}分钟", field)


async def failure_error(staff: StaffAccount | None, username: str) -> UseCaseError:
    now_locked, left = await record_failure(staff, username)
    return just_locked_error() if now_locked else invalid_credentials(left)
