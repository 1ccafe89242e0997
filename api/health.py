"""Liveness and readiness probes (described in openapi/openapi.yaml)."""

from __future__ import annotations

from starlette.requests import Request
from starlette.responses import JSONResponse

from config.settings import get_settings
from storage import lifecycle, migrations


async def healthz(request: Request) -> JSONResponse:
    return JSONResponse({"status": "ok"})


async def readyz(request: Request) -> JSONResponse:
    try:
        await lifecycle.connection().execute_query("SELECT 1")
    except Exception:
        return JSONResponse({"status": "unavailable", "database": "unreachable"}, status_code=503)
    waiting = await migrations.pending(get_settings().database_url)
    if waiting:
        return JSONResponse({"status": "unavailable", "database": "ok", "pendingMigrations": waiting}, status_code=503)
    return JSONResponse({"status": "ok", "database": "ok", "pendingMigrations": []})
