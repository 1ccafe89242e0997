"""The event bus wakes consumers in this process and, with Redis, in every other process."""

from __future__ import annotations

import asyncio
import os
import uuid

import pytest

from notifications.bus import InProcessBus, RedisBus

REDIS_URL = os.environ.get("TEST_REDIS_URL")


async def test_in_process_bus_wakes_waiters_and_times_out():
    bus = InProcessBus()
    assert await bus.wait(0.05) is False
    waiter = asyncio.create_task(bus.wait(2))
    await asyncio.sleep(0.01)
    await bus.publish(1)
    assert await waiter is True


@pytest.mark.skipif(not REDIS_URL, reason="Redis leg only (TEST_REDIS_URL), see .ci/run")
async def test_redis_bus_wakes_another_worker():
    channel = f"qianban-test:{uuid.uuid4().hex}"  # never shared with another run
    worker_a, worker_b = RedisBus(REDIS_URL, channel), RedisBus(REDIS_URL, channel)
    try:
        waiter = asyncio.create_task(worker_b.wait(3))
        await asyncio.sleep(0.2)  # let worker B subscribe
        await worker_a.publish(42)
        assert await waiter is True
        assert await worker_b.wait(0.2) is False  # one signal, one wake-up
    finally:
        await worker_a.close()
        await worker_b.close()


@pytest.mark.skipif(not REDIS_URL, reason="Redis leg only (TEST_REDIS_URL), see .ci/run")
async def test_redis_outage_does_not_fail_the_publisher():
    bus = RedisBus("redis://127.0.0.1:1/0", "qianban-test:down")
    try:
        await bus.publish(1)  # logs a warning; the committed change stands
    finally:
        await bus.close()
