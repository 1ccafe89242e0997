"""assignRole: give a staff member one role bound to one scope (domain/roles.py).

Scopes are named by database key: a division code, a service centre id or a department id.
The same role with the same scope twice is refused (ROLE_EXISTS). The staff member's current
access token keeps its old roles until it is refreshed (at most 15 minutes).
"""

from __future__ import annotations

from domain.roles import assignment_problems
from models import Department, Division, ServiceCenter, StaffAccount, StaffRole
from storage.transaction import atomic
from usecases import events
from usecases.errors import FieldProblem, UseCaseError, not_found
from usecases.staff.sessions import claim_of


async def assign_role(
    staff_id: int,
    role: str,
    *,
    division_code: str | None = None,
    center_id: int | None = None,
    department_id: int | None = None,
    actor: str,
) -> StaffRole:
    found = assignment_problems(role, division_code=division_code, center_id=center_id, department_id=department_id)
    if found:
        first = found[0]
        raise UseCaseError("INVALID_ROLE_ASSIGNMENT", first.message, first.field,
                           [FieldProblem(p.field, p.code, p.message) for p in found])
    async with atomic() as conn:
        staff = await StaffAccount.get_or_none(id=staff_id).using_db(conn)
        if staff is None:
            raise not_found("工作人员", str(staff_id), "staffId")
        if not staff.active:
            raise UseCaseError("ACCOUNT_DISABLED", "该工作人员账号已停用，不能分配角色", "staffId")
        if division_code is not None and not await Division.filter(code=division_code).using_db(conn).exists():
            raise not_found("行政区划", division_code, "divisionCode")
        if center_id is not None and not await ServiceCenter.filter(id=center_id).using_db(conn).exists():
            raise not_found("服务中心", str(center_id), "centerId")
        if department_id is not None and not await Department.filter(id=department_id).using_db(conn).exists():
            raise not_found("部门", str(department_id), "departmentId")
        scope = {"division_id": division_code, "center_id": center_id, "department_id": department_id}
        if await StaffRole.filter(staff_id=staff_id, role=role, **scope).using_db(conn).exists():
            raise UseCaseError("ROLE_EXISTS", "该工作人员已拥有此角色和范围", "role")
        row = await StaffRole.create(staff_id=staff_id, role=role, created_by=actor[:64], using_db=conn, **scope)
        await events.record(conn, "staff.role_assigned", "StaffAccount", staff_id,
                            {"role": role, "scope": claim_of(row), "assignment": row.id}, actor)
    return row
