"""Staff administration by provincial admins: accounts, roles, deactivation; own password."""

from __future__ import annotations

import strawberry

from domain.roles import role_label
from models import StaffAccount, StaffRole
from schema.common import UserError
from schema.staff.types import StaffAccountInfo, StaffRoleInfo
from usecases.errors import UseCaseError
from usecases.staff.assign_role import assign_role
from usecases.staff.change_password import change_password
from usecases.staff.create_staff import create_staff
from usecases.staff.deactivate_staff import deactivate_staff
from usecases.staff.sessions import claim_of


def _center(value) -> int | None:
    """The centre's database id from its number or its relay global id (None: not an id)."""
    from resolvers.ids import db_id
    from usecases.errors import UseCaseError

    try:
        return db_id(value, "centerId", "", "ServiceCenter") if value else None
    except UseCaseError:
        return None


async def _info(staff: StaffAccount) -> StaffAccountInfo:
    roles = await StaffRole.filter(staff_id=staff.id).order_by("id")
    return StaffAccountInfo(
        id=strawberry.ID(str(staff.id)), username=staff.username, display_name=staff.display_name, active=staff.active,
        roles=[StaffRoleInfo(id=strawberry.ID(str(r.id)), role=r.role, role_label=role_label(r.role), scope=claim_of(r))
               for r in roles])


def _id(value) -> int:
    if not str(value).isdigit():
        raise UseCaseError("NOT_FOUND", "工作人员不存在", "staffId")
    return int(value)


async def create_staff_account(info: strawberry.Info, username: str, display_name: str,
                               password: str) -> StaffAccountInfo | UserError:
    try:
        staff = await create_staff(username, display_name, password, info.context["viewer"].actor)
    except UseCaseError as e:
        return UserError.from_error(e)
    return await _info(staff)


async def assign_staff_role(info: strawberry.Info, staff_id: strawberry.ID, role: str,
                            division_code: str | None = None, center_id: strawberry.ID | None = None,
                            department_id: strawberry.ID | None = None) -> StaffAccountInfo | UserError:
    try:
        sid = _id(staff_id)
        await assign_role(sid, role, division_code=division_code,
                          center_id=_center(center_id),
                          department_id=int(department_id) if department_id and str(department_id).isdigit() else None,
                          actor=info.context["viewer"].actor)
        return await _info(await StaffAccount.get(id=sid))
    except UseCaseError as e:
        return UserError.from_error(e)


async def deactivate_staff_account(info: strawberry.Info, staff_id: strawberry.ID) -> StaffAccountInfo | UserError:
    try:
        return await _info(await deactivate_staff(_id(staff_id), info.context["viewer"].actor))
    except UseCaseError as e:
        return UserError.from_error(e)


async def change_my_password(info: strawberry.Info, current_password: str, new_password: str) -> StaffAccountInfo | UserError:
    v = info.context["viewer"]
    try:
        await change_password(v.staff_id, current_password, new_password, keep_session_id=v.session_id)
    except UseCaseError as e:
        return UserError.from_error(e)
    return await _info(await StaffAccount.get(id=v.staff_id))
