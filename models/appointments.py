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
    status = fields.CharField(max_length=12, default="booked", db_index=True)  # booked | cancelled | …
    idempotency_key = fields.CharField(max_length=64)
    # "<for_citizen>:<implementation>" while active, NULL afterwards: the unique index makes
    # "one active booking per person and item" a database guarantee.
    active_key = fields.CharField(max_length=40, null=True, unique=True)
    created_at = fields.DatetimeField(auto_now_add=True)
    cancelled_at = fields.DatetimeField(null=True)
    cancel_reason = fields.CharField(max_length=200, default="")

    class Meta:
        table = "appointment"
        unique_together = (("citizen", "idempotency_key"),)
