"""Staff resolvers: audited citizen look-up, the audit trail, partner-client administration."""

from __future__ import annotations

import strawberry

from auth.visibility import audit_staff_filter
from models import PartnerClient
from schema.common import UserError
from schema.staff.types import CitizenRecord, PartnerClientInfo, PartnerClientSecret, PersonalDataRead
from usecases.audit.citizen_lookup import find_citizen, reads
from usecases.catalog.browse import check_page_size
from usecases.errors import UseCaseError
from usecases.partners.create_client import create_client
from usecases.partners.disable_client import disable_client
from usecases.partners.rotate_secret import rotate_secret
from resolvers.errors import query_errors


@query_errors
async def citizen_by_id_number(info: strawberry.Info, id_number: str) -> CitizenRecord | None:
    citizen = await find_citizen(info.context["viewer"].staff_id, id_number)
    return CitizenRecord(citizen=citizen) if citizen else None


@query_errors
async def personal_data_reads(info: strawberry.Info, first: int = 50, staff_id: strawberry.ID | None = None,
                              citizen_id: strawberry.ID | None = None) -> list[PersonalDataRead]:
    rows = await reads(check_page_size(first), int(staff_id) if staff_id and str(staff_id).isdigit() else None,
                       int(citizen_id) if citizen_id and str(citizen_id).isdigit() else None,
                       await audit_staff_filter(info.context["viewer"]))
    return [PersonalDataRead(staff_username=r.staff.username, citizen_id=strawberry.ID(str(r.citizen_id)),
                             fields=r.fields_read, purpose=r.purpose, at=r.at) for r in rows]


def _info(c: PartnerClient) -> PartnerClientInfo:
    return PartnerClientInfo(client_id=c.client_id, name=c.name, scopes=c.scopes, active=c.active, created_at=c.created_at)


async def partner_clients() -> list[PartnerClientInfo]:
    return [_info(c) for c in await PartnerClient.all().order_by("id")]


async def create_partner_client(info: strawberry.Info, name: str, scopes: list[str]) -> PartnerClientSecret | UserError:
    try:
        client, secret = await create_client(name, scopes, info.context["viewer"].actor)
    except UseCaseError as e:
        return UserError.from_error(e)
    return PartnerClientSecret(client_id=client.client_id, client_secret=secret, scopes=client.scopes)


async def rotate_partner_client_secret(info: strawberry.Info, client_id: str) -> PartnerClientSecret | UserError:
    try:
        secret = await rotate_secret(client_id, info.context["viewer"].actor)
    except UseCaseError as e:
        return UserError.from_error(e)
    client = await PartnerClient.get(client_id=client_id)
    return PartnerClientSecret(client_id=client_id, client_secret=secret, scopes=client.scopes)


async def disable_partner_client(info: strawberry.Info, client_id: str) -> PartnerClientInfo | UserError:
    try:
        client = await disable_client(client_id, info.context["viewer"].actor)
    except UseCaseError as e:
        return UserError.from_error(e)
    return _info(client)
