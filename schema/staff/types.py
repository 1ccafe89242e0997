"""Staff-facing types: a citizen as a window clerk sees them (masked, every read audited),
the audit trail, and partner clients."""

from __future__ import annotations

from datetime import datetime

import strawberry

from domain.identity import mask_id_number, mask_name, mask_phone
from models import Citizen
from usecases.audit.citizen_lookup import record_read
from usecases.identity.sealed import unseal


async def _read(info: strawberry.Info, citizen: Citizen, field: str, reveal: bool, column: str, mask) -> str | None:
    sealed = getattr(citizen, column)
    if sealed is None:
        return None
    await record_read(info.context["viewer"].staff_id, citizen.id, [field + (" (full)" if reveal else "")],
                      "window_service")
    value = unseal(citizen, column)
    return value if reveal else mask(value)


@strawberry.type(description="群众信息（工作人员视图）：默认脱敏；每次读取都记入审计")
class CitizenRecord:
    citizen: strawberry.Private[Citizen]

    @strawberry.field
    def id(self) -> strawberry.ID:
        return strawberry.ID(str(self.citizen.id))

    @strawberry.field
    def verified(self) -> bool:
        return self.citizen.verified_at is not None

    @strawberry.field
    async def real_name(self, info: strawberry.Info, reveal: bool = False) -> str | None:
        return await _read(info, self.citizen, "realName", reveal, "real_name", mask_name)

    @strawberry.field
    async def id_number(self, info: strawberry.Info, reveal: bool = False) -> str | None:
        return await _read(info, self.citizen, "idNumber", reveal, "id_number", mask_id_number)

    @strawberry.field
    async def phone(self, info: strawberry.Info, reveal: bool = False) -> str | None:
        return await _read(info, self.citizen, "phone", reveal, "phone", mask_phone)


@strawberry.type(description="个人信息访问审计记录")
class PersonalDataRead:
    staff_username: str
    citizen_id: strawberry.ID
    fields: list[str]
    purpose: str
    at: datetime


@strawberry.type(description="合作应用")
class PartnerClientInfo:
    client_id: str
    name: str
    scopes: list[str]
    active: bool
    created_at: datetime


@strawberry.type(description="新建或轮换后的合作应用密钥（只显示这一次）")
class PartnerClientSecret:
    client_id: str
    client_secret: str
    scopes: list[str]


@strawberry.type(description="角色授权")
class StaffRoleInfo:
    id: strawberry.ID
    role: str
    role_label: str
    scope: str = strawberry.field(description="role@kind:value，例如 window_clerk@center:12")


@strawberry.type(description="工作人员账号")
class StaffAccountInfo:
    id: strawberry.ID
    username: str
    display_name: str
    active: bool
    roles: list[StaffRoleInfo]
