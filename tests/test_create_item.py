"""createServiceItemDraft: a department starts a new implementation with a draft guide."""

from __future__ import annotations

from models import DomainEvent, ItemImplementation
from tests.catalog_helpers import ADMIN, CREATE, complete_guide, department_in, new_basic_item


async def test_creates_a_draft_with_a_24_char_code(gql):
    basic = await new_basic_item()
    dept = await department_in("520103")
    r = await gql(CREATE, {"basic": basic, "dept": str(dept), "div": "520103", "guide": {"conditions": "年满18周岁"}}, ADMIN)
    result = r["data"]["createServiceItemDraft"]
    assert result["__typename"] == "DraftVersion"
    assert len(result["itemCode"]) == 24 and result["itemCode"].startswith(basic)
    assert result["version"] == {"number": 1, "status": "DRAFT".lower(), "guide": result["version"]["guide"]}
    assert result["version"]["guide"]["acceptingUnit"].startswith("云岩区")
    assert await DomainEvent.exists(type="catalog.item_created", subject_id=result["itemCode"])


async def test_drafts_are_not_public(gql):
    basic = await new_basic_item()
    dept = await department_in("520103")
    r = await gql(CREATE, {"basic": basic, "dept": str(dept), "div": "520103", "guide": complete_guide()}, ADMIN)
    code = r["data"]["createServiceItemDraft"]["itemCode"]
    found = await gql("query($c: String!) { serviceItem(code: $c) { code } }", {"c": code})
    assert found["data"]["serviceItem"] is None


async def test_refuses_department_of_another_division_and_writes_nothing(gql):
    basic = await new_basic_item()
    dept = await department_in("520102")
    before = await ItemImplementation.all().count()
    r = await gql(CREATE, {"basic": basic, "dept": str(dept), "div": "520103", "guide": {}}, ADMIN)
    assert r["data"]["createServiceItemDraft"]["code"] == "DEPARTMENT_NOT_IN_DIVISION"
    assert await ItemImplementation.all().count() == before


async def test_unknown_basic_item_and_bad_ids_are_typed_errors(gql):
    dept = await department_in("520103")
    r = await gql(CREATE, {"basic": "0000000000", "dept": str(dept), "div": "520103", "guide": {}}, ADMIN)
    assert r["data"]["createServiceItemDraft"]["code"] == "NOT_FOUND"
    assert r["data"]["createServiceItemDraft"]["field"] == "basicCode"
    r = await gql(CREATE, {"basic": "0000000000", "dept": "abc", "div": "520103", "guide": {}}, ADMIN)
    assert r["data"]["createServiceItemDraft"]["field"] == "departmentId"


async def test_requires_catalog_manager(gql):
    basic = await new_basic_item()
    dept = await department_in("520103")
    variables = {"basic": basic, "dept": str(dept), "div": "520103", "guide": {}}
    for token, code in ((None, "UNAUTHENTICATED"), ("wrong-token", "TOKEN_INVALID"),
                        ("staff:nanming.clerk", "FORBIDDEN")):
        r = await gql(CREATE, variables, token)
        assert r["data"] is None
        assert r["errors"][0]["extensions"]["code"] == code, token
    assert not await ItemImplementation.filter(item__basic_code=basic).exists()


async def test_department_approver_manages_only_its_own_department(gql):
    from models import Department

    own = await Department.get(key="520103-rsj")
    other = await department_in("520102")
    basic = await new_basic_item()
    mine = await gql(CREATE, {"basic": basic, "dept": str(own.id), "div": "520103", "guide": {}},
                     "staff:yunyan.rsj.approver")
    assert mine["data"]["createServiceItemDraft"]["__typename"] == "DraftVersion"
    theirs = await gql(CREATE, {"basic": basic, "dept": str(other), "div": "520102", "guide": {}},
                       "staff:yunyan.rsj.approver")
    assert theirs["data"]["createServiceItemDraft"]["code"] == "FORBIDDEN"
