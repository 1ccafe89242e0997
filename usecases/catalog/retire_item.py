"""Retire an item: it leaves the catalog, its versions stay readable for the cases filed under them."""

from __future__ import annotations

from storage.transaction import atomic

from domain.clock import now
from models import ItemImplementation, ItemVersion
from usecases import events
from usecases.catalog.drafts import MayManage, implementation_for_update
from usecases.errors import UseCaseError


async def retire_item(code: str, reason: str, actor: str, may_manage: MayManage) -> ItemImplementation:
    if not reason.strip():
        raise UseCaseError("INVALID_ARGUMENT", "请填写停用原因", "reason")
    async with atomic() as conn:
        item = await implementation_for_update(code, conn, may_manage)
        if item.status != "published":
            raise UseCaseError("NOT_PUBLISHED", "只有已发布的事项可以停用", "code")
        await ItemVersion.filter(id=item.published_version_id).using_db(conn).update(
            status="retired", retired_at=now()
        )
        item.status, item.published_version_id = "retired", None
        await item.save(using_db=conn, update_fields=["status", "published_version_id"])
        await events.record(conn, "catalog.item_retired", "ServiceItem", item.code, {"reason": reason}, actor)
        return item
