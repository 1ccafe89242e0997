"""The `qianban` command.

    qianban serve [--host H] [--port P] [--workers N]
    qianban migrate                 bring the database (DATABASE_URL) to the head migration
    qianban seed-demo               load the demo catalog (idempotent, prints progress)
    qianban export-schema [FILE]    write the GraphQL SDL (default schema.graphql)
    qianban make-migrations NAME    generate the next migration for SQLite and PostgreSQL
    qianban env-example             print .env.example from the documented settings
    qianban appointments-sweep      mark no-shows and record due reminders once (cron)
    qianban dev sms                 print the development SMS outbox (login codes)
"""

from __future__ import annotations

import argparse
import asyncio
import os
import sys
from pathlib import Path

from config.settings import ROOT, env_example, get_settings


def _serve(args) -> None:
    import uvicorn

    s = get_settings()
    uvicorn.run(
        "api.main:app",
        host=args.host or s.host,
        port=args.port or s.port,
        workers=args.workers or s.workers,
        log_level=s.log_level,
        proxy_headers=True,
    )


def _dev_sms(_args) -> None:
    from notifications.sms import read_outbox

    messages = read_outbox()
    if not messages:
        print("（开发短信发件箱为空）")
    for m in messages:
        print(f"{m['at']}  {m['phone']}  {m['text']}")


def _migrate(_args) -> None:
    from storage.migrations import migrate

    applied = asyncio.run(migrate(get_settings().database_url))
    print(f"已执行迁移：{', '.join(applied) if applied else '无（数据库已是最新）'}")


def _sweep(_args) -> None:
    from storage import lifecycle
    from usecases.appointments.sweep import sweep

    async def run():
        await lifecycle.connect()
        try:
            return await sweep()
        finally:
            await lifecycle.disconnect()

    print(asyncio.run(run()))


def _seed(_args) -> None:
    from storage import lifecycle
    from usecases.demo.seed_demo import seed_demo

    async def run():
        await lifecycle.connect()
        try:
            result = await seed_demo(progress=lambda m: print(m, flush=True))
        finally:
            await lifecycle.disconnect()
        print(f"完成：{result}")

    asyncio.run(run())


def _export_schema(args) -> None:
    from schema.root import schema

    target = Path(args.file or ROOT / "schema.graphql")
    target.write_text(schema.as_str() + "\n", encoding="utf-8")
    print(f"已写入 {target}")


def _make_migrations(args) -> None:
    import subprocess

    sqlite_url = f"sqlite://{ROOT / 'data' / 'makemigrations.sqlite3'}"
    pg_url = os.environ.get("POSTGRES_ADMIN_URL", "postgres://postgres@127.0.0.1:5432/postgres")
    # One process per dialect: aerich keeps the dialect in class state and Tortoise keeps the
    # first connection, so a second dialect in the same process would get the first one's SQL.
    for url in (sqlite_url, pg_url):
        subprocess.run([sys.executable, "-m", "cli.main", "_make-migration", url, args.name], cwd=ROOT, check=True)


def _make_one_migration(args) -> None:
    from storage.migrations import make_migrations

    print(args.url.split(":")[0], asyncio.run(make_migrations(args.url, args.name)) or "无变化")


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(prog="qianban", description="黔办 service command")
    sub = parser.add_subparsers(dest="command", required=True)
    p = sub.add_parser("serve", help="run the HTTP server")
    p.add_argument("--host")
    p.add_argument("--port", type=int)
    p.add_argument("--workers", type=int)
    p.set_defaults(func=_serve)
    sub.add_parser("migrate", help="apply migrations").set_defaults(func=_migrate)
    sub.add_parser("seed-demo", help="load the demo catalog").set_defaults(func=_seed)
    sub.add_parser("appointments-sweep", help="mark no-shows, record due reminders").set_defaults(func=_sweep)
    p = sub.add_parser("export-schema", help="write schema.graphql")
    p.add_argument("file", nargs="?")
    p.set_defaults(func=_export_schema)
    p = sub.add_parser("make-migrations", help="generate migrations for both dialects")
    p.add_argument("name")
    p.set_defaults(func=_make_migrations)
    p = sub.add_parser("_make-migration")  # internal: one dialect, see _make_migrations
    p.add_argument("url")
    p.add_argument("name")
    p.set_defaults(func=_make_one_migration)
    dev = sub.add_parser("dev", help="development helpers").add_subparsers(dest="dev_command", required=True)
    dev.add_parser("sms", help="print the development SMS outbox (login codes)").set_defaults(func=_dev_sms)
    sub.add_parser("env-example", help="print .env.example").set_defaults(func=lambda _a: print(env_example(), end=""))
    args = parser.parse_args(argv)
    args.func(args)


if __name__ == "__main__":
    sys.exit(main())
