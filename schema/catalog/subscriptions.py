"""Catalog subscriptions over WebSocket (graphql-transport-ws)."""

from __future__ import annotations

from collections.abc import AsyncGenerator
from datetime import datetime

import strawberry

from auth.rules import CatalogReader

from usecases.catalog.changes import follow


@strawberry.type(description="事项目录变更（新建、发布、停用）")
class CatalogChange:
    event_id: strawberry.ID = strawberry.field(description="事件编号；断线重连时作为 afterEventId 传回")
    type: str = strawberry.field(description="catalog.item_created | catalog.item_published | catalog.item_retired")
    item_code: str
    occurred_at: datetime
    version: int | None


@strawberry.type
class CatalogSubscription:
    @strawberry.subscription(permission_classes=[CatalogReader], description="事项目录变更流；传 afterEventId 可补齐断线期间的变更")
    async def catalog_changes(self, after_event_id: strawberry.ID | None = None) -> AsyncGenerator[CatalogChange, None]:
        start = None
        if after_event_id is not None:
            try:
                start = int(after_event_id)
            except ValueError as exc:
                from graphql import GraphQLError

                raise GraphQLError("事件编号无效", extensions={"code": "INVALID_ARGUMENT", "field": "afterEventId"}) from exc
        async for e in follow(start):
            yield CatalogChange(event_id=strawberry.ID(str(e.id)), type=e.type, item_code=e.subject_id,
                                occurred_at=e.occurred_at, version=e.payload.get("version"))
