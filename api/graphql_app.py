"""The strawberry ASGI app, configured for Qianban (context, JSON encoding, GraphiQL)."""

from __future__ import annotations

import json
from typing import Any

from starlette.requests import Request
from starlette.websockets import WebSocket
from strawberry.asgi import GraphQL
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


def graphql_app() -> QianbanGraphQL:
    settings = get_settings()
    return QianbanGraphQL(
        schema,
        graphql_ide="graphiql" if settings.debug else None,
        allow_queries_via_get=True,
        subscription_protocols=[GRAPHQL_TRANSPORT_WS_PROTOCOL],
    )
