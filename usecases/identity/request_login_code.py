"""requestLoginCode: send a 6-digit SMS code, within the rate limits.

The answer is the same whether or not the phone has an account, so it reveals nothing about
who uses the service.
"""

from __future__ import annotations

import hmac
import secrets
from dataclasses import dataclass

from auth.crypto import get_cipher
from domain.clock import now
from models import LoginCode
from notifications.sms import get_sender
from storage.transaction import atomic
from usecases.errors import UseCaseError
from usecases.identity import policy
from usecases.identity.phones import checked_phone, client_index, phone_index
from usecases.identity.test_phones import fixed_code_for


@dataclass
class CodeSent:
    expires_in_seconds: int
    retry_after_seconds: int


def code_hash(phone_idx: str, code: str) -> str:
    return get_cipher().blind_index(f"{phone_idx}:{code}", "login-code")


def codes_match(stored: str, phone_idx: str, code: str) -> bool:
    return hmac.compare_digest(stored, code_hash(phone_idx, code))


async def request_login_code(raw_phone: str, client_address: str) -> CodeSent:
    phone = checked_phone(raw_phone)
    idx, client = phone_index(phone), client_index(client_address)
    at = now()
    async with atomic() as conn:
        last = await LoginCode.filter(phone_index=idx).using_db(conn).order_by("-created_at").first()
        if last and at - last.created_at < policy.CODE_INTERVAL:
            wait = int((policy.CODE_INTERVAL - (at - last.created_at)).total_seconds()) + 1
            raise UseCaseError("RATE_LIMITED", f"验证码发送过于频繁，请{wait}秒后再试", "phone")
        start_of_day = at.replace(hour=0, minute=0, second=0, microsecond=0)
        if await LoginCode.filter(phone_index=idx, created_at__gte=start_of_day).using_db(conn).count() >= policy.CODES_PER_DAY:
            raise UseCaseError("DAILY_LIMIT", "今日验证码发送次数已达上限，请明天再试", "phone")
        hour_ago = at - policy.CODE_INTERVAL * 60
        if await LoginCode.filter(client_index=client, created_at__gte=hour_ago).using_db(conn).count() >= policy.CODES_PER_CLIENT_HOUR:
            raise UseCaseError("RATE_LIMITED", "请求过于频繁，请稍后再试", None)
        fixed = fixed_code_for(phone)
        code = fixed or f"{secrets.randbelow(1_000_000):06d}"
        await LoginCode.create(phone_index=idx, client_index=client, code_hash=code_hash(idx, code),
                               created_at=at, expires_at=at + policy.CODE_TTL, using_db=conn)
    if fixed is None:  # QA test phones get no SMS, as with Firebase Auth's test numbers
        await get_sender().send(phone, f"【黔办】您的登录验证码为{code}，5分钟内有效。请勿告诉他人。")
    return CodeSent(expires_in_seconds=int(policy.CODE_TTL.total_seconds()),
                    retry_after_seconds=int(policy.CODE_INTERVAL.total_seconds()))
