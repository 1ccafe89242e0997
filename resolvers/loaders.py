"""Per-request DataLoaders: fields that reach related rows batch them into one query."""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass

from strawberry.dataloader import DataLoader

from models import ItemVersion, Window


async def _public_versions(impl_ids: list[int]) -> list[list[ItemVersion]]:
    by_impl: dict[int, list[ItemVersion]] = defaultdict(list)
    for v in await ItemVersion.filter(implementation_id__in=impl_ids, status__in=("published", "retired")).order_by("number"):
        by_impl[v.implementation_id].append(v)
    return [by_impl[i] for i in impl_ids]


async def _windows_by_center(center_ids: list[int]) -> list[list[Window]]:
    by_center: dict[int, list[Window]] = defaultdict(list)
    for w in await Window.filter(center_id__in=center_ids).order_by("number"):
        by_center[w.center_id].append(w)
    return [by_center[i] for i in center_ids]


async def _window_item_codes(window_ids: list[int]) -> list[list[str]]:
    by_window: dict[int, list[str]] = defaultdict(list)
    rows = await Window.filter(id__in=window_ids, items__status="published").order_by("items__code").values_list(
        "id", "items__code")
    for window_id, code in rows:
        by_window[window_id].append(code)
    return [by_window[i] for i in window_ids]


@dataclass
class Loaders:
    public_versions: DataLoader
    windows_by_center: DataLoader
    window_item_codes: DataLoader


def make_loaders() -> Loaders:
    """Fresh loaders: call once per HTTP request and once per subscription event."""
    return Loaders(
        public_versions=DataLoader(load_fn=_public_versions),
        windows_by_center=DataLoader(load_fn=_windows_by_center),
        window_item_codes=DataLoader(load_fn=_window_item_codes),
    )
