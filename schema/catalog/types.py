"""Catalog types: themes, life events, service items (implementations) and their versions."""

from __future__ import annotations

from collections.abc import Iterable
from datetime import datetime

import strawberry
from strawberry import relay

from config.settings import get_settings
from models import ItemImplementation, ItemVersion
from schema.catalog.guide import Guide
from schema.common import PageInfo
from schema.geo import Department, Division
from schema.nodes import nodes_by_int_id


@strawberry.type(description="服务主题")
class Theme:
    name: str


@strawberry.type(description="人生事件 / 企业事件")
class LifeEvent:
    name: str
    audience: str = strawberry.field(description="individual | business")


@strawberry.type(description="办事指南的一个版本（办件永远指向其受理时的版本）")
class ServiceItemVersion(relay.Node):
    pk: relay.NodeID[int]
    number: int
    status: str = strawberry.field(description="draft | published | retired")
    created_at: datetime
    published_at: datetime | None
    retired_at: datetime | None
    guide: Guide

    @classmethod
    def from_model(cls, v: ItemVersion) -> "ServiceItemVersion":
        return cls(pk=v.id, number=v.number, status=v.status, created_at=v.created_at,
                   published_at=v.published_at, retired_at=v.retired_at, guide=Guide.from_dict(v.guide))

    @classmethod
    async def resolve_nodes(cls, *, info: strawberry.Info, node_ids: Iterable[str], required: bool = False):
        # Drafts are not public: only published and retired versions resolve by id.
        return await nodes_by_int_id(
            lambda ids: ItemVersion.filter(id__in=ids, status__in=("published", "retired")), node_ids, cls.from_model)


@strawberry.type(description="政务服务事项（实施清单事项：某部门在某区划实施的基本目录事项）")
class ServiceItem(relay.Node):
    key: relay.NodeID[str]
    code: str = strawberry.field(description="实施编码（24位）")
    basic_code: str = strawberry.field(description="基本编码（10位）")
    name: str
    item_type: str
    level: str = strawberry.field(description="行使层级 province | city | county | township | village")
    status: str = strawberry.field(description="published | retired")
    for_individual: bool
    for_business: bool
    themes: list[str]
    life_events: list[str]
    division: Division
    department: Department = strawberry.field(description="实施主体")
    version: int | None = strawberry.field(description="当前公开的指南版本号")
    published_at: datetime | None
    guide: Guide | None
    guide_url: str = strawberry.field(description="可打印的办事指南页面")
    impl_id: strawberry.Private[int]

    @classmethod
    def from_model(cls, i: ItemImplementation) -> "ServiceItem":
        v: ItemVersion | None = getattr(i, "published", None)
        basic = i.item
        return cls(
            key=i.code, code=i.code, basic_code=basic.basic_code, name=basic.name, item_type=basic.item_type, level=i.level,
            status=i.status, for_individual=basic.for_individual, for_business=basic.for_business,
            themes=i.theme_names,
            life_events=i.life_event_names,
            division=Division.from_model(i.division), department=Department.from_model(i.department),
            version=v.number if v else None, published_at=v.published_at if v else None,
            guide=Guide.from_dict(v.guide) if v else None,
            guide_url=f"{get_settings().public_base_url}/guides/{i.code}", impl_id=i.id,
        )

    @strawberry.field(description="已发布与已停用的历史版本（不含草稿）")
    async def versions(self, info: strawberry.Info) -> list[ServiceItemVersion]:
        rows = await info.context["loaders"].public_versions.load(self.impl_id)
        return [ServiceItemVersion.from_model(v) for v in rows]

    @classmethod
    async def resolve_nodes(cls, *, info: strawberry.Info, node_ids: Iterable[str], required: bool = False):
        from usecases.catalog.browse import get_items

        found = {i.code: i for i in await get_items(list(node_ids))}
        return [cls.from_model(found[c]) if c in found else None for c in node_ids]


@strawberry.type
class ServiceItemEdge:
    cursor: str
    node: ServiceItem


@strawberry.type(description="事项分页列表")
class ServiceItemConnection:
    total_count: int
    edges: list[ServiceItemEdge]
    page_info: PageInfo


@strawberry.type(description="搜索结果")
class ServiceItemSearchHit:
    score: float
    item: ServiceItem
