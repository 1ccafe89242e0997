"""Identity types: tokens, the signed-in citizen (`me`), sessions."""

from __future__ import annotations

from datetime import datetime

import strawberry

from usecases.identity.sealed import unseal
from domain.identity import mask_id_number, mask_name, mask_phone
from models import Citizen


@strawberry.type(description="验证码已发送（无论该手机号是否注册，回答都相同）")
class LoginCodeSent:
    expires_in_seconds: int
    retry_after_seconds: int


@strawberry.type(description="登录凭证：accessToken 15分钟有效；refreshToken 30天有效，每次使用后轮换")
class AuthTokens:
    access_token: str
    refresh_token: str
    token_type: str
    expires_in_seconds: int


@strawberry.type
class SignedOut:
    sessions_ended: int


@strawberry.type(description="已登录的设备")
class SessionInfo:
    id: strawberry.ID
    device: str
    created_at: datetime
    last_used_at: datetime
    current: bool


@strawberry.type(description="当前登录的群众本人；个人信息默认脱敏，reveal: true 时向本人显示完整信息")
class Me:
    citizen: strawberry.Private[Citizen]
    current_session: strawberry.Private[str | None]

    @strawberry.field
    def verified(self) -> bool:
        return self.citizen.verified_at is not None

    @strawberry.field
    def verified_at(self) -> datetime | None:
        return self.citizen.verified_at

    @strawberry.field(description="手机号")
    def phone(self, reveal: bool = False) -> str:
        phone = unseal(self.citizen, "phone")
        return phone if reveal else mask_phone(phone)

    @strawberry.field(description="实名姓名")
    def real_name(self, reveal: bool = False) -> str | None:
        if self.citizen.real_name is None:
            return None
        name = unseal(self.citizen, "real_name")
        return name if reveal else mask_name(name)

    @strawberry.field(description="身份证号")
    def id_number(self, reveal: bool = False) -> str | None:
        if self.citizen.id_number is None:
            return None
        number = unseal(self.citizen, "id_number")
        return number if reveal else mask_id_number(number)

    @strawberry.field(description="委托代办：我委托的与委托我的")
    async def proxies(self) -> "MyProxies":
        from resolvers.proxies import my_proxies

        return await my_proxies(self.citizen.id)

    @strawberry.field(description="已登录的设备")
    async def sessions(self) -> list[SessionInfo]:
        from usecases.identity.sign_out import active_sessions

        return [SessionInfo(id=strawberry.ID(str(s.id)), device=s.device, created_at=s.created_at,
                            last_used_at=s.last_used_at, current=str(s.id) == self.current_session)
                for s in await active_sessions(self.citizen.id)]


@strawberry.type(description="委托代办授权")
class ProxyGrant:
    id: strawberry.ID
    principal_name: str = strawberry.field(description="委托人（脱敏）")
    agent_name: str = strawberry.field(description="受托人（脱敏）")
    item_codes: list[str] = strawberry.field(description="授权的事项基本编码；为空表示全部事项")
    valid_until: datetime
    created_at: datetime
    revoked_at: datetime | None
    active: bool


@strawberry.type(description="我的委托代办")
class MyProxies:
    granted: list[ProxyGrant] = strawberry.field(description="我委托他人的")
    received: list[ProxyGrant] = strawberry.field(description="他人委托我的（有效的）")
