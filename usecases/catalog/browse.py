"""Read the published catalog: filtered pages, single items, reference lists.

Every list loads related rows in a fixed number of queries whatever the page size
(count, page, published versions, themes, life events), never one query per row.
"""

from __future__ import annotations

from dataclasses import dataclass

from tortoise.expressions import Q
from tortoise.functions import Count

from models import Department, Division, ItemImplementation, ItemVersion, LifeEvent, ServiceCenter, Theme
from usecases.errors import invalid

MAX_PAGE = 100
WIDER_THAN_NONE = ("same_city", "cross_county", "cross_city", "province")


@dataclass
class ItemFilter:
    theme: str | None = None
    life_event: str | None = None
    audience: str | None = None  # individual | business
    division_code: str | None = None
    department_id: int | None = None
    center_id: int | None = None
    same_city: bool | None = None
    online_capable: bool | None = None
    max_visits: int | None = None


def check_page_size(first: int | None, field: str = "first", default: int = 20) -> int:
    if first is None:
        return default
    if first < 1 or first > MAX_PAGE:
        raise invalid(field, f"每页数量须在1至{MAX_PAGE}之间（{field}={first}）")
    return first


async def _filter_query(f: ItemFilter):
    qs = ItemImplementation.filter(status="published")
    if f.theme is not None:
        if not await Theme.exists(name=f.theme):
            raise invalid("filter.theme", f"未知的主题：{f.theme}")
        qs = qs.filter(item__themes__name=f.theme)
    if f.life_event is not None:
        if not await LifeEvent.exists(name=f.life_event):
            raise invalid("filter.lifeEvent", f"未知的人生事件：{f.life_event}")
        qs = qs.filter(item__life_events__name=f.life_event)
    if f.audience is not None:
        qs = qs.filter(**{"item__for_business" if f.audience == "business" else "item__for_individual": True})
    if f.division_code is not None:
        division = await Division.get_or_none(code=f.division_code)
        if division is None:
            raise invalid("filter.divisionCode", f"未知的行政区划代码：{f.division_code}")
        qs = qs.filter(division_id__in=division.ancestor_codes())
    if f.department_id is not None:
        qs = qs.filter(department_id=f.department_id)
    if f.center_id is not None:
        qs = qs.filter(windows__center_id=f.center_id)
    if f.same_city is not None:
        qs = qs.filter(scope__in=WIDER_THAN_NONE) if f.same_city else qs.filter(scope="none")
    if f.online_capable is not None:
        qs = qs.filter(online_depth__gte=3) if f.online_capable else qs.filter(online_depth__lt=3)
    if f.max_visits is not None:
        if f.max_visits < 0:
            raise invalid("filter.maxVisits", "到现场次数不能为负数")
        qs = qs.filter(visits__lte=f.max_visits)
    # Joins through many-to-many relations can repeat rows.
    if f.theme is not None or f.life_event is not None or f.center_id is not None:
        qs = qs.distinct()
    return qs


async def attach_published(items: list[ItemImplementation]) -> list[ItemImplementation]:
    """Load each item's published version (one query) onto `item.published`."""
    ids = [i.published_version_id for i in items if i.published_version_id]
    versions = {v.id: v for v in await ItemVersion.filter(id__in=ids)} if ids else {}
    for i in items:
        i.published = versions.get(i.published_version_id)
    return items


RELATED = ("item", "department", "division")


async def attach_labels(items: list[ItemImplementation]) -> list[ItemImplementation]:
    """Theme and life-event names of each item's basic item: one joined query each."""
    basic_ids = list({i.item_id for i in items})
    themes: dict[int, list[str]] = {b: [] for b in basic_ids}
    events: dict[int, list[str]] = {b: [] for b in basic_ids}
    if basic_ids:
        for row in await Theme.filter(items__id__in=basic_ids).order_by("sort", "id").values("items__id", "name"):
            themes[row["items__id"]].append(row["name"])
        for row in await LifeEvent.filter(items__id__in=basic_ids).order_by("sort", "id").values("items__id", "name"):
            events[row["items__id"]].append(row["name"])
    for i in items:
        i.theme_names, i.life_event_names = themes[i.item_id], events[i.item_id]
    return items


async def load_related(items: list[ItemImplementation]) -> list[ItemImplementation]:
    return await attach_labels(await attach_published(items))


async def list_items(f: ItemFilter, first: int | None, offset: int) -> tuple[list[ItemImplementation], int]:
    limit = check_page_size(first)
    if offset < 0:
        raise invalid("after", "分页游标无效")
    qs = await _filter_query(f)
    total = await qs.count()
    rows = await (
        qs.order_by("item__basic_code", "division_id", "id")
        .offset(offset)
        .limit(limit)
        .select_related(*RELATED)
    )
    return await load_related(rows), total


async def get_items(codes: list[str]) -> list[ItemImplementation]:
    """Published or retired implementations by code (retired ones keep their last guide,
    so old links and printed QR codes still explain what the item was)."""
    rows = await (
        ItemImplementation.filter(code__in=codes, status__in=("published", "retired"))
        .select_related(*RELATED)
    )
    await attach_labels(rows)
    await attach_published([r for r in rows if r.status == "published"])
    retired = [r for r in rows if r.status == "retired"]
    if retired:
        last: dict[int, ItemVersion] = {}
        for v in await ItemVersion.filter(implementation_id__in=[r.id for r in retired], status="retired").order_by("number"):
            last[v.implementation_id] = v
        for r in retired:
            r.published = last.get(r.id)
    return rows


async def get_item(code: str) -> ItemImplementation | None:
    rows = await get_items([code])
    return rows[0] if rows else None


async def themes() -> list[Theme]:
    return await Theme.all()


async def life_events() -> list[LifeEvent]:
    return await LifeEvent.all()


async def divisions(parent_code: str | None) -> list[Division]:
    if parent_code is None:
        return await Division.filter(parent_id=None)
    if not await Division.exists(code=parent_code):
        raise invalid("parentCode", f"未知的行政区划代码：{parent_code}")
    return await Division.filter(parent_id=parent_code)


async def departments(division_code: str | None) -> list[Department]:
    qs = Department.all().order_by("division_id", "kind")
    if division_code is not None:
        qs = qs.filter(division_id=division_code)
    return await qs


def _distance_km(lat1: float, lon1: float, lat2: float, lon2: float) -> float:
    from math import asin, cos, radians, sin, sqrt

    dlat, dlon = radians(lat2 - lat1), radians(lon2 - lon1)
    a = sin(dlat / 2) ** 2 + cos(radians(lat1)) * cos(radians(lat2)) * sin(dlon / 2) ** 2
    return 6371.0 * 2 * asin(sqrt(a))


async def service_centers(
    division_code: str | None, item_code: str | None, near: tuple[float, float] | None
) -> list[tuple[ServiceCenter, float | None]]:
    """Centres in a division (and below), optionally only those accepting an item, nearest first."""
    qs = ServiceCenter.all().select_related("division")
    if division_code is not None:
        division = await Division.get_or_none(code=division_code)
        if division is None:
            raise invalid("divisionCode", f"未知的行政区划代码：{division_code}")
        qs = qs.filter(Q(division_id=division.code) | Q(division__path__startswith=division.path + "/"))
    if item_code is not None:
        if not await ItemImplementation.exists(code=item_code):
            raise invalid("itemCode", f"未知的事项实施编码：{item_code}")
        qs = qs.filter(windows__items__code=item_code).distinct()
    if near is not None:
        lat, lon = near
        if not (-90 <= lat <= 90) or not (-180 <= lon <= 180):
            raise invalid("near", "经纬度超出范围")
    centers = await qs.order_by("id")
    if near is None:
        return [(c, None) for c in centers]
    with_distance = [(c, _distance_km(near[0], near[1], c.latitude, c.longitude)) for c in centers]
    return sorted(with_distance, key=lambda p: p[1])


async def window_counts(center_ids: list[int]) -> dict[int, int]:
    rows = await ServiceCenter.filter(id__in=center_ids).annotate(n=Count("windows")).values("id", "n")
    return {r["id"]: r["n"] for r in rows}
