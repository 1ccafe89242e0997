"""Staff queries and mutations."""

from __future__ import annotations

from typing import Annotated

import strawberry

from auth.rules import PersonalDataReader, ProvincialAdmin, Supervisor
from resolvers import staff as r
from schema.common import UserError
from schema.staff.types import CitizenRecord, PartnerClientInfo, PartnerClientSecret, PersonalDataRead

SecretResult = Annotated[PartnerClientSecret | UserError, strawberry.union("PartnerClientSecretResult")]
ClientResult = Annotated[PartnerClientInfo | UserError, strawberry.union("PartnerClientResult")]


@strawberry.type
class StaffQuery:
    citizen_by_id_number: CitizenRecord | None = strawberry.field(
        resolver=r.citizen_by_id_number, permission_classes=[PersonalDataReader],
        description="窗口按身份证号查找群众（帮办代办）；每次读取个人信息都记入审计")
    personal_data_reads: list[PersonalDataRead] = strawberry.field(
        resolver=r.personal_data_reads, permission_classes=[Supervisor], description="工作人员读取群众个人信息的审计记录")
    partner_clients: list[PartnerClientInfo] = strawberry.field(
        resolver=r.partner_clients, permission_classes=[ProvincialAdmin], description="合作应用列表")


@strawberry.type
class StaffMutation:
    create_partner_client: SecretResult = strawberry.mutation(
        resolver=r.create_partner_client, permission_classes=[ProvincialAdmin], description="登记合作应用（密钥只显示一次）")
    rotate_partner_client_secret: SecretResult = strawberry.mutation(
        resolver=r.rotate_partner_client_secret, permission_classes=[ProvincialAdmin], description="轮换合作应用密钥")
    disable_partner_client: ClientResult = strawberry.mutation(
        resolver=r.disable_partner_client, permission_classes=[ProvincialAdmin], description="停用合作应用（已签发的令牌立即失效）")
