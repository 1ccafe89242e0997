"""`atomic()`: one transaction for a state change and its events, then a wake-up after commit.

Use cases write their DomainEvent rows inside the block (usecases.events.record); only once the
block has committed are consumers woken, so nobody is told about a change that rolled back.
"""

from __future__ import annotations

import contextlib
from collections.abc import AsyncIterator

from tortoise.transactions import in_transaction

from notifications.bus import get_bus


@contextlib.asynccontextmanager
async def atomic() -> AsyncIterator:
    recorded: list[int] = []
    async with in_transaction() as conn:
        conn.qianban_recorded_events = recorded
        yield conn
    if recorded:
        await get_bus().publish(max(recorded))
