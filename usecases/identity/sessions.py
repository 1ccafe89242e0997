"""Sessions: an access JWT (15 min) plus a rotating refresh token (30 days) per device."""

from __future__ import annotations

import hashlib
import secrets
import uuid
from dataclasses import dataclass

from auth.tokens import issue_token
from domain.clock import now
from models import AuthSession, RefreshToken
from usecases.identity import policy


@dataclass
class Tokens:
    access_token: str
    refresh_token: str
    expires_in_seconds: int
    session_id: str


def refresh_hash(token: str) -> str:
    # Refresh tokens are 256-bit random values: a plain SHA-256 is a safe look-up key.
    return hashlib.sha256(token.encode()).hexdigest()


def access_token(citizen_id: int, session_id: str) -> str:
    return issue_token({"sub": f"citizen:{citizen_id}", "sid": session_id, "kind": "citizen"},
                       audience=policy.APP_AUDIENCE, ttl=policy.ACCESS_TTL)


async def new_refresh_token(session: AuthSession, conn) -> str:
    token = secrets.token_urlsafe(32)
    await RefreshToken.create(session_id=session.id, token_hash=refresh_hash(token),
                              expires_at=now() + policy.REFRESH_TTL, using_db=conn)
    return token


async def open_session(citizen_id: int, device: str, conn) -> Tokens:
    session = await AuthSession.create(id=uuid.uuid4(), citizen_id=citizen_id, device=device[:100],
                                       last_used_at=now(), using_db=conn)
    refresh = await new_refresh_token(session, conn)
    return Tokens(access_token(citizen_id, str(session.id)), refresh,
                  int(policy.ACCESS_TTL.total_seconds()), str(session.id))
