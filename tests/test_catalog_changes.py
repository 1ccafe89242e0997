"""catalogChanges over WebSocket (graphql-transport-ws): partners follow the catalog live."""

from __future__ import annotations

import asyncio

from tests.asgi_ws import AsgiWebSocket
from tests.catalog_helpers import ADMIN, CREATE, PUBLISH, complete_guide, department_in, new_basic_item

SUB = "subscription($after: ID) { catalogChanges(afterEventId: $after) { eventId type itemCode version } }"


async def _draft(gql) -> str:
    basic = await new_basic_item()
    dept = await department_in("520303")
    r = await gql(CREATE, {"basic": basic, "dept": str(dept), "div": "520303", "guide": complete_guide()}, ADMIN)
    return r["data"]["createServiceItemDraft"]["itemCode"]


async def test_subscriber_sees_a_publication_as_it_commits(app, gql):
    code = await _draft(gql)
    async with AsgiWebSocket(app, "/graphql", ["graphql-transport-ws"]) as ws:
        assert ws.accepted["type"] == "websocket.accept"
        assert ws.accepted["subprotocol"] == "graphql-transport-ws"
        await ws.send_json({"type": "connection_init", "payload": {}})
        assert (await ws.receive_json())["type"] == "connection_ack"
        await ws.send_json({"id": "1", "type": "subscribe", "payload": {"query": SUB}})
        await asyncio.sleep(0.3)  # without afterEventId the feed starts when the subscription does
        await gql(PUBLISH, {"code": code}, ADMIN)
        message = await ws.receive_json(timeout=3)  # woken by the bus, well before the poll
        assert message["type"] == "next"
        change = message["payload"]["data"]["catalogChanges"]
        assert change["type"] == "catalog.item_published" and change["itemCode"] == code
        assert change["version"] == 1


async def test_reconnecting_subscriber_catches_up_from_its_last_event(app, gql):
    from models import DomainEvent

    code = await _draft(gql)
    created = await DomainEvent.get(type="catalog.item_created", subject_id=code)
    await gql(PUBLISH, {"code": code}, ADMIN)  # happens while the partner is offline
    async with AsgiWebSocket(app, "/graphql", ["graphql-transport-ws"]) as ws:
        await ws.send_json({"type": "connection_init"})
        await ws.receive_json()
        await ws.send_json({"id": "1", "type": "subscribe", "payload": {"query": SUB, "variables": {"after": str(created.id)}}})
        seen = []
        while not any(c["itemCode"] == code and c["type"] == "catalog.item_published" for c in seen):
            seen.append((await ws.receive_json())["payload"]["data"]["catalogChanges"])
        assert all(int(c["eventId"]) > created.id for c in seen)


async def test_bad_cursor_is_a_typed_error(app):
    async with AsgiWebSocket(app, "/graphql", ["graphql-transport-ws"]) as ws:
        await ws.send_json({"type": "connection_init"})
        await ws.receive_json()
        await ws.send_json({"id": "1", "type": "subscribe", "payload": {"query": SUB, "variables": {"after": "x"}}})
        message = await ws.receive_json()
        assert message["type"] in ("error", "next")
        errors = message["payload"] if message["type"] == "error" else message["payload"]["errors"]
        assert errors[0]["extensions"]["code"] == "INVALID_ARGUMENT"
