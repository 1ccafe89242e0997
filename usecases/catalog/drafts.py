"""Shared helpers for the catalog-management use cases."""

from __future__ import annotations

from models import ItemImplementation, ItemVersion
from usecases.errors import not_found


async def implementation_for_update(code: str, conn) -> ItemImplementation:
    """Lock the implementation row (PostgreSQL FOR UPDATE; SQLite serialises writers)."""
    qs = ItemImplementation.filter(code=code).using_db(conn)
    if conn.capabilities.dialect == "postgres":
        # Lock only this row (FOR UPDATE cannot cover the outer joins of select_related).
        qs = qs.select_for_update()
    item = await qs.first()
    if item is None:
        raise not_found("事项", code, "code")
    await item.fetch_related("item", "department", "division", using_db=conn)
    return item


async def latest_version(item: ItemImplementation, conn) -> ItemVersion | None:
    return await ItemVersion.filter(implementation_id=item.id).using_db(conn).order_by("-number").first()


def base_guide(item: ItemImplementation) -> dict:
    """Fields every guide takes from the implementation itself, not from the editor."""
    return {"name": item.item.name, "item_type": item.item.item_type, "accepting_unit": item.department.name}
