"""The catalog's change feed: published/retired/created events in commit order, after a cursor.

Partner apps keep a mirror of the catalog by following this feed (GraphQL subscription
`catalogChanges`); after a reconnect they pass the last id they saw and miss nothing.
"""

from __future__ import annotations

from collections.abc import AsyncIterator

from models import DomainEvent
from notifications.bus import get_bus

PUBLIC_TYPES = ("catalog.item_created", "catalog.item_published", "catalog.item_retired")
POLL_SECONDS = 5.0  # catch-up for events committed by other worker processes


async def changes_after(after_id: int, limit: int = 100) -> list[DomainEvent]:
    return await DomainEvent.filter(id__gt=after_id, type__in=PUBLIC_TYPES).order_by("id").limit(limit)


async def latest_id() -> int:
    last = await DomainEvent.all().order_by("-id").first()
    return last.id if last else 0


async def follow(after_id: int | None) -> AsyncIterator[DomainEvent]:
    """Yield catalog events after `after_id` (or from now on), forever."""
    cursor = await latest_id() if after_id is None else after_id
    while True:
        batch = await changes_after(cursor)
        for event in batch:
            cursor = event.id
            yield event
        if len(batch) < 100:
            await get_bus().wait(POLL_SECONDS)
