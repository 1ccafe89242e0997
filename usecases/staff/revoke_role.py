"""revokeRole: remove one role assignment. The person's access token loses it on its next
refresh (at most 15 minutes); deactivate the account to cut access at once."""

from __future__ import annotations

from models import StaffRole
from storage.transaction import atomic
from usecases import events
from usecases.errors import not_found
from usecases.staff.sessions import claim_of


async def revoke_role(assignment_id: int, actor: str) -> StaffRole:
    async with atomic() as conn:
        row = await StaffRole.get_or_none(id=assignment_id).using_db(conn)
        if row is None:
            raise not_found("角色分配", str(assignment_id), "assignmentId")
        await row.delete(using_db=conn)
        await events.record(conn, "staff.role_revoked", "StaffAccount", row.staff_id,
                            {"role": row.role, "scope": claim_of(row), "assignment": assignment_id}, actor)
    return row
