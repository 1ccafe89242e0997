"""Row-level visibility, decided here and nowhere else.

Rules (auth/rules.py) say which kind of caller may use a field at all; these functions say
which rows that caller may see or change.
"""

from __future__ import annotations

from auth.viewer import Viewer


def can_manage_item(viewer: Viewer, department_id: int) -> bool:
    """Provincial admins manage every item; a department approver only its own department's."""
    if not viewer.is_staff:
        return False
    if viewer.has_role("provincial_admin"):
        return True
    return any(g.role == "department_approver" and g.scope_value == str(department_id) for g in viewer.roles)


def can_read_citizen(viewer: Viewer, citizen_id: int) -> bool:
    """A citizen reads their own personal data; staff reads go through the audited path."""
    return viewer.is_citizen and viewer.citizen_id == citizen_id


async def audit_staff_filter(viewer: Viewer) -> list[int] | None:
    """Whose reads a supervisor may inspect: None = everyone's (provincial admins); otherwise the
    ids of staff holding a role inside one of the supervisor's divisions."""
    from tortoise.expressions import Q

    from models import Division, StaffRole

    if viewer.has_role("provincial_admin"):
        return None
    codes = [g.scope_value for g in viewer.roles if g.role == "supervisor" and g.scope_kind == "division"]
    paths = [d.path for d in await Division.filter(code__in=codes)]
    if not paths:
        return []
    within = Q()
    for path in paths:
        for prefix in ("division", "center__division", "department__division"):
            within |= Q(**{f"{prefix}__path": path}) | Q(**{f"{prefix}__path__startswith": path + "/"})
    return list(set(await StaffRole.filter(within).values_list("staff_id", flat=True)))


def staff_centers(viewer: Viewer, roles: tuple[str, ...] = ("window_clerk", "center_admin")) -> set[int] | None:
    """The service centres whose appointments, queues and home visits `viewer` may act on:
    None means every centre (provincial admins; kiosks, which the caller may narrow by the
    centre they stand in); otherwise the ids of centres where they hold one of `roles`."""
    if viewer.is_partner or viewer.has_role("provincial_admin"):
        return None
    return {int(g.scope_value) for g in viewer.roles if g.role in roles and g.scope_kind == "center"}
