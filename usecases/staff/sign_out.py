"""Staff sign-out: this device, or every device of the staff member."""

from __future__ import annotations

from domain.clock import now
from models import AuthSession
from storage.transaction import atomic
from usecases import events


async def staff_sign_out(staff_id: int, session_id: str) -> int:
    async with atomic() as conn:
        n = await AuthSession.filter(id=session_id, staff_id=staff_id, revoked_at=None).using_db(conn).update(
            revoked_at=now(), revoke_reason="sign_out")
        await events.record(conn, "staff.signed_out", "StaffAccount", staff_id, {"sessions": n}, f"staff:{staff_id}")
    return n


async def staff_sign_out_everywhere(staff_id: int) -> int:
    async with atomic() as conn:
        n = await end_staff_sessions(staff_id, "sign_out_everywhere", conn)
        await events.record(conn, "staff.signed_out", "StaffAccount", staff_id, {"sessions": n, "everywhere": True},
                            f"staff:{staff_id}")
    return n


async def end_staff_sessions(staff_id: int, reason: str, conn, keep_session_id: str | None = None) -> int:
    """Revoke the staff member's live sessions (except `keep_session_id`) inside `conn`'s transaction."""
    live = AuthSession.filter(staff_id=staff_id, revoked_at=None)
    if keep_session_id:
        live = live.exclude(id=keep_session_id)
    return await live.using_db(conn).update(revoked_at=now(), revoke_reason=reason)
