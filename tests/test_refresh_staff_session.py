"""refreshStaffSession and staff sign-out: rotation, reuse detection, current roles, live checks."""

from __future__ import annotations

from auth.tokens import verify_token
from models import AuthSession, Citizen, StaffRole
from storage.transaction import atomic
from tests.staff_helpers import ACTOR, PASSWORD, fails, new_staff
from usecases.identity.sessions import open_session
from usecases.staff.assign_role import assign_role
from usecases.staff.deactivate_staff import deactivate_staff
from usecases.staff.refresh_session import refresh_staff_session
from usecases.staff.sign_in import staff_sign_in
from usecases.staff.sign_out import staff_sign_out, staff_sign_out_everywhere


async def test_refresh_rotates_and_reuse_revokes_the_session(db):
    staff = await new_staff()
    first = await staff_sign_in(staff.username, PASSWORD)
    second = await refresh_staff_session(first.refresh_token)
    assert second.refresh_token != first.refresh_token and second.session_id == first.session_id
    assert verify_token(second.access_token, audience="qianban-app")["sub"] == f"staff:{staff.id}"
    assert (await fails(refresh_staff_session(first.refresh_token))).code == "REFRESH_TOKEN_REUSED"
    assert (await fails(refresh_staff_session(second.refresh_token))).code == "INVALID_REFRESH_TOKEN"
    assert (await AuthSession.get(id=first.session_id)).revoke_reason == "refresh_reuse"


async def test_a_refreshed_token_carries_the_current_roles(db):
    staff = await new_staff()
    tokens = await staff_sign_in(staff.username, PASSWORD)
    await StaffRole.filter(staff_id=staff.id).delete()
    await assign_role(staff.id, "supervisor", division_code="520100", actor=ACTOR)
    tokens = await refresh_staff_session(tokens.refresh_token)
    assert verify_token(tokens.access_token, audience="qianban-app")["roles"] == ["supervisor@division:520100"]


async def test_deactivation_ends_sessions_and_refresh(db):
    staff = await new_staff()
    a = await staff_sign_in(staff.username, PASSWORD, "a")
    b = await staff_sign_in(staff.username, PASSWORD, "b")
    await deactivate_staff(staff.id, ACTOR)
    assert await AuthSession.filter(id__in=[a.session_id, b.session_id], revoked_at=None).count() == 0
    assert (await fails(refresh_staff_session(a.refresh_token))).code == "INVALID_REFRESH_TOKEN"


async def test_a_citizen_refresh_token_is_not_a_staff_one(db):
    citizen = await Citizen.first()
    async with atomic() as conn:
        tokens = await open_session(citizen.id, "手机", conn)
    assert (await fails(refresh_staff_session(tokens.refresh_token))).code == "INVALID_REFRESH_TOKEN"
    assert (await fails(refresh_staff_session("made-up"))).code == "INVALID_REFRESH_TOKEN"


async def test_sign_out_and_sign_out_everywhere(db):
    staff = await new_staff()
    a = await staff_sign_in(staff.username, PASSWORD, "a")
    b = await staff_sign_in(staff.username, PASSWORD, "b")
    c = await staff_sign_in(staff.username, PASSWORD, "c")
    assert await staff_sign_out(staff.id, a.session_id) == 1
    assert (await fails(refresh_staff_session(a.refresh_token))).code == "INVALID_REFRESH_TOKEN"
    assert await staff_sign_out_everywhere(staff.id) == 2
    for t in (b, c):
        assert (await fails(refresh_staff_session(t.refresh_token))).code == "INVALID_REFRESH_TOKEN"
