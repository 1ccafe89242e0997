"""Appointments (预约办理): window groups with schedules, materialised slots, bookings.

Capacity is kept by the database, not by reading and then writing: a booking increments
`Slot.booked` with a conditional UPDATE (`… WHERE booked < capacity`), so no interleaving of
requests on SQLite or PostgreSQL can oversell a slot.
"""

from tortoise import fields
from tortoise.models import Model


class WindowGroup(Model):
    id = fields.IntField(primary_key=True)
    center = fields.ForeignKeyField("models.ServiceCenter", related_name="window_groups", on_delete=fields.CASCADE)
    name = fields.CharField(max_length=64)
    prefix = fields.CharField(max_length=2)  # ticket prefix, e.g. "A" → A012
    items = fields.ManyToManyField("models.ItemImplementation", related_name="window_groups", through="window_group_item")
    opens = fields.CharField(max_length=5, default="09:00")  # HH:MM, Asia/Shanghai
    closes = fields.CharField(max_length=5, default="17:00")
    lunch_start = fields.CharField(max_length=5, null=True, default="12:00")
    lunch_end = fields.CharField(max_length=5, null=True, default="13:00")
    slot_minutes = fields.SmallIntField(default=30)
    seats = fields.SmallIntField(default=2)
    opens_days_ahead = fields.SmallIntField(default=1)
    closes_days_ahead = fields.SmallIntField(default=14)
    release_at = fields.CharField(max_length=5, default="08:00")

    class Meta:
        table = "window_group"


class Slot(Model):
    id = fields.IntField(primary_key=True)
    group = fields.ForeignKeyField("models.WindowGroup", related_name="slots", on_delete=fields.CASCADE)
    starts_at = fields.DatetimeField()
    ends_at = fields.DatetimeField()
    capacity = fields.SmallIntField()
    booked = fields.SmallIntField(default=0)

    class Meta:
        table = "slot"
        unique_together = (("group", "starts_at"),)


class Appointment(Model):
    id = fields.IntField(primary_key=True)
    booking_code = fields.CharField(max_length=12, unique=True)
    citizen = fields.ForeignKeyField("models.Citizen", related_name="appointments_made", on_delete=fields.CASCADE)
    for_citizen = fields.ForeignKeyField("models.Citizen", related_name="appointments", on_delete=fields.CASCADE)
    slot = fields.ForeignKeyField("models.Slot", related_name="appointments", on_delete=fields.RESTRICT)
    implementation = fields.ForeignKeyField("models.ItemImplementation", related_name="appointments",
                                            on_delete=fields.RESTRICT)
    # booked → checked_in → served; booked → cancelled | no_show; checked_in → missed (3 calls, no answer)
    status = fields.CharField(max_length=12, default="booked", db_index=True)
    idempotency_key = fields.CharField(max_length=64)
    # "<for_citizen>:<implementation>" while active, NULL afterwards: the unique index makes
    # "one active booking per person and item" a database guarantee.
    active_key = fields.CharField(max_length=40, null=True, unique=True)
    created_at = fields.DatetimeField(auto_now_add=True)
    cancelled_at = fields.DatetimeField(null=True)
    cancel_reason = fields.CharField(max_length=200, default="")
    cancelled_by = fields.CharField(max_length=64, default="")  # citizen:1 | staff:3 | closure:7
    checked_in_at = fields.DatetimeField(null=True)
    no_show_at = fields.DatetimeField(null=True)

    class Meta:
        table = "appointment"
        unique_together = (("citizen", "idempotency_key"),)


class CalendarOverride(Model):
    """An admin's answer for a day the holiday package does not know (years not yet announced)."""

    day = fields.DateField(primary_key=True)
    working = fields.BooleanField()
    note = fields.CharField(max_length=100, default="")
    updated_by = fields.CharField(max_length=64, default="")
    updated_at = fields.DatetimeField(auto_now=True)

    class Meta:
        table = "calendar_override"


class Closure(Model):
    """A centre (or one window group) closed for a period: its slots take no bookings, and the
    bookings already made were cancelled with `reason` when the closure was declared."""

    id = fields.IntField(primary_key=True)
    center = fields.ForeignKeyField("models.ServiceCenter", related_name="closures", on_delete=fields.CASCADE)
    group = fields.ForeignKeyField("models.WindowGroup", related_name="closures", null=True, on_delete=fields.CASCADE)
    starts_at = fields.DatetimeField()
    ends_at = fields.DatetimeField()
    reason = fields.CharField(max_length=200)
    created_by = fields.CharField(max_length=64)
    created_at = fields.DatetimeField(auto_now_add=True)
    cancelled_bookings = fields.IntField(default=0)

    class Meta:
        table = "closure"


class Reminder(Model):
    """A reminder due before an appointment (one day, one hour). The sweep records an
    `appointment.reminder_due` event when it falls due; push delivery reads those events."""

    id = fields.IntField(primary_key=True)
    appointment = fields.ForeignKeyField("models.Appointment", related_name="reminders", on_delete=fields.CASCADE)
    kind = fields.CharField(max_length=12)  # day_before | hour_before
    due_at = fields.DatetimeField(db_index=True)
    fired_at = fields.DatetimeField(null=True)
    cancelled = fields.BooleanField(default=False)

    class Meta:
        table = "appointment_reminder"


class BookingRestriction(Model):
    """Booking suspended after repeated no-shows (3 in 90 days → 30 days, settings)."""

    id = fields.IntField(primary_key=True)
    citizen = fields.ForeignKeyField("models.Citizen", related_name="booking_restrictions", on_delete=fields.CASCADE)
    # The no-show that crossed the limit: unique, so concurrent sweeps restrict once.
    trigger = fields.OneToOneField("models.Appointment", related_name="restriction", on_delete=fields.CASCADE)
    starts_at = fields.DatetimeField()
    ends_at = fields.DatetimeField(db_index=True)
    reason = fields.CharField(max_length=200)

    class Meta:
        table = "booking_restriction"


class Ticket(Model):
    """A queue ticket of one window group on one day (A012): from a checked-in appointment or a
    walk-in. Numbers come from `TicketCounter`, so they never repeat within a group and day."""

    id = fields.IntField(primary_key=True)
    group = fields.ForeignKeyField("models.WindowGroup", related_name="tickets", on_delete=fields.CASCADE)
    day = fields.DateField()
    seq = fields.IntField()
    number = fields.CharField(max_length=8)
    appointment = fields.OneToOneField("models.Appointment", related_name="ticket", null=True,
                                       on_delete=fields.CASCADE)
    implementation = fields.ForeignKeyField("models.ItemImplementation", related_name="tickets", null=True,
                                            on_delete=fields.RESTRICT)
    # Calling order: appointments by their slot start (ahead of walk-ins once the slot began),
    # walk-ins by issue time.
    priority_at = fields.DatetimeField()
    # waiting | called | serving | served | missed (3 calls, no answer) | expired (day over)
    status = fields.CharField(max_length=10, default="waiting", db_index=True)
    window = fields.ForeignKeyField("models.Window", related_name="tickets", null=True, on_delete=fields.SET_NULL)
    calls = fields.SmallIntField(default=0)
    issued_at = fields.DatetimeField()
    called_at = fields.DatetimeField(null=True)
    started_at = fields.DatetimeField(null=True)
    finished_at = fields.DatetimeField(null=True)
    served_by = fields.CharField(max_length=64, default="")

    class Meta:
        table = "queue_ticket"
        unique_together = (("group", "day", "seq"),)


class TicketCounter(Model):
    id = fields.IntField(primary_key=True)
    group = fields.ForeignKeyField("models.WindowGroup", related_name="counters", on_delete=fields.CASCADE)
    day = fields.DateField()
    last_seq = fields.IntField(default=0)

    class Meta:
        table = "ticket_counter"
        unique_together = (("group", "day"),)


class HomeVisit(Model):
    """上门办理: a request by an elderly (70+) or disabled citizen; a centre admin schedules it."""

    id = fields.IntField(primary_key=True)
    citizen = fields.ForeignKeyField("models.Citizen", related_name="home_visits", on_delete=fields.CASCADE)
    center = fields.ForeignKeyField("models.ServiceCenter", related_name="home_visits", on_delete=fields.RESTRICT)
    implementation = fields.ForeignKeyField("models.ItemImplementation", related_name="home_visits",
                                            on_delete=fields.RESTRICT)
    eligibility = fields.CharField(max_length=12)  # age | disability
    address = fields.TextField()  # sealed
    contact_phone = fields.TextField()  # sealed
    disability_certificate = fields.TextField(null=True)  # sealed
    preferred_times = fields.CharField(max_length=200)
    # "<citizen>:<implementation>" while requested or scheduled, NULL afterwards: one open
    # request per person and item, guaranteed by the unique index even for parallel requests.
    active_key = fields.CharField(max_length=40, null=True, unique=True)
    # requested → scheduled → done; requested|scheduled → cancelled (citizen) | declined (centre)
    status = fields.CharField(max_length=10, default="requested", db_index=True)
    assigned_to = fields.ForeignKeyField("models.StaffAccount", related_name="home_visits", null=True,
                                         on_delete=fields.SET_NULL)
    scheduled_at = fields.DatetimeField(null=True)
    note = fields.CharField(max_length=200, default="")
    created_at = fields.DatetimeField(auto_now_add=True)
    updated_at = fields.DatetimeField(auto_now=True)

    class Meta:
        table = "home_visit"
