"""Home visits (上门办理) through the API: who may ask, what is sealed and masked, the centre
admin's scheduling, the citizen following the status."""

from __future__ import annotations

from datetime import timedelta

from domain.clock import now
from models import DomainEvent, HomeVisit, StaffAccount
from tests.appointment_helpers import private_group, verified
from tests.identity_helpers import outbox  # noqa: F401

REQUEST = """mutation($i: HomeVisitInput!) { requestHomeVisit(input: $i) { __typename
  ... on HomeVisitInfo { id status eligibility address contactPhone centerName }
  ... on UserError { code message field } } }"""
SCHEDULE = """mutation($i: ScheduleHomeVisitInput!) { scheduleHomeVisit(input: $i) { __typename
  ... on HomeVisitInfo { id status assignee scheduledAt } ... on UserError { code message field } } }"""
MINE = "query($r: Boolean!) { myHomeVisits(reveal: $r) { id status address contactPhone assignee scheduledAt } }"
ADDRESS = "贵阳市云岩区中华北路100号3单元502"


async def test_elderly_citizen_requests_and_follows_a_home_visit(gql, client, outbox):  # noqa: F811
    group, item, _ = await private_group(prefix="V")
    elder = await verified(gql, client, outbox, born="1950")
    ask = {"itemCode": item.code, "centerId": str(group.center_id), "address": ADDRESS,
           "contactPhone": "139-0000-1234", "preferredTimes": "工作日上午"}
    r = (await gql(REQUEST, {"i": ask}, elder))["data"]["requestHomeVisit"]
    assert r["status"] == "requested" and r["eligibility"] == "age"
    assert r["address"] == "贵阳市云岩区****" and r["contactPhone"] == "139****1234"
    again = (await gql(REQUEST, {"i": ask}, elder))["data"]["requestHomeVisit"]
    assert again["code"] == "ALREADY_REQUESTED"

    row = await HomeVisit.get(id=int(r["id"]))
    assert ADDRESS not in row.address and "13900001234" not in row.contact_phone  # sealed at rest

    visits = (await gql("query($c: ID!) { centerHomeVisits(centerId: $c) { id address } }",
                        {"c": str(group.center_id)}, "staff:yunyan.admin"))["data"]["centerHomeVisits"]
    assert {"id": r["id"], "address": "贵阳市云岩区****"} in visits
    other = await gql("query($c: ID!) { centerHomeVisits(centerId: $c) { id } }", {"c": str(group.center_id)},
                      "staff:nanming.admin")
    assert other["errors"][0]["extensions"]["code"] == "NOT_FOUND"

    clerk = await StaffAccount.get(username="yunyan.clerk")
    when = (now() + timedelta(days=2)).replace(hour=10, minute=0, second=0, microsecond=0)
    plan = {"visitId": r["id"], "assigneeId": str(clerk.id), "scheduledAt": when.isoformat()}
    outsider = await StaffAccount.get(username="nanming.clerk")
    refused = (await gql(SCHEDULE, {"i": {**plan, "assigneeId": str(outsider.id)}}, "staff:yunyan.admin"))
    assert refused["data"]["scheduleHomeVisit"]["field"] == "assigneeId"
    past = (await gql(SCHEDULE, {"i": {**plan, "scheduledAt": (now() - timedelta(hours=1)).isoformat()}},
                      "staff:yunyan.admin"))
    assert past["data"]["scheduleHomeVisit"]["field"] == "scheduledAt"
    done = (await gql(SCHEDULE, {"i": plan}, "staff:yunyan.admin"))["data"]["scheduleHomeVisit"]
    assert done["status"] == "scheduled" and done["assignee"] == clerk.display_name

    reveal = """mutation($v: ID!) { revealHomeVisitContact(visitId: $v) { __typename
      ... on HomeVisitContact { address contactPhone } ... on UserError { code } } }"""
    assert (await gql(reveal, {"v": r["id"]}, "staff:nanming.clerk"))["data"]["revealHomeVisitContact"]["code"] == "NOT_FOUND"
    full = (await gql(reveal, {"v": r["id"]}, "staff:yunyan.clerk"))["data"]["revealHomeVisitContact"]
    assert full == {"__typename": "HomeVisitContact", "address": ADDRESS, "contactPhone": "13900001234"}
    from models import PersonalDataAccess

    audit = await PersonalDataAccess.filter(staff_id=clerk.id, purpose="home_visit").first()
    assert audit is not None and "homeVisit.address(full)" in audit.fields_read

    mine = (await gql(MINE, {"r": True}, elder))["data"]["myHomeVisits"]
    assert mine[0]["status"] == "scheduled" and mine[0]["address"] == ADDRESS and mine[0]["contactPhone"] == "13900001234"
    kinds = await DomainEvent.filter(subject_type="HomeVisit", subject_id=r["id"]).order_by("id").values_list("type", flat=True)
    assert list(kinds) == ["home_visit.requested", "home_visit.scheduled"]
    for e in await DomainEvent.filter(subject_type="HomeVisit", subject_id=r["id"]):
        assert ADDRESS not in str(e.payload) and "1390000" not in str(e.payload)  # no personal data in events


async def test_who_may_not_ask(gql, client, outbox):  # noqa: F811
    group, item, _ = await private_group(prefix="W")
    young = await verified(gql, client, outbox, born="1990")
    ask = {"itemCode": item.code, "centerId": str(group.center_id), "address": ADDRESS,
           "contactPhone": "13900001234", "preferredTimes": "周末"}
    assert (await gql(REQUEST, {"i": ask}, young))["data"]["requestHomeVisit"]["code"] == "NOT_ELIGIBLE"
    wrong_cert = {**ask, "disabilityCertificate": "52010219900101123X11"}
    assert (await gql(REQUEST, {"i": wrong_cert}, young))["data"]["requestHomeVisit"]["code"] == "INVALID_CERTIFICATE"
    elder = await verified(gql, client, outbox, born="1940")
    for change, field in [({"address": "短"}, "address"), ({"contactPhone": "12345"}, "contactPhone"),
                          ({"itemCode": "NOPE"}, "itemCode"), ({"centerId": "999999"}, "centerId")]:
        r = (await gql(REQUEST, {"i": {**ask, **change}}, elder))["data"]["requestHomeVisit"]
        assert r["field"] == field, (change, r)
    from tests.appointment_helpers import citizen_id

    assert not await HomeVisit.filter(citizen_id__in=[citizen_id(young), citizen_id(elder)]).exists()


async def test_disability_certificate_of_ones_own_id(gql, client, outbox):  # noqa: F811
    from models import Citizen
    from tests.appointment_helpers import citizen_id
    from usecases.identity.sealed import unseal

    group, item, _ = await private_group(prefix="Y")
    young = await verified(gql, client, outbox, born="1992")
    own = unseal(await Citizen.get(id=citizen_id(young)), "id_number")
    ask = {"itemCode": item.code, "centerId": str(group.center_id), "address": ADDRESS,
           "contactPhone": "13900001234", "preferredTimes": "周末", "disabilityCertificate": own + "23"}
    r = (await gql(REQUEST, {"i": ask}, young))["data"]["requestHomeVisit"]
    assert r["eligibility"] == "disability"
    cancelled = await gql("mutation($v: ID!) { cancelHomeVisit(visitId: $v) { __typename ... on HomeVisitInfo { status } } }",
                          {"v": r["id"]}, young)
    assert cancelled["data"]["cancelHomeVisit"]["status"] == "cancelled"


async def test_parallel_requests_make_one_visit(gql, client, outbox):  # noqa: F811
    import asyncio

    from tests.appointment_helpers import citizen_id

    group, item, _ = await private_group(prefix="U")
    elder = await verified(gql, client, outbox, born="1945")
    ask = {"itemCode": item.code, "centerId": str(group.center_id), "address": ADDRESS,
           "contactPhone": "13900001234", "preferredTimes": "下午"}
    results = await asyncio.gather(*[gql(REQUEST, {"i": ask}, elder) for _ in range(5)])
    kinds = sorted(r["data"]["requestHomeVisit"].get("code", "OK") for r in results)
    assert kinds == ["ALREADY_REQUESTED"] * 4 + ["OK"]
    assert await HomeVisit.filter(citizen_id=citizen_id(elder)).count() == 1
    # Once cancelled, the same item may be asked for again.
    visit = await HomeVisit.get(citizen_id=citizen_id(elder))
    await gql("mutation($v: ID!) { cancelHomeVisit(visitId: $v) { __typename } }", {"v": str(visit.id)}, elder)
    assert "status" in (await gql(REQUEST, {"i": ask}, elder))["data"]["requestHomeVisit"]
