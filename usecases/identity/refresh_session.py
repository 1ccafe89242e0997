"""refreshSession for citizens: rotate the refresh token (usecases/identity/rotation.py)."""

from __future__ import annotations

from models import RefreshToken
from usecases.identity.rotation import rotate
from usecases.identity.sessions import Tokens, access_token, refresh_hash


async def refresh_session(token: str) -> Tokens:
    session, refresh, _ = await rotate(token, "citizen")
    return Tokens(access_token(session.citizen_id, str(session.id)), refresh, 900, str(session.id))


async def is_staff_refresh_token(token: str) -> bool:
    """Which kind of session a refresh token belongs to (unknown tokens count as citizens')."""
    row = await RefreshToken.get_or_none(token_hash=refresh_hash(token or "")).select_related("session")
    return row is not None and row.session.staff_id is not None
