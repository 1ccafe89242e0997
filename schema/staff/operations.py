"""Staff queries and mutations."""

from __future__ import annotations

from typing import Annotated

import strawberry

from auth.rules import IsStaff, PersonalDataReader, ProvincialAdmin, Supervisor
from resolvers import staff as r
from resolvers import staff_admin as ra
from schema.common import UserError
from schema.staff.types import CitizenRecord, PartnerClientInfo, PartnerClientSecret, PersonalDataRead, StaffAccountInfo

SecretResult = Annotated[PartnerClientSecret | UserError, strawberry.union("PartnerClientSecretResult")]
StaffResult = Annotated[StaffAccountInfo | UserError, strawberry.union("StaffAccountResult")]
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
    create_staff_account: StaffResult = strawberry.mutation(
        resolver=ra.create_staff_account, permission_classes=[ProvincialAdmin], description="新建工作人员账号")
    assign_staff_role: StaffResult = strawberry.mutation(
        resolver=ra.assign_staff_role, permission_classes=[ProvincialAdmin],
        description="授予角色（窗口、部门审批、中心管理、监督、省级管理），须指定对应范围")
    deactivate_staff_account: StaffResult = strawberry.mutation(
        resolver=ra.deactivate_staff_account, permission_classes=[ProvincialAdmin], description="停用工作人员账号（立即退出所有设备）")
    change_my_password: StaffResult = strawberry.mutation(
        resolver=ra.change_my_password, permission_classes=[IsStaff], description="工作人员修改自己的密码")
