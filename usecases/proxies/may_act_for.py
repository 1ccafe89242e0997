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


async def staff_may_act_for(roles, citizen_id: int) -> bool:
    """便民服务免费代办: staff of township and village convenience centres act for residents of
    their area without a written authorisation.

    Residence is taken from the ID number's county-level code (户籍地) until the household
    registration data is connected; a centre serves the county it lies in.
    """
    from usecases.identity.sealed import unseal
    from models import Citizen, ServiceCenter

    center_ids = [int(g.scope_value) for g in roles
                  if g.role in ("window_clerk", "center_admin") and g.scope_kind == "center"]
    if not center_ids:
        return False
    centers = await ServiceCenter.filter(id__in=center_ids, kind="convenience").select_related("division")
    citizen = await Citizen.get_or_none(id=citizen_id)
    if not centers or citizen is None or citizen.id_number is None:
        return False
    county = unseal(citizen, "id_number")[:6]
    return any(county in c.division.ancestor_codes() for c in centers)
