"""The strawberry ASGI app, configured for Qianban (context, JSON encoding, GraphiQL)."""

from __future__ import annotations

import asyncio
import json
import time
from typing import Any

from starlette.requests import Request
from starlette.websockets import WebSocket
from strawberry.asgi import GraphQL
from strawberry.exceptions import ConnectionRejectionError
from strawberry.types.unset import UNSET
from strawberry.subscriptions import GRAPHQL_TRANSPORT_WS_PROTOCOL

from auth.viewer import viewer_from_token
from config.settings import get_settings
from resolvers.loaders import make_loaders
from schema.root import schema


def bearer_from_header(header: str) -> str | None:
    scheme, _, token = header.partition(" ")
    return token.strip() or None if scheme.lower() == "bearer" else None


class QianbanGraphQL(GraphQL):
    def encode_json(self, data: object) -> str:
        # Chinese stays readable on the wire (UTF-8), not \\uXXXX escapes.
        return json.dumps(data, ensure_ascii=False, separators=(",", ":"))

    async def get_context(self, request: Request | WebSocket, response: Any = None) -> dict[str, Any]:
        return {
            "request": request,
            "response": response,
            "request_id": request.scope.get("state", {}).get("request_id", "-"),
            "loaders": make_loaders(),
            "viewer": await viewer_from_token(bearer_from_header(request.headers.get("authorization", ""))),
        }


    async def on_ws_connect(self, context: dict[str, Any]):
        """Authenticate a socket from its `connection_init` payload (browsers cannot set headers).

        No token → an anonymous socket (the catalog feed is public). A bad token → close 4403.
        A citizen's socket is closed with 4401 when the access token expires; the app then
        refreshes and reconnects with `afterEventId`, missing nothing.
        """
        params = context.get("connection_params") or {}
        raw = params.get("authorization") or params.get("Authorization") or ""
        token = bearer_from_header(raw) if " " in str(raw) else (str(raw) or None)
        if token is None:
            return UNSET
        viewer = await viewer_from_token(token)
        if not viewer.is_citizen:
            raise ConnectionRejectionError({"code": viewer.error.code if viewer.error else "UNAUTHENTICATED"})
        context["viewer"] = viewer
        websocket = context["request"]
        delay = max(0.0, viewer.expires_at - time.time())
        context["expiry_task"] = asyncio.create_task(_close_at_expiry(websocket, delay))
        return UNSET


async def _close_at_expiry(websocket: WebSocket, delay: float) -> None:
    await asyncio.sleep(delay)
    try:
        await websocket.close(code=4401, reason="token expired")
    except RuntimeError:  # already closed
        pass


def graphql_app() -> QianbanGraphQL:
    settings = get_settings()
    return QianbanGraphQL(
        schema,
        graphql_ide="graphiql" if settings.debug else None,
        allow_queries_via_get=True,
        subscription_protocols=[GRAPHQL_TRANSPORT_WS_PROTOCOL],
    )
