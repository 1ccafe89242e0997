"""Record a domain event inside the caller's transaction (the outbox).

Open the transaction with storage.transaction.atomic().

Call it with the transaction's connection: the event commits or rolls back with the change.
"""

from __future__ import annotations

from typing import Any

from models import DomainEvent


async def record(
    conn,
    type: str,
    subject_type: str,
    subject_id: str | int,
    payload: dict[str, Any] | None = None,
    actor: str = "system",
) -> DomainEvent:
    event = await DomainEvent.create(
        type=type,
        subject_type=subject_type,
        subject_id=str(subject_id),
        payload=payload or {},
        actor=actor,
        using_db=conn,
    )
    # storage.transaction.atomic wakes consumers once this transaction has committed.
    recorded = getattr(conn, "qianban_recorded_events", None)
    if recorded is not None:
        recorded.append(event.id)
    return event
