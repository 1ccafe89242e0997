"""Queue resolvers: check-in, walk-in tickets, calling, serving, the hall display."""

from __future__ import annotations

import strawberry

from auth.visibility import staff_centers
from domain.clock import now
from models import Ticket
from resolvers.errors import query_errors
from resolvers.ids import db_id
from schema.appointments.types import CallingInfo, GroupQueueInfo, QueueEmpty, QueueStatus, TicketInfo
from schema.common import UserError
from usecases.errors import UseCaseError
from usecases.queue.call_next import call_next, recall
from usecases.queue.check_in import check_in
from usecases.queue.queue_status import queue_status as queue_status_use_case
from usecases.queue.serve import finish_serving, start_serving
from usecases.queue.tickets import places
from usecases.queue.walk_in import walk_in


NODE_TYPES = {"centerId": "ServiceCenter", "windowId": "Window"}


def numeric_id(value, field: str, message: str) -> int:
    """A database id from an argument; centres and windows also accept their relay global id."""
    return db_id(value, field, message, NODE_TYPES.get(field))


async def ticket_infos(tickets: list[Ticket]) -> list[TicketInfo]:
    """Tickets with `group` and `window` loaded; positions for all of them in a few queries."""
    where = await places(tickets, now())
    return [TicketInfo(
        id=strawberry.ID(str(t.id)), number=t.number, status=t.status,
        position=where[t.id].position if t.id in where else None,
        estimated_wait_minutes=where[t.id].estimated_wait_minutes if t.id in where else None,
        window=t.window.number if t.window else None, calls=t.calls, center_id=strawberry.ID(str(t.group.center_id)),
        window_group=t.group.name, from_appointment=t.appointment_id is not None, issued_at=t.issued_at)
        for t in tickets]


async def _info(ticket: Ticket) -> TicketInfo:
    t = await Ticket.get(id=ticket.id).select_related("group", "window")
    return (await ticket_infos([t]))[0]


async def _run(info: strawberry.Info, action) -> TicketInfo | UserError:
    try:
        ticket = await action(info.context["viewer"])
    except UseCaseError as e:
        return UserError.from_error(e)
    return await _info(ticket)


async def check_in_appointment(info: strawberry.Info, booking_code: str,
                               center_id: strawberry.ID | None = None) -> TicketInfo | UserError:
    async def act(v):
        where = numeric_id(center_id, "centerId", "服务中心不存在") if center_id is not None else None
        return await check_in(booking_code, v.actor, staff_centers(v), where)

    return await _run(info, act)


async def walk_in_ticket(info: strawberry.Info, center_id: strawberry.ID, window_group_id: strawberry.ID | None = None,
                         item_code: str | None = None) -> TicketInfo | UserError:
    async def act(v):
        group = numeric_id(window_group_id, "windowGroupId", "窗口组不存在") if window_group_id is not None else None
        return await walk_in(v.actor, staff_centers(v), numeric_id(center_id, "centerId", "服务中心不存在"), group, item_code)

    return await _run(info, act)


async def call_next_ticket(info: strawberry.Info, window_id: strawberry.ID) -> TicketInfo | QueueEmpty | UserError:
    v = info.context["viewer"]
    try:
        ticket = await call_next(v.staff_id, staff_centers(v), numeric_id(window_id, "windowId", "窗口不存在"))
    except UseCaseError as e:
        return UserError.from_error(e)
    if ticket is None:
        return QueueEmpty(message="当前没有等候的号码")
    return await _info(ticket)


def _ticket_action(use_case):
    async def resolver(info: strawberry.Info, ticket_id: strawberry.ID) -> TicketInfo | UserError:
        async def act(v):
            return await use_case(v.staff_id, staff_centers(v), numeric_id(ticket_id, "ticketId", "号码不存在"))

        return await _run(info, act)

    return resolver


recall_ticket = _ticket_action(recall)
start_serving_ticket = _ticket_action(start_serving)
finish_serving_ticket = _ticket_action(finish_serving)


@query_errors
async def queue_status(center_id: strawberry.ID) -> QueueStatus:
    center, groups = await queue_status_use_case(numeric_id(center_id, "centerId", "服务中心不存在"))
    return QueueStatus(center_id=strawberry.ID(str(center.id)), center_name=center.name, groups=[
        GroupQueueInfo(window_group_id=strawberry.ID(str(g.group.id)), name=g.group.name, prefix=g.group.prefix,
                       waiting=g.waiting, estimated_wait_minutes=g.estimated_wait_minutes,
                       calling=[CallingInfo(number=c.number, window=c.window, status=c.status, calls=c.calls)
                                for c in g.calling])
        for g in groups])
