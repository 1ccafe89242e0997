"""A minimal in-process WebSocket client for ASGI apps (runs on the test's own event loop)."""

from __future__ import annotations

import asyncio
import json


class AsgiWebSocket:
    def __init__(self, app, path: str, subprotocols: list[str]) -> None:
        self.app, self.path, self.subprotocols = app, path, subprotocols
        self.inbox: asyncio.Queue = asyncio.Queue()
        self.outbox: asyncio.Queue = asyncio.Queue()
        self.accepted: dict | None = None

    async def __aenter__(self) -> "AsgiWebSocket":
        scope = {"type": "websocket", "path": self.path, "raw_path": self.path.encode(), "query_string": b"",
                 "headers": [(b"sec-websocket-protocol", ", ".join(self.subprotocols).encode())],
                 "subprotocols": self.subprotocols, "scheme": "ws", "server": ("testserver", 80),
                 "client": ("127.0.0.1", 1234), "root_path": "", "asgi": {"version": "3.0"}, "state": {}}
        self.task = asyncio.create_task(self.app(scope, self.inbox.get, self.outbox.put))
        await self.inbox.put({"type": "websocket.connect"})
        self.accepted = await asyncio.wait_for(self.outbox.get(), 5)
        return self

    async def send_json(self, data: dict) -> None:
        await self.inbox.put({"type": "websocket.receive", "text": json.dumps(data)})

    async def receive_json(self, timeout: float = 5) -> dict:
        while True:
            message = await asyncio.wait_for(self.outbox.get(), timeout)
            if message["type"] == "websocket.send":
                return json.loads(message["text"])
            if message["type"] == "websocket.close":
                return {"type": "__closed__", "code": message.get("code")}

    async def __aexit__(self, *exc) -> None:
        await self.inbox.put({"type": "websocket.disconnect", "code": 1000})
        try:
            await asyncio.wait_for(self.task, 5)
        except (TimeoutError, asyncio.CancelledError):
            self.task.cancel()
