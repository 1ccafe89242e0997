"""Lists load related rows in a fixed number of statements, whatever the page size."""

from __future__ import annotations

from datetime import timedelta

from storage.sql_counter import count_sql
from tests.identity_helpers import outbox  # noqa: F401

FULL_PAGE = """query($first: Int!) { serviceItems(first: $first) { totalCount edges { node {
  code name themes lifeEvents division { name } department { name creditCode }
  versions { number }
  guide { name legalBasis { law } steps { name } materials { name commonErrors sourceLabel }
          fee { charged } committedLimit { days } consultation { phone } faq { question } } } } } }"""


async def _statements(gql, first: int) -> int:
    with count_sql() as statements:
        r = await gql(FULL_PAGE, {"first": first})
    assert "errors" not in r and len(r["data"]["serviceItems"]["edges"]) == first
    return len(statements)


async def test_page_of_10_and_50_cost_the_same_statements(gql):
    ten, fifty = await _statements(gql, 10), await _statements(gql, 50)
    assert ten == fifty <= 8, (ten, fifty)


async def test_centres_with_windows_do_not_query_per_row(gql):
    q = "{ serviceCenters { name windows { number itemCodes } } }"
    with count_sql() as statements:
        r = await gql(q)
    assert len(r["data"]["serviceCenters"]) > 20
    assert len(statements) <= 4, statements


async def test_my_appointments_and_the_queue_do_not_query_per_row(gql, client, outbox):  # noqa: F811
    from tests.appointment_helpers import book, just_started, private_group, slot_starts_at, slots_of, verified

    group, _, _ = await private_group(seats=5, prefix="Z")
    from models import ItemImplementation

    items = await ItemImplementation.filter(division_id="520103", status="published").order_by("id").limit(3)
    await group.items.add(*items)
    slots = await slots_of(gql, group, items[0].code)
    citizen = await verified(gql, client, outbox)
    mine = "{ myAppointments { bookingCode status centerName itemName ticket { number position estimatedWaitMinutes } } }"
    costs = []
    for n, item in enumerate(items):
        await book(gql, citizen, slots[n]["slotId"], item.code)
        await slot_starts_at(slots[n]["slotId"], just_started() - timedelta(minutes=n))
        checked = await gql("mutation($c: String!) { checkIn(bookingCode: $c) { __typename } }",
                            {"c": (await gql(mine, token=citizen))["data"]["myAppointments"][0]["bookingCode"]},
                            "staff:yunyan.clerk")
        assert checked["data"]["checkIn"]["__typename"] == "TicketInfo"
        with count_sql() as statements:
            r = await gql(mine, token=citizen)
        assert len(r["data"]["myAppointments"]) == n + 1
        costs.append(len(statements))
    assert costs[0] == costs[1] == costs[2], costs

    board = "query($c: ID!) { queueStatus(centerId: $c) { groups { waiting calling { number } } } }"
    with count_sql() as statements:
        r = await gql(board, {"c": str(group.center_id)})
    assert sum(g["waiting"] for g in r["data"]["queueStatus"]["groups"]) >= 3
    assert len(statements) <= 6, statements


async def test_available_slots_cost_does_not_grow_with_the_slots(gql):
    from models import ItemImplementation

    item = await ItemImplementation.filter(division_id="520102", status="published", scope="same_city").first()
    q = """query($c: String!, $to: Date) { availableSlots(itemCode: $c, divisionCode: "520100", to: $to) { slotId } }"""
    far = (now_date() + timedelta(days=14)).isoformat()
    near = (now_date() + timedelta(days=3)).isoformat()
    await gql(q, {"c": item.code, "to": far})  # slots materialised on first look
    costs = []
    for to in (near, far):
        with count_sql() as statements:
            r = await gql(q, {"c": item.code, "to": to})
        costs.append((len(r["data"]["availableSlots"]), len(statements)))
    (few, near_cost), (many, far_cost) = costs
    assert many > few and near_cost == far_cost, costs


def now_date():
    from domain.clock import now

    return now().date()
