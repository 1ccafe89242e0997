"""Edit an item's guide. A published guide is never changed in place: the first edit after
publishing opens a new draft version that starts as a copy of the published one."""

from __future__ import annotations

from storage.transaction import atomic

from models import ItemVersion
from usecases import events
from usecases.catalog.drafts import MayManage, base_guide, implementation_for_update, latest_version
from usecases.errors import UseCaseError

# Fields a department may edit; name, type and accepting unit come from the item itself.
EDITABLE = frozenset({
    "legal_basis", "conditions", "steps", "materials", "fee", "legal_limit_days",
    "committed_limit_days", "limit_note", "visits", "visits_reason", "online_depth",
    "handling_forms", "scope", "appointment", "online_payment", "delivery", "case_kind",
    "result", "faq", "consultation", "complaint", "joint_departments", "intermediary_services",
})


async def edit_draft(code: str, changes: dict, actor: str, may_manage: MayManage) -> ItemVersion:
    unknown = sorted(set(changes) - EDITABLE)
    if unknown:
        raise UseCaseError("INVALID_ARGUMENT", f"不可编辑的字段：{', '.join(unknown)}", "changes")
    async with atomic() as conn:
        item = await implementation_for_update(code, conn, may_manage)
        if item.status == "retired":
            raise UseCaseError("ITEM_RETIRED", "事项已停用，不能编辑", "code")
        draft = await latest_version(item, conn)
        if draft is None or draft.status != "draft":
            guide = dict(draft.guide) if draft else {}
            draft = await ItemVersion.create(
                implementation_id=item.id,
                number=(draft.number + 1) if draft else 1,
                status="draft",
                created_by=actor,
                guide=guide,
                using_db=conn,
            )
        draft.guide = {**draft.guide, **changes, **base_guide(item)}
        await draft.save(using_db=conn)
        await events.record(conn, "catalog.draft_edited", "ServiceItem", item.code,
                            {"version": draft.number, "fields": sorted(changes)}, actor)
        return draft
