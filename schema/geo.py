"""Divisions, departments, service centres and windows."""

from __future__ import annotations

from collections.abc import Iterable

import strawberry
from strawberry import relay

from models import Department as DepartmentModel
from models import Division as DivisionModel
from models import ServiceCenter as CenterModel
from models import Window as WindowModel
from schema.nodes import nodes_by_int_id


@strawberry.type(description="行政区划（GB/T 2260，乡镇9位、村12位）")
class Division(relay.Node):
    key: relay.NodeID[str]
    code: str
    name: str
    level: str = strawberry.field(description="province | city | county | township | village")
    kind: str = strawberry.field(description="地级市、自治州、市辖区、县、特区、街道、镇、村……")
    parent_code: str | None
    official_code: bool = strawberry.field(description="代码是否为 GB/T 2260 正式代码（演示乡村代码与贵安新区为否）")

    @classmethod
    def from_model(cls, d: DivisionModel) -> "Division":
        return cls(key=d.code, code=d.code, name=d.name, level=d.level, kind=d.kind, parent_code=d.parent_id,
                   official_code=d.official_code)

    @classmethod
    async def resolve_nodes(cls, *, info: strawberry.Info, node_ids: Iterable[str], required: bool = False):
        rows = {d.code: d for d in await DivisionModel.filter(code__in=list(node_ids))}
        return [cls.from_model(rows[i]) if i in rows else None for i in node_ids]


@strawberry.type(description="实施主体（部门）")
class Department(relay.Node):
    pk: relay.NodeID[int]
    name: str
    kind: str
    credit_code: str = strawberry.field(description="统一社会信用代码")
    division_code: str
    phone: str
    address: str

    @classmethod
    def from_model(cls, d: DepartmentModel) -> "Department":
        return cls(pk=d.id, name=d.name, kind=d.kind, credit_code=d.credit_code, division_code=d.division_id,
                   phone=d.phone, address=d.address)

    @classmethod
    async def resolve_nodes(cls, *, info: strawberry.Info, node_ids: Iterable[str], required: bool = False):
        return await nodes_by_int_id(lambda ids: DepartmentModel.filter(id__in=ids), node_ids, cls.from_model)


@strawberry.type(description="服务窗口")
class Window(relay.Node):
    pk: relay.NodeID[int]
    number: str
    name: str
    comprehensive: bool = strawberry.field(description="综合窗口（一口受理）")
    center_id: strawberry.Private[int]

    @classmethod
    def from_model(cls, w: WindowModel) -> "Window":
        return cls(pk=w.id, number=w.number, name=w.name, comprehensive=w.comprehensive, center_id=w.center_id)

    @strawberry.field(description="本窗口受理的（已发布）事项实施编码")
    async def item_codes(self, info: strawberry.Info) -> list[str]:
        return await info.context["loaders"].window_item_codes.load(self.pk)

    @classmethod
    async def resolve_nodes(cls, *, info: strawberry.Info, node_ids: Iterable[str], required: bool = False):
        return await nodes_by_int_id(lambda ids: WindowModel.filter(id__in=ids), node_ids, cls.from_model)


@strawberry.type(description="政务服务中心 / 便民服务中心")
class ServiceCenter(relay.Node):
    pk: relay.NodeID[int]
    name: str
    kind: str = strawberry.field(description="government（政务服务中心）| convenience（便民服务中心/站）")
    division_code: str
    address: str
    latitude: float
    longitude: float
    opening_hours: str
    phone: str
    distance_km: float | None = strawberry.field(description="与查询位置的距离（公里），仅在传入 near 时有值")

    @classmethod
    def from_model(cls, c: CenterModel, distance: float | None = None) -> "ServiceCenter":
        return cls(pk=c.id, name=c.name, kind=c.kind, division_code=c.division_id, address=c.address,
                   latitude=c.latitude, longitude=c.longitude, opening_hours=c.opening_hours, phone=c.phone,
                   distance_km=round(distance, 2) if distance is not None else None)

    @strawberry.field(description="窗口")
    async def windows(self, info: strawberry.Info) -> list[Window]:
        return [Window.from_model(w) for w in await info.context["loaders"].windows_by_center.load(self.pk)]

    @classmethod
    async def resolve_nodes(cls, *, info: strawberry.Info, node_ids: Iterable[str], required: bool = False):
        return await nodes_by_int_id(lambda ids: CenterModel.filter(id__in=ids), node_ids, cls.from_model)
