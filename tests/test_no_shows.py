"""No-shows, the booking restriction they lead to, and reminders with due times."""

from __future__ import annotations

from datetime import datetime, timedelta

from domain.clock import now
from models import Appointment, BookingRestriction, DomainEvent, ItemImplementation, Reminder, WindowGroup
from tests.appointment_helpers import book, citizen_id, private_group, slot_starts_at, slots_of, verified
from tests.identity_helpers import outbox  # noqa: F401
from usecases.appointments.sweep import fire_due_reminders, sweep

RESTRICTION = "{ myBookingRestriction { reason endsAt message } }"


async def _items_at(group: WindowGroup, n: int) -> list[ItemImplementation]:
    items = await ItemImplementation.filter(division_id="520103", status="published").order_by("id").limit(n)
    await group.items.add(*items)
    return list(items)


async def test_three_no_shows_restrict_booking_for_thirty_days(gql, client, outbox):  # noqa: F811
    group, _, _ = await private_group(seats=3, prefix="N")
    items = await _items_at(group, 5)
    citizen = await verified(gql, client, outbox)
    me = citizen_id(citizen)
    slots = await slots_of(gql, group, items[0].code)
    assert (await gql(RESTRICTION, token=citizen))["data"]["myBookingRestriction"] is None

    for n in range(3):  # book three items, then miss them
        booked = await book(gql, citizen, slots[n]["slotId"], items[n].code)
        assert booked["__typename"] == "AppointmentInfo", booked
        await slot_starts_at(slots[n]["slotId"], now() - timedelta(hours=2, minutes=n))
    await sweep()  # (each booking also marked the person's earlier overdue ones: see book_appointment)
    assert await Appointment.filter(for_citizen_id=me, status="no_show").count() == 3
    mine = await Appointment.filter(for_citizen_id=me).values_list("id", flat=True)
    assert await DomainEvent.filter(type="appointment.no_show", subject_id__in=[str(i) for i in mine]).count() == 3
    assert await DomainEvent.filter(type="appointment.booking_restricted", subject_id=str(me)).count() == 1
    restriction = await BookingRestriction.get(citizen_id=me)
    assert timedelta(days=29, hours=23) < restriction.ends_at - now() <= timedelta(days=30)

    refused = await book(gql, citizen, slots[5]["slotId"], items[3].code)
    assert refused["code"] == "RESTRICTED_FOR_NO_SHOWS"
    until = restriction.ends_at.astimezone(now().tzinfo)
    assert f"{until.month}月{until.day}日" in refused["message"] and "90天内预约后未到3次" in refused["message"]
    shown = (await gql(RESTRICTION, token=citizen))["data"]["myBookingRestriction"]
    assert shown["reason"] == "90天内预约后未到3次" and shown["message"] == refused["message"]
    mine = (await gql("{ myAppointments { status } }", token=citizen))["data"]["myAppointments"]
    assert [a["status"] for a in mine] == ["no_show"] * 3

    await sweep()  # sweeping again changes nothing
    assert await BookingRestriction.filter(citizen_id=me).count() == 1


async def test_two_no_shows_do_not_restrict_and_on_time_bookings_are_untouched(gql, client, outbox):  # noqa: F811
    group, _, _ = await private_group(seats=3, prefix="O")
    items = await _items_at(group, 3)
    citizen = await verified(gql, client, outbox)
    slots = await slots_of(gql, group, items[0].code)
    for n in range(2):
        await book(gql, citizen, slots[n]["slotId"], items[n].code)
        await slot_starts_at(slots[n]["slotId"], now() - timedelta(hours=2))
    kept = await book(gql, citizen, slots[2]["slotId"], items[2].code)
    # Slot ended 10 minutes ago: within the 15-minute grace, not yet a no-show.
    await slot_starts_at(slots[2]["slotId"], now() - timedelta(minutes=40))
    await sweep()
    assert (await Appointment.get(booking_code=kept["bookingCode"])).status == "booked"
    assert not await BookingRestriction.filter(citizen_id=citizen_id(citizen)).exists()
    assert (await gql(RESTRICTION, token=citizen))["data"]["myBookingRestriction"] is None


async def test_reminders_one_day_and_one_hour_before(gql, client, outbox):  # noqa: F811
    group, item, _ = await private_group(prefix="D")
    slots = await slots_of(gql, group, item.code)
    citizen = await verified(gql, client, outbox)
    booking = await book(gql, citizen, slots[-1]["slotId"], item.code)
    a = await Appointment.get(booking_code=booking["bookingCode"]).select_related("slot")
    reminders = {r.kind: r for r in await Reminder.filter(appointment_id=a.id)}
    assert set(reminders) == {"day_before", "hour_before"}
    assert reminders["day_before"].due_at == a.slot.starts_at - timedelta(days=1)
    assert reminders["hour_before"].due_at == a.slot.starts_at - timedelta(hours=1)
    booked = await DomainEvent.get(type="appointment.booked", subject_id=str(a.id))
    assert {k: datetime.fromisoformat(v) for k, v in booked.payload["reminders_due"].items()} == {
        k: r.due_at for k, r in reminders.items()}

    await fire_due_reminders(a.slot.starts_at - timedelta(hours=2))  # only the day-before one is due
    fired = await DomainEvent.filter(type="appointment.reminder_due", subject_id=str(a.id))
    assert [e.payload["kind"] for e in fired] == ["day_before"]
    await fire_due_reminders(a.slot.starts_at - timedelta(hours=2))  # not twice
    assert await DomainEvent.filter(type="appointment.reminder_due", subject_id=str(a.id)).count() == 1

    # Rescheduling moves the pending reminder; cancelling drops it.
    other = slots[-2]  # also days ahead, so both reminders are still to come
    moved = await gql("""mutation($a: ID!, $s: ID!) { rescheduleAppointment(appointmentId: $a, slotId: $s) {
      __typename } }""", {"a": str(a.id), "s": other["slotId"]}, citizen)
    assert moved["data"]["rescheduleAppointment"]["__typename"] == "AppointmentInfo"
    pending = await Reminder.filter(appointment_id=a.id, fired_at=None, cancelled=False)
    assert sorted(r.kind for r in pending) == ["day_before", "hour_before"]
    await gql("""mutation($a: ID!) { cancelAppointment(appointmentId: $a) { __typename } }""", {"a": str(a.id)}, citizen)
    assert not await Reminder.filter(appointment_id=a.id, fired_at=None, cancelled=False).exists()
    await fire_due_reminders(now() + timedelta(days=30))
    assert await DomainEvent.filter(type="appointment.reminder_due", subject_id=str(a.id)).count() == 1
