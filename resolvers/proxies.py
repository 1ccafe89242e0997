"""委托代办 resolvers."""

from __future__ import annotations

from datetime import datetime

import strawberry

from domain.clock import now
from domain.identity import mask_name
from models import Citizen, ProxyAuthorization
from schema.common import UserError
from schema.identity.types import MyProxies, ProxyGrant
from usecases.errors import UseCaseError
from usecases.identity.sealed import unseal
from usecases.proxies.grant_proxy import grant_proxy as grant_use_case
from usecases.proxies.may_act_for import proxies_of
from usecases.proxies.revoke_proxy import revoke_proxy as revoke_use_case


async def _to_types(grants: list[ProxyAuthorization]) -> list[ProxyGrant]:
    ids = {g.principal_id for g in grants} | {g.agent_id for g in grants}
    names = {c.id: mask_name(unseal(c, "real_name")) if c.real_name else "未实名"
             for c in await Citizen.filter(id__in=list(ids))}
    at = now()
    return [ProxyGrant(id=strawberry.ID(str(g.id)), principal_name=names[g.principal_id], agent_name=names[g.agent_id],
                       item_codes=g.item_codes, valid_until=g.valid_until, created_at=g.created_at,
                       revoked_at=g.revoked_at, active=g.revoked_at is None and g.valid_until > at) for g in grants]


async def grant_proxy(info: strawberry.Info, agent_phone: str, valid_until: datetime,
                      item_codes: list[str] | None = None) -> ProxyGrant | UserError:
    try:
        grant = await grant_use_case(info.context["viewer"].citizen_id, agent_phone, item_codes or [], valid_until)
    except UseCaseError as e:
        return UserError.from_error(e)
    return (await _to_types([grant]))[0]


async def revoke_proxy(info: strawberry.Info, proxy_id: strawberry.ID) -> ProxyGrant | UserError:
    try:
        if not str(proxy_id).isdigit():
            raise UseCaseError("NOT_FOUND", "委托授权不存在", "proxyId")
        grant = await revoke_use_case(info.context["viewer"].citizen_id, int(proxy_id))
    except UseCaseError as e:
        return UserError.from_error(e)
    return (await _to_types([grant]))[0]


async def my_proxies(citizen_id: int) -> MyProxies:
    granted, received = await proxies_of(citizen_id)
    converted = await _to_types(granted + received)
    return MyProxies(granted=converted[: len(granted)], received=converted[len(granted):])
