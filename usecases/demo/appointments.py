"""Demo appointment schedules: one 综合受理 window group per government centre, accepting what
its comprehensive windows accept and called at those windows, with the default schedule (9:00–17:00, lunch 12–13, 30-minute
slots, 2 seats, bookable from tomorrow to 14 days ahead, released at 08:00)."""

from __future__ import annotations

from models import ServiceCenter, Window, WindowGroup


async def load_demo_window_groups() -> int:
    added = 0
    for center in await ServiceCenter.filter(kind="government"):
        if await WindowGroup.exists(center_id=center.id):
            continue
        window = await Window.filter(center_id=center.id, comprehensive=True).first()
        if window is None:
            continue
        group = await WindowGroup.create(center_id=center.id, name="综合受理", prefix="A")
        # The comprehensive windows call this group's queue (一口受理).
        await Window.filter(center_id=center.id, comprehensive=True).update(group_id=group.id)
        items = await window.items.all()
        if items:
            await group.items.add(*items)
        added += 1
    return added
