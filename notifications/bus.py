"""Wake-up signals for event consumers (GraphQL subscriptions now; push and webhooks later).

The database is the source of truth: events are DomainEvent rows. The bus only says "new events
were committed", so a consumer that missed a signal (another process, a Redis restart) still
catches up by reading rows after its last id — Redis pub/sub is at-most-once, and that is fine
here. The embedded default is in-process; EVENT_BUS_URL=redis://… wakes every worker process.
"""

from __future__ import annotations

import asyncio
import logging

log = logging.getLogger("qianban.bus")


class InProcessBus:
    def __init__(self) -> None:
        self._waiters: set[asyncio.Event] = set()

    async def publish(self, last_event_id: int) -> None:
        self._wake()

    def _wake(self) -> None:
        for waiter in list(self._waiters):
            waiter.set()

    async def wait(self, timeout: float) -> bool:
        """Wait for the next publish; False on timeout (callers then poll the database)."""
        waiter = asyncio.Event()
        self._waiters.add(waiter)
        try:
            await self._ensure_listening()
            await asyncio.wait_for(waiter.wait(), timeout)
            return True
        except TimeoutError:
            return False
        finally:
            self._waiters.discard(waiter)

    async def _ensure_listening(self) -> None:
        return None

    async def close(self) -> None:
        return None


class RedisBus(InProcessBus):
    """Publishes on a Redis channel; one listener task per process wakes the local waiters."""

    def __init__(self, url: str, channel: str = "qianban:events") -> None:
        super().__init__()
        import redis.asyncio as redis

        self._redis = redis.from_url(url)
        self.channel = channel
        self._listener: asyncio.Task | None = None
        self._subscribed = asyncio.Event()

    async def publish(self, last_event_id: int) -> None:
        self._wake()  # local waiters need no round trip
        try:
            await self._redis.publish(self.channel, str(last_event_id))
        except Exception:  # the change is committed; other workers catch up by polling
            log.warning("event bus publish failed; consumers will poll", exc_info=True)

    async def _ensure_listening(self) -> None:
        if self._listener is None or self._listener.done():
            self._subscribed.clear()
            self._listener = asyncio.create_task(self._listen())
        try:
            await asyncio.wait_for(self._subscribed.wait(), 2)
        except TimeoutError:
            log.warning("event bus not subscribed yet; consumers will poll")

    async def _listen(self) -> None:
        pubsub = self._redis.pubsub()
        try:
            await pubsub.subscribe(self.channel)
            self._subscribed.set()
            async for message in pubsub.listen():
                if message.get("type") == "message":
                    self._wake()
        except asyncio.CancelledError:
            raise
        except Exception:
            log.warning("event bus listener stopped; consumers will poll", exc_info=True)
        finally:
            await pubsub.aclose()

    async def close(self) -> None:
        if self._listener is not None:
            self._listener.cancel()
            try:
                await self._listener
            except (asyncio.CancelledError, Exception):
                pass
        await self._redis.aclose()


def make_bus(url: str) -> InProcessBus:
    return RedisBus(url) if url.startswith(("redis://", "rediss://")) else InProcessBus()


_bus: InProcessBus | None = None


def get_bus() -> InProcessBus:
    global _bus
    if _bus is None:
        from config.settings import get_settings

        _bus = make_bus(get_settings().event_bus_url)
    return _bus
