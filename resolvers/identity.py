"""Identity resolvers: sign-in, sessions, real-name verification, `me`."""

from __future__ import annotations

import strawberry

from models import Citizen
from schema.common import UserError
from schema.identity.types import AuthTokens, LoginCodeSent, Me, SignedOut
from usecases.errors import UseCaseError
from usecases.identity.refresh_session import refresh_session as refresh_use_case
from usecases.identity.request_login_code import request_login_code as request_use_case
from usecases.identity.sessions import Tokens
from usecases.identity.sign_in import sign_in as sign_in_use_case
from usecases.identity.sign_out import sign_out as sign_out_use_case
from usecases.identity.sign_out import sign_out_everywhere as everywhere_use_case
from usecases.identity.verify_real_name import verify_real_name as verify_use_case
from usecases.staff.refresh_session import refresh_staff_session
from usecases.staff.sign_in import staff_sign_in as staff_sign_in_use_case
from usecases.staff.sign_out import staff_sign_out, staff_sign_out_everywhere
from usecases.identity.refresh_session import is_staff_refresh_token


def _tokens(t: Tokens) -> AuthTokens:
    return AuthTokens(access_token=t.access_token, refresh_token=t.refresh_token, token_type="Bearer",
                      expires_in_seconds=t.expires_in_seconds)


def _client_address(info: strawberry.Info) -> str:
    request = info.context.get("request")
    return request.client.host if request is not None and request.client else "-"


async def request_login_code(info: strawberry.Info, phone: str) -> LoginCodeSent | UserError:
    try:
        sent = await request_use_case(phone, _client_address(info))
    except UseCaseError as e:
        return UserError.from_error(e)
    return LoginCodeSent(expires_in_seconds=sent.expires_in_seconds, retry_after_seconds=sent.retry_after_seconds)


async def sign_in(phone: str, code: str, device: str = "") -> AuthTokens | UserError:
    try:
        return _tokens(await sign_in_use_case(phone, code, device))
    except UseCaseError as e:
        return UserError.from_error(e)


async def staff_sign_in(username: str, password: str, device: str = "") -> AuthTokens | UserError:
    try:
        return _tokens(await staff_sign_in_use_case(username, password, device))
    except UseCaseError as e:
        return UserError.from_error(e)


async def refresh_session(refresh_token: str) -> AuthTokens | UserError:
    try:
        staff = await is_staff_refresh_token(refresh_token)
        use_case = refresh_staff_session if staff else refresh_use_case
        return _tokens(await use_case(refresh_token))
    except UseCaseError as e:
        return UserError.from_error(e)


async def sign_out(info: strawberry.Info) -> SignedOut:
    v = info.context["viewer"]
    if v.is_staff:
        return SignedOut(sessions_ended=await staff_sign_out(v.staff_id, v.session_id))
    return SignedOut(sessions_ended=await sign_out_use_case(v.citizen_id, v.session_id))


async def sign_out_everywhere(info: strawberry.Info) -> SignedOut:
    v = info.context["viewer"]
    if v.is_staff:
        return SignedOut(sessions_ended=await staff_sign_out_everywhere(v.staff_id))
    return SignedOut(sessions_ended=await everywhere_use_case(v.citizen_id))


async def verify_real_name(info: strawberry.Info, name: str, id_number: str) -> Me | UserError:
    v = info.context["viewer"]
    try:
        citizen = await verify_use_case(v.citizen_id, name, id_number)
    except UseCaseError as e:
        return UserError.from_error(e)
    return Me(citizen=citizen, current_session=v.session_id)


async def me(info: strawberry.Info) -> Me:
    v = info.context["viewer"]
    return Me(citizen=await Citizen.get(id=v.citizen_id), current_session=v.session_id)
