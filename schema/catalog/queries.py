"""Catalog query fields (the contract the mobile app and partners rely on: keep the names)."""

from __future__ import annotations

import strawberry

from auth.rules import CatalogReader

from resolvers import catalog as r
from schema.catalog.types import LifeEvent, ServiceItem, ServiceItemConnection, ServiceItemSearchHit, Theme
from schema.geo import Department, Division, ServiceCenter


@strawberry.type
class CatalogQuery:
    service_items: ServiceItemConnection = strawberry.field(
        permission_classes=[CatalogReader], resolver=r.service_items, description="事项列表（Relay 分页，first 最大 100）")
    service_item: ServiceItem | None = strawberry.field(
        permission_classes=[CatalogReader], resolver=r.service_item, description="按实施编码查询事项；编码不存在时为 null")
    search_service_items: list[ServiceItemSearchHit] = strawberry.field(
        permission_classes=[CatalogReader], resolver=r.search_service_items, description="按群众常用说法、拼音、首字母搜索事项")
    divisions: list[Division] = strawberry.field(
        permission_classes=[CatalogReader], resolver=r.divisions, description="行政区划；不传 parentCode 时返回省级")
    service_centers: list[ServiceCenter] = strawberry.field(
        permission_classes=[CatalogReader], resolver=r.service_centers, description="服务中心；传 near 时按距离由近到远")
    departments: list[Department] = strawberry.field(permission_classes=[CatalogReader], resolver=r.departments, description="实施部门")
    themes: list[Theme] = strawberry.field(permission_classes=[CatalogReader], resolver=r.themes, description="服务主题")
    life_events: list[LifeEvent] = strawberry.field(permission_classes=[CatalogReader], resolver=r.life_events, description="人生事件与企业事件")
