"""Appointment types."""

from __future__ import annotations

from datetime import datetime

import strawberry


@strawberry.type(description="可预约时段")
class AvailableSlot:
    slot_id: strawberry.ID
    starts_at: datetime
    ends_at: datetime
    remaining: int = strawberry.field(description="剩余名额")
    center_id: strawberry.ID
    center_name: str
    window_group: str
    same_city: bool = strawberry.field(description="非事项所属区划的中心代收（同城通办，收受分离）")


@strawberry.type(description="预约")
class AppointmentInfo:
    id: strawberry.ID
    booking_code: str
    status: str
    starts_at: datetime
    ends_at: datetime
    center_name: str
    item_code: str
    item_name: str
    for_self: bool
    qr_payload: str = strawberry.field(description="到场核验二维码内容")


@strawberry.input
class BookAppointmentInput:
    slot_id: strawberry.ID
    item_code: str
    idempotency_key: str
    for_person: strawberry.ID | None = strawberry.field(
        default=None, description="代他人预约时，传他人委托我的授权编号（me.proxies.received.id）")
