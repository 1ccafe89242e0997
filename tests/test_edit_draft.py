"""editServiceItemDraft: editing a published item opens a new version; old ones stay readable."""

from __future__ import annotations

from tests.catalog_helpers import ADMIN, CREATE, EDIT, PUBLISH, complete_guide, department_in, new_basic_item

ITEM = """query($c: String!) { serviceItem(code: $c) {
  version guide { conditions } versions { number status guide { conditions } } } }"""


async def _published(gql) -> str:
    basic = await new_basic_item()
    dept = await department_in("520115")
    r = await gql(CREATE, {"basic": basic, "dept": str(dept), "div": "520115", "guide": complete_guide()}, ADMIN)
    code = r["data"]["createServiceItemDraft"]["itemCode"]
    await gql(PUBLISH, {"code": code}, ADMIN)
    return code


async def test_editing_published_item_creates_new_draft_and_keeps_public_version(gql):
    code = await _published(gql)
    original = (await gql(ITEM, {"c": code}))["data"]["serviceItem"]["guide"]["conditions"]
    r = await gql(EDIT, {"code": code, "guide": {"conditions": "新的受理条件"}}, ADMIN)
    edited = r["data"]["editServiceItemDraft"]
    assert edited["version"]["number"] == 2 and edited["version"]["status"] == "draft"
    assert edited["version"]["guide"]["conditions"] == "新的受理条件"
    public = (await gql(ITEM, {"c": code}))["data"]["serviceItem"]
    assert public["version"] == 1 and public["guide"]["conditions"] == original

    await gql(PUBLISH, {"code": code}, ADMIN)
    public = (await gql(ITEM, {"c": code}))["data"]["serviceItem"]
    assert public["version"] == 2 and public["guide"]["conditions"] == "新的受理条件"
    assert [(v["number"], v["status"]) for v in public["versions"]] == [(1, "retired"), (2, "published")]
    assert public["versions"][0]["guide"]["conditions"] == original


async def test_second_edit_updates_the_same_draft(gql):
    code = await _published(gql)
    await gql(EDIT, {"code": code, "guide": {"conditions": "甲"}}, ADMIN)
    r = await gql(EDIT, {"code": code, "guide": {"committedLimitDays": 0}}, ADMIN)
    v = r["data"]["editServiceItemDraft"]["version"]
    assert v["number"] == 2 and v["guide"]["conditions"] == "甲" and v["guide"]["committedLimit"]["days"] == 0


async def test_unknown_item_is_a_typed_error(gql):
    r = await gql(EDIT, {"code": "123", "guide": {"conditions": "x"}}, ADMIN)
    assert r["data"]["editServiceItemDraft"]["code"] == "NOT_FOUND"
