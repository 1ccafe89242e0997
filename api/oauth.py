"""POST /oauth/token: OAuth 2.0 client-credentials grant (RFC 6749 §4.4) for partner apps.

Credentials come as HTTP Basic or as client_id/client_secret form fields; errors use the RFC's
error codes (invalid_request, invalid_client, unsupported_grant_type, invalid_scope), with a
Chinese description for the partner developer's support staff.
"""

from __future__ import annotations

import base64
from urllib.parse import parse_qs, unquote

from starlette.requests import Request
from starlette.responses import JSONResponse

from usecases.errors import UseCaseError
from usecases.partners.client_credentials import client_credentials_token

NO_STORE = {"Cache-Control": "no-store", "Pragma": "no-cache"}
RFC_ERROR = {"INVALID_CLIENT": ("invalid_client", 401), "CLIENT_DISABLED": ("invalid_client", 401),
             "INVALID_SCOPE": ("invalid_scope", 400)}


def _error(error: str, description: str, status: int = 400) -> JSONResponse:
    headers = dict(NO_STORE)
    if status == 401:
        headers["WWW-Authenticate"] = 'Basic realm="qianban"'
    return JSONResponse({"error": error, "error_description": description}, status_code=status, headers=headers)


def _basic(header: str) -> tuple[str, str] | None:
    scheme, _, value = header.partition(" ")
    if scheme.lower() != "basic":
        return None
    try:
        user, _, password = base64.b64decode(value.strip(), validate=True).decode().partition(":")
    except (ValueError, UnicodeDecodeError):
        return None
    return unquote(user), unquote(password)


async def token(request: Request) -> JSONResponse:
    if not request.headers.get("content-type", "").startswith("application/x-www-form-urlencoded"):
        return _error("invalid_request", "请求须为 application/x-www-form-urlencoded")
    body = await request.body()
    if len(body) > 4096:
        return _error("invalid_request", "请求过大")
    form = {k: v[0] for k, v in parse_qs(body.decode("utf-8", "replace")).items()}
    if form.get("grant_type") != "client_credentials":
        return _error("unsupported_grant_type", "仅支持 client_credentials")
    creds = _basic(request.headers.get("authorization", "")) or (form.get("client_id"), form.get("client_secret"))
    if not creds[0] or not creds[1]:
        return _error("invalid_client", "缺少客户端凭证", 401)
    scopes = form["scope"].split() if form.get("scope") else None
    try:
        access, expires_in, granted = await client_credentials_token(creds[0], creds[1], scopes)
    except UseCaseError as e:
        error, status = RFC_ERROR.get(e.code, ("invalid_request", 400))
        return _error(error, e.message, status)
    return JSONResponse({"access_token": access, "token_type": "Bearer", "expires_in": expires_in,
                         "scope": " ".join(granted)}, headers=NO_STORE)
