"""Appointment types."""

from __future__ import annotations

from datetime import date, datetime

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
    center_id: strawberry.ID
    cancel_reason: str = strawberry.field(description="取消原因（含工作人员或中心暂停办理时的说明）")
    cancelled_by: str | None = strawberry.field(description="citizen 本人 | staff 工作人员 | closure 中心暂停办理")
    ticket: "TicketInfo | None" = strawberry.field(description="签到后的排队号")


@strawberry.input
class BookAppointmentInput:
    slot_id: strawberry.ID
    item_code: str
    idempotency_key: str
    for_person: strawberry.ID | None = strawberry.field(
        default=None, description="代他人预约时，传他人委托我的授权编号（me.proxies.received.id）")


@strawberry.type(description="排队号（预约签到或现场取号）")
class TicketInfo:
    id: strawberry.ID
    number: str = strawberry.field(description="号码，如 A012")
    status: str = strawberry.field(description="waiting 等候 | called 呼叫中 | serving 办理中 | served 已办结 | missed 过号 | expired 当日未办理作废")
    position: int | None = strawberry.field(description="前面还有几位 +1（1 = 下一个）；仅等候中有值")
    estimated_wait_minutes: int | None = strawberry.field(description="预计等候分钟数；仅等候中有值")
    window: str | None = strawberry.field(description="被叫到的窗口号")
    calls: int = strawberry.field(description="已呼叫次数")
    center_id: strawberry.ID
    window_group: str
    from_appointment: bool
    issued_at: datetime


@strawberry.type(description="因多次爽约暂停预约")
class BookingRestrictionInfo:
    reason: str
    starts_at: datetime
    ends_at: datetime
    message: str


@strawberry.type(description="服务中心暂停办理")
class ClosureInfo:
    id: strawberry.ID
    center_id: strawberry.ID
    window_group_id: strawberry.ID | None
    starts_at: datetime
    ends_at: datetime
    reason: str
    cancelled_bookings: int = strawberry.field(description="因此取消并已通知的预约数")


@strawberry.type(description="窗口组的预约排班")
class WindowGroupInfo:
    id: strawberry.ID
    center_id: strawberry.ID
    name: str
    prefix: str
    opens: str
    closes: str
    lunch_start: str | None
    lunch_end: str | None
    slot_minutes: int
    seats: int
    opens_days_ahead: int
    closes_days_ahead: int
    release_at: str = strawberry.field(description="每日放号时间（最远一天在此时刻开放）")
    item_codes: list[str]
    windows: list[str] = strawberry.field(description="叫号窗口号")


@strawberry.input
class WindowScheduleInput:
    window_group_id: strawberry.ID
    opens: str
    closes: str
    slot_minutes: int
    seats: int
    opens_days_ahead: int
    closes_days_ahead: int
    release_at: str
    lunch_start: str | None = None
    lunch_end: str | None = None
    item_codes: list[str] | None = strawberry.field(default=None, description="受理事项；不传则不变")


@strawberry.input
class ClosureInput:
    center_id: strawberry.ID
    starts_at: datetime
    ends_at: datetime
    reason: str
    window_group_id: strawberry.ID | None = strawberry.field(default=None, description="不传则整个中心暂停")


@strawberry.type(description="工作日调整（未公布年份）")
class CalendarDayInfo:
    day: date
    working: bool
    note: str


@strawberry.type(description="中心当日的一个预约（工作人员视图，不含个人信息）")
class CenterAppointment:
    id: strawberry.ID
    booking_code: str
    status: str
    starts_at: datetime
    item_code: str
    item_name: str
    ticket_number: str | None


@strawberry.type(description="正在呼叫或办理的号码")
class CallingInfo:
    number: str
    window: str
    status: str
    calls: int


@strawberry.type(description="一个窗口组的排队情况")
class GroupQueueInfo:
    window_group_id: strawberry.ID
    name: str
    prefix: str
    waiting: int
    estimated_wait_minutes: int = strawberry.field(description="现在取号预计等候分钟数")
    calling: list[CallingInfo]


@strawberry.type(description="大厅排队叫号屏")
class QueueStatus:
    center_id: strawberry.ID
    center_name: str
    groups: list[GroupQueueInfo]


@strawberry.type(description="当前没有等候的号码")
class QueueEmpty:
    message: str


@strawberry.type(description="上门办理申请")
class HomeVisitInfo:
    id: strawberry.ID
    item_code: str
    item_name: str
    center_id: strawberry.ID
    center_name: str
    eligibility: str = strawberry.field(description="age 70周岁以上 | disability 持证残疾人")
    address: str = strawberry.field(description="地址（默认脱敏；本人 reveal: true 时为全文）")
    contact_phone: str
    preferred_times: str
    status: str = strawberry.field(description="requested | scheduled | done | cancelled | declined")
    scheduled_at: datetime | None
    assignee: str | None = strawberry.field(description="上门工作人员姓名")
    note: str
    created_at: datetime


@strawberry.input
class HomeVisitInput:
    item_code: str
    center_id: strawberry.ID
    address: str
    contact_phone: str
    preferred_times: str
    disability_certificate: str | None = strawberry.field(default=None, description="残疾人证号（20位）；70周岁以上可不填")


@strawberry.input
class ScheduleHomeVisitInput:
    visit_id: strawberry.ID
    assignee_id: strawberry.ID
    scheduled_at: datetime
    note: str = ""


@strawberry.type(description="上门地址与联系电话（全文；每次查看记入个人信息访问日志）")
class HomeVisitContact:
    address: str
    contact_phone: str
