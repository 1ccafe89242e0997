"""Shared `resolve_nodes` body for Relay types whose node id is an integer primary key."""

from __future__ import annotations

from collections.abc import Callable, Iterable


async def nodes_by_int_id(queryset_for: Callable, node_ids: Iterable[str], build: Callable) -> list:
    """`queryset_for(ids)` returns the visible rows among `ids`; unknown or malformed ids → None."""
    node_ids = list(node_ids)
    ids = [int(i) for i in node_ids if str(i).isdigit()]
    rows = {r.id: r for r in await queryset_for(ids)} if ids else {}
    return [build(rows[int(i)]) if str(i).isdigit() and int(i) in rows else None for i in node_ids]
