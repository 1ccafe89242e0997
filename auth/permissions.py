"""Declared permissions, attached to fields with `permission_classes=[...]`.

Until staff identities exist (issue 3) catalog management is open only to callers holding
CATALOG_ADMIN_TOKEN; the rule lives here so the identity work replaces it in one place.
"""

from __future__ import annotations

import hmac
from typing import Any

import strawberry
from graphql import GraphQLError
from strawberry.permission import BasePermission

from config.settings import get_settings


def bearer_token(info: strawberry.Info) -> str | None:
    request = info.context.get("request")
    header = request.headers.get("authorization", "") if request is not None else ""
    scheme, _, token = header.partition(" ")
    return token.strip() if scheme.lower() == "bearer" and token.strip() else None


class CatalogManager(BasePermission):
    message = "无权管理事项目录"
    error_extensions = {"code": "FORBIDDEN"}

    def has_permission(self, source: Any, info: strawberry.Info, **kwargs: Any) -> bool:
        expected = get_settings().catalog_admin_token.reveal()
        token = bearer_token(info)
        return bool(expected) and token is not None and hmac.compare_digest(token, expected)


class IsCitizen(BasePermission):
    """A signed-in citizen (valid access token of a live session)."""

    message = "请先登录"
    error_extensions = {"code": "UNAUTHENTICATED"}

    def has_permission(self, source: Any, info: strawberry.Info, **kwargs: Any) -> bool:
        viewer = info.context["viewer"]
        if viewer.is_citizen:
            return True
        if viewer.error is not None:
            # Say why the presented token failed (expired, revoked …). Raised, not stored on
            # self: strawberry shares permission instances between requests.
            raise GraphQLError(viewer.error.message_zh, extensions={"code": viewer.error.code})
        return False
