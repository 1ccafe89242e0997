"""deactivateStaff: no sign-in, every session ended, not oneself, idempotent."""

from __future__ import annotations

from models import AuthSession, DomainEvent, StaffAccount
from tests.staff_helpers import ACTOR, PASSWORD, fails, new_staff
from usecases.staff.deactivate_staff import deactivate_staff
from usecases.staff.sign_in import staff_sign_in


async def test_deactivate_ends_every_session(db):
    staff = await new_staff()
    tokens = await staff_sign_in(staff.username, PASSWORD)
    row = await deactivate_staff(staff.id, ACTOR)
    assert row.active is False and (await StaffAccount.get(id=staff.id)).active is False
    assert (await AuthSession.get(id=tokens.session_id)).revoke_reason == "staff_deactivated"
    event = await DomainEvent.get(type="staff.account_deactivated", subject_id=str(staff.id))
    assert event.payload == {"sessions_ended": 1} and event.actor == ACTOR
    assert (await fails(staff_sign_in(staff.username, PASSWORD))).code == "ACCOUNT_DISABLED"
    await deactivate_staff(staff.id, ACTOR)  # again: no error, no second event
    assert await DomainEvent.filter(type="staff.account_deactivated", subject_id=str(staff.id)).count() == 1


async def test_nobody_deactivates_themselves(db):
    staff = await new_staff()
    err = await fails(deactivate_staff(staff.id, f"staff:{staff.id}"))
    assert err.code == "CANNOT_DEACTIVATE_SELF"
    assert (await StaffAccount.get(id=staff.id)).active is True


async def test_unknown_staff(db):
    assert (await fails(deactivate_staff(999999999, ACTOR))).code == "NOT_FOUND"
