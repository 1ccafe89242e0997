"""The one rule bookings and cases ask: may this citizen act for that one, for this item?"""

from __future__ import annotations

from domain.clock import now
from models import ProxyAuthorization


async def may_act_for(agent_id: int, principal_id: int, basic_code: str | None) -> bool:
    if agent_id == principal_id:
        return True
    grants = await ProxyAuthorization.filter(agent_id=agent_id, principal_id=principal_id, revoked_at=None,
                                             valid_until__gt=now())
    return any(not g.item_codes or (basic_code is not None and basic_code in g.item_codes) for g in grants)


async def proxies_of(citizen_id: int) -> tuple[list[ProxyAuthorization], list[ProxyAuthorization]]:
    """(authorisations I granted, authorisations granted to me), live ones first."""
    granted = await ProxyAuthorization.filter(principal_id=citizen_id).order_by("revoked_at", "-created_at")
    received = await ProxyAuthorization.filter(agent_id=citizen_id, revoked_at=None, valid_until__gt=now()).order_by(
        "-created_at")
    return granted, received
