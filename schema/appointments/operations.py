"""Appointment, queue and home-visit queries and mutations (预约办理、排队叫号、上门办理)."""

from __future__ import annotations

from typing import Annotated

import strawberry

from auth.rules import CatalogReader, CenterAdmin, CenterStaff, IsCitizen, ProvincialAdmin, QueueDesk
from resolvers import appointments as r
from resolvers import appointments_admin as admin
from resolvers import home_visits as hv
from resolvers import queue as q
from schema.appointments.types import (
    AppointmentInfo,
    AvailableSlot,
    BookingRestrictionInfo,
    CalendarDayInfo,
    CenterAppointment,
    ClosureInfo,
    HomeVisitContact,
    HomeVisitInfo,
    QueueEmpty,
    QueueStatus,
    TicketInfo,
    WindowGroupInfo,
)
from schema.common import UserError

BookResult = Annotated[AppointmentInfo | UserError, strawberry.union("BookAppointmentResult")]
TicketResult = Annotated[TicketInfo | UserError, strawberry.union("TicketResult")]
CallNextResult = Annotated[TicketInfo | QueueEmpty | UserError, strawberry.union("CallNextResult")]
ClosureResult = Annotated[ClosureInfo | UserError, strawberry.union("ClosureResult")]
ScheduleResult = Annotated[WindowGroupInfo | UserError, strawberry.union("WindowScheduleResult")]
CalendarResult = Annotated[CalendarDayInfo | UserError, strawberry.union("CalendarDayResult")]
HomeVisitResult = Annotated[HomeVisitInfo | UserError, strawberry.union("HomeVisitResult")]
ContactResult = Annotated[HomeVisitContact | UserError, strawberry.union("HomeVisitContactResult")]


@strawberry.type
class AppointmentQuery:
    available_slots: list[AvailableSlot] = strawberry.field(
        resolver=r.available_slots, permission_classes=[CatalogReader],
        description="可预约时段（剩余名额）；同城通办事项列出同城所有受理中心")
    my_appointments: list[AppointmentInfo] = strawberry.field(
        resolver=r.my_appointments, permission_classes=[IsCitizen],
        description="我的预约（本人预约、代他人预约、他人代我预约），含签到后的排队号与位置")
    my_booking_restriction: BookingRestrictionInfo | None = strawberry.field(
        resolver=r.my_booking_restriction, permission_classes=[IsCitizen],
        description="因多次爽约暂停预约时的原因与截止时间；未受限为 null")
    window_groups: list[WindowGroupInfo] = strawberry.field(
        resolver=admin.window_groups, permission_classes=[CatalogReader], description="服务中心的预约窗口组与排班")
    closures: list[ClosureInfo] = strawberry.field(
        resolver=admin.closures, permission_classes=[CatalogReader], description="服务中心尚未结束的暂停办理安排")
    calendar_overrides: list[CalendarDayInfo] = strawberry.field(
        resolver=admin.calendar_overrides, permission_classes=[CatalogReader],
        description="未公布年份的工作日手工调整")
    center_appointments: list[CenterAppointment] = strawberry.field(
        resolver=admin.center_appointments, permission_classes=[CenterStaff],
        description="本中心某日的预约（工作人员；不含个人信息）")
    queue_status: QueueStatus = strawberry.field(
        resolver=q.queue_status, permission_classes=[CatalogReader], description="大厅叫号屏与 App 的排队情况")
    my_home_visits: list[HomeVisitInfo] = strawberry.field(
        resolver=hv.my_home_visits, permission_classes=[IsCitizen], description="我的上门办理申请")
    center_home_visits: list[HomeVisitInfo] = strawberry.field(
        resolver=hv.center_home_visits, permission_classes=[CenterAdmin],
        description="本中心的上门办理申请（服务中心管理员；地址电话脱敏）")


@strawberry.type
class AppointmentMutation:
    book_appointment: BookResult = strawberry.mutation(
        resolver=r.book_appointment, permission_classes=[IsCitizen],
        description="预约；同一幂等键重试返回同一预约；约满、重复预约、未实名、无委托授权、爽约受限等返回 UserError")
    cancel_appointment: BookResult = strawberry.mutation(
        resolver=r.cancel_appointment, permission_classes=[IsCitizen], description="取消预约（时段开始前）")
    reschedule_appointment: BookResult = strawberry.mutation(
        resolver=r.reschedule_appointment, permission_classes=[IsCitizen],
        description="改约：先占新时段再释放旧时段，失败时保持原预约不变")
    staff_cancel_appointment: BookResult = strawberry.mutation(
        resolver=admin.staff_cancel_appointment, permission_classes=[CenterStaff],
        description="工作人员取消本中心的预约（须填写原因，将告知群众）")
    declare_closure: ClosureResult = strawberry.mutation(
        resolver=admin.declare_closure, permission_classes=[CenterAdmin],
        description="服务中心（或窗口组）暂停办理：相关时段停止预约，已有预约取消并告知原因")
    update_window_schedule: ScheduleResult = strawberry.mutation(
        resolver=admin.update_window_schedule, permission_classes=[CenterAdmin],
        description="修改窗口组排班：营业时间、午休、时段长度、名额、可预约范围、放号时间、受理事项")
    set_calendar_day: CalendarResult = strawberry.mutation(
        resolver=admin.set_calendar_day, permission_classes=[ProvincialAdmin],
        description="为未公布节假日安排的年份设置某日是否工作日")
    check_in: TicketResult = strawberry.mutation(
        resolver=q.check_in_appointment, permission_classes=[QueueDesk],
        description="预约签到取号（自助终端扫码或窗口输入预约码）；重复签到返回同一号码")
    walk_in_ticket: TicketResult = strawberry.mutation(
        resolver=q.walk_in_ticket, permission_classes=[QueueDesk], description="现场取号（无预约）")
    call_next_ticket: CallNextResult = strawberry.mutation(
        resolver=q.call_next_ticket, permission_classes=[CenterStaff],
        description="窗口叫下一号：时段已开始的预约优先；当前号已呼叫3次未应答则记为过号")
    recall_ticket: TicketResult = strawberry.mutation(
        resolver=q.recall_ticket, permission_classes=[CenterStaff], description="重呼当前号；已呼叫3次则记为过号")
    start_serving: TicketResult = strawberry.mutation(
        resolver=q.start_serving_ticket, permission_classes=[CenterStaff], description="开始办理")
    finish_serving: TicketResult = strawberry.mutation(
        resolver=q.finish_serving_ticket, permission_classes=[CenterStaff], description="办理完成")
    request_home_visit: HomeVisitResult = strawberry.mutation(
        resolver=hv.request_home_visit, permission_classes=[IsCitizen],
        description="申请上门办理（70周岁以上或持残疾人证）")
    cancel_home_visit: HomeVisitResult = strawberry.mutation(
        resolver=hv.cancel_home_visit, permission_classes=[IsCitizen], description="撤回上门办理申请")
    schedule_home_visit: HomeVisitResult = strawberry.mutation(
        resolver=hv.schedule_home_visit, permission_classes=[CenterAdmin], description="安排上门人员和时间")
    reveal_home_visit_contact: ContactResult = strawberry.mutation(
        resolver=hv.reveal_home_visit_contact, permission_classes=[CenterStaff],
        description="上门人员或中心管理员查看完整地址与电话（记入个人信息访问日志）")
    complete_home_visit: HomeVisitResult = strawberry.mutation(
        resolver=hv.complete_home_visit, permission_classes=[CenterAdmin], description="上门办理完成")
    decline_home_visit: HomeVisitResult = strawberry.mutation(
        resolver=hv.decline_home_visit, permission_classes=[CenterAdmin], description="不能上门（须说明原因）")
