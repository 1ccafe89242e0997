"""retireServiceItem: the item leaves the catalog; its guide stays readable for old links."""

from __future__ import annotations

from models import DomainEvent
from tests.catalog_helpers import ADMIN, CREATE, EDIT, PUBLISH, RETIRE, complete_guide, department_in, new_basic_item


async def test_retired_item_leaves_lists_but_keeps_its_guide(gql):
    basic = await new_basic_item()
    dept = await department_in("520111")
    r = await gql(CREATE, {"basic": basic, "dept": str(dept), "div": "520111", "guide": complete_guide()}, ADMIN)
    code = r["data"]["createServiceItemDraft"]["itemCode"]
    await gql(PUBLISH, {"code": code}, ADMIN)
    listed = "query { serviceItems(first: 100, filter: {divisionCode: \"520111\"}) { edges { node { code } } } }"
    assert code in [e["node"]["code"] for e in (await gql(listed))["data"]["serviceItems"]["edges"]]

    r = await gql(RETIRE, {"code": code, "reason": "职能调整"}, ADMIN)
    assert r["data"]["retireServiceItem"] == {"__typename": "RetiredItem", "itemCode": code}
    assert code not in [e["node"]["code"] for e in (await gql(listed))["data"]["serviceItems"]["edges"]]
    item = (await gql("query($c: String!) { serviceItem(code: $c) { status version guide { name } } }", {"c": code}))
    assert item["data"]["serviceItem"]["status"] == "retired"
    assert item["data"]["serviceItem"]["guide"]["name"].startswith("测试事项")
    event = await DomainEvent.get(type="catalog.item_retired", subject_id=code)
    assert event.payload == {"reason": "职能调整"}

    r = await gql(EDIT, {"code": code, "guide": {"conditions": "x"}}, ADMIN)
    assert r["data"]["editServiceItemDraft"]["code"] == "ITEM_RETIRED"


async def test_reason_is_required_and_drafts_cannot_be_retired(gql):
    basic = await new_basic_item()
    dept = await department_in("520111")
    r = await gql(CREATE, {"basic": basic, "dept": str(dept), "div": "520111", "guide": {}}, ADMIN)
    code = r["data"]["createServiceItemDraft"]["itemCode"]
    assert (await gql(RETIRE, {"code": code, "reason": " "}, ADMIN))["data"]["retireServiceItem"]["field"] == "reason"
    assert (await gql(RETIRE, {"code": code, "reason": "x"}, ADMIN))["data"]["retireServiceItem"]["code"] == "NOT_PUBLISHED"
