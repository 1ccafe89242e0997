"""Catalog resolvers: parse GraphQL arguments, call use cases, map results to types."""

from __future__ import annotations

import strawberry

from resolvers.errors import query_errors
from schema.catalog.inputs import GeoPointInput, ServiceItemFilter
from schema.catalog.types import (
    LifeEvent,
    ServiceItem,
    ServiceItemConnection,
    ServiceItemEdge,
    ServiceItemSearchHit,
    Theme,
)
from schema.common import decode_cursor, encode_cursor, page_info
from schema.geo import Department, Division, ServiceCenter
from usecases.catalog import browse
from usecases.catalog.search import search
from usecases.errors import invalid


def _int_id(value, field: str) -> int:
    try:
        return int(value)
    except (TypeError, ValueError) as exc:
        raise invalid(field, f"编号无效：{value}") from exc


def _opt(v):
    return None if v is strawberry.UNSET else v


def to_item_filter(f: ServiceItemFilter | None) -> browse.ItemFilter:
    if f is None:
        return browse.ItemFilter()
    audience = _opt(f.audience)
    dept, center = _opt(f.department_id), _opt(f.center_id)
    return browse.ItemFilter(
        theme=_opt(f.theme), life_event=_opt(f.life_event), audience=audience.value if audience else None,
        division_code=_opt(f.division_code),
        department_id=_int_id(dept, "filter.departmentId") if dept is not None else None,
        center_id=_int_id(center, "filter.centerId") if center is not None else None,
        same_city=_opt(f.same_city), online_capable=_opt(f.online_capable), max_visits=_opt(f.max_visits),
    )


@query_errors
async def service_items(
    first: int | None = 20, after: str | None = None, filter: ServiceItemFilter | None = None
) -> ServiceItemConnection:
    offset = decode_cursor(after)
    rows, total = await browse.list_items(to_item_filter(filter), first, offset)
    edges = [ServiceItemEdge(cursor=encode_cursor(offset + n), node=ServiceItem.from_model(r)) for n, r in enumerate(rows)]
    return ServiceItemConnection(total_count=total, edges=edges, page_info=page_info(offset, len(rows), total))


@query_errors
async def service_item(code: str) -> ServiceItem | None:
    row = await browse.get_item(code)
    return ServiceItem.from_model(row) if row else None


@query_errors
async def search_service_items(query: str, first: int | None = 10, division_code: str | None = None) -> list[ServiceItemSearchHit]:
    hits = await search(query, first if first is not None else 10, division_code)
    return [ServiceItemSearchHit(score=round(score, 3), item=ServiceItem.from_model(i)) for i, score in hits]


@query_errors
async def divisions(parent_code: str | None = None) -> list[Division]:
    return [Division.from_model(d) for d in await browse.divisions(parent_code)]


@query_errors
async def service_centers(
    division_code: str | None = None, item_code: str | None = None, near: GeoPointInput | None = None
) -> list[ServiceCenter]:
    point = (near.latitude, near.longitude) if near else None
    rows = await browse.service_centers(division_code, item_code, point)
    return [ServiceCenter.from_model(c, d) for c, d in rows]


@query_errors
async def departments(division_code: str | None = None) -> list[Department]:
    return [Department.from_model(d) for d in await browse.departments(division_code)]


async def themes() -> list[Theme]:
    return [Theme(name=t.name) for t in await browse.themes()]


async def life_events() -> list[LifeEvent]:
    return [LifeEvent(name=e.name, audience=e.audience) for e in await browse.life_events()]
