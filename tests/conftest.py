"""Test database per run: SQLite in a temp folder, or a fresh PostgreSQL database.

Set TEST_DATABASE=postgres to run the suite on PostgreSQL (POSTGRES_ADMIN_URL, default
postgres://postgres@127.0.0.1:5432/postgres). Each run creates its own database, migrates it
with the committed migrations, loads the demo catalog once, and drops everything at the end,
so no run depends on what an earlier one left.
"""

from __future__ import annotations

import itertools
import os
import tempfile
import uuid

import pytest

os.environ.setdefault("QIANBAN_ENV", "test")

from config.database import dialect_of  # noqa: E402
from storage import lifecycle, migrations  # noqa: E402


def _test_url() -> tuple[str, callable]:
    if os.environ.get("TEST_DATABASE", "sqlite") == "postgres":
        import asyncpg

        admin = os.environ.get("POSTGRES_ADMIN_URL", "postgres://postgres@127.0.0.1:5432/postgres")
        name = f"qianban_test_{uuid.uuid4().hex[:12]}"
        base = admin.rsplit("/", 1)[0]

        async def create():
            c = await asyncpg.connect(admin)
            await c.execute(f'CREATE DATABASE "{name}"')
            await c.close()

        async def drop():
            c = await asyncpg.connect(admin)
            await c.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')
            await c.close()

        return f"{base}/{name}", (create, drop)
    folder = tempfile.mkdtemp(prefix="qianban-test-")

    async def nothing():
        return None

    return f"sqlite://{folder}/test.sqlite3", (nothing, nothing)


@pytest.fixture(scope="session")
async def database_url():
    url, (create, drop) = _test_url()
    await create()
    os.environ["DATABASE_URL"] = url
    from config.settings import get_settings

    get_settings.cache_clear()
    await migrations.migrate(url)
    await lifecycle.connect(url)
    from usecases.demo.seed_demo import seed_demo

    await seed_demo(progress=None)
    yield url
    await lifecycle.disconnect()
    await drop()


@pytest.fixture(scope="session")
def dialect(database_url) -> str:
    return dialect_of(database_url)


@pytest.fixture
async def db(database_url):
    """The migrated, demo-seeded test database (shared by the run; tests create their own rows)."""
    yield database_url


@pytest.fixture(scope="session")
def app(database_url):
    from api.app import create_app

    return create_app(manage_database=False)


_ADDRESSES = itertools.count(1)  # one client address per test (see `client`)


@pytest.fixture
async def client(app, db):
    import httpx

    # Each test calls from its own address, as separate citizens do: per-address limits (login
    # codes) then depend on what this test does, never on how many tests ran before it.
    n = next(_ADDRESSES)
    address = f"10.{n // 65536 % 256}.{n // 256 % 256}.{n % 256}"
    transport = httpx.ASGITransport(app=app, client=(address, 50000))
    async with httpx.AsyncClient(transport=transport, base_url="http://testserver") as c:
        c.peer_address = address
        yield c


_STAFF_TOKENS: dict[str, str] = {}


async def staff_token(username: str) -> str:
    """An access token of a demo staff member (signed in once per test run)."""
    if username not in _STAFF_TOKENS:
        from usecases.demo.staff import DEMO_STAFF_PASSWORD
        from usecases.staff.sign_in import staff_sign_in

        _STAFF_TOKENS[username] = (await staff_sign_in(username, DEMO_STAFF_PASSWORD, "pytest")).access_token
    return _STAFF_TOKENS[username]


@pytest.fixture
def gql(client):
    """`await gql(query, variables=None, token=None)` → the decoded GraphQL response.

    `token="staff:<username>"` signs in that demo staff member first.
    """

    async def run(query: str, variables: dict | None = None, token: str | None = None) -> dict:
        if token and token.startswith("staff:"):
            token = await staff_token(token.removeprefix("staff:"))
        headers = {"authorization": f"Bearer {token}"} if token else {}
        r = await client.post("/graphql", json={"query": query, "variables": variables or {}}, headers=headers)
        assert r.status_code in (200, 400), r.text
        return r.json()

    return run
