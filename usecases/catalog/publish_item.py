"""Publish an item's draft guide: refuse an incomplete guide, listing every problem at once."""

from __future__ import annotations

from storage.transaction import atomic

from domain.guide import problems
from domain.clock import now
from models import ItemVersion
from usecases import events
from usecases.catalog.search import reindex_items
from usecases.catalog.drafts import MayManage, implementation_for_update, latest_version
from usecases.errors import FieldProblem, UseCaseError


async def publish_item(code: str, actor: str, may_manage: MayManage) -> ItemVersion:
    async with atomic() as conn:
        item = await implementation_for_update(code, conn, may_manage)
        draft = await latest_version(item, conn)
        if draft is None or draft.status != "draft":
            raise UseCaseError("NO_DRAFT", "没有待发布的草稿版本", "code")
        found = problems(draft.guide)
        if found:
            raise UseCaseError(
                "GUIDE_INCOMPLETE",
                f"办事指南不完整，共{len(found)}处需要补正",
                "guide",
                [FieldProblem(p.field, p.code, p.message) for p in found],
            )
        at = now()
        if item.published_version_id:
            await ItemVersion.filter(id=item.published_version_id).using_db(conn).update(
                status="retired", retired_at=at
            )
        draft.status, draft.published_at = "published", at
        await draft.save(using_db=conn)
        g = draft.guide
        item.published_version_id = draft.id
        item.status = "published"
        item.scope, item.online_depth, item.visits = g["scope"], g["online_depth"], g["visits"]
        await item.save(using_db=conn, update_fields=["published_version_id", "status", "scope", "online_depth", "visits"])
        # A newly published item must be findable at once: its basic item's terms are rebuilt
        # in the same transaction (cheap: one item's terms).
        await reindex_items([item.item_id], conn)
        await events.record(conn, "catalog.item_published", "ServiceItem", item.code,
                            {"version": draft.number, "name": g["name"]}, actor)
        draft.implementation = item
        return draft
