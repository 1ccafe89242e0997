"""aerich migrations, one history per SQL dialect (migrations/sqlite, migrations/postgres).

aerich writes dialect-specific SQL, so one folder cannot serve both databases. `make_migrations`
generates the next step for both dialects from the same models; `pending_model_changes` is what
the drift test uses to fail when a model changed without a migration.
"""

from __future__ import annotations

import shutil
import tempfile
from pathlib import Path

from aerich import Command
from aerich.migrate import Migrate
from aerich.models import Aerich
from tortoise import Tortoise
from tortoise.exceptions import OperationalError

from config.database import dialect_of, migrations_location, tortoise_config
from config.settings import ROOT, get_settings

APP = "models"


def _command(url: str, location: str | None = None) -> Command:
    return Command(tortoise_config(get_settings(), url=url), app=APP, location=location or migrations_location(url))


async def migrate(url: str) -> list[str]:
    """Bring the database at `url` to the head migration; returns the versions applied."""
    cmd = _command(url)
    config = tortoise_config(get_settings(), url=url)
    await Tortoise.init(config=config, _create_db=False)
    try:
        try:
            initialised = await Aerich.exists(app=APP)
        except OperationalError:
            initialised = False
        except Exception as exc:  # asyncpg: undefined table
            if "does not exist" not in str(exc):
                raise
            initialised = False
        if not initialised:
            await Tortoise.close_connections()
            await cmd.init_db(safe=True)
            return [p.name for p in sorted(Path(cmd.location, APP).glob("*.py"))]
        await cmd.init()
        return await cmd.upgrade(run_in_transaction=True)
    finally:
        await Tortoise.close_connections()


async def pending(url: str) -> list[str]:
    """Migration files not yet applied (empty when the database is at head)."""
    try:
        applied = set(await Aerich.filter(app=APP).values_list("version", flat=True))
    except Exception:
        applied = set()
    files = sorted(p.name for p in Path(migrations_location(url), APP).glob("*.py") if p.name[0].isdigit())
    return [f for f in files if f not in applied]


async def pending_model_changes(url: str) -> str:
    """Diff between the models and the last migration of url's dialect ("" when none).

    Works on a scratch copy of the migration folder, so checking never writes a file.
    """
    from aerich._compat import is_tortoise_inited

    src = Path(migrations_location(url))
    owns_connection = not is_tortoise_inited()  # a running app or test session keeps its own
    with tempfile.TemporaryDirectory() as tmp:
        dst = Path(tmp, dialect_of(url))
        shutil.copytree(src, dst)
        cmd = _command(url, location=str(dst))
        await cmd.init(offline=True)
        try:
            name = await Migrate.migrate("drift", empty=False, no_input=True, offline=True)
            if not name:
                return ""
            return Path(dst, APP, name).read_text(encoding="utf-8")
        finally:
            if owns_connection:
                await Tortoise.close_connections()


async def make_migrations(url: str, name: str) -> str | None:
    """Generate the next migration for url's dialect from the current models."""
    location = migrations_location(url)
    folder = Path(location, APP)
    cmd = _command(url)
    if not folder.exists() or not any(folder.glob("*.py")):
        folder.mkdir(parents=True, exist_ok=True)
        await cmd.init_migrations(safe=True)
        await Tortoise.close_connections()
        return "initial"
    await cmd.init(offline=True)
    try:
        return await Migrate.migrate(name, empty=False, no_input=True, offline=True)
    finally:
        await Tortoise.close_connections()


__all__ = ["ROOT", "make_migrations", "migrate", "pending", "pending_model_changes"]
