"""The catalog API contract as the mobile app uses it."""

from __future__ import annotations

import base64

PAGE = """query($first: Int, $after: String, $filter: ServiceItemFilter) {
  serviceItems(first: $first, after: $after, filter: $filter) {
    totalCount pageInfo { hasNextPage hasPreviousPage endCursor }
    edges { cursor node { code name level themes lifeEvents forBusiness division { code }
      guide { scope visits onlineDepth } } } } }"""


async def _page(gql, **variables):
    r = await gql(PAGE, variables)
    assert "errors" not in r, r
    return r["data"]["serviceItems"]


async def test_pages_walk_the_whole_catalog_without_overlap(gql):
    first = await _page(gql, first=50)
    total = first["totalCount"]
    assert total >= 40
    seen, after = [], None
    while True:
        page = await _page(gql, first=50, after=after)
        seen += [e["node"]["code"] for e in page["edges"]]
        if not page["pageInfo"]["hasNextPage"]:
            break
        after = page["pageInfo"]["endCursor"]
    assert len(seen) == len(set(seen)) == total


async def test_division_filter_includes_the_levels_above(gql):
    page = await _page(gql, first=100, filter={"divisionCode": "520103"})
    levels = {e["node"]["level"] for e in page["edges"]}
    divisions = {e["node"]["division"]["code"] for e in page["edges"]}
    assert {"province", "city", "county"} <= levels
    assert divisions <= {"520000", "520100", "520103"}


async def test_theme_audience_and_service_mode_filters(gql):
    page = await _page(gql, first=100, filter={"theme": "社会保障"})
    assert page["totalCount"] > 0 and all("社会保障" in e["node"]["themes"] for e in page["edges"])
    page = await _page(gql, first=100, filter={"audience": "BUSINESS"})
    assert page["totalCount"] > 0 and all(e["node"]["forBusiness"] for e in page["edges"])
    page = await _page(gql, first=100, filter={"sameCity": True})
    assert page["totalCount"] > 0 and all(e["node"]["guide"]["scope"] != "none" for e in page["edges"])
    page = await _page(gql, first=100, filter={"maxVisits": 0, "onlineCapable": True})
    assert page["totalCount"] > 0
    assert all(e["node"]["guide"]["visits"] == 0 and e["node"]["guide"]["onlineDepth"] >= 3 for e in page["edges"])
    page = await _page(gql, first=100, filter={"lifeEvent": "婚姻"})
    assert "结婚登记" in {e["node"]["name"] for e in page["edges"]}


async def test_centre_and_department_filters(gql):
    centers = (await gql('{ serviceCenters(divisionCode: "520103") { id name } }'))["data"]["serviceCenters"]
    yunyan = next(c for c in centers if c["name"] == "云岩区政务服务中心")
    center_pk = base64.b64decode(yunyan["id"]).decode().split(":")[1]
    page = await _page(gql, first=100, filter={"centerId": center_pk})
    assert page["totalCount"] > 0
    # 收受分离: a same-city item of a sibling district is accepted here too.
    assert any(e["node"]["division"]["code"] != "520103" for e in page["edges"])
    assert all(e["node"]["division"]["code"] == "520103" or e["node"]["guide"]["scope"] != "none"
               for e in page["edges"])


async def test_page_size_and_filter_errors_name_the_field(gql):
    r = await gql(PAGE, {"first": 101})
    assert r["errors"][0]["extensions"] == {"code": "INVALID_ARGUMENT", "field": "first"}
    assert "100" in r["errors"][0]["message"]
    for filt, field in (({"theme": "不存在"}, "filter.theme"), ({"divisionCode": "999999"}, "filter.divisionCode"),
                        ({"lifeEvent": "x"}, "filter.lifeEvent"), ({"maxVisits": -1}, "filter.maxVisits"),
                        ({"centerId": "abc"}, "filter.centerId")):
        r = await gql(PAGE, {"first": 5, "filter": filt})
        assert r["errors"][0]["extensions"]["field"] == field, filt
    r = await gql(PAGE, {"first": 5, "after": "not-a-cursor"})
    assert r["errors"][0]["extensions"]["field"] == "after"
    r = await gql(PAGE, {"first": 5, "filter": {"audience": "ALIENS"}})
    assert r["data"] is None and "errors" in r


async def test_item_by_code_and_by_node_id(gql):
    code = (await _page(gql, first=1))["edges"][0]["node"]["code"]
    item = (await gql('query($c: String!) { serviceItem(code: $c) { id code name } }', {"c": code}))["data"]["serviceItem"]
    assert item["code"] == code
    node = await gql('query($id: ID!) { node(id: $id) { __typename ... on ServiceItem { code } } }', {"id": item["id"]})
    assert node["data"]["node"] == {"__typename": "ServiceItem", "code": code}
    assert (await gql('{ serviceItem(code: "000") { code } }'))["data"]["serviceItem"] is None


async def test_node_resolves_every_type(gql):
    ids = {}
    d = (await gql('{ divisions { id code } }'))["data"]["divisions"][0]
    ids["Division"] = d["id"]
    c = (await gql('{ serviceCenters(divisionCode: "520103") { id windows { id } } }'))["data"]["serviceCenters"][0]
    ids["ServiceCenter"], ids["Window"] = c["id"], c["windows"][0]["id"]
    ids["Department"] = (await gql('{ departments(divisionCode: "520103") { id } }'))["data"]["departments"][0]["id"]
    item = (await _page(gql, first=1))["edges"][0]["node"]["code"]
    v = await gql('query($c: String!) { serviceItem(code: $c) { versions { id } } }', {"c": item})
    ids["ServiceItemVersion"] = v["data"]["serviceItem"]["versions"][0]["id"]
    for typename, gid in ids.items():
        r = await gql('query($id: ID!) { node(id: $id) { __typename } }', {"id": gid})
        assert r["data"]["node"]["__typename"] == typename


async def test_divisions_tree(gql):
    top = (await gql("{ divisions { code name } }"))["data"]["divisions"]
    assert top == [{"code": "520000", "name": "贵州省"}]
    cities = (await gql('{ divisions(parentCode: "520000") { code name } }'))["data"]["divisions"]
    codes = {c["code"] for c in cities}
    assert {"520100", "520200", "520300", "520400", "520500", "520600", "522300", "522600", "522700"} <= codes
    assert "贵安新区" in {c["name"] for c in cities}
    r = await gql('{ divisions(parentCode: "123") { code } }')
    assert r["errors"][0]["extensions"]["field"] == "parentCode"


async def test_service_centers_near_are_ordered_by_distance(gql):
    q = '{ serviceCenters(near: {latitude: 26.5669, longitude: 106.7102}) { name distanceKm } }'
    centers = (await gql(q))["data"]["serviceCenters"]
    assert centers[0]["name"] == "南明区政务服务中心"
    distances = [c["distanceKm"] for c in centers]
    assert distances == sorted(distances)
    r = await gql('{ serviceCenters(near: {latitude: 126, longitude: 0}) { name } }')
    assert r["errors"][0]["extensions"]["field"] == "near"


async def test_service_centers_accepting_an_item(gql):
    page = await _page(gql, first=100, filter={"divisionCode": "520102", "sameCity": True})
    item = next(e["node"]["code"] for e in page["edges"] if e["node"]["division"]["code"] == "520102")
    q = 'query($c: String!) { serviceCenters(itemCode: $c) { name divisionCode } }'
    centers = (await gql(q, {"c": item}))["data"]["serviceCenters"]
    names = {c["name"] for c in centers}
    assert "南明区政务服务中心" in names
    assert "云岩区政务服务中心" in names  # same-city: any district centre of Guiyang
    assert not any(c["divisionCode"].startswith("5203") for c in centers)  # not in Zunyi
    r = await gql('{ serviceCenters(itemCode: "nope") { name } }')
    assert r["errors"][0]["extensions"]["field"] == "itemCode"


async def test_themes_and_life_events(gql):
    r = await gql("{ themes { name } lifeEvents { name audience } }")
    themes = {t["name"] for t in r["data"]["themes"]}
    assert {"公共教育", "劳动就业", "社会保障", "医疗卫生", "住房保障", "文化体育", "扶贫脱贫", "政策支持",
            "法律和信息咨询", "知识产权保护", "就业技能培训"} <= themes
    assert {"开办企业": "business", "出生": "individual"}.items() <= {e["name"]: e["audience"] for e in r["data"]["lifeEvents"]}.items()


async def test_node_hides_drafts_and_tolerates_bad_ids(gql):
    import base64

    from models import ItemVersion

    draft = await ItemVersion.filter(status="draft").first()
    if draft is None:  # make one of our own
        from tests.catalog_helpers import ADMIN, CREATE, department_in, new_basic_item

        basic, dept = await new_basic_item(), await department_in("520103")
        await gql(CREATE, {"basic": basic, "dept": str(dept), "div": "520103", "guide": {}}, ADMIN)
        draft = await ItemVersion.filter(status="draft").first()
    for raw in (f"ServiceItemVersion:{draft.id}", "Department:abc", "ServiceCenter:999999"):
        gid = base64.b64encode(raw.encode()).decode()
        r = await gql('query($id: ID!) { node(id: $id) { __typename } }', {"id": gid})
        assert r["data"]["node"] is None, raw


async def test_department_filter(gql):
    depts = (await gql('{ departments(divisionCode: "520103") { id name } }'))["data"]["departments"]
    rsj = next(d for d in depts if d["name"] == "云岩区人力资源和社会保障局")
    pk = base64.b64decode(rsj["id"]).decode().split(":")[1]
    page = await _page(gql, first=100, filter={"departmentId": pk})
    names = {e["node"]["name"] for e in page["edges"]}
    assert "就业登记" in names and "结婚登记" not in names


async def test_search_through_the_api_finds_what_citizens_type(gql):
    q = "query($q: String!, $d: String) { searchServiceItems(query: $q, first: 3, divisionCode: $d) { score item { name division { code } } } }"
    for text in ("办社保卡", "shebaoka", "sbk", "shebaoak"):
        hits = (await gql(q, {"q": text}))["data"]["searchServiceItems"]
        assert hits[0]["item"]["name"] == "社会保障卡申领", text
        assert hits[0]["score"] >= hits[-1]["score"]
    local = (await gql(q, {"q": "社保卡", "d": "520103"}))["data"]["searchServiceItems"][0]
    assert local["item"]["division"]["code"] in ("520000", "520100", "520103")
    r = await gql(q, {"q": "  "})
    assert r["errors"][0]["extensions"] == {"code": "INVALID_ARGUMENT", "field": "query"}
    r = await gql("{ searchServiceItems(query: \"社保\", first: 500) { score } }")
    assert r["errors"][0]["extensions"]["field"] == "first"


async def test_malformed_requests_are_4xx_not_500(client):
    r = await client.post("/graphql", content=b"{not json", headers={"content-type": "application/json"})
    assert r.status_code == 400
    r = await client.post("/graphql", json={"query": "{ serviceItems(first: \"ten\") { totalCount } }"})
    assert r.status_code in (200, 400) and r.json()["errors"]
    r = await client.get("/guides/%E7%A4%BE%3Cscript%3E")
    assert r.status_code == 404
