"""Tortoise configuration for both dialects.

Migrations are SQL, so each dialect keeps its own aerich history: migrations/sqlite and
migrations/postgres. `qianban migrate` picks the folder from DATABASE_URL.
"""

from __future__ import annotations

from urllib.parse import urlparse

from config.settings import ROOT, Settings, get_settings

MODEL_MODULES = ["models", "aerich.models"]


def tortoise_config(settings: Settings | None = None, url: str | None = None) -> dict:
    settings = settings or get_settings()
    url = url or settings.database_url
    if url.startswith(("postgres://", "postgresql://")):
        p = urlparse(url)
        connection = {
            "engine": "tortoise.backends.asyncpg",
            "credentials": {
                "host": p.hostname or "127.0.0.1",
                "port": p.port or 5432,
                "user": p.username or "postgres",
                "password": p.password or "",
                "database": p.path.lstrip("/"),
                "minsize": 1,
                "maxsize": settings.database_pool_max,
            },
        }
    else:
        path = url.removeprefix("sqlite://")
        if path != ":memory:":
            from pathlib import Path

            Path(path).parent.mkdir(parents=True, exist_ok=True)
        connection = {
            "engine": "tortoise.backends.sqlite",
            "credentials": {"file_path": path, "journal_mode": "WAL", "foreign_keys": "ON"},
        }
    return {
        "connections": {"default": connection},
        "apps": {"models": {"models": MODEL_MODULES, "default_connection": "default"}},
        "use_tz": True,
        "timezone": "Asia/Shanghai",
    }


def dialect_of(url: str) -> str:
    return "postgres" if url.startswith(("postgres://", "postgresql://")) else "sqlite"


def migrations_location(url: str) -> str:
    return str(ROOT / "migrations" / dialect_of(url))


# aerich's CLI entry point (pyproject [tool.tortoise]); the `qianban` command is preferred.
TORTOISE_ORM = tortoise_config()
