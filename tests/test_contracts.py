"""Committed contracts stay true: schema.graphql, openapi/openapi.yaml and the migrations."""

from __future__ import annotations

from pathlib import Path

import yaml
from openapi_spec_validator import validate
from starlette.routing import Route

ROOT = Path(__file__).resolve().parents[1]


def test_schema_graphql_matches_the_code():
    from schema.root import schema

    committed = (ROOT / "schema.graphql").read_text(encoding="utf-8")
    assert committed == schema.as_str() + "\n", "schema.graphql drifted: run `qianban export-schema`"


def test_openapi_is_valid_and_matches_the_routes(app):
    spec = yaml.safe_load((ROOT / "openapi" / "openapi.yaml").read_text(encoding="utf-8"))
    validate(spec)
    documented = {(path, method.upper()) for path, ops in spec["paths"].items() for method in ops}
    served = {(r.path, m) for r in app.routes if isinstance(r, Route) for m in (r.methods or []) if m != "HEAD"}
    assert documented == served


async def test_migrations_cover_the_models(database_url):
    """Fails when a model changed without a migration for this database's dialect."""
    from storage.migrations import pending_model_changes

    assert await pending_model_changes(database_url) == ""


async def test_database_is_at_head(client):
    r = await client.get("/readyz")
    assert r.status_code == 200 and r.json() == {"status": "ok", "database": "ok", "pendingMigrations": []}
    assert (await client.get("/healthz")).json() == {"status": "ok"}
