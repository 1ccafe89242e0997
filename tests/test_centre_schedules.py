"""Centre-side appointment management through the API: closures that cancel bookings with a
reason, cancellation by staff, schedule changes, working-day overrides for unannounced years."""

from __future__ import annotations

from datetime import datetime, timedelta

from domain.clock import TZ, now
from models import Appointment, CalendarOverride, DomainEvent, Slot
from tests.appointment_helpers import book, private_group, slots_of, verified
from tests.identity_helpers import outbox  # noqa: F401

CLOSE = """mutation($i: ClosureInput!) { declareClosure(input: $i) { __typename
  ... on ClosureInfo { id reason cancelledBookings } ... on UserError { code message field } } }"""
STAFF_CANCEL = """mutation($a: ID!, $r: String!) { staffCancelAppointment(appointmentId: $a, reason: $r) { __typename
  ... on AppointmentInfo { status cancelReason cancelledBy } ... on UserError { code message field } } }"""
SCHEDULE = """mutation($i: WindowScheduleInput!) { updateWindowSchedule(input: $i) { __typename
  ... on WindowGroupInfo { seats slotMinutes itemCodes windows } ... on UserError { code message field } } }"""
DAY = """mutation($d: Date!, $w: Boolean!) { setCalendarDay(day: $d, working: $w, note: "测试") { __typename
  ... on CalendarDayInfo { day working } ... on UserError { code message field } } }"""
MINE = "{ myAppointments { bookingCode status cancelReason cancelledBy } }"
ADMIN = "staff:yunyan.admin"


async def test_closure_cancels_bookings_with_the_reason_and_stops_booking(gql, client, outbox):  # noqa: F811
    group, item, _ = await private_group(seats=2, prefix="X")
    slots = await slots_of(gql, group, item.code)
    a, b = await verified(gql, client, outbox), await verified(gql, client, outbox)
    first = await book(gql, a, slots[0]["slotId"], item.code)
    other_day = next(s for s in slots if s["startsAt"][:10] != slots[0]["startsAt"][:10])
    kept = await book(gql, b, other_day["slotId"], item.code)
    day = datetime.fromisoformat(slots[0]["startsAt"]).astimezone(TZ)
    closure = {"centerId": str(group.center_id), "windowGroupId": str(group.id), "reason": "系统升级暂停办理",
               "startsAt": day.replace(hour=0, minute=0).isoformat(), "endsAt": day.replace(hour=23, minute=59).isoformat()}

    # Refused: a clerk (not an admin), another centre's admin, bad periods, no reason.
    assert (await gql(CLOSE, {"i": closure}, "staff:yunyan.clerk"))["errors"][0]["extensions"]["code"] == "FORBIDDEN"
    assert (await gql(CLOSE, {"i": closure}, "staff:nanming.admin"))["data"]["declareClosure"]["code"] == "NOT_FOUND"
    inverted = {**closure, "endsAt": closure["startsAt"], "startsAt": closure["endsAt"]}
    assert (await gql(CLOSE, {"i": inverted}, ADMIN))["data"]["declareClosure"]["field"] == "endsAt"
    assert (await gql(CLOSE, {"i": {**closure, "reason": " "}}, ADMIN))["data"]["declareClosure"]["field"] == "reason"
    assert (await Appointment.get(booking_code=first["bookingCode"])).status == "booked"  # refusals changed nothing

    done = (await gql(CLOSE, {"i": closure}, ADMIN))["data"]["declareClosure"]
    assert done["cancelledBookings"] == 1
    mine = (await gql(MINE, token=a))["data"]["myAppointments"][0]
    assert mine == {"bookingCode": first["bookingCode"], "status": "cancelled", "cancelReason": "系统升级暂停办理",
                    "cancelledBy": "closure"}
    assert (await Appointment.get(booking_code=kept["bookingCode"])).status == "booked"
    offered = {s["slotId"] for s in await slots_of(gql, group, item.code)}
    assert slots[0]["slotId"] not in offered and other_day["slotId"] in offered
    assert slots[1]["startsAt"][:10] == slots[0]["startsAt"][:10]  # same closed day, never booked
    late = await book(gql, await verified(gql, client, outbox), slots[1]["slotId"], item.code)
    assert late["code"] == "SLOT_CLOSED"
    event = await DomainEvent.filter(type="appointment.cancelled", subject_id=str(
        (await Appointment.get(booking_code=first["bookingCode"])).id)).first()
    assert event.payload["reason"] == "系统升级暂停办理" and event.payload["by"].startswith("closure:")
    assert await DomainEvent.filter(type="center.closure_declared", subject_id=str(group.center_id)).exists()


async def test_staff_cancel_needs_a_reason_and_their_own_centre(gql, client, outbox):  # noqa: F811
    group, item, _ = await private_group(prefix="S")
    slots = await slots_of(gql, group, item.code)
    citizen = await verified(gql, client, outbox)
    booking = await book(gql, citizen, slots[0]["slotId"], item.code)
    booked = await Slot.get(id=int(slots[0]["slotId"]))
    assert (await gql(STAFF_CANCEL, {"a": booking["id"], "r": "x"}, "staff:yunyan.clerk"))["data"][
        "staffCancelAppointment"]["field"] == "reason"
    assert (await gql(STAFF_CANCEL, {"a": booking["id"], "r": "窗口设备故障"}, "staff:nanming.clerk"))["data"][
        "staffCancelAppointment"]["code"] == "NOT_FOUND"
    assert (await gql(STAFF_CANCEL, {"a": booking["id"], "r": "窗口设备故障"}, citizen))["errors"][0][
        "extensions"]["code"] == "FORBIDDEN"
    done = (await gql(STAFF_CANCEL, {"a": booking["id"], "r": "窗口设备故障"}, "staff:yunyan.clerk"))["data"][
        "staffCancelAppointment"]
    assert done == {"__typename": "AppointmentInfo", "status": "cancelled", "cancelReason": "窗口设备故障",
                    "cancelledBy": "staff"}
    assert (await Slot.get(id=booked.id)).booked == booked.booked - 1
    day = await gql("query($c: ID!) { centerAppointments(centerId: $c, day: $d) { bookingCode status } }".replace(
        "$c: ID!)", "$c: ID!, $d: Date)"), {"c": str(group.center_id), "d": slots[0]["startsAt"][:10]}, "staff:yunyan.clerk")
    assert {"bookingCode": booking["bookingCode"], "status": "cancelled"} in day["data"]["centerAppointments"]


async def test_schedule_changes_apply_to_future_slots(gql):
    group, item, windows = await private_group(seats=2, prefix="H")
    base = {"windowGroupId": str(group.id), "opens": "09:00", "closes": "12:00", "slotMinutes": 60, "seats": 5,
            "opensDaysAhead": 1, "closesDaysAhead": 7, "releaseAt": "08:00"}
    bad = [({**base, "opens": "9点"}, "opens"), ({**base, "closes": "08:00"}, "opens"),
           ({**base, "seats": 0}, "slotMinutes"), ({**base, "closesDaysAhead": 0, "opensDaysAhead": 2}, "closesDaysAhead"),
           ({**base, "itemCodes": ["NOPE"]}, "itemCodes"), ({**base, "lunchStart": "12:00"}, "opens")]
    for change, field in bad:
        r = (await gql(SCHEDULE, {"i": change}, ADMIN))["data"]["updateWindowSchedule"]
        assert r["__typename"] == "UserError" and r["field"] == field, (change, r)
    assert (await gql(SCHEDULE, {"i": base}, "staff:nanming.admin"))["data"]["updateWindowSchedule"]["code"] == "NOT_FOUND"

    before = await slots_of(gql, group, item.code)  # 30-minute slots with 2 seats, already materialised
    r = (await gql(SCHEDULE, {"i": base}, ADMIN))["data"]["updateWindowSchedule"]
    assert r["seats"] == 5 and r["itemCodes"] == [item.code] and sorted(r["windows"]) == sorted(w.number for w in windows)
    after = await slots_of(gql, group, item.code)
    assert after and all(s["remaining"] == 5 for s in after)
    assert all(datetime.fromisoformat(s["startsAt"]).astimezone(TZ).hour in (9, 10, 11) for s in after)
    assert len(after) < len(before)
    assert max(datetime.fromisoformat(s["startsAt"]).date() for s in after) <= (now() + timedelta(days=7)).date()


async def test_calendar_overrides_only_for_unannounced_years(gql):
    announced = await gql(DAY, {"d": "2026-10-01", "w": True}, "staff:province.admin")
    assert announced["data"]["setCalendarDay"]["code"] == "CALENDAR_ANNOUNCED"
    assert (await gql(DAY, {"d": "2031-01-02", "w": False}, ADMIN))["errors"][0]["extensions"]["code"] == "FORBIDDEN"
    r = (await gql(DAY, {"d": "2031-01-02", "w": False}, "staff:province.admin"))["data"]["setCalendarDay"]
    assert r == {"__typename": "CalendarDayInfo", "day": "2031-01-02", "working": False}
    listed = (await gql("{ calendarOverrides { day working note } }"))["data"]["calendarOverrides"]
    assert {"day": "2031-01-02", "working": False, "note": "测试"} in listed
    await CalendarOverride.filter(day="2031-01-02").delete()
