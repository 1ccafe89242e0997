"""Refresh-token rotation shared by citizens' and staff sessions.

Each refresh token works once. Presenting a used one means it leaked: the whole session (every
token of that device) is revoked, the thief's and the owner's alike, and the revocation is
committed even though the call fails.
"""

from __future__ import annotations

from collections.abc import Awaitable, Callable
from typing import Any

from tortoise.transactions import in_transaction

from domain.clock import now
from models import AuthSession, RefreshToken
from usecases.errors import UseCaseError
from usecases.identity.sessions import new_refresh_token, refresh_hash

INVALID = UseCaseError("INVALID_REFRESH_TOKEN", "登录已失效，请重新登录", "refreshToken")
REUSED = UseCaseError("REFRESH_TOKEN_REUSED", "检测到登录凭证被重复使用，已退出该设备，请重新登录", "refreshToken")


async def rotate(token: str, owner: str, on_rotate: Callable[[AuthSession, Any], Awaitable[Any]] | None = None):
    """→ (session, new refresh token, whatever `on_rotate` returned). `owner` is "citizen" or
    "staff": another kind's token is refused without being consumed. `on_rotate` runs in the
    transaction and may raise (e.g. a deactivated staff account) to refuse the rotation."""
    at = now()
    async with in_transaction() as conn:
        row = await RefreshToken.get_or_none(token_hash=refresh_hash(token or "")).using_db(conn)
        if row is None:
            raise INVALID
        session = await AuthSession.get(id=row.session_id).using_db(conn)
        owner_id = session.citizen_id if owner == "citizen" else session.staff_id
        if owner_id is None or session.revoked_at is not None or row.expires_at <= at:
            raise INVALID
        if row.used_at is not None:
            session.revoked_at, session.revoke_reason = at, "refresh_reuse"
            await session.save(using_db=conn, update_fields=["revoked_at", "revoke_reason"])
        else:
            extra = await on_rotate(session, conn) if on_rotate else None
            row.used_at = at
            await row.save(using_db=conn, update_fields=["used_at"])
            session.last_used_at = at
            await session.save(using_db=conn, update_fields=["last_used_at"])
            return session, await new_refresh_token(session, conn), extra
    raise REUSED  # reached only after the revocation above has committed
