"""Catalog benchmark. Prints `name value` lines:

  graphql_vs_plain_ratio   item-detail throughput via /graphql ÷ same data via a plain JSON route
  graphql_rps / plain_rps  the two throughputs (requests per second, one uvicorn worker)
  sql_per_page_10 / _50    SQL statements for a page of 10 / 50 items with full guides
  search_p50_ms / _p99_ms  searchServiceItems latency with the catalog scaled to 100,000 implementations

Usage: .venv/bin/python bench/catalog.py [--database sqlite|postgres] [--requests N] [--skip-scale]
Each run makes its own database (temp SQLite file, or a fresh PostgreSQL database it drops).
"""

from __future__ import annotations

import argparse
import asyncio
import os
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

DETAIL = """query($code: String!) { serviceItem(code: $code) {
  code name itemType level themes division { code name } department { name creditCode phone } version
  guide { conditions legalBasis { law article text } steps { name role timeLimitDays criteria }
    materials { name source eLicenceType form originals copies spec necessity blankForm sample fillNotes commonErrors acceptance }
    fee { charged basis standard waivers } legalLimit { days } committedLimit { days } visits onlineDepth scope caseKind
    faq { question answer } consultation { phone address online } complaint { phone address online } } } }"""

PAGE = """query($first: Int!) { serviceItems(first: $first) { totalCount edges { node {
  code name themes division { name } department { name } versions { number }
  guide { legalBasis { law } steps { name } materials { name commonErrors } fee { charged } faq { question } } } } } }"""

SEARCHES = ["办社保卡", "shebaoka", "sbk", "shebaoak", "结婚", "公积金提取", "营业执照", "护照", "低保", "jiashizheng",
            "失业金", "户口迁移", "hukou", "残疾人证", "法律援助", "创业贷款", "食品经营许可", "医保异地", "上学报名", "养老"]


def make_database(kind: str) -> tuple[str, callable]:
    from bench.databases import make_database as throwaway

    return throwaway(kind, "bench")


async def prepare(url: str) -> str:
    from storage import lifecycle, migrations
    from usecases.demo.seed_demo import seed_demo

    await migrations.migrate(url)
    await lifecycle.connect(url)
    await seed_demo(progress=None)
    from models import ItemImplementation

    code = (await ItemImplementation.filter(item__name="社会保障卡申领", level="county").first()).code
    return code


async def sql_per_page() -> dict[str, int]:
    import httpx

    from api.app import create_app
    from storage.sql_counter import count_sql

    app = create_app(manage_database=False)
    out = {}
    async with httpx.AsyncClient(transport=httpx.ASGITransport(app=app), base_url="http://bench") as c:
        for n in (10, 50):
            with count_sql() as statements:
                r = await c.post("/graphql", json={"query": PAGE, "variables": {"first": n}})
            assert len(r.json()["data"]["serviceItems"]["edges"]) == n
            out[f"sql_per_page_{n}"] = len(statements)
    return out


async def throughput(port: int, code: str, requests: int, concurrency: int = 16) -> tuple[float, float]:
    import httpx

    gql = {"query": DETAIL, "variables": {"code": code}}
    async with httpx.AsyncClient(base_url=f"http://127.0.0.1:{port}", timeout=30) as c:
        g = (await c.post("/graphql", json=gql)).json()["data"]["serviceItem"]
        p = (await c.get(f"/plain/items/{code}")).json()["item"]
        assert g["code"] == p["code"] == code and len(g["guide"]["materials"]) == len(p["guide"]["materials"])

        async def hammer(send) -> float:
            remaining = requests

            async def worker():
                nonlocal remaining
                while remaining > 0:
                    remaining -= 1
                    r = await send()
                    r.raise_for_status()

            await asyncio.gather(*[worker() for _ in range(20)])  # warm-up
            remaining = requests
            start = time.perf_counter()
            await asyncio.gather(*[worker() for _ in range(concurrency)])
            return requests / (time.perf_counter() - start)

        # Interleave the two to spread any drift of the machine over both.
        g1 = await hammer(lambda: c.post("/graphql", json=gql))
        p1 = await hammer(lambda: c.get(f"/plain/items/{code}"))
        g2 = await hammer(lambda: c.post("/graphql", json=gql))
        p2 = await hammer(lambda: c.get(f"/plain/items/{code}"))
    return (g1 + g2) / 2, (p1 + p2) / 2


def serve(url: str, port: int) -> subprocess.Popen:
    env = dict(os.environ, DATABASE_URL=url, QIANBAN_ENV="test", LOG_LEVEL="warning", PYTHONPATH=str(ROOT))
    proc = subprocess.Popen(
        [sys.executable, "-m", "uvicorn", "bench.plain_app:app", "--port", str(port), "--log-level", "warning",
         "--no-access-log"], cwd=ROOT, env=env)
    import httpx

    for _ in range(100):
        try:
            if httpx.get(f"http://127.0.0.1:{port}/healthz").status_code == 200:
                return proc
        except httpx.HTTPError:
            time.sleep(0.1)
    proc.kill()
    raise RuntimeError("bench server did not start")


async def run_search(scale: bool) -> dict[str, float]:
    from bench.search_scale import measure, scale_catalog

    if scale:
        await scale_catalog(100_000)
    result = await measure(SEARCHES, rounds=10)
    from models import ItemImplementation

    result["implementations"] = await ItemImplementation.all().count()
    return result


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--database", choices=["sqlite", "postgres"], default="sqlite")
    ap.add_argument("--requests", type=int, default=1500)
    ap.add_argument("--port", type=int, default=8765)
    ap.add_argument("--skip-scale", action="store_true", help="search the demo catalog only (quick)")
    args = ap.parse_args()
    os.environ["QIANBAN_ENV"] = "test"
    os.environ.setdefault("LOG_LEVEL", "warning")
    url, drop = make_database(args.database)
    os.environ["DATABASE_URL"] = url
    try:
        async def phase1():
            from storage import lifecycle

            code = await prepare(url)
            pages = await sql_per_page()
            await lifecycle.disconnect()
            return code, pages

        code, pages = asyncio.run(phase1())
        server = serve(url, args.port)
        try:
            g, p = asyncio.run(throughput(args.port, code, args.requests))
        finally:
            server.terminate()
            server.wait()

        async def phase2():
            from storage import lifecycle

            await lifecycle.connect(url)
            try:
                return await run_search(scale=not args.skip_scale)
            finally:
                await lifecycle.disconnect()

        s = asyncio.run(phase2())
        print(f"database {args.database}")
        print(f"graphql_rps {g:.0f}")
        print(f"plain_rps {p:.0f}")
        print(f"graphql_vs_plain_ratio {g / p:.2f}")
        for k, v in pages.items():
            print(f"{k} {v}")
        print(f"search_implementations {s['implementations']}")
        print(f"search_p50_ms {s['p50_ms']:.2f}")
        print(f"search_p99_ms {s['p99_ms']:.2f}")
    finally:
        drop()


if __name__ == "__main__":
    main()
