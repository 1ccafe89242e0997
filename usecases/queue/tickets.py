"""Queue tickets: numbering, calling order, position and estimated wait.

Numbers: one `TicketCounter` row per window group and day, incremented with an UPDATE inside
the ticket's transaction (PostgreSQL locks the row until commit, SQLite serialises writers), so
two kiosks never print the same number. Order: an appointment whose slot has begun goes ahead
of walk-ins (预约优先 within the slot); otherwise appointments count from their slot start and
walk-ins from when they took the ticket.
"""

from __future__ import annotations

import math
from dataclasses import dataclass
from datetime import date, datetime

from tortoise.exceptions import IntegrityError
from tortoise.expressions import F

from config.settings import get_settings
from models import Ticket, TicketCounter, Window, WindowGroup


async def _ensure_counter(group_id: int, day: date) -> None:
    # Outside the caller's transaction: on PostgreSQL a failed INSERT would abort it.
    if not await TicketCounter.exists(group_id=group_id, day=day):
        try:
            await TicketCounter.create(group_id=group_id, day=day, last_seq=0)
        except IntegrityError:
            pass  # created by a concurrent check-in


async def prepare(group_id: int, day: date) -> None:
    await _ensure_counter(group_id, day)


async def issue(conn, group: WindowGroup, day: date, at: datetime, priority_at: datetime,
                appointment_id: int | None = None, implementation_id: int | None = None) -> Ticket:
    """Create the next ticket of `group` on `day` (call `prepare` first, outside the transaction)."""
    await TicketCounter.filter(group_id=group.id, day=day).using_db(conn).update(last_seq=F("last_seq") + 1)
    seq = (await TicketCounter.get(group_id=group.id, day=day).using_db(conn)).last_seq
    return await Ticket.create(group_id=group.id, day=day, seq=seq, number=f"{group.prefix}{seq:03d}",
                               appointment_id=appointment_id, implementation_id=implementation_id,
                               priority_at=priority_at, issued_at=at, using_db=conn)


def order_key(t: Ticket, at: datetime):
    started = t.appointment_id is not None and t.priority_at <= at
    return (0 if started else 1, t.priority_at, t.seq)


def waiting_order(tickets: list[Ticket], at: datetime) -> list[Ticket]:
    return sorted((t for t in tickets if t.status == "waiting"), key=lambda t: order_key(t, at))


@dataclass
class Place:
    position: int  # 1 = next to be called
    estimated_wait_minutes: int


async def service_minutes(group_ids: list[int], day: date) -> dict[int, float]:
    """Average minutes per served ticket today, per group (the setting until one is served)."""
    default = float(get_settings().queue_service_minutes)
    out = {g: [] for g in group_ids}
    for t in await Ticket.filter(group_id__in=group_ids, day=day, status="served", started_at__not_isnull=True):
        out[t.group_id].append((t.finished_at - t.started_at).total_seconds() / 60)
    return {g: (sum(v) / len(v) if v else default) for g, v in out.items()}


async def places(tickets: list[Ticket], at: datetime) -> dict[int, Place]:
    """Position and estimated wait of each waiting ticket in `tickets` (two queries in all)."""
    waiting = [t for t in tickets if t.status == "waiting"]
    if not waiting:
        return {}
    groups = sorted({t.group_id for t in waiting})
    days = sorted({t.day for t in waiting})
    queue = await Ticket.filter(group_id__in=groups, day__in=days, status="waiting")
    minutes = {}
    for day in days:
        minutes[day] = await service_minutes(groups, day)
    windows = {g: 0 for g in groups}
    for w in await Window.filter(group_id__in=groups):
        windows[w.group_id] += 1
    out: dict[int, Place] = {}
    for g in groups:
        for day in days:
            ordered = waiting_order([t for t in queue if t.group_id == g and t.day == day], at)
            for n, t in enumerate(ordered):
                wait = math.ceil(n * minutes[day][g] / max(1, windows[g]))
                out[t.id] = Place(n + 1, wait)
    return {t.id: out[t.id] for t in waiting if t.id in out}
