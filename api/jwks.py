"""GET /.well-known/jwks.json: the public keys that verify Qianban's access tokens."""

from __future__ import annotations

from starlette.requests import Request
from starlette.responses import JSONResponse

from auth.keys import get_signing_keys


async def jwks(request: Request) -> JSONResponse:
    return JSONResponse(get_signing_keys().jwks(), headers={"Cache-Control": "public, max-age=300"})
