"""assignRole / revokeRole: one role bound to exactly one existing scope."""

from __future__ import annotations

from models import Department, DomainEvent, StaffRole
from tests.staff_helpers import ACTOR, center_id, fails, new_staff
from usecases.staff.assign_role import assign_role
from usecases.staff.deactivate_staff import deactivate_staff
from usecases.staff.revoke_role import revoke_role
from usecases.staff.sessions import role_claims


async def test_each_role_with_its_scope(db):
    staff = await new_staff(role=None)
    nanming = await center_id("gy-nanming")
    rsj = await Department.get(key="520103-rsj")
    await assign_role(staff.id, "window_clerk", center_id=nanming, actor=ACTOR)
    await assign_role(staff.id, "center_admin", center_id=nanming, actor=ACTOR)
    await assign_role(staff.id, "department_approver", department_id=rsj.id, actor=ACTOR)
    await assign_role(staff.id, "supervisor", division_code="520100", actor=ACTOR)
    row = await assign_role(staff.id, "provincial_admin", division_code="520000", actor=ACTOR)
    assert (row.role, row.division_id, row.center_id, row.department_id) == ("provincial_admin", "520000", None, None)
    assert await role_claims(staff.id) == [
        f"window_clerk@center:{nanming}", f"center_admin@center:{nanming}",
        f"department_approver@department:{rsj.id}", "supervisor@division:520100",
        "provincial_admin@division:520000",
    ]
    event = await DomainEvent.filter(type="staff.role_assigned", subject_id=str(staff.id)).order_by("-id").first()
    assert event.payload["scope"] == "provincial_admin@division:520000" and event.actor == ACTOR


async def test_the_same_assignment_twice_is_refused(db):
    staff = await new_staff()  # window clerk at gy-nanming
    err = await fails(assign_role(staff.id, "window_clerk", center_id=await center_id("gy-nanming"), actor=ACTOR))
    assert err.code == "ROLE_EXISTS"
    await assign_role(staff.id, "window_clerk", center_id=await center_id("gy-yunyan"), actor=ACTOR)
    assert await StaffRole.filter(staff_id=staff.id).count() == 2


async def test_wrong_scopes_are_refused_and_change_nothing(db):
    staff = await new_staff(role=None)
    rsj = await Department.get(key="520103-rsj")
    err = await fails(assign_role(staff.id, "window_clerk", department_id=rsj.id, actor=ACTOR))
    assert err.code == "INVALID_ROLE_ASSIGNMENT"
    assert {(p.field, p.code) for p in err.problems} == {("centerId", "SCOPE_REQUIRED"),
                                                         ("departmentId", "SCOPE_NOT_ALLOWED")}
    err = await fails(assign_role(staff.id, "provincial_admin", division_code="520100", actor=ACTOR))
    assert [p.code for p in err.problems] == ["PROVINCE_ONLY"]
    err = await fails(assign_role(staff.id, "superuser", division_code="520000", actor=ACTOR))
    assert (err.field, err.problems[0].code) == ("role", "INVALID_ROLE")
    err = await fails(assign_role(staff.id, "supervisor", actor=ACTOR))
    assert err.field == "divisionCode"
    assert not await StaffRole.exists(staff_id=staff.id)


async def test_unknown_staff_and_scopes(db):
    staff = await new_staff(role=None)
    assert (await fails(assign_role(999999999, "supervisor", division_code="520100", actor=ACTOR))).field == "staffId"
    for scope, field in (({"division_code": "529999"}, "divisionCode"), ({"center_id": 999999999}, "centerId")):
        role = "supervisor" if "division_code" in scope else "window_clerk"
        err = await fails(assign_role(staff.id, role, actor=ACTOR, **scope))
        assert (err.code, err.field) == ("NOT_FOUND", field)
    err = await fails(assign_role(staff.id, "department_approver", department_id=999999999, actor=ACTOR))
    assert (err.code, err.field) == ("NOT_FOUND", "departmentId")


async def test_deactivated_staff_get_no_new_roles(db):
    staff = await new_staff(role=None)
    await deactivate_staff(staff.id, ACTOR)
    err = await fails(assign_role(staff.id, "supervisor", division_code="520100", actor=ACTOR))
    assert err.code == "ACCOUNT_DISABLED"


async def test_revoke_role(db):
    staff = await new_staff()
    row = await StaffRole.get(staff_id=staff.id)
    await revoke_role(row.id, ACTOR)
    assert await role_claims(staff.id) == []
    assert await DomainEvent.exists(type="staff.role_revoked", subject_id=str(staff.id))
    assert (await fails(revoke_role(row.id, ACTOR))).code == "NOT_FOUND"
