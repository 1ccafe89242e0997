"""Who may do what: staff roles, the scope each role is bound to, and partner-app scopes.

Pure vocabulary and rules, no I/O. The use cases (usecases/staff, usecases/partners) store and
check assignments with these definitions; the GraphQL side reads the same names from tokens.

Staff roles (工作人员角色). Every assignment binds one role to exactly one scope:

    role                 label            scope kind   scope
    window_clerk         窗口工作人员      center       the service centre where the clerk sits
    center_admin         服务中心管理员    center       the centre they run (windows, clerks)
    department_approver  部门审批人员      department   the implementing department (实施部门)
    supervisor           监督人员          division     a division and everything below it
    provincial_admin     省级管理员        division     always the province, 520000 (贵州省)

A person may hold several assignments (a clerk at two centres, an approver who also
supervises). In an access token each assignment is one compact string, `role@kind:value`, where
value is the centre's or department's database id or the division code, e.g.
`window_clerk@center:12`, `department_approver@department:7`, `supervisor@division:520100`.

Partner-app scopes (合作应用权限范围) are OAuth2 scopes granted to registered clients; a token
carries the granted ones space-separated in its `scope` claim (RFC 8693 / RFC 9068 style).
"""

from __future__ import annotations

import re
from dataclasses import dataclass

PROVINCE_CODE = "520000"

ROLE_LABELS: dict[str, str] = {
    "window_clerk": "窗口工作人员",
    "department_approver": "部门审批人员",
    "center_admin": "服务中心管理员",
    "supervisor": "监督人员",
    "provincial_admin": "省级管理员",
}
ROLES: tuple[str, ...] = tuple(ROLE_LABELS)

SCOPE_KIND_LABELS: dict[str, str] = {
    "division": "行政区划",
    "center": "服务中心",
    "department": "部门",
}
SCOPE_KINDS: tuple[str, ...] = tuple(SCOPE_KIND_LABELS)

# The one scope kind each role is bound to.
ROLE_SCOPE_KIND: dict[str, str] = {
    "window_clerk": "center",
    "center_admin": "center",
    "department_approver": "department",
    "supervisor": "division",
    "provincial_admin": "division",
}

PARTNER_SCOPE_LABELS: dict[str, str] = {
    "catalog:read": "读取事项目录与办事指南",
    "appointments:write": "代群众预约办事",
    "cases:read": "查询办件进度",
    "webhooks:manage": "管理事件推送（Webhook）",
    "queue:checkin": "自助终端预约签到与取号",
}
PARTNER_SCOPES: tuple[str, ...] = tuple(PARTNER_SCOPE_LABELS)

# The scope-id arguments of an assignment, by scope kind (what the use cases and forms call them).
SCOPE_FIELDS: dict[str, str] = {"division": "divisionCode", "center": "centerId", "department": "departmentId"}

_CLAIM = re.compile(r"(?P<role>[a-z_]+)@(?P<kind>[a-z]+):(?P<value>[0-9]+)")


@dataclass(frozen=True)
class AssignmentProblem:
    field: str  # role | divisionCode | centerId | departmentId
    code: str  # INVALID_ROLE | SCOPE_REQUIRED | SCOPE_NOT_ALLOWED | PROVINCE_ONLY
    message: str  # Chinese, for the administrator assigning the role


@dataclass(frozen=True)
class RoleGrant:
    """One role assignment as a token carries it."""

    role: str
    scope_kind: str
    scope_value: str  # division code, or the centre's / department's id as text

    @property
    def claim(self) -> str:
        return role_claim(self.role, self.scope_kind, self.scope_value)


def role_label(role: str) -> str:
    return ROLE_LABELS[role]


def scope_kind_for(role: str) -> str:
    """The scope kind `role` is bound to (KeyError for an unknown role)."""
    return ROLE_SCOPE_KIND[role]


def assignment_problems(
    role: str,
    *,
    division_code: str | None = None,
    center_id: int | None = None,
    department_id: int | None = None,
) -> list[AssignmentProblem]:
    """Every reason the assignment is refused (empty when it is valid).

    Exactly one scope must be given, of the kind the role needs; a provincial admin's division
    is the province itself. Whether the division, centre or department exists is the use case's
    question (it needs the database).
    """
    if role not in ROLE_LABELS:
        allowed = "、".join(f"{r}（{label}）" for r, label in ROLE_LABELS.items())
        return [AssignmentProblem("role", "INVALID_ROLE", f"未知角色：{role}；可选：{allowed}")]
    given = {
        "division": division_code not in (None, ""),
        "center": center_id is not None,
        "department": department_id is not None,
    }
    needed = ROLE_SCOPE_KIND[role]
    found: list[AssignmentProblem] = []
    if not given[needed]:
        found.append(AssignmentProblem(
            SCOPE_FIELDS[needed], "SCOPE_REQUIRED",
            f"{ROLE_LABELS[role]}须指定所属{SCOPE_KIND_LABELS[needed]}"))
    for kind, present in given.items():
        if present and kind != needed:
            found.append(AssignmentProblem(
                SCOPE_FIELDS[kind], "SCOPE_NOT_ALLOWED",
                f"{ROLE_LABELS[role]}只能绑定{SCOPE_KIND_LABELS[needed]}，不能绑定{SCOPE_KIND_LABELS[kind]}"))
    if role == "provincial_admin" and given["division"] and division_code != PROVINCE_CODE:
        found.append(AssignmentProblem(
            "divisionCode", "PROVINCE_ONLY", f"省级管理员的范围只能是贵州省（{PROVINCE_CODE}）"))
    return found


def role_claim(role: str, scope_kind: str, scope_value: str | int) -> str:
    """`role@kind:value`, the compact form of one assignment in a staff access token."""
    if role not in ROLE_SCOPE_KIND or ROLE_SCOPE_KIND[role] != scope_kind:
        raise ValueError(f"{role!r} is not bound to a {scope_kind!r}")
    return f"{role}@{scope_kind}:{scope_value}"


def parse_role_claim(text: str) -> RoleGrant | None:
    """The assignment a compact claim names, or None when the text is not a valid claim."""
    m = _CLAIM.fullmatch(text) if isinstance(text, str) else None
    if m is None or ROLE_SCOPE_KIND.get(m["role"]) != m["kind"]:
        return None
    if m["role"] == "provincial_admin" and m["value"] != PROVINCE_CODE:
        return None
    return RoleGrant(m["role"], m["kind"], m["value"])


def unknown_partner_scopes(scopes: list[str] | tuple[str, ...] | set[str]) -> list[str]:
    """The scopes in `scopes` that are not partner scopes, in the order given, without repeats."""
    seen: list[str] = []
    for s in scopes:
        if s not in PARTNER_SCOPE_LABELS and s not in seen:
            seen.append(s)
    return seen


def canonical_scopes(scopes: list[str] | tuple[str, ...] | set[str]) -> list[str]:
    """Known scopes in the vocabulary's order, each once (unknown ones are dropped)."""
    wanted = set(scopes)
    return [s for s in PARTNER_SCOPES if s in wanted]
