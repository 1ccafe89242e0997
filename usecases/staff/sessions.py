"""Staff sessions: the citizen session machinery (AuthSession + rotating RefreshToken) with a
staff access token that names the person's roles.

Access token claims (ES256, audience "qianban-app", 15 minutes):
    sub   "staff:<id>"
    sid   the AuthSession id (the session must still be live: sign-out and deactivation end it)
    kind  "staff"
    roles ["window_clerk@center:12", "supervisor@division:520100", …] (domain/roles.py)
Roles are read when the token is issued (sign-in and every refresh), so a role change reaches
the person's token within one access-token lifetime.
"""

from __future__ import annotations

import uuid

from auth.tokens import issue_token
from domain.clock import now
from domain.roles import ROLE_SCOPE_KIND, role_claim
from models import AuthSession, StaffRole
from usecases.identity.sessions import Tokens, new_refresh_token
from usecases.staff.policy import STAFF_ACCESS_TTL, STAFF_AUDIENCE


def claim_of(row: StaffRole) -> str:
    kind = ROLE_SCOPE_KIND[row.role]
    value = {"division": row.division_id, "center": row.center_id, "department": row.department_id}[kind]
    return role_claim(row.role, kind, value)


async def role_claims(staff_id: int, conn=None) -> list[str]:
    """The compact role strings of a staff member, in assignment order."""
    rows = await StaffRole.filter(staff_id=staff_id).using_db(conn).order_by("id")
    return [claim_of(r) for r in rows]


def staff_access_token(staff_id: int, session_id: str, roles: list[str]) -> str:
    return issue_token({"sub": f"staff:{staff_id}", "sid": session_id, "kind": "staff", "roles": roles},
                       audience=STAFF_AUDIENCE, ttl=STAFF_ACCESS_TTL)


async def open_staff_session(staff_id: int, device: str, conn) -> Tokens:
    session = await AuthSession.create(id=uuid.uuid4(), staff_id=staff_id, device=(device or "")[:100],
                                       last_used_at=now(), using_db=conn)
    refresh = await new_refresh_token(session, conn)
    roles = await role_claims(staff_id, conn)
    return Tokens(staff_access_token(staff_id, str(session.id), roles), refresh,
                  int(STAFF_ACCESS_TTL.total_seconds()), str(session.id))
