"""All configuration, read once from the environment.

Every variable the service reads is declared here with its default and meaning, so this file
(and `.env.example`, generated from it) is the single place to learn how to configure Qianban.
Secrets are wrapped in `Secret` so they never show up in a repr, a traceback or a log line.
"""

from __future__ import annotations

import os
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


class Secret:
    """A string that hides itself from repr/str (as starlette.config.Secret does)."""

    def __init__(self, value: str) -> None:
        self._value = value

    def __repr__(self) -> str:
        return "Secret('**********')"

    __str__ = __repr__

    def reveal(self) -> str:
        return self._value


@dataclass(frozen=True)
class Var:
    name: str
    default: str
    doc: str
    secret: bool = False


# The documented variables. `.env.example` is rendered from this list (`qianban env-example`).
VARIABLES: tuple[Var, ...] = (
    Var("QIANBAN_ENV", "development", "development | test | production. GraphiQL and dev-only "
        "conveniences are on only in development."),
    Var("DATABASE_URL", "", "Database URL. Empty → SQLite file data/qianban.sqlite3 (WAL). "
        "postgres://user:pass@host:5432/db selects PostgreSQL (asyncpg)."),
    Var("DATABASE_POOL_MAX", "10", "PostgreSQL pool size per worker process."),
    Var("EVENT_BUS_URL", "", "Empty → in-process event bus (one process). redis://host:6379/0 → "
        "Redis pub/sub, so every worker process learns of new events."),
    Var("HOST", "127.0.0.1", "Address `qianban serve` binds to."),
    Var("PORT", "8000", "Port `qianban serve` listens on."),
    Var("WORKERS", "1", "uvicorn worker processes (use several with PostgreSQL)."),
    Var("LOG_LEVEL", "info", "Python log level."),
    Var("GRAPHQL_MAX_DEPTH", "12", "Maximum query depth."),
    Var("GRAPHQL_MAX_ALIASES", "30", "Maximum aliases in one document."),
    Var("GRAPHQL_MAX_TOKENS", "3000", "Maximum lexer tokens in one document."),
    Var("GRAPHQL_CACHE_SIZE", "512", "Entries in the parser and validation caches (bounded)."),
    Var("PUBLIC_BASE_URL", "", "Base URL used in links (guides, JSON-LD @id). Empty → "
        "http://HOST:PORT."),
    Var("SECRET_KEY", "dev-insecure-change-me", "Key material for signing/encryption in dev; "
        "production refuses the default.", secret=True),
    Var("DATA_KEYS", "", "AES-256-GCM keys that seal personal data at rest (ID numbers, names): "
        "`kid:base64key,kid2:base64key`, each key 32 random bytes in base64, kid of letters, "
        "digits, _ or -; the first is current (new data), the others still decrypt (rotation). "
        "Empty → development and test derive a dev key from SECRET_KEY; production refuses "
        "to build the cipher. New key: `python -m auth.crypto`.", secret=True),
    Var("LOOKUP_KEY", "", "HMAC-SHA256 key (32 random bytes, base64) for blind indexes: equality "
        "look-ups such as finding an account by ID number without decrypting. Changing it "
        "means re-indexing every row. Empty → development and test derive one from SECRET_KEY; "
        "production refuses.", secret=True),
    Var("JWT_SIGNING_KEYS", "", "ES256 (EC P-256) private keys that sign access tokens: "
        "`kid=SOURCE;kid2=SOURCE`, SOURCE a path to a PKCS#8 or SEC1 PEM file (relative to the "
        "project root) or the PEM itself (literal \\n allowed for one-line values). The first "
        "is current; the others still verify and stay in /.well-known/jwks.json until removed. "
        "Empty → development and test derive a dev key from SECRET_KEY; production refuses. "
        "New key: `python -m auth.keys`.", secret=True),
    Var("TEST_PHONES", "", "QA test phones with fixed SMS codes, `PHONE:CODE,PHONE:CODE` (no SMS is sent "
        "to them). Empty → development and test enable 13800138000 and 13800138001 with 246810; "
        "production refuses to start when this is set. `none` disables them anywhere."),
    Var("MAX_ACTIVE_BOOKINGS", "3", "Active (not yet served or cancelled) appointments one person may hold."),
    Var("NO_SHOW_GRACE_MINUTES", "15", "Minutes after a slot ends before an appointment not checked in is a no-show."),
    Var("NO_SHOW_LIMIT", "3", "No-shows within NO_SHOW_WINDOW_DAYS that suspend booking."),
    Var("NO_SHOW_WINDOW_DAYS", "90", "Days over which no-shows are counted."),
    Var("NO_SHOW_RESTRICTION_DAYS", "30", "Days booking stays suspended after reaching the no-show limit."),
    Var("CHECK_IN_EARLY_MINUTES", "60", "How long before its slot an appointment may be checked in."),
    Var("QUEUE_SERVICE_MINUTES", "10", "Assumed minutes per ticket for wait estimates until a day has served tickets."),
    Var("TICKET_MAX_CALLS", "3", "Calls without answer after which a ticket is missed (过号)."),
    Var("HOME_VISIT_MIN_AGE", "70", "Age (from the verified ID number) from which a home visit may be requested."),
    Var("APPOINTMENT_SWEEP_SECONDS", "60", "How often each server process marks no-shows and fires due reminders "
        "(0 = never; `qianban appointments-sweep` does it once)."),
    Var("JWT_ISSUER", "qianban", "`iss` of the tokens this service issues and accepts."),
    Var("JWT_LEEWAY_SECONDS", "30", "Seconds of clock skew allowed when checking exp, nbf and iat (0–300)."),
)


def _env(name: str) -> str:
    var = next(v for v in VARIABLES if v.name == name)
    return os.environ.get(name, var.default)


@dataclass(frozen=True)
class Settings:
    env: str
    database_url: str
    database_pool_max: int
    event_bus_url: str
    host: str
    port: int
    workers: int
    log_level: str
    graphql_max_depth: int
    graphql_max_aliases: int
    graphql_max_tokens: int
    graphql_cache_size: int
    public_base_url: str
    secret_key: Secret = field(repr=True)
    data_keys: Secret = field(default_factory=lambda: Secret(""))
    lookup_key: Secret = field(default_factory=lambda: Secret(""))
    jwt_signing_keys: Secret = field(default_factory=lambda: Secret(""))
    jwt_issuer: str = "qianban"
    jwt_leeway_seconds: int = 30
    test_phones: str = ""
    max_active_bookings: int = 3
    no_show_grace_minutes: int = 15
    no_show_limit: int = 3
    no_show_window_days: int = 90
    no_show_restriction_days: int = 30
    check_in_early_minutes: int = 60
    queue_service_minutes: int = 10
    ticket_max_calls: int = 3
    home_visit_min_age: int = 70
    appointment_sweep_seconds: int = 60

    @property
    def debug(self) -> bool:
        return self.env == "development"

    @property
    def dialect(self) -> str:
        return "postgres" if self.database_url.startswith(("postgres://", "postgresql://")) else "sqlite"


def default_sqlite_url() -> str:
    return f"sqlite://{ROOT / 'data' / 'qianban.sqlite3'}"


def load() -> Settings:
    env = _env("QIANBAN_ENV")
    if env not in ("development", "test", "production"):
        raise ValueError(f"QIANBAN_ENV must be development, test or production, not {env!r}")
    secret = _env("SECRET_KEY")
    if env == "production" and secret == next(v.default for v in VARIABLES if v.name == "SECRET_KEY"):
        raise ValueError("SECRET_KEY must be set in production")
    test_phones = _env("TEST_PHONES").strip()
    if env == "production" and test_phones and test_phones != "none":
        raise ValueError("TEST_PHONES must not be set in production")
    if test_phones == "none" or env == "production":
        test_phones = ""
    elif not test_phones:
        test_phones = "13800138000:246810,13800138001:246810"
    return Settings(
        env=env,
        database_url=_env("DATABASE_URL") or default_sqlite_url(),
        database_pool_max=int(_env("DATABASE_POOL_MAX")),
        event_bus_url=_env("EVENT_BUS_URL"),
        host=_env("HOST"),
        port=int(_env("PORT")),
        workers=int(_env("WORKERS")),
        log_level=_env("LOG_LEVEL"),
        graphql_max_depth=int(_env("GRAPHQL_MAX_DEPTH")),
        graphql_max_aliases=int(_env("GRAPHQL_MAX_ALIASES")),
        graphql_max_tokens=int(_env("GRAPHQL_MAX_TOKENS")),
        graphql_cache_size=int(_env("GRAPHQL_CACHE_SIZE")),
        public_base_url=(_env("PUBLIC_BASE_URL") or f"http://{_env('HOST')}:{_env('PORT')}").rstrip("/"),
        secret_key=Secret(secret),
        data_keys=Secret(_env("DATA_KEYS").strip()),
        lookup_key=Secret(_env("LOOKUP_KEY").strip()),
        jwt_signing_keys=Secret(_env("JWT_SIGNING_KEYS").strip()),
        jwt_issuer=_env("JWT_ISSUER").strip() or "qianban",
        jwt_leeway_seconds=int(_env("JWT_LEEWAY_SECONDS")),
        test_phones=test_phones,
        max_active_bookings=int(_env("MAX_ACTIVE_BOOKINGS")),
        no_show_grace_minutes=int(_env("NO_SHOW_GRACE_MINUTES")),
        no_show_limit=int(_env("NO_SHOW_LIMIT")),
        no_show_window_days=int(_env("NO_SHOW_WINDOW_DAYS")),
        no_show_restriction_days=int(_env("NO_SHOW_RESTRICTION_DAYS")),
        check_in_early_minutes=int(_env("CHECK_IN_EARLY_MINUTES")),
        queue_service_minutes=int(_env("QUEUE_SERVICE_MINUTES")),
        ticket_max_calls=int(_env("TICKET_MAX_CALLS")),
        home_visit_min_age=int(_env("HOME_VISIT_MIN_AGE")),
        appointment_sweep_seconds=int(_env("APPOINTMENT_SWEEP_SECONDS")),
    )


@lru_cache(maxsize=1)
def get_settings() -> Settings:
    return load()


def env_example() -> str:
    lines = ["# Qianban settings. Copy to .env or export; every variable is optional in development."]
    for v in VARIABLES:
        lines.append(f"# {v.doc}")
        lines.append(f"{v.name}={'' if v.secret else v.default}")
    return "\n".join(lines) + "\n"
