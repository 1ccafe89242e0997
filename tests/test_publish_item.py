"""publishServiceItem: refuse incomplete guides (every problem at once), then go public."""

from __future__ import annotations

from models import DomainEvent, ItemImplementation
from tests.catalog_helpers import ADMIN, CREATE, PUBLISH, complete_guide, department_in, new_basic_item


async def _draft(gql, guide: dict) -> str:
    basic = await new_basic_item()
    dept = await department_in("520102")
    r = await gql(CREATE, {"basic": basic, "dept": str(dept), "div": "520102", "guide": guide}, ADMIN)
    return r["data"]["createServiceItemDraft"]["itemCode"]


async def test_incomplete_guide_lists_every_problem_and_stays_draft(gql):
    guide = complete_guide()
    guide.pop("conditions")
    guide["materials"][0]["commonErrors"] = []
    guide["committedLimitDays"] = guide["legalLimitDays"] + 5 if guide["legalLimitDays"] else 0
    guide["scope"] = "everywhere"
    code = await _draft(gql, guide)
    r = await gql(PUBLISH, {"code": code}, ADMIN)
    result = r["data"]["publishServiceItem"]
    assert result["__typename"] == "UserError"
    assert result["code"] == "GUIDE_INCOMPLETE"
    fields = {p["field"] for p in result["problems"]}
    assert {"conditions", "materials[0].common_errors", "scope"} <= fields
    assert all(p["message"] for p in result["problems"])
    item = await ItemImplementation.get(code=code)
    assert item.status == "draft" and item.published_version_id is None
    assert not await DomainEvent.exists(type="catalog.item_published", subject_id=code)


async def test_complete_guide_publishes_and_becomes_visible(gql):
    code = await _draft(gql, complete_guide())
    r = await gql(PUBLISH, {"code": code}, ADMIN)
    result = r["data"]["publishServiceItem"]
    assert result["version"]["status"] == "published" and result["version"]["publishedAt"]
    found = await gql("query($c: String!) { serviceItem(code: $c) { code version guide { materials { name } } } }",
                      {"c": code})
    assert found["data"]["serviceItem"]["version"] == 1
    assert found["data"]["serviceItem"]["guide"]["materials"]
    event = await DomainEvent.get(type="catalog.item_published", subject_id=code)
    assert event.payload["version"] == 1 and event.actor


async def test_publishing_twice_without_a_new_draft_is_refused(gql):
    code = await _draft(gql, complete_guide())
    await gql(PUBLISH, {"code": code}, ADMIN)
    r = await gql(PUBLISH, {"code": code}, ADMIN)
    assert r["data"]["publishServiceItem"]["code"] == "NO_DRAFT"


async def test_unknown_code_is_not_found(gql):
    r = await gql(PUBLISH, {"code": "000000000000000000000000"}, ADMIN)
    assert r["data"]["publishServiceItem"]["code"] == "NOT_FOUND"


async def test_event_and_change_commit_together(gql, monkeypatch):
    """If recording the event fails, the publication is rolled back too."""
    from usecases import events

    code = await _draft(gql, complete_guide())

    async def failing(*args, **kwargs):
        raise RuntimeError("outbox unavailable")

    monkeypatch.setattr(events, "record", failing)
    r = await gql(PUBLISH, {"code": code}, ADMIN)
    assert r["errors"][0]["extensions"]["code"] == "INTERNAL_ERROR"
    item = await ItemImplementation.get(code=code)
    assert item.status == "draft" and item.published_version_id is None


async def test_published_item_is_searchable_at_once(gql):
    code = await _draft(gql, complete_guide())
    await gql(PUBLISH, {"code": code}, ADMIN)
    from models import ItemImplementation

    item = await ItemImplementation.get(code=code).select_related("item")
    r = await gql("query($q: String!) { searchServiceItems(query: $q, first: 5) { item { code } } }",
                  {"q": item.item.name})
    assert code in [h["item"]["code"] for h in r["data"]["searchServiceItems"]]
