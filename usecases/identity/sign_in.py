"""signIn: phone + SMS code → a new session. Five wrong codes lock the phone for 15 minutes."""

from __future__ import annotations

from tortoise.transactions import in_transaction

from domain.clock import now
from models import Citizen, LoginCode, LoginLock
from storage.transaction import atomic
from usecases import events
from usecases.errors import UseCaseError
from usecases.identity import policy
from usecases.identity.phones import checked_phone, phone_index
from usecases.identity.request_login_code import codes_match
from usecases.identity.sealed import seal
from usecases.identity.sessions import Tokens, open_session


async def _record_failure(idx: str) -> UseCaseError:
    """Count a wrong code in its own transaction: it must stick even though sign-in fails."""
    async with in_transaction() as conn:
        lock, _ = await LoginLock.get_or_create(phone_index=idx, using_db=conn)
        lock.failures += 1
        if lock.failures >= policy.MAX_WRONG_CODES:
            lock.failures, lock.locked_until = 0, now() + policy.LOCK_FOR
            await lock.save(using_db=conn)
            return UseCaseError("LOCKED", "验证码错误次数过多，请15分钟后再试", "code")
        await lock.save(using_db=conn)
    left = policy.MAX_WRONG_CODES - lock.failures
    return UseCaseError("WRONG_CODE", f"验证码错误或已失效，还可尝试{left}次", "code")


async def sign_in(raw_phone: str, code: str, device: str = "") -> Tokens:
    phone = checked_phone(raw_phone)
    idx = phone_index(phone)
    at = now()
    lock = await LoginLock.get_or_none(phone_index=idx)
    if lock and lock.locked_until and lock.locked_until > at:
        minutes = int((lock.locked_until - at).total_seconds() // 60) + 1
        raise UseCaseError("LOCKED", f"验证码错误次数过多，请{minutes}分钟后再试", "code")
    if not (code or "").isdigit() or len(code) != 6:
        raise await _record_failure(idx)
    async with atomic() as conn:
        pending = await LoginCode.filter(phone_index=idx, consumed_at=None, expires_at__gt=at).using_db(conn).order_by(
            "-created_at").first()
        if pending is None or not codes_match(pending.code_hash, idx, code):
            failure = True
        else:
            failure = False
            pending.consumed_at = at
            await pending.save(using_db=conn, update_fields=["consumed_at"])
            await LoginLock.filter(phone_index=idx).using_db(conn).update(failures=0, locked_until=None)
            citizen = await Citizen.get_or_none(phone_index=idx).using_db(conn)
            if citizen is None:
                citizen = await Citizen.create(phone_index=idx, phone=seal(idx, "phone", phone),
                                               using_db=conn)
                await events.record(conn, "identity.citizen_registered", "Citizen", citizen.id, {}, f"citizen:{citizen.id}")
            tokens = await open_session(citizen.id, device, conn)
            await events.record(conn, "identity.signed_in", "Citizen", citizen.id, {"session": tokens.session_id},
                                f"citizen:{citizen.id}")
    if failure:
        raise await _record_failure(idx)
    return tokens
