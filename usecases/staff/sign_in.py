"""staffSignIn: username + password → a staff session (access token with roles + refresh token).

What a caller can learn is limited on purpose:
- an unknown username and a wrong password give the same code and message, and cost the same
  (`verify_password(password, None)` runs a full argon2 check against a dummy hash);
- five wrong passwords lock the username for 15 minutes, whether or not it has an account;
- while locked, the password is not checked at all (no way to test guesses during a lock),
  but the same argon2 work is spent;
- a deactivated account is reported only to someone who gave its correct password.
argon2 takes tens of milliseconds of CPU, so it runs in a worker thread (`asyncio.to_thread`)
instead of blocking the event loop.
"""

from __future__ import annotations

import asyncio

from auth.passwords import MAX_LENGTH, hash_password, needs_rehash, verify_password
from domain.clock import now
from domain.staff import normalize_username
from models import StaffAccount, StaffSignInLock
from storage.transaction import atomic
from usecases import events
from usecases.errors import UseCaseError
from usecases.identity.sessions import Tokens
from usecases.staff.lockout import failure_error, locked, locked_error, username_index
from usecases.staff.sessions import open_staff_session

DISABLED = UseCaseError("ACCOUNT_DISABLED", "该工作人员账号已停用，请联系管理员", "username")


async def staff_sign_in(username: str, password: str, device: str = "") -> Tokens:
    name = normalize_username(username)
    # Longer than any password the policy accepts: cannot match, and argon2 is not fed megabytes.
    password = (password or "")[: MAX_LENGTH + 1]
    at = now()
    staff = await StaffAccount.get_or_none(username=name) if 0 < len(name) <= 64 else None
    target = staff if staff is not None else await StaffSignInLock.get_or_none(username_index=username_index(name))
    if locked(target, at):
        await asyncio.to_thread(verify_password, password, None)  # same cost as a real check
        raise locked_error(target.locked_until, at)
    ok = await asyncio.to_thread(verify_password, password, staff.password_hash if staff else None)
    if not ok:
        raise await failure_error(staff, name)
    if not staff.active:
        raise DISABLED
    new_hash = await asyncio.to_thread(hash_password, password) if needs_rehash(staff.password_hash) else None
    async with atomic() as conn:
        changes = {"failed_logins": 0, "locked_until": None}
        if new_hash:  # argon2 parameters were raised since this hash was made
            changes["password_hash"] = new_hash
        await StaffAccount.filter(id=staff.id).using_db(conn).update(**changes)
        tokens = await open_staff_session(staff.id, device, conn)
        await events.record(conn, "staff.signed_in", "StaffAccount", staff.id, {"session": tokens.session_id},
                            f"staff:{staff.id}")
    return tokens
