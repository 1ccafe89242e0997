"""GET /guides/{code}: printable HTML for websites and windows, JSON-LD for machines."""

from __future__ import annotations

from models import ItemImplementation


async def _code(name: str) -> str:
    return (await ItemImplementation.filter(item__name=name, status="published").order_by("id").first()).code


async def test_html_guide_is_complete_and_printable(client):
    code = await _code("社会保障卡申领")
    r = await client.get(f"/guides/{code}")
    assert r.status_code == 200
    assert r.headers["content-type"].startswith("text/html")
    page = r.text
    for heading in ("设定依据", "受理条件", "申请材料", "办理流程", "收费", "办理时限", "咨询与监督投诉", "常见问题",
                    "常见错误示例", "调取电子证照库"):
        assert heading in page, heading
    assert "社会保障卡申领 办事指南" in page and code in page


async def test_jsonld_in_cpsv_ap_terms(client):
    code = await _code("结婚登记")
    r = await client.get(f"/guides/{code}", headers={"accept": "application/ld+json"})
    assert r.status_code == 200
    assert r.headers["content-type"].startswith("application/ld+json")
    doc = r.json()
    assert doc["@type"] == "cpsv:PublicService"
    assert doc["@id"].endswith(f"/guides/{code}")
    assert doc["dct:title"]["@value"] == "结婚登记"
    assert doc["cv:hasCompetentAuthority"]["dct:identifier"]
    assert doc["cv:hasInput"] and doc["cv:hasLegalResource"]
    assert "cpsv" in doc["@context"] and "cv" in doc["@context"]


async def test_unknown_guide_is_404_in_both_forms(client):
    r = await client.get("/guides/000000000000000000000000")
    assert r.status_code == 404 and "事项不存在" in r.text
    r = await client.get("/guides/nope", headers={"accept": "application/ld+json"})
    assert r.status_code == 404 and r.json()["code"] == "NOT_FOUND"


async def test_guide_text_is_escaped(client, gql):
    from tests.catalog_helpers import ADMIN, CREATE, PUBLISH, complete_guide, department_in, new_basic_item

    basic = await new_basic_item()
    guide = complete_guide()
    guide["conditions"] = "<script>alert(1)</script>"
    dept = await department_in("520302")
    r = await gql(CREATE, {"basic": basic, "dept": str(dept), "div": "520302", "guide": guide}, ADMIN)
    code = r["data"]["createServiceItemDraft"]["itemCode"]
    await gql(PUBLISH, {"code": code}, ADMIN)
    page = (await client.get(f"/guides/{code}")).text
    assert "<script>alert(1)</script>" not in page and "&lt;script&gt;" in page
