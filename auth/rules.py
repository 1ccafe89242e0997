"""Declared access rules for every root field (`permission_classes=[rule]`).

Each rule answers `allows(viewer)` from the viewer alone, so the permission-matrix test can ask
every rule about every kind of caller and compare with what the API really does. Row-level
questions ("is this *their* item / case?") are answered in auth/visibility.py, one place.
Refusals are typed errors: UNAUTHENTICATED for anonymous callers (or the token's own failure,
e.g. TOKEN_EXPIRED), FORBIDDEN for signed-in callers without the right.
"""

from __future__ import annotations

from typing import Any

import strawberry
from graphql import GraphQLError
from strawberry.permission import BasePermission

from auth.viewer import Viewer


class Rule(BasePermission):
    """Base of every declared rule."""

    message = "无权访问"
    description = ""

    def allows(self, viewer: Viewer) -> bool:
        return False  # deny by default; every concrete rule says whom it lets in

    def has_permission(self, source: Any, info: strawberry.Info, **kwargs: Any) -> bool:
        viewer: Viewer = info.context["viewer"]
        if self.allows(viewer):
            return True
        if viewer.error is not None:  # say why the presented token failed (expired, revoked …)
            raise GraphQLError(viewer.error.message_zh, extensions={"code": viewer.error.code})
        if viewer.kind == "anonymous":
            raise GraphQLError("请先登录", extensions={"code": "UNAUTHENTICATED"})
        # Raised rather than stored on self: strawberry shares permission instances.
        raise GraphQLError(self.message, extensions={"code": "FORBIDDEN"})


class Public(Rule):
    """Anyone, signed in or not (the public catalog)."""

    description = "公开"

    def allows(self, viewer: Viewer) -> bool:
        return True


class CatalogReader(Rule):
    """The public catalog: anyone — except a partner app whose token lacks `catalog:read`
    (a scoped token is held to its scopes, as OAuth 2.0 resource servers do)."""

    message = "合作应用令牌缺少 catalog:read 权限"
    description = "公开（合作应用须有 catalog:read）"

    def allows(self, viewer: Viewer) -> bool:
        return not viewer.is_partner or "catalog:read" in viewer.scopes


class IsCitizen(Rule):
    """A signed-in citizen (valid access token of a live session)."""

    message = "仅限群众本人使用"
    description = "已登录群众"

    def allows(self, viewer: Viewer) -> bool:
        return viewer.is_citizen


class IsSignedIn(Rule):
    """A signed-in citizen or staff member (their own session)."""

    description = "已登录群众或工作人员"

    def allows(self, viewer: Viewer) -> bool:
        return viewer.is_citizen or viewer.is_staff


class PersonalDataReader(Rule):
    """Staff who serve citizens in person and may look one up (every read is audited)."""

    message = "无权查询群众个人信息"
    description = "窗口工作人员、服务中心管理员"

    def allows(self, viewer: Viewer) -> bool:
        return viewer.is_staff and viewer.has_role("window_clerk", "center_admin")


class CatalogManager(Rule):
    """Provincial admins and department approvers; which items a department approver may
    manage (its own department's) is decided per item in auth/visibility.can_manage_item."""

    message = "无权管理事项目录"
    description = "省级管理员或实施部门审批人员"

    def allows(self, viewer: Viewer) -> bool:
        return viewer.is_staff and viewer.has_role("provincial_admin", "department_approver")


class ProvincialAdmin(Rule):
    message = "仅限省级管理员"
    description = "省级管理员"

    def allows(self, viewer: Viewer) -> bool:
        return viewer.is_staff and viewer.has_role("provincial_admin")


class Supervisor(Rule):
    message = "仅限监督人员"
    description = "监督人员或省级管理员"

    def allows(self, viewer: Viewer) -> bool:
        return viewer.is_staff and viewer.has_role("supervisor", "provincial_admin")


class IsStaff(Rule):
    message = "仅限工作人员"
    description = "工作人员"

    def allows(self, viewer: Viewer) -> bool:
        return viewer.is_staff


class CenterStaff(Rule):
    """Staff working at a service centre (clerks, centre admins) and provincial admins; which
    centres' rows they touch is decided in auth/visibility.staff_centers."""

    message = "仅限服务中心工作人员"
    description = "窗口工作人员、服务中心管理员、省级管理员"

    def allows(self, viewer: Viewer) -> bool:
        return viewer.is_staff and viewer.has_role("window_clerk", "center_admin", "provincial_admin")


class CenterAdmin(Rule):
    message = "仅限服务中心管理员"
    description = "服务中心管理员、省级管理员"

    def allows(self, viewer: Viewer) -> bool:
        return viewer.is_staff and viewer.has_role("center_admin", "provincial_admin")


class QueueDesk(Rule):
    """Who may check citizens in and hand out tickets: centre staff, or a self-service kiosk
    (partner app with the `queue:checkin` scope)."""

    message = "仅限服务中心工作人员或自助终端（queue:checkin）"
    description = "服务中心工作人员、省级管理员或自助终端（queue:checkin）"

    def allows(self, viewer: Viewer) -> bool:
        if viewer.is_partner:
            return "queue:checkin" in viewer.scopes
        return CenterStaff().allows(viewer)
