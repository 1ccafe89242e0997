"""Appointment queries and mutations (issue 4, in progress: no-shows, check-in, queue, home visits follow)."""

from __future__ import annotations

from typing import Annotated

import strawberry

from auth.rules import CatalogReader, IsCitizen
from resolvers import appointments as r
from schema.appointments.types import AppointmentInfo, AvailableSlot
from schema.common import UserError

BookResult = Annotated[AppointmentInfo | UserError, strawberry.union("BookAppointmentResult")]


@strawberry.type
class AppointmentQuery:
    available_slots: list[AvailableSlot] = strawberry.field(
        resolver=r.available_slots, permission_classes=[CatalogReader],
        description="可预约时段（剩余名额）；同城通办事项列出同城所有受理中心")
    my_appointments: list[AppointmentInfo] = strawberry.field(
        resolver=r.my_appointments, permission_classes=[IsCitizen], description="我的预约（含代他人预约）")


@strawberry.type
class AppointmentMutation:
    book_appointment: BookResult = strawberry.mutation(
        resolver=r.book_appointment, permission_classes=[IsCitizen],
        description="预约；同一幂等键重试返回同一预约；约满、重复预约、未实名、无委托授权等返回 UserError")
    cancel_appointment: BookResult = strawberry.mutation(
        resolver=r.cancel_appointment, permission_classes=[IsCitizen], description="取消预约（时段开始前）")
    reschedule_appointment: BookResult = strawberry.mutation(
        resolver=r.reschedule_appointment, permission_classes=[IsCitizen],
        description="改约：先占新时段再释放旧时段，失败时保持原预约不变")
