"""Catalog search against the test database: what a citizen types, what a citizen sees.

The first tests search the demo catalog (loaded by the `db` fixture, indexed by seed_demo's
call to reindex_items). The rest use one basic item of their own (basic code 99xxxxxxxx, a
name no demo item shares) in demo divisions, to pin down which implementations are returned.
"""

from __future__ import annotations

import pytest
from tortoise.transactions import in_transaction

from domain.codes import implementation_code
from models import Department, Division, ItemImplementation, ItemVersion, ServiceItem
from usecases.catalog.search import reindex_items, search
from usecases.errors import UseCaseError

BASIC_CODE = "9900000101"
NAME = "古树名木移植审批"
ALIASES = ["移栽古树", "古树移植", "挪古树要审批吗"]


def names(results) -> list[str]:
    return [impl.item.name for impl, _ in results]


# --- the demo catalog, as a citizen types ------------------------------------------------


@pytest.mark.parametrize(
    "query", ["办社保卡", "shebaoka", "sbk", "shebaoak", "shebaka", "shbaoka", "she bao ka", "ＳＨＥＢＡＯＫＡ", "社保ka"]
)
async def test_social_security_card_application_comes_first(db, query):
    results = await search(query)
    assert results, query
    assert names(results)[0] == "社会保障卡申领"


async def test_marriage_finds_marriage_registration(db):
    results = await search("结婚")
    assert names(results)[0] == "结婚登记"


@pytest.mark.parametrize(
    ("query", "expected"),
    [("扯证", "结婚登记"), ("注册公司", "企业设立登记"), ("gjj", "住房公积金提取"), ("落户", "户口迁移"),
     ("身份证丢了", "居民身份证换领"), ("dibao", "最低生活保障申请")],
)
async def test_more_colloquial_queries(db, query, expected):
    assert names(await search(query))[0] == expected


async def test_results_carry_their_published_version_and_are_ranked(db):
    results = await search("社保卡", first=20)
    assert len(results) == 20
    for impl, score in results:
        assert impl.status == "published"
        assert impl.published is not None
        assert impl.published.id == impl.published_version_id and impl.published.status == "published"
        assert impl.department is not None and impl.division is not None
        assert score > 0
    scores = [s for _, s in results]
    assert scores == sorted(scores, reverse=True)


@pytest.mark.parametrize("query", ["", "   ", "\t\n", "社" * 51])
async def test_blank_or_too_long_query_is_invalid(db, query):
    with pytest.raises(UseCaseError) as e:
        await search(query)
    assert e.value.code == "INVALID_ARGUMENT"
    assert e.value.field == "query"


@pytest.mark.parametrize("first", [0, -1, 101])
async def test_page_size_out_of_range_is_invalid(db, first):
    with pytest.raises(UseCaseError) as e:
        await search("社保卡", first=first)
    assert e.value.code == "INVALID_ARGUMENT"


async def test_unknown_division_is_invalid(db):
    with pytest.raises(UseCaseError) as e:
        await search("社保卡", division_code="000001")
    assert e.value.code == "INVALID_ARGUMENT"


async def test_punctuation_only_finds_nothing(db):
    assert await search("？？！") == []


# --- which implementations: an item of the test's own -------------------------------------


async def _implementation(item: ServiceItem, division: Division, status: str) -> ItemImplementation:
    department = await Department.filter(division_id=division.code).order_by("id").first()
    assert department is not None, f"no department in {division.code}"
    impl = await ItemImplementation.create(
        code=implementation_code(item.basic_code, division.code, 1), item=item, department=department,
        division=division, level=division.level, status="draft",
    )
    if status == "published":
        version = await ItemVersion.create(
            implementation=impl, number=1, status="published", created_by="test",
            guide={"name": item.name, "item_type": item.item_type, "accepting_unit": department.name},
        )
        impl.published_version_id, impl.status = version.id, "published"
        await impl.save(update_fields=["published_version_id", "status"])
    return impl


@pytest.fixture(scope="module")
async def own_item(database_url) -> dict:
    """Published in the province and in one county; only a draft in that county's city."""
    county = await Division.get(code="520102")
    sibling = await Division.get(code="520103")
    city = await Division.get(code=county.ancestor_codes()[1])
    assert sibling.parent_id == city.code
    item = await ServiceItem.create(basic_code=BASIC_CODE, name=NAME, item_type="行政许可", aliases=ALIASES)
    await _implementation(item, await Division.get(code="520000"), "published")
    await _implementation(item, county, "published")
    await _implementation(item, city, "draft")
    await reindex_items([item.id])
    return {"item": item, "county": county.code, "sibling": sibling.code, "city": city.code}


def mine(results) -> list[ItemImplementation]:
    return [impl for impl, _ in results if impl.item.basic_code == BASIC_CODE]


async def test_own_item_by_name_alias_pinyin_and_initials(db, own_item):
    for query in (NAME, "移栽古树", "古树", "gushu", "gsyz", "gushuyizhi"):
        assert names(await search(query))[0] == NAME, query


async def test_every_published_implementation_province_first(db, own_item):
    found = mine(await search("古树名木移植", first=10))
    # Province before county; the city's draft is never shown.
    assert [i.division_id for i in found] == ["520000", own_item["county"]]
    assert all(i.published is not None for i in found)


async def test_division_gets_the_implementation_serving_it(db, own_item):
    here = mine(await search("古树移植", division_code=own_item["county"]))
    assert [i.division_id for i in here] == [own_item["county"]]
    # The sibling county and the city (only a draft there) are served by the province.
    for code in (own_item["sibling"], own_item["city"]):
        there = mine(await search("古树移植", division_code=code))
        assert [i.division_id for i in there] == ["520000"], code
    # One implementation per basic item.
    results = await search("社保卡", first=30, division_code=own_item["county"])
    items = [impl.item_id for impl, _ in results]
    assert items and len(items) == len(set(items))
    ancestors = (await Division.get(code=own_item["county"])).ancestor_codes()
    assert all(impl.division_id in ancestors for impl, _ in results)


async def test_first_limits_the_results(db, own_item):
    assert len(await search("古树", first=1)) == 1
    assert len(mine(await search("古树", first=2))) == 2


async def test_reindex_inside_a_callers_transaction(db, own_item):
    item = own_item["item"]
    async with in_transaction() as conn:
        await ServiceItem.filter(id=item.id).using_db(conn).update(aliases=ALIASES + ["百年老树搬家"])
        await reindex_items([item.id], conn=conn)
    assert names(await search("老树搬家"))[0] == NAME
    # A rolled-back rename leaves the old terms.
    with pytest.raises(RuntimeError):
        async with in_transaction() as conn:
            await ServiceItem.filter(id=item.id).using_db(conn).update(name="测试事项", aliases=[])
            await reindex_items([item.id], conn=conn)
            raise RuntimeError("rollback")
    assert names(await search("gushuyizhi"))[0] == NAME


async def test_statement_count_does_not_grow_with_first(db, own_item, monkeypatch):
    conn = ServiceItem._meta.db
    statements: list[str] = []
    for method in ("execute_query", "execute_query_dict"):
        original = getattr(conn, method)

        async def counting(*args, _original=original, **kwargs):
            statements.append(args[0] if args else "")
            return await _original(*args, **kwargs)

        monkeypatch.setattr(conn, method, counting)
    counts = {}
    for first in (1, 10, 100):
        for division in (None, own_item["county"]):
            statements.clear()
            await search("社保卡", first=first, division_code=division)
            counts[(first, division)] = len(statements)
    # division lookup + ranking + at most two implementation lookups + load + versions
    # + theme names + life-event names
    assert max(counts.values()) <= 8, counts
    assert min(counts.values()) >= 3, counts
