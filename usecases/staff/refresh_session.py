"""refreshStaffSession: rotate a staff refresh token, with the same reuse detection as citizens'
(usecases/identity/refresh_session.py). The new access token carries the roles as they are now;
a deactivated account gets no new token."""

from __future__ import annotations

from tortoise.transactions import in_transaction

from domain.clock import now
from models import AuthSession, RefreshToken, StaffAccount
from usecases.errors import UseCaseError
from usecases.identity.sessions import Tokens, new_refresh_token, refresh_hash
from usecases.staff.policy import STAFF_ACCESS_TTL
from usecases.staff.sessions import role_claims, staff_access_token

INVALID = UseCaseError("INVALID_REFRESH_TOKEN", "登录已失效，请重新登录", "refreshToken")


async def refresh_staff_session(token: str) -> Tokens:
    at = now()
    reused = False
    async with in_transaction() as conn:
        row = await RefreshToken.get_or_none(token_hash=refresh_hash(token or "")).using_db(conn)
        if row is None:
            raise INVALID
        session = await AuthSession.get(id=row.session_id).using_db(conn)
        # A citizen's refresh token is not a staff one: refused without being consumed.
        if session.staff_id is None or session.revoked_at is not None or row.expires_at <= at:
            raise INVALID
        if row.used_at is not None:
            session.revoked_at, session.revoke_reason = at, "refresh_reuse"
            await session.save(using_db=conn, update_fields=["revoked_at", "revoke_reason"])
            reused = True
        else:
            if not await StaffAccount.filter(id=session.staff_id, active=True).using_db(conn).exists():
                raise INVALID
            row.used_at = at
            await row.save(using_db=conn, update_fields=["used_at"])
            session.last_used_at = at
            await session.save(using_db=conn, update_fields=["last_used_at"])
            refresh = await new_refresh_token(session, conn)
            roles = await role_claims(session.staff_id, conn)
    if reused:  # committed above: the revocation must stand although this call fails
        raise UseCaseError("REFRESH_TOKEN_REUSED", "检测到登录凭证被重复使用，已退出该设备，请重新登录", "refreshToken")
    return Tokens(staff_access_token(session.staff_id, str(session.id), roles), refresh,
                  int(STAFF_ACCESS_TTL.total_seconds()), str(session.id))
