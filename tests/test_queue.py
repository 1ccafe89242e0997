"""Check-in and queue through the API: a kiosk checks a booking in and prints a ticket, walk-ins
take numbers, clerks call (appointments first within their slot), recall, miss after three calls,
serve; the hall display and the citizen's app show the queue."""

from __future__ import annotations

from datetime import timedelta

from domain.clock import now
from models import Appointment, DomainEvent, Ticket
from tests.appointment_helpers import book, just_started, kiosk_token, private_group, slot_starts_at, slots_of, verified
from tests.identity_helpers import outbox  # noqa: F401

CHECK_IN = """mutation($c: String!, $center: ID) { checkIn(bookingCode: $c, centerId: $center) { __typename
  ... on TicketInfo { id number status position estimatedWaitMinutes fromAppointment window calls }
  ... on UserError { code message field } } }"""
WALK_IN = """mutation($center: ID!, $g: ID) { walkInTicket(centerId: $center, windowGroupId: $g) { __typename
  ... on TicketInfo { id number status position fromAppointment } ... on UserError { code message field } } }"""
CALL = """mutation($w: ID!) { callNextTicket(windowId: $w) { __typename
  ... on TicketInfo { id number status window calls fromAppointment } ... on QueueEmpty { message }
  ... on UserError { code message field } } }"""
TICKET_OPS = {op: f"""mutation($t: ID!) {{ {op}(ticketId: $t) {{ __typename
  ... on TicketInfo {{ id number status calls }} ... on UserError {{ code message field }} }} }}"""
              for op in ("recallTicket", "startServing", "finishServing")}
QUEUE = """query($c: ID!) { queueStatus(centerId: $c) { centerName groups { windowGroupId name waiting
  estimatedWaitMinutes calling { number window status calls } } } }"""
MINE = "{ myAppointments { bookingCode status ticket { number status position estimatedWaitMinutes window } } }"
CLERK = "staff:yunyan.clerk"


async def test_kiosk_check_in_calling_and_serving(gql, client, outbox):  # noqa: F811
    group, item, (w1, w2) = await private_group()
    slots = await slots_of(gql, group, item.code)
    citizen = await verified(gql, client, outbox)
    booking = await book(gql, citizen, slots[0]["slotId"], item.code)
    assert booking["__typename"] == "AppointmentInfo"

    kiosk = await kiosk_token()
    early = await gql(CHECK_IN, {"c": booking["bookingCode"]}, kiosk)
    assert early["data"]["checkIn"]["code"] == "TOO_EARLY"  # tomorrow's booking, checked in today
    assert "起可签到" in early["data"]["checkIn"]["message"]

    # The day arrives: a walk-in came first, then the citizen checks in for the slot that began.
    walk = (await gql(WALK_IN, {"center": str(group.center_id), "g": str(group.id)}, kiosk))["data"]["walkInTicket"]
    assert walk["number"] == "Q001" and walk["position"] == 1 and not walk["fromAppointment"]
    await slot_starts_at(slots[0]["slotId"], just_started())
    wrong = await gql(CHECK_IN, {"c": booking["bookingCode"], "center": "999999"}, kiosk)
    assert wrong["data"]["checkIn"]["code"] == "WRONG_CENTER"
    ticket = (await gql(CHECK_IN, {"c": booking["qrPayload"]}, kiosk))["data"]["checkIn"]  # the QR payload works too
    assert ticket["number"] == "Q002" and ticket["fromAppointment"]
    assert ticket["position"] == 1, "the appointment whose slot began goes ahead of the walk-in"
    assert ticket["estimatedWaitMinutes"] == 0
    again = (await gql(CHECK_IN, {"c": booking["bookingCode"]}, CLERK))["data"]["checkIn"]
    assert again["id"] == ticket["id"]  # checking in twice: the same ticket

    mine = (await gql(MINE, token=citizen))["data"]["myAppointments"]
    assert mine[0]["status"] == "checked_in" and mine[0]["ticket"]["number"] == "Q002"

    called = (await gql(CALL, {"w": str(w1.id)}, CLERK))["data"]["callNextTicket"]
    assert called["number"] == "Q002" and called["status"] == "called" and called["window"] == w1.number
    busy = (await gql(CALL, {"w": str(w1.id)}, CLERK))["data"]["callNextTicket"]
    assert busy["code"] == "TICKET_STILL_CALLED"
    second = (await gql(CALL, {"w": str(w2.id)}, CLERK))["data"]["callNextTicket"]
    assert second["number"] == "Q001"

    board = (await gql(QUEUE, {"c": str(group.center_id)}))["data"]["queueStatus"]  # public hall display
    mine_group = next(g for g in board["groups"] if g["windowGroupId"] == str(group.id))
    assert mine_group["waiting"] == 0
    assert {(c["number"], c["window"]) for c in mine_group["calling"]} == {("Q002", w1.number), ("Q001", w2.number)}

    started = (await gql(TICKET_OPS["startServing"], {"t": ticket["id"]}, CLERK))["data"]["startServing"]
    assert started["status"] == "serving"
    done = (await gql(TICKET_OPS["finishServing"], {"t": ticket["id"]}, CLERK))["data"]["finishServing"]
    assert done["status"] == "served"
    twice = (await gql(TICKET_OPS["finishServing"], {"t": ticket["id"]}, CLERK))["data"]["finishServing"]
    assert twice["code"] == "NOT_SERVING"
    appointment = await Appointment.get(booking_code=booking["bookingCode"])
    assert appointment.status == "served"
    kinds = list(await DomainEvent.filter(subject_type="Appointment", subject_id=str(appointment.id))
                 .order_by("id").values_list("type", flat=True))
    assert kinds == ["appointment.booked", "appointment.checked_in", "appointment.served"]
    ticket_events = await DomainEvent.filter(subject_type="Ticket", subject_id=ticket["id"]).values_list("type", flat=True)
    assert sorted(ticket_events) == ["queue.serving_started", "queue.ticket_called", "queue.ticket_served"]


async def test_three_calls_without_answer_is_missed(gql, client, outbox):  # noqa: F811
    group, item, (w1, _) = await private_group(prefix="M")
    slots = await slots_of(gql, group, item.code)
    citizen = await verified(gql, client, outbox)
    booking = await book(gql, citizen, slots[0]["slotId"], item.code)
    await slot_starts_at(slots[0]["slotId"], just_started())
    ticket = (await gql(CHECK_IN, {"c": booking["bookingCode"]}, CLERK))["data"]["checkIn"]
    walk = (await gql(WALK_IN, {"center": str(group.center_id), "g": str(group.id)}, CLERK))["data"]["walkInTicket"]
    assert (await gql(CALL, {"w": str(w1.id)}, CLERK))["data"]["callNextTicket"]["number"] == ticket["number"]
    for n in (2, 3):
        r = (await gql(TICKET_OPS["recallTicket"], {"t": ticket["id"]}, CLERK))["data"]["recallTicket"]
        assert r["status"] == "called" and r["calls"] == n
    # Third call unanswered: the next call marks it missed and moves on.
    nxt = (await gql(CALL, {"w": str(w1.id)}, CLERK))["data"]["callNextTicket"]
    assert nxt["number"] == walk["number"]
    assert (await Ticket.get(id=int(ticket["id"]))).status == "missed"
    assert (await Appointment.get(booking_code=booking["bookingCode"])).status == "missed"
    empty = (await gql(TICKET_OPS["startServing"], {"t": walk["id"]}, CLERK))["data"]["startServing"]
    assert empty["status"] == "serving"
    await gql(TICKET_OPS["finishServing"], {"t": walk["id"]}, CLERK)
    assert (await gql(CALL, {"w": str(w1.id)}, CLERK))["data"]["callNextTicket"] == {
        "__typename": "QueueEmpty", "message": "当前没有等候的号码"}


async def test_queue_refusals(gql, client, outbox):  # noqa: F811
    group, item, (w1, _) = await private_group(prefix="R")
    slots = await slots_of(gql, group, item.code)
    citizen = await verified(gql, client, outbox)
    booking = await book(gql, citizen, slots[0]["slotId"], item.code)
    # A clerk of another centre sees neither the booking nor the window.
    r = (await gql(CHECK_IN, {"c": booking["bookingCode"]}, "staff:nanming.clerk"))["data"]["checkIn"]
    assert r["code"] == "WRONG_CENTER"
    assert (await gql(CALL, {"w": str(w1.id)}, "staff:nanming.clerk"))["data"]["callNextTicket"]["code"] == "NOT_FOUND"
    assert (await gql(CHECK_IN, {"c": "NOPE1234"}, CLERK))["data"]["checkIn"]["code"] == "NOT_FOUND"
    # Citizens and kiosks without the scope may not check in; citizens may not call.
    assert (await gql(CHECK_IN, {"c": booking["bookingCode"]}, citizen))["errors"][0]["extensions"]["code"] == "FORBIDDEN"
    no_scope = await kiosk_token(("catalog:read",))
    assert (await gql(CHECK_IN, {"c": booking["bookingCode"]}, no_scope))["errors"][0]["extensions"]["code"] == "FORBIDDEN"
    # Too late: the slot ended long ago — that is a no-show, not a check-in.
    await slot_starts_at(slots[0]["slotId"], now() - timedelta(hours=3))
    assert (await gql(CHECK_IN, {"c": booking["bookingCode"]}, CLERK))["data"]["checkIn"]["code"] == "TOO_LATE"
    assert not await Ticket.filter(group_id=group.id).exists()  # refusals printed nothing


async def test_ticket_numbers_never_repeat_under_concurrency(gql):
    import asyncio

    from strawberry import relay

    group, _, _ = await private_group(prefix="C")
    kiosk = await kiosk_token()
    # The centre's relay global id (what serviceCenters returns) works as well as its number.
    by_global = await gql(WALK_IN, {"center": str(relay.GlobalID("ServiceCenter", str(group.center_id))),
                                    "g": str(group.id)}, kiosk)
    assert by_global["data"]["walkInTicket"]["number"] == "C001"
    results = await asyncio.gather(*[gql(WALK_IN, {"center": str(group.center_id), "g": str(group.id)}, kiosk)
                                     for _ in range(20)])
    numbers = [r["data"]["walkInTicket"]["number"] for r in results]
    assert sorted(numbers) == [f"C{n:03d}" for n in range(2, 22)]


async def test_tickets_left_at_the_end_of_the_day_expire(gql, client, outbox):  # noqa: F811
    from usecases.appointments.sweep import sweep

    group, item, (w1, _) = await private_group(prefix="E")
    slots = await slots_of(gql, group, item.code)
    citizen = await verified(gql, client, outbox)
    booking = await book(gql, citizen, slots[0]["slotId"], item.code)
    await slot_starts_at(slots[0]["slotId"], just_started())
    ticket = (await gql(CHECK_IN, {"c": booking["bookingCode"]}, CLERK))["data"]["checkIn"]
    walk = (await gql(WALK_IN, {"center": str(group.center_id), "g": str(group.id)}, CLERK))["data"]["walkInTicket"]
    served = (await gql(WALK_IN, {"center": str(group.center_id), "g": str(group.id)}, CLERK))["data"]["walkInTicket"]
    await sweep()  # same day: nothing expires
    assert (await Ticket.get(id=int(ticket["id"]))).status == "waiting"
    await gql(CALL, {"w": str(w1.id)}, CLERK)  # the appointment is called first …
    await Ticket.filter(id=int(served["id"])).update(status="serving", window_id=w1.id)  # … another is at a window
    result = await sweep(now() + timedelta(days=1))
    assert result["expired_tickets"] >= 2
    statuses = {t.id: t.status for t in await Ticket.filter(group_id=group.id)}
    assert statuses[int(ticket["id"])] == "expired" and statuses[int(walk["id"])] == "expired"
    assert statuses[int(served["id"])] == "serving"
    assert (await Appointment.get(booking_code=booking["bookingCode"])).status == "missed"
