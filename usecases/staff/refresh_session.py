"""refreshStaffSession: rotate a staff refresh token, with the same reuse detection as citizens'
(usecases/identity/rotation.py). The new access token carries the roles as they are now;
a deactivated account gets no new token."""

from __future__ import annotations

from models import StaffAccount
from usecases.identity.rotation import INVALID, rotate
from usecases.identity.sessions import Tokens
from usecases.staff.policy import STAFF_ACCESS_TTL
from usecases.staff.sessions import role_claims, staff_access_token


async def _current_roles(session, conn) -> list[str]:
    if not await StaffAccount.filter(id=session.staff_id, active=True).using_db(conn).exists():
        raise INVALID
    return await role_claims(session.staff_id, conn)


async def refresh_staff_session(token: str) -> Tokens:
    session, refresh, roles = await rotate(token, "staff", _current_roles)
    return Tokens(staff_access_token(session.staff_id, str(session.id), roles), refresh,
                  int(STAFF_ACCESS_TTL.total_seconds()), str(session.id))
