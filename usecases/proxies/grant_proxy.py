"""grantProxy: a citizen authorises another (real-name verified) citizen to act for them."""

from __future__ import annotations

from datetime import datetime

from domain.clock import now
from models import Citizen, ProxyAuthorization, ServiceItem
from storage.transaction import atomic
from usecases import events
from usecases.errors import UseCaseError
from usecases.identity.phones import checked_phone, phone_index

MAX_ITEMS = 50


async def grant_proxy(principal_id: int, agent_phone: str, item_codes: list[str], valid_until: datetime) -> ProxyAuthorization:
    phone = checked_phone(agent_phone)
    if valid_until.tzinfo is None or valid_until <= now():
        raise UseCaseError("INVALID_ARGUMENT", "授权截止时间须晚于当前时间", "validUntil")
    codes = sorted(set(item_codes))
    if len(codes) > MAX_ITEMS:
        raise UseCaseError("INVALID_ARGUMENT", f"一次最多授权{MAX_ITEMS}个事项", "itemCodes")
    async with atomic() as conn:
        principal = await Citizen.get(id=principal_id).using_db(conn)
        if principal.verified_at is None:
            raise UseCaseError("NOT_VERIFIED", "请先完成实名认证再委托他人代办", None)
        agent = await Citizen.get_or_none(phone_index=phone_index(phone)).using_db(conn)
        if agent is None or agent.verified_at is None:
            # The same answer for "no account" and "not verified": it reveals no account.
            raise UseCaseError("AGENT_NOT_ELIGIBLE", "受托人须已注册并完成实名认证", "agentPhone")
        if agent.id == principal_id:
            raise UseCaseError("INVALID_ARGUMENT", "不能委托自己", "agentPhone")
        known = set(await ServiceItem.filter(basic_code__in=codes).using_db(conn).values_list("basic_code", flat=True))
        unknown = [c for c in codes if c not in known]
        if unknown:
            raise UseCaseError("INVALID_ARGUMENT", f"未知的事项编码：{', '.join(unknown)}", "itemCodes")
        grant = await ProxyAuthorization.create(principal_id=principal_id, agent_id=agent.id, item_codes=codes,
                                                valid_until=valid_until, using_db=conn)
        await events.record(conn, "identity.proxy_granted", "Citizen", principal_id,
                            {"proxy": grant.id, "agent": agent.id, "items": codes}, f"citizen:{principal_id}")
    return grant
