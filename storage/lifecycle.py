"""Open and close the ORM for one process (server worker, CLI command or test)."""

from __future__ import annotations

from tortoise import Tortoise, connections

from config.database import tortoise_config
from config.settings import get_settings


async def connect(url: str | None = None, *, create: bool = False) -> None:
    # Global fallback: the server's lifespan (and pytest's session fixture) runs in another
    # task than the requests, and Tortoise 1.x otherwise keeps its state per task context.
    await Tortoise.init(config=tortoise_config(get_settings(), url=url), _create_db=create,
                        _enable_global_fallback=True)


def is_connected() -> bool:
    from tortoise.context import get_current_context

    return get_current_context() is not None


async def disconnect() -> None:
    await Tortoise.close_connections()


def connection():
    return connections.get("default")


def dialect() -> str:
    return connection().schema_generator.DIALECT
