"""Catalog management mutations (departments and provincial admins)."""

from __future__ import annotations

import strawberry

from auth.rules import CatalogManager
from resolvers import catalog_admin as r
from schema.catalog.mutations_types import CatalogResult, RetireResult


@strawberry.type
class CatalogMutation:
    create_service_item_draft: CatalogResult = strawberry.mutation(
        resolver=r.create_service_item_draft, permission_classes=[CatalogManager],
        description="在某区划新建事项实施清单，返回第1版草稿")
    edit_service_item_draft: CatalogResult = strawberry.mutation(
        resolver=r.edit_service_item_draft, permission_classes=[CatalogManager],
        description="编辑草稿；已发布事项的首次编辑会生成新的草稿版本")
    publish_service_item: CatalogResult = strawberry.mutation(
        resolver=r.publish_service_item, permission_classes=[CatalogManager],
        description="发布草稿；指南不完整时一次性列出全部问题")
    retire_service_item: RetireResult = strawberry.mutation(
        resolver=r.retire_service_item, permission_classes=[CatalogManager], description="停用事项")
