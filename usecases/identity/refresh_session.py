"""refreshSession: rotate the refresh token. A token presented twice means it leaked: the
whole session (every token of that device) is revoked, the thief's and the owner's alike."""

from __future__ import annotations

from tortoise.transactions import in_transaction

from domain.clock import now
from models import AuthSession, RefreshToken
from usecases.errors import UseCaseError
from usecases.identity.sessions import Tokens, access_token, new_refresh_token, refresh_hash

INVALID = UseCaseError("INVALID_REFRESH_TOKEN", "登录已失效，请重新登录", "refreshToken")


async def refresh_session(token: str) -> Tokens:
    at = now()
    reused = False
    async with in_transaction() as conn:
        row = await RefreshToken.get_or_none(token_hash=refresh_hash(token or "")).using_db(conn)
        if row is None:
            raise INVALID
        session = await AuthSession.get(id=row.session_id).using_db(conn)
        # Staff sessions refresh through usecases.staff.refresh_session (roles are re-read there).
        if session.citizen_id is None or session.revoked_at is not None or row.expires_at <= at:
            raise INVALID
        if row.used_at is not None:
            session.revoked_at, session.revoke_reason = at, "refresh_reuse"
            await session.save(using_db=conn, update_fields=["revoked_at", "revoke_reason"])
            reused = True
        else:
            row.used_at = at
            await row.save(using_db=conn, update_fields=["used_at"])
            session.last_used_at = at
            await session.save(using_db=conn, update_fields=["last_used_at"])
            refresh = await new_refresh_token(session, conn)
    if reused:  # committed above: the revocation must stand although this call fails
        raise UseCaseError("REFRESH_TOKEN_REUSED", "检测到登录凭证被重复使用，已退出该设备，请重新登录", "refreshToken")
    return Tokens(access_token(session.citizen_id, str(session.id)), refresh, 900, str(session.id))


async def is_staff_refresh_token(token: str) -> bool:
    """Which kind of session a refresh token belongs to (unknown tokens count as citizens')."""
    row = await RefreshToken.get_or_none(token_hash=refresh_hash(token or "")).select_related("session")
    return row is not None and row.session.staff_id is not None
