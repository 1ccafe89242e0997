"""signOut (this device) and signOutEverywhere (every device of the citizen)."""

from __future__ import annotations

from domain.clock import now
from models import AuthSession
from storage.transaction import atomic
from usecases import events


async def sign_out(citizen_id: int, session_id: str) -> int:
    async with atomic() as conn:
        n = await AuthSession.filter(id=session_id, citizen_id=citizen_id, revoked_at=None).using_db(conn).update(
            revoked_at=now(), revoke_reason="sign_out")
        await events.record(conn, "identity.signed_out", "Citizen", citizen_id, {"sessions": n}, f"citizen:{citizen_id}")
    return n


async def sign_out_everywhere(citizen_id: int) -> int:
    async with atomic() as conn:
        n = await AuthSession.filter(citizen_id=citizen_id, revoked_at=None).using_db(conn).update(
            revoked_at=now(), revoke_reason="sign_out_everywhere")
        await events.record(conn, "identity.signed_out", "Citizen", citizen_id, {"sessions": n, "everywhere": True},
                            f"citizen:{citizen_id}")
    return n


async def active_sessions(citizen_id: int) -> list[AuthSession]:
    return await AuthSession.filter(citizen_id=citizen_id, revoked_at=None).order_by("-last_used_at")
