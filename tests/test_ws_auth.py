"""WebSocket sockets authenticate in connection_init; an expired token ends the socket."""

from __future__ import annotations

from datetime import timedelta

from auth.tokens import issue_token
from tests.asgi_ws import AsgiWebSocket
from tests.identity_helpers import outbox, signed_in  # noqa: F401


async def _init(app, payload):
    ws = AsgiWebSocket(app, "/graphql", ["graphql-transport-ws"])
    await ws.__aenter__()
    await ws.send_json({"type": "connection_init", "payload": payload})
    return ws, await ws.receive_json()


async def test_valid_token_is_acknowledged_and_bad_token_rejected(app, gql, outbox):  # noqa: F811
    s = await signed_in(gql, outbox)
    ws, reply = await _init(app, {"authorization": f"Bearer {s['accessToken']}"})
    assert reply["type"] == "connection_ack"
    await ws.__aexit__()
    ws, reply = await _init(app, {"authorization": "Bearer forged.token.value"})
    assert reply == {"type": "__closed__", "code": 4403}
    await ws.__aexit__()
    ws, reply = await _init(app, {})
    assert reply["type"] == "connection_ack"  # anonymous: the public catalog feed
    await ws.__aexit__()


async def test_expired_token_ends_the_socket(app, gql, outbox):  # noqa: F811
    s = await signed_in(gql, outbox)
    import jwt

    claims = jwt.decode(s["accessToken"], options={"verify_signature": False})
    short = issue_token({"sub": claims["sub"], "sid": claims["sid"], "kind": "citizen"}, audience="qianban-app",
                        ttl=timedelta(seconds=1))
    ws, reply = await _init(app, {"authorization": f"Bearer {short}"})
    assert reply["type"] == "connection_ack"
    closed = await ws.receive_json(timeout=5)
    assert closed == {"type": "__closed__", "code": 4401}
    await ws.__aexit__()
