"""queueStatus: what the hall display and the app show — per window group, how many wait, who
is called to which window, and the estimated wait for someone taking a ticket now. No personal
data: ticket numbers only."""

from __future__ import annotations

import math
from dataclasses import dataclass, field
from datetime import datetime

from domain.clock import TZ, now
from models import ServiceCenter, Ticket, Window, WindowGroup
from usecases.errors import UseCaseError
from usecases.queue.tickets import service_minutes


@dataclass
class Calling:
    number: str
    window: str
    status: str  # called | serving
    calls: int


@dataclass
class GroupQueue:
    group: WindowGroup
    waiting: int
    estimated_wait_minutes: int
    calling: list[Calling] = field(default_factory=list)


async def queue_status(center_id: int, at: datetime | None = None) -> tuple[ServiceCenter, list[GroupQueue]]:
    at = at or now()
    center = await ServiceCenter.get_or_none(id=center_id)
    if center is None:
        raise UseCaseError("NOT_FOUND", "服务中心不存在", "centerId")
    day = at.astimezone(TZ).date()
    groups = await WindowGroup.filter(center_id=center_id).order_by("id")
    ids = [g.id for g in groups]
    live = await Ticket.filter(group_id__in=ids, day=day, status__in=["waiting", "called", "serving"]).select_related("window")
    windows = {g: 0 for g in ids}
    for w in await Window.filter(group_id__in=ids):
        windows[w.group_id] += 1
    minutes = await service_minutes(ids, day)
    out = []
    for g in groups:
        mine = [t for t in live if t.group_id == g.id]
        waiting = sum(t.status == "waiting" for t in mine)
        calling = [Calling(t.number, t.window.number if t.window else "", t.status, t.calls)
                   for t in sorted(mine, key=lambda t: t.called_at or at, reverse=True) if t.status != "waiting"]
        out.append(GroupQueue(g, waiting, math.ceil(waiting * minutes[g.id] / max(1, windows[g.id])), calling))
    return center, out
