"""domain/roles.py: the role and scope vocabulary and the assignment rule (pure)."""

from __future__ import annotations

import pytest

from domain.roles import (
    PARTNER_SCOPE_LABELS, PARTNER_SCOPES, ROLE_LABELS, ROLE_SCOPE_KIND, assignment_problems, canonical_scopes,
    parse_role_claim, role_claim, scope_kind_for, unknown_partner_scopes,
)


def test_vocabulary():
    assert set(ROLE_LABELS) == {"window_clerk", "department_approver", "center_admin", "supervisor",
                                "provincial_admin"}
    assert ROLE_SCOPE_KIND == {"window_clerk": "center", "center_admin": "center",
                               "department_approver": "department", "supervisor": "division",
                               "provincial_admin": "division"}
    assert scope_kind_for("department_approver") == "department"
    assert PARTNER_SCOPES == ("catalog:read", "appointments:write", "cases:read", "webhooks:manage", "queue:checkin")
    assert all(label and not label.isascii() for label in [*ROLE_LABELS.values(), *PARTNER_SCOPE_LABELS.values()])


@pytest.mark.parametrize("role, scope", [
    ("window_clerk", {"center_id": 1}),
    ("center_admin", {"center_id": 1}),
    ("department_approver", {"department_id": 7}),
    ("supervisor", {"division_code": "520100"}),
    ("supervisor", {"division_code": "520102001"}),
    ("provincial_admin", {"division_code": "520000"}),
])
def test_valid_assignments(role, scope):
    assert assignment_problems(role, **scope) == []


def test_each_role_needs_exactly_its_own_scope():
    [p] = assignment_problems("window_clerk")
    assert (p.field, p.code) == ("centerId", "SCOPE_REQUIRED") and "服务中心" in p.message
    found = assignment_problems("department_approver", department_id=3, division_code="520103")
    assert [(p.field, p.code) for p in found] == [("divisionCode", "SCOPE_NOT_ALLOWED")]
    found = assignment_problems("supervisor", center_id=1)
    assert {(p.field, p.code) for p in found} == {("divisionCode", "SCOPE_REQUIRED"), ("centerId", "SCOPE_NOT_ALLOWED")}


def test_provincial_admin_is_bound_to_the_province():
    [p] = assignment_problems("provincial_admin", division_code="520100")
    assert (p.field, p.code) == ("divisionCode", "PROVINCE_ONLY")


def test_unknown_role():
    [p] = assignment_problems("janitor", center_id=1)
    assert (p.field, p.code) == ("role", "INVALID_ROLE")


def test_compact_claims_round_trip():
    assert role_claim("window_clerk", "center", 12) == "window_clerk@center:12"
    grant = parse_role_claim("supervisor@division:520100")
    assert (grant.role, grant.scope_kind, grant.scope_value) == ("supervisor", "division", "520100")
    assert grant.claim == "supervisor@division:520100"
    for bad in ("supervisor@center:1", "provincial_admin@division:520100", "janitor@center:1", "window_clerk@center:",
                "window_clerk@center:1 ", None, ""):
        assert parse_role_claim(bad) is None
    with pytest.raises(ValueError):
        role_claim("window_clerk", "division", "520000")


def test_partner_scope_helpers():
    assert unknown_partner_scopes(["cases:read", "root", "root", "catalog:write"]) == ["root", "catalog:write"]
    assert canonical_scopes(["webhooks:manage", "catalog:read", "catalog:read"]) == ["catalog:read", "webhooks:manage"]
