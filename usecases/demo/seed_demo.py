"""`qianban seed-demo`: load the demo catalog through the same use cases departments use.

Idempotent: every row is looked up by its natural key first, so running it again adds only
what is missing. Guides go through create_item → publish_item, so the demo catalog passes
the same completeness rules as any department's.
"""

from __future__ import annotations

import json
from collections.abc import Callable
from pathlib import Path

from domain.codes import government_credit_code
from models import Department, Division, ItemImplementation, LifeEvent, ServiceCenter, ServiceItem, Theme, Window
from usecases.catalog.create_item import create_item
from usecases.catalog.edit_draft import EDITABLE
from usecases.catalog.publish_item import publish_item
from usecases.demo.appointments import load_demo_window_groups
from usecases.demo.citizens import load_demo_citizens
from usecases.demo.departments import department_name, kind_for_level
from usecases.demo.divisions import load_divisions
from usecases.demo.staff import load_demo_staff

DATA = Path(__file__).resolve().parents[2] / "demo_data"
ACTOR = "seed-demo"
AREA_CODES = {"5201": "0851", "5202": "0858", "5203": "0851", "5204": "0851", "5205": "0857",
              "5206": "0856", "5223": "0859", "5226": "0855", "5227": "0854", "5299": "0851"}
DERIVED = {"consultation", "complaint", "joint_departments"}


def _anything(_department_id: int) -> bool:
    """The demo loader acts as the province's own catalog team: every department."""
    return True


def load_places() -> dict:
    return json.loads((DATA / "places.json").read_text(encoding="utf-8"))


def load_items() -> list[dict]:
    return [json.loads(p.read_text(encoding="utf-8")) for p in sorted((DATA / "items").glob("*.json"))]


class Seeder:
    def __init__(self, progress: Callable[[str], None] | None) -> None:
        self.say = progress or (lambda _msg: None)
        self.places = load_places()
        self.divisions: dict[str, Division] = {}
        self.departments: dict[str, Department] = {}

    async def run(self) -> dict[str, int]:
        added = await load_divisions(self.places)
        self.say(f"行政区划：新增 {added} 个")
        self.divisions = {d.code: d for d in await Division.all()}
        await self._reference_lists()
        items = load_items()
        created = 0
        for n, data in enumerate(items, 1):
            created += await self._item(data)
            self.say(f"事项 {n}/{len(items)}：{data['name']}")
        self.say(f"实施清单：新增并发布 {created} 项")
        windows = await self._centers()
        self.say(f"服务中心窗口：新增 {windows} 个")
        from usecases.catalog.search import reindex_items

        await reindex_items()
        self.say("搜索索引：已重建")
        groups = await load_demo_window_groups()
        self.say(f"预约窗口组：新增 {groups} 个")
        citizens = await load_demo_citizens()
        self.say(f"演示群众账号：新增 {citizens} 个（13800138000 已实名）")
        staff = await load_demo_staff()
        self.say(f"演示工作人员账号：新增 {staff} 个（仅供演示，密码见 usecases/demo/staff.py）")
        return {"divisions": added, "implementations": created, "windows": windows, "citizens": citizens, "window_groups": groups,
                "staff": staff}

    async def _reference_lists(self) -> None:
        for i, name in enumerate(self.places["themes"]):
            await Theme.get_or_create(name=name, defaults={"sort": i})
        i = 0
        for audience, names in self.places["life_events"].items():
            for name in names:
                await LifeEvent.get_or_create(name=name, defaults={"audience": audience, "sort": i})
                i += 1

    def _divisions_for(self, level: str) -> list[Division]:
        p = self.places
        codes = {"province": ["520000"], "city": p["demo_cities"], "county": p["demo_counties"],
                 "township": [t["code"] for t in p["townships"]],
                 "village": [v["code"] for v in p["villages"]]}[level]
        return [self.divisions[c] for c in codes]

    def _city_of(self, division: Division) -> Division | None:
        codes = division.ancestor_codes()
        return self.divisions[codes[1]] if len(codes) > 1 else None

    async def _department(self, kind: str, division: Division) -> Department:
        kind = kind_for_level(kind, division.level)
        key = f"{division.code}-{kind}"
        if key in self.departments:
            return self.departments[key]
        dept = await Department.get_or_none(key=key)
        if dept is None:
            city = self._city_of(division)
            serial = int(division.code.ljust(12, "0")[-6:] or 0) * 100 + sorted(
                ["rsj", "gaj", "crj", "jgj", "mzj", "wjw", "jyj", "scjgj", "ybj", "zjj", "gjj", "zrzyj", "sfj",
                 "cl", "swj", "wtl", "xczx", "nync", "zscq", "zwfw", "xzzf", "cwh"]).index(kind)
            area = AREA_CODES.get(division.code[:4], "0851")
            dept = await Department.create(
                key=key, kind=kind,
                name=department_name(kind, division.level, division.name, city.name if city else None),
                credit_code=government_credit_code(division.code, serial),
                division_id=division.code,
                phone=f"{area}-{(int(division.code[:6]) * 7 + serial) % 9000000 + 1000000}",
                address=f"{division.name}（演示地址）",
            )
        self.departments[key] = dept
        return dept

    async def _item(self, data: dict) -> int:
        basic, _ = await ServiceItem.get_or_create(
            basic_code=data["basic_code"],
            defaults=dict(name=data["name"], item_type=data["item_type"], aliases=data["aliases"],
                          for_individual="individual" in data["audiences"],
                          for_business="business" in data["audiences"]),
        )
        if not await basic.themes.all().exists():
            await basic.themes.add(*await Theme.filter(name__in=data["themes"]))
            await basic.life_events.add(*await LifeEvent.filter(name__in=data["life_events"]))
        created = 0
        for level in data["levels"]:
            for division in self._divisions_for(level):
                if await ItemImplementation.exists(item_id=basic.id, division_id=division.code):
                    continue
                dept = await self._department(data["department"], division)
                guide = {k: v for k, v in data.items() if k in EDITABLE and k not in DERIVED}
                joint = [await self._department(k, division) for k in data["joint_departments"]]
                guide["joint_departments"] = [
                    {"name": d.name, "credit_code": d.credit_code} for d in joint if d.id != dept.id
                ]
                guide["consultation"] = {"phone": dept.phone, "address": dept.address,
                                         "online": "贵州政务服务网“我要咨询”；黔办APP在线咨询"}
                guide["complaint"] = {"phone": "12345", "address": dept.address,
                                      "online": "贵州政务服务网“好差评”与投诉建议"}
                version = await create_item(basic.basic_code, dept.id, division.code, guide, ACTOR, _anything)
                await publish_item(version.implementation.code, ACTOR, _anything)
                created += 1
        return created

    async def _centers(self) -> int:
        added = 0
        published = await ItemImplementation.filter(status="published").select_related("division", "department")
        for c in self.places["centers"]:
            division = self.divisions[c["division"]]
            center, new = await ServiceCenter.get_or_create(
                key=c["key"],
                defaults=dict(name=c["name"], division_id=division.code, address=c["address"],
                              latitude=c["lat"], longitude=c["lon"], phone=c["phone"],
                              kind="government" if division.level in ("province", "city", "county") else "convenience",
                              opening_hours="周一至周五 9:00-12:00，13:00-17:00（法定节假日除外，调休工作日照常）"),
            )
            if not new:
                continue
            for number, name, comprehensive, accepts in self._window_plan(division, published):
                window = await Window.create(center=center, number=number, name=name, comprehensive=comprehensive)
                if accepts:
                    await window.items.add(*accepts)
                added += 1
        return added

    def _window_plan(self, division: Division, published: list[ItemImplementation]):
        """Comprehensive windows accept everything the centre's division implements (一口受理)
        plus, at county and township level, same-city items of the rest of the city (收受分离);
        police and real-estate items keep their own windows, as most Guizhou halls do."""
        own = [i for i in published if i.division_id == division.code]
        if division.level in ("county", "township"):
            city = division.ancestor_codes()[1]
            own += [i for i in published if i.division_id != division.code and i.scope != "none"
                    and i.division.path.startswith(f"520000/{city}/") and i.level == "county"]
        special = {"gaj", "crj", "jgj", "zrzyj"}
        general = [i for i in own if i.department.kind not in special]
        police = [i for i in own if i.department.kind in {"gaj", "crj", "jgj"}]
        estate = [i for i in own if i.department.kind == "zrzyj"]
        if division.level in ("township", "village"):
            return [("1", "综合服务窗口（免费代办）", True, own)]
        plan = [(f"A0{n}", f"综合受理窗口{n}", True, general) for n in (1, 2, 3)]
        if police:
            plan.append(("B01", "公安综合窗口", False, police))
        if estate:
            plan.append(("C01", "不动产登记窗口", False, estate))
        return plan


async def seed_demo(progress: Callable[[str], None] | None = print) -> dict[str, int]:
    return await Seeder(progress).run()
