"""Shared helpers for the catalog-management use cases."""

from __future__ import annotations

from collections.abc import Callable

from models import ItemImplementation, ItemVersion
from usecases.errors import UseCaseError, not_found

# Decides, per implementing department, whether the caller may manage its items
# (auth.visibility.can_manage_item bound to the caller); use cases stay free of GraphQL.
MayManage = Callable[[int], bool]


def ensure_may_manage(may_manage: MayManage, department_id: int) -> None:
    if not may_manage(department_id):
        raise UseCaseError("FORBIDDEN", "无权管理其他部门的事项", "code")


async def implementation_for_update(code: str, conn, may_manage: MayManage | None = None) -> ItemImplementation:
    """Lock the implementation row (PostgreSQL FOR UPDATE; SQLite serialises writers)."""
    qs = ItemImplementation.filter(code=code).using_db(conn)
    if conn.capabilities.dialect == "postgres":
        # Lock only this row (FOR UPDATE cannot cover the outer joins of select_related).
        qs = qs.select_for_update()
    item = await qs.first()
    if item is None:
        raise not_found("事项", code, "code")
    if may_manage is not None:
        ensure_may_manage(may_manage, item.department_id)
    await item.fetch_related("item", "department", "division", using_db=conn)
    return item


async def latest_version(item: ItemImplementation, conn) -> ItemVersion | None:
    return await ItemVersion.filter(implementation_id=item.id).using_db(conn).order_by("-number").first()


def base_guide(item: ItemImplementation) -> dict:
    """Fields every guide takes from the implementation itself, not from the editor."""
    return {"name": item.item.name, "item_type": item.item.item_type, "accepting_unit": item.department.name}
