"""The demo catalog: complete, real divisions, every required item, every service mode."""

from __future__ import annotations

from models import Division, ItemImplementation, ItemVersion, ServiceCenter, ServiceItem, Window

REQUIRED = """社会保障卡申领 城乡居民基本养老保险参保登记 就业登记 失业保险金申领 住房公积金提取 居民身份证换领 户口迁移
生育登记 义务教育入学 医保异地就医备案 结婚登记 个体工商户设立登记 企业设立登记 食品经营许可 城乡居民医疗保险参保登记 残疾人证核发
高龄津贴申领 最低生活保障申请 不动产转移登记 职业技能培训补贴申领 法律援助申请 公共租赁住房申请 机动车驾驶证换证
普通护照签发 创业担保贷款申请""".split()


async def test_all_county_level_divisions_of_guizhou(db):
    assert await Division.filter(level="city", official_code=True).count() == 9
    assert await Division.filter(level="county").count() == 88
    assert (await Division.get(code="520103")).name == "云岩区"
    assert (await Division.get(code="522634")).name == "雷山县"
    assert await Division.exists(name="贵安新区", official_code=False)
    assert await Division.filter(level="township").count() >= 5
    assert await Division.filter(level="village").count() >= 2


async def test_required_items_and_size(db):
    # The wording or the official name (城乡居民基本医疗保险…) both count: the official
    # names carry the citizen's wording as an alias, which search also uses.
    known = set()
    for name, aliases in await ServiceItem.all().values_list("name", "aliases"):
        known |= {name, name.replace("基本", ""), *aliases}
    missing = [n for n in REQUIRED if n not in known]
    assert not missing
    assert await ServiceItem.exclude(basic_code__startswith="99").count() >= 40
    levels = set(await ItemImplementation.filter(status="published").values_list("level", flat=True))
    assert levels == {"province", "city", "county", "township", "village"}


async def test_every_service_mode_is_represented(db):
    demo = ItemVersion.filter(status="published").exclude(implementation__item__basic_code__startswith="99")
    guides = [v.guide for v in await demo]
    materials = [m for g in guides for m in g["materials"]]
    assert any(g["scope"] == "same_city" for g in guides)
    assert any(g["visits"] == 0 and g["online_depth"] == 4 for g in guides)
    assert any(m["source"] == "e_licence" for m in materials)
    assert any(m["necessity"] == "commitment" for m in materials)
    assert any(g["joint_departments"] for g in guides)
    assert {g["case_kind"] for g in guides} == {"instant", "promised"}
    assert any(g["fee"]["charged"] for g in guides)


async def test_centres_have_windows_that_accept_items(db):
    assert await ServiceCenter.filter(kind="government").count() >= 10
    assert await ServiceCenter.filter(kind="convenience").count() >= 5
    assert await Window.filter(comprehensive=True, items__id__isnull=False).distinct().count() > 10


async def test_seed_is_idempotent(db):
    from usecases.demo.seed_demo import seed_demo

    before = (await ItemImplementation.all().count(), await Window.all().count(), await Division.all().count())
    result = await seed_demo(progress=None)
    assert result == {"divisions": 0, "implementations": 0, "windows": 0, "citizens": 0, "window_groups": 0, "staff": 0}
    assert (await ItemImplementation.all().count(), await Window.all().count(), await Division.all().count()) == before
