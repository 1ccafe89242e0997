"""Throwaway databases for the benchmarks: a temp SQLite file, or a fresh PostgreSQL database
(POSTGRES_ADMIN_URL, default postgres://postgres@127.0.0.1:5432/postgres) that is dropped after."""

from __future__ import annotations

import asyncio
import os
import shutil
import tempfile
import uuid
from collections.abc import Callable


def make_database(kind: str, prefix: str = "bench") -> tuple[str, Callable[[], None]]:
    """(database URL, function that removes it)."""
    if kind == "postgres":
        import asyncpg

        admin = os.environ.get("POSTGRES_ADMIN_URL", "postgres://postgres@127.0.0.1:5432/postgres")
        name = f"qianban_{prefix}_{uuid.uuid4().hex[:10]}"

        async def run(sql: str) -> None:
            c = await asyncpg.connect(admin)
            try:
                await c.execute(sql)
            finally:
                await c.close()

        asyncio.run(run(f'CREATE DATABASE "{name}"'))
        # WITH (FORCE) ends any connection a killed server worker may have left behind.
        url = admin.rsplit("/", 1)[0] + "/" + name
        return url, lambda: asyncio.run(run(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)'))
    folder = tempfile.mkdtemp(prefix=f"qianban-{prefix}-")
    return f"sqlite://{folder}/{prefix}.sqlite3", lambda: shutil.rmtree(folder, ignore_errors=True)
