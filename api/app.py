"""The ASGI application: routes, middleware and the database lifecycle."""

from __future__ import annotations

import asyncio
import contextlib
import logging

from starlette.applications import Starlette
from starlette.middleware import Middleware
from starlette.routing import Route, WebSocketRoute

from api.graphql_app import graphql_app
from api.guides import guide_page
from api.health import healthz, readyz
from api.jwks import jwks
from api.oauth import token
from api.middleware import RequestId
from auth.keys import check_key_settings
from config.settings import get_settings
from storage import lifecycle


async def _sweep_forever(every: int) -> None:
    """No-shows and due reminders, in every worker: the sweep's guarded updates make
    concurrent sweeps harmless."""
    from usecases.appointments.sweep import sweep

    log = logging.getLogger("qianban.sweep")
    while True:
        await asyncio.sleep(every)
        try:
            done = await sweep()
            if any(done.values()):
                log.info("appointment sweep: %s", done)
        except Exception:  # a failed sweep must not stop the next one
            log.exception("appointment sweep failed")


def create_app(manage_database: bool = True) -> Starlette:
    """`manage_database=False` when the caller (tests, benches) already opened the ORM."""
    settings = get_settings()
    check_key_settings(settings)  # production without keys refuses to start, not on first request
    logging.basicConfig(level=settings.log_level.upper(), format="%(asctime)s %(levelname)s %(name)s %(message)s")

    @contextlib.asynccontextmanager
    async def lifespan(app):
        opened = manage_database and not lifecycle.is_connected()
        if opened:
            await lifecycle.connect()
        sweeper = None
        if manage_database and settings.appointment_sweep_seconds > 0:
            sweeper = asyncio.create_task(_sweep_forever(settings.appointment_sweep_seconds))
        try:
            yield
        finally:
            if sweeper is not None:
                sweeper.cancel()
                with contextlib.suppress(asyncio.CancelledError):
                    await sweeper
            if opened:
                await lifecycle.disconnect()

    gql = graphql_app()
    routes = [
        Route("/healthz", healthz, methods=["GET"]),
        Route("/readyz", readyz, methods=["GET"]),
        Route("/graphql", gql, methods=["GET", "POST"]),
        WebSocketRoute("/graphql", gql),
        Route("/guides/{code}", guide_page, methods=["GET"]),
        Route("/.well-known/jwks.json", jwks, methods=["GET"]),
        Route("/oauth/token", token, methods=["POST"]),
    ]
    return Starlette(routes=routes, middleware=[Middleware(RequestId)], lifespan=lifespan)
