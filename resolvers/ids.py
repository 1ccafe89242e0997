"""Ids arriving as arguments: the raw database id ("12") or, for types that are relay Nodes
(ServiceCenter, Window …), the global id a client got from the catalog ("U2VydmljZUNlbnRlcjoxMg==").
Partner developers pass whichever they hold; both name the same row."""

from __future__ import annotations

from strawberry import relay

from usecases.errors import UseCaseError


def db_id(value, field: str, message: str, node_type: str | None = None) -> int:
    text = "" if value is None else str(value)
    if text.isdigit():
        return int(text)
    if node_type is not None and text:
        try:
            gid = relay.GlobalID.from_id(text)
        except Exception:  # not a global id at all
            gid = None
        if gid is not None and gid.type_name == node_type and gid.node_id.isdigit():
            return int(gid.node_id)
    raise UseCaseError("NOT_FOUND", message, field)
