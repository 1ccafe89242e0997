"""Booking rush benchmark: many citizens race for a few appointment seats through /graphql.

Sets up `--seats` seats spread over `--slots` slots of one demo window group on one bookable day,
creates `--citizens` distinct real-name-verified citizens with access tokens, then fires
`--attempts` concurrent `bookAppointment` mutations at a real uvicorn server (attempt i books
slot i % slots as citizen i % citizens, each with its own idempotency key). Afterwards the
database is checked: no slot may hold more active appointments than its capacity, and the
confirmed answers must match the rows.

Prints `name value` lines per database (same style as bench/catalog.py):

  database                sqlite | postgres
  workers                 uvicorn worker processes of the server (SQLite: 1)
  attempts / seats        bookAppointment requests sent / seats on offer
  confirmed               AppointmentInfo answers (must equal seats and the active rows)
  db_active_rows          active (status "booked") appointments in the chosen slots
  over_capacity           sum over slots of max(0, active rows - capacity)  (must be 0)
  booked_over_capacity    sum over slots of max(0, Slot.booked - capacity)  (must be 0)
  booked_vs_rows_mismatch sum over slots of |Slot.booked - active rows|     (must be 0)
  errors_by_type          compact JSON: UserError codes (SLOT_FULL …), GraphQL error codes
                          ("GQL_INTERNAL_ERROR"), HTTP statuses ("HTTP_500"), transport failures
  p50_ms / p99_ms         bookAppointment latency (from send to answer, under the concurrency)
  rush_rps                attempts ÷ wall time of the rush
  rush_client_cpu_ms      CPU this bench process spent per attempt (client and server share the
                          machine's cores: when this nears 1000 / rush_rps, the client is the limit)
  baseline_p50_ms / _p99_ms   latency of an authenticated `myAppointments` read, same count and
                          concurrency, same server, run just before the rush
  p50_vs_baseline_ratio   p50_ms ÷ baseline_p50_ms
  server_errors / _warnings  ERROR / WARNING records in the server log (each distinct one is
                          echoed to stderr with its traceback, and the log is kept)

Usage:
  .venv/bin/python bench/booking_rush.py [--database sqlite|postgres|both] [--attempts 1000]
      [--seats 50] [--slots 5] [--concurrency 200] [--citizens N] [--workers N] [--port N]

PostgreSQL: POSTGRES_ADMIN_URL (default postgres://postgres@127.0.0.1:5432/postgres) and the Redis
event bus at REDIS_URL (default redis://127.0.0.1:6379/0), as `make test-postgres` uses.
Each run makes its own database (temp SQLite file, or a fresh PostgreSQL database) and drops it,
and the server is stopped, also on failure. Exit status 1 when confirmed != seats or any
capacity check fails.
"""

from __future__ import annotations

import argparse
import asyncio
import json
import math
import os
import re
import signal
import socket
import subprocess
import sys
import tempfile
import time
import uuid
from collections import Counter
from dataclasses import dataclass
from datetime import date, timedelta
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

BOOK = """mutation($slot: ID!, $item: String!, $key: String!) {
  bookAppointment(input: {slotId: $slot, itemCode: $item, idempotencyKey: $key}) {
    __typename ... on AppointmentInfo { id bookingCode } ... on UserError { code message } } }"""

# The baseline: a cheap read that still pays for what every booking pays for (HTTP, GraphQL
# parse/validate, token verification, the session look-up, a couple of small queries), so the
# ratio shows what the booking itself costs on top.
BASELINE = "{ myAppointments { id } }"

AVAILABLE = """query($item: String!, $center: ID!, $day: Date!) {
  availableSlots(itemCode: $item, centerId: $center, from: $day, to: $day) { slotId remaining } }"""

# The demo item catalog.py benches too; any published item accepted by a window group will do.
PREFERRED_ITEM = "社会保障卡申领"


@dataclass
class Setup:
    item_code: str
    center_id: int
    day: date
    capacities: dict[int, int]  # slot id → capacity, in the order attempts are spread over
    tokens: list[str]  # one access token per citizen


# ── database ────────────────────────────────────────────────────────────────────────────────


def make_database(kind: str) -> tuple[str, callable]:
    from bench.databases import make_database as throwaway

    return throwaway(kind, "rush")


async def prepare(url: str, seats: int, slots: int, citizens: int) -> Setup:
    """Migrate, seed the demo catalog, pick the slots and set their seats, create the citizens."""
    from storage import lifecycle, migrations
    from usecases.demo.seed_demo import seed_demo

    await migrations.migrate(url)
    await lifecycle.connect(url)
    try:
        await seed_demo(progress=None)
        item, group = await pick_item_and_group()
        day, capacities = await pick_slots(group, seats, slots)
        tokens = await make_citizens(citizens)
        return Setup(item.code, group.center_id, day, capacities, tokens)
    finally:
        await lifecycle.disconnect()


async def pick_item_and_group():
    from models import ItemImplementation, WindowGroup

    for impl in await ItemImplementation.filter(item__name=PREFERRED_ITEM, status="published").order_by("id"):
        group = await WindowGroup.filter(items__id=impl.id).order_by("id").first()
        if group is not None:
            return impl, group
    # Fallback if the demo data changes: the first group with any published item.
    for group in await WindowGroup.all().order_by("id"):
        impl = await group.items.filter(status="published").order_by("id").first()
        if impl is not None:
            return impl, group
    raise RuntimeError("the demo data has no window group accepting a published item")


async def pick_slots(group, seats: int, slots: int) -> tuple[date, dict[int, int]]:
    """`slots` slots of one bookable day holding exactly `seats` seats in all."""
    from domain.clock import now
    from domain.slots import bookable_days
    from models import Slot
    from usecases.appointments.slots import ensure_slots, schedule_of

    days = bookable_days(schedule_of(group), now())
    if not days:
        raise RuntimeError("the window group has no bookable day")
    # A day from the middle of the booking window: the first one stops being bookable at
    # midnight and the last one only opens at the release time, so either could turn
    # OUTSIDE_BOOKING_WINDOW between setup and rush.
    day = days[len(days) // 2]
    rows = await ensure_slots(group, now(), day, day)
    if len(rows) < slots:
        raise RuntimeError(f"{day} has {len(rows)} slots, fewer than --slots {slots}")
    chosen = rows[:slots]
    # Spread the seats as evenly as possible; the first `seats % slots` slots get one more.
    capacities = {s.id: seats // slots + (1 if n < seats % slots else 0) for n, s in enumerate(chosen)}
    for slot_id, capacity in capacities.items():
        await Slot.filter(id=slot_id).update(capacity=capacity, booked=0)
    return day, capacities


async def make_citizens(count: int) -> list[str]:
    """`count` real-name-verified citizens, each signed in once: their access tokens.

    Built like usecases/demo/citizens.py builds the verified demo citizen (sealed fields bound
    to the row, blind indexes), and signed in through usecases.identity.sessions.open_session,
    so the server accepts the tokens exactly as after a real sign-in.
    """
    from tortoise.transactions import in_transaction

    from auth.crypto import get_cipher
    from domain.clock import now
    from domain.identity import id_check_char
    from models import Citizen
    from usecases.identity.sealed import seal
    from usecases.identity.sessions import open_session

    cipher = get_cipher()
    rows, phone_indexes = [], []
    born = date(1960, 1, 1)
    for i in range(count):
        phone = f"139{i:08d}"
        index = cipher.blind_index(phone, "phone")
        # Unique, well-formed resident ID numbers: 南明区, a birthday per citizen, a sequence.
        body = f"520102{(born + timedelta(days=i)).strftime('%Y%m%d')}{i % 1000:03d}"
        number = body + id_check_char(body)
        rows.append(Citizen(phone_index=index, phone=seal(index, "phone", phone),
                            real_name=seal(index, "real_name", f"压测{i:05d}"),
                            id_number=seal(index, "id_number", number),
                            id_number_index=cipher.blind_index(number, "id_number"), verified_at=now()))
        phone_indexes.append(index)
    await Citizen.bulk_create(rows, batch_size=500)
    ids = dict(await Citizen.filter(phone_index__in=phone_indexes).values_list("phone_index", "id"))
    tokens = []
    async with in_transaction() as conn:  # one transaction: 2 × count inserts stay quick on SQLite
        for index in phone_indexes:
            tokens.append((await open_session(ids[index], "booking-rush", conn)).access_token)
    return tokens


async def verify(url: str, setup: Setup) -> dict[str, int]:
    """What the database says after the rush, for the chosen slots."""
    from models import Appointment, Slot
    from storage import lifecycle

    await lifecycle.connect(url)
    try:
        slots = {s.id: s for s in await Slot.filter(id__in=list(setup.capacities))}
        active = Counter(await Appointment.filter(slot_id__in=list(setup.capacities), status="booked")
                         .values_list("slot_id", flat=True))
        return {
            "db_active_rows": sum(active.values()),
            "over_capacity": sum(max(0, active[i] - s.capacity) for i, s in slots.items()),
            "booked_over_capacity": sum(max(0, s.booked - s.capacity) for s in slots.values()),
            "booked_vs_rows_mismatch": sum(abs(s.booked - active[i]) for i, s in slots.items()),
            # Capacity as stored after the rush: a booking must never change it.
            "db_seats": sum(s.capacity for s in slots.values()),
        }
    finally:
        await lifecycle.disconnect()


# ── server ──────────────────────────────────────────────────────────────────────────────────


def free_port() -> int:
    # Other engineers run servers on this machine: let the kernel pick an unused port.
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def start_server(url: str, port: int, workers: int, bus_url: str, log_path: Path) -> subprocess.Popen:
    """`qianban serve` (api.main:app under uvicorn) with its output in `log_path`."""
    env = dict(os.environ, DATABASE_URL=url, EVENT_BUS_URL=bus_url, QIANBAN_ENV="test", LOG_LEVEL="warning",
               WORKERS=str(workers), PYTHONPATH=str(ROOT))
    with open(log_path, "wb") as log:
        # Own session (process group): uvicorn's supervisor spawns the workers, and stop() must
        # reach all of them even if the supervisor is stuck; nor should a Ctrl-C meant for the
        # bench kill the server before the bench has read what it needs.
        return subprocess.Popen([sys.executable, "-m", "cli.main", "serve", "--host", "127.0.0.1", "--port",
                                 str(port), "--workers", str(workers)], cwd=ROOT, env=env, stdout=log,
                                stderr=subprocess.STDOUT, start_new_session=True)


def wait_ready(proc: subprocess.Popen, port: int, log_path: Path) -> None:
    import httpx

    deadline = time.monotonic() + 60
    while time.monotonic() < deadline:
        if proc.poll() is not None:
            raise RuntimeError(f"server exited with {proc.returncode}:\n{log_path.read_text(errors='replace')[-3000:]}")
        try:
            if httpx.get(f"http://127.0.0.1:{port}/healthz", timeout=2).status_code == 200:
                return
        except httpx.HTTPError:
            pass
        time.sleep(0.2)
    raise RuntimeError(f"server did not answer /healthz within 60 s; log: {log_path}")


def stop(proc: subprocess.Popen) -> None:
    """Stop the server we started, and its workers: SIGTERM to its process group, then SIGKILL."""
    if getattr(proc, "stopped", False):  # the group id may be reused once it is gone
        return
    if proc.poll() is None:
        try:
            os.killpg(proc.pid, signal.SIGTERM)
        except ProcessLookupError:
            pass
        try:
            proc.wait(timeout=15)
        except subprocess.TimeoutExpired:
            pass
    try:  # workers outlive a supervisor that died: the group id is still ours
        os.killpg(proc.pid, signal.SIGKILL)
    except ProcessLookupError:
        pass
    if proc.poll() is None:
        proc.wait(timeout=5)
    proc.stopped = True


RECORD = re.compile(r"^(\d{4}-\d\d-\d\d [\d:,]+ (?P<a>[A-Z]+) |(?P<b>[A-Z]+):\s)")


def server_problems(log_path: Path) -> tuple[int, int, list[str]]:
    """ERROR and WARNING records in the server log, and the distinct ones in full (first line +
    traceback).

    A record starts at a line in the format of Qianban's loggers ("<time> ERROR <logger> …",
    api/app.py) or of uvicorn's own ("ERROR:    …"); the lines up to the next record are its
    traceback, chained exceptions included. Records differing only in the request id are one.
    """
    records: list[list[str]] = []
    for line in log_path.read_text(errors="replace").splitlines():
        m = RECORD.match(line)
        if m:
            records.append([line, m["a"] or m["b"]])
        elif line.startswith("Traceback") and (not records or records[-1][1] not in ("ERROR", "CRITICAL", "WARNING")):
            # Printed by a dying process rather than logged: an error all the same.
            records.append(["(traceback outside a log record)", "ERROR", line])
        elif records:
            records[-1].append(line)
    errors = [r for r in records if r[1] in ("ERROR", "CRITICAL")]
    warnings = [r for r in records if r[1] == "WARNING"]
    distinct: dict[str, str] = {}
    for first, _level, *body in errors + warnings:
        key = re.sub(r"request_id=\S+", "", first.split(" ", 2)[-1]) + "\n".join(body)
        distinct.setdefault(key, "\n".join([first, *body]).rstrip())
    return len(errors), len(warnings), list(distinct.values())


# ── load ────────────────────────────────────────────────────────────────────────────────────


def classify(response) -> str:
    """One outcome name per answer: CONFIRMED, a UserError code, GQL_<code> or HTTP_<status>."""
    if response.status_code != 200:
        return f"HTTP_{response.status_code}"
    try:
        body = response.json()
    except ValueError:
        return "BAD_JSON"
    if body.get("errors"):
        return "GQL_" + str((body["errors"][0].get("extensions") or {}).get("code", "ERROR"))
    data = body.get("data") or {}
    if "bookAppointment" not in data:
        return "OK"  # the baseline query
    result = data["bookAppointment"]
    return "CONFIRMED" if result["__typename"] == "AppointmentInfo" else result.get("code", result["__typename"])


async def fire(clients: asyncio.Queue, payloads: list[tuple[dict, str]]) -> tuple[list[float], Counter, float]:
    """POST every (body, token), one request in flight per client: latencies (ms), outcomes, wall s.

    The queue of idle clients is the concurrency gate (a semaphore that also hands out the
    connection): a request waits until one of the `concurrency` clients is free.
    """
    import httpx

    latencies: list[float] = []
    outcomes: Counter = Counter()

    async def one(body: dict, token: str) -> None:
        client = await clients.get()
        try:
            # Timed from send, not from waiting for a free client: the server's latency with
            # `concurrency` requests in flight.
            start = time.perf_counter()
            try:
                r = await client.post("/graphql", json=body, headers={"Authorization": f"Bearer {token}"})
                outcome = classify(r)
            except httpx.HTTPError as e:
                outcome = type(e).__name__
            latencies.append((time.perf_counter() - start) * 1000)
            outcomes[outcome] += 1
        finally:
            clients.put_nowait(client)

    start = time.perf_counter()
    await asyncio.gather(*(one(b, t) for b, t in payloads))
    return latencies, outcomes, time.perf_counter() - start


def percentile(values: list[float], p: float) -> float:
    ordered = sorted(values)
    return ordered[max(0, math.ceil(p * len(ordered)) - 1)] if ordered else float("nan")


async def load(port: int, setup: Setup, attempts: int, concurrency: int) -> dict:
    import ssl

    import httpx

    # `concurrency` clients of one connection each, not one client with `concurrency`
    # connections: httpcore scans its whole pool for every request, and with 200 connections
    # on this 2-core machine the bench client spent ~14 ms CPU per request and became the
    # bottleneck it was meant to measure. One shared TLS context (unused over http) keeps
    # creating 200 clients cheap.
    tls = ssl.create_default_context()
    base = f"http://127.0.0.1:{port}"
    pool = [httpx.AsyncClient(base_url=base, timeout=120, verify=tls, limits=httpx.Limits(max_connections=1))
            for _ in range(concurrency)]
    clients: asyncio.Queue = asyncio.Queue()
    for c in pool:
        clients.put_nowait(c)
    try:
        await preflight(pool[0], setup)
        tokens = setup.tokens
        reads = [({"query": BASELINE}, tokens[i % len(tokens)]) for i in range(attempts)]
        # Warm-up (not measured): opens every client's connection and every worker's database
        # pool, so neither the baseline nor the one-shot rush pays for it.
        await fire(clients, reads[:concurrency])
        base_lat, base_out, _ = await fire(clients, reads)
        slot_ids = list(setup.capacities)
        run = uuid.uuid4().hex[:8]
        books = [({"query": BOOK, "variables": {"slot": str(slot_ids[i % len(slot_ids)]), "item": setup.item_code,
                                                "key": f"rush-{run}-{i:06d}"}}, tokens[i % len(tokens)])
                 for i in range(attempts)]
        # Straight after the baseline: uvicorn closes keep-alive connections idle for 5 s, and a
        # request racing such a close would show up as a transport error that is not the server's.
        cpu = time.process_time()
        lat, out, wall = await fire(clients, books)
        cpu = time.process_time() - cpu
    finally:
        await asyncio.gather(*(c.aclose() for c in pool))
    return {"latencies": lat, "outcomes": out, "wall": wall, "client_cpu": cpu, "baseline_latencies": base_lat,
            "baseline_outcomes": base_out}


async def preflight(client, setup: Setup) -> None:
    """Fail early and clearly if the server does not see the setup as intended."""
    r = await client.post("/graphql", json={"query": AVAILABLE, "variables": {
        "item": setup.item_code, "center": str(setup.center_id), "day": setup.day.isoformat()}})
    body = r.json()
    if body.get("errors"):
        raise RuntimeError(f"availableSlots failed: {body['errors']}")
    remaining = {int(s["slotId"]): s["remaining"] for s in body["data"]["availableSlots"]}
    if any(remaining.get(i) != c for i, c in setup.capacities.items()):
        raise RuntimeError(f"availableSlots disagrees with the setup: {remaining} vs {setup.capacities}")
    r = await client.post("/graphql", json={"query": BASELINE},
                          headers={"Authorization": f"Bearer {setup.tokens[0]}"})
    if r.json().get("errors"):
        raise RuntimeError(f"a bench citizen's token is not accepted: {r.json()['errors']}")


# ── one database ────────────────────────────────────────────────────────────────────────────


def run_one(kind: str, args) -> bool:
    citizens = args.citizens or args.attempts
    workers = args.workers or (4 if kind == "postgres" else 1)
    if kind == "sqlite" and workers != 1:
        raise SystemExit("SQLite runs one worker (one writer process); --workers applies to postgres")
    bus = os.environ.get("REDIS_URL", "redis://127.0.0.1:6379/0") if kind == "postgres" else ""
    os.environ.update(QIANBAN_ENV="test", LOG_LEVEL="warning", EVENT_BUS_URL=bus)
    url, drop = make_database(kind)
    os.environ["DATABASE_URL"] = url  # settings are read once: set before anything imports them
    log_path = Path(tempfile.gettempdir()) / f"qianban-booking-rush-{kind}-{uuid.uuid4().hex[:6]}.log"
    port = args.port or free_port()
    server = None
    try:
        setup = asyncio.run(prepare(url, args.seats, args.slots, citizens))
        server = start_server(url, port, workers, bus, log_path)
        wait_ready(server, port, log_path)
        result = asyncio.run(load(port, setup, args.attempts, args.concurrency))
        stop(server)  # before verifying: every request has finished and nothing writes any more
        db = asyncio.run(verify(url, setup))
    except BaseException as e:
        print(f"[{kind}] stopped by {type(e).__name__}: {e}; stopping the server, dropping the database",
              file=sys.stderr)
        if log_path.exists() and log_path.stat().st_size:
            print(f"[{kind}] server log kept at {log_path}", file=sys.stderr)
        else:
            log_path.unlink(missing_ok=True)
        raise
    finally:
        # A second Ctrl-C or SIGTERM must not cut the clean-up short and leave a server or a
        # database behind.
        for sig in (signal.SIGINT, signal.SIGTERM):
            signal.signal(sig, signal.SIG_IGN)
        try:
            if server is not None:
                stop(server)
        finally:
            drop()
        for sig, handler in ((signal.SIGINT, signal.default_int_handler), (signal.SIGTERM, _terminate)):
            signal.signal(sig, handler)

    outcomes: Counter = result["outcomes"]
    confirmed = outcomes.pop("CONFIRMED", 0)
    p50, p99 = percentile(result["latencies"], 0.50), percentile(result["latencies"], 0.99)
    b50, b99 = percentile(result["baseline_latencies"], 0.50), percentile(result["baseline_latencies"], 0.99)
    base_failures = {k: v for k, v in result["baseline_outcomes"].items() if k != "OK"}
    n_errors, n_warnings, reported = server_problems(log_path)
    figures = [
        ("database", kind), ("workers", workers), ("attempts", args.attempts), ("seats", args.seats),
        ("slots", args.slots), ("citizens", citizens), ("concurrency", args.concurrency),
        ("confirmed", confirmed), ("db_active_rows", db["db_active_rows"]), ("over_capacity", db["over_capacity"]),
        ("booked_over_capacity", db["booked_over_capacity"]),
        ("booked_vs_rows_mismatch", db["booked_vs_rows_mismatch"]),
        ("errors_by_type", json.dumps(dict(outcomes.most_common()), separators=(",", ":"))),
        ("p50_ms", f"{p50:.1f}"), ("p99_ms", f"{p99:.1f}"), ("rush_rps", f"{args.attempts / result['wall']:.0f}"),
        ("rush_client_cpu_ms", f"{result['client_cpu'] * 1000 / args.attempts:.1f}"),
        ("baseline_p50_ms", f"{b50:.1f}"), ("baseline_p99_ms", f"{b99:.1f}"),
        ("p50_vs_baseline_ratio", f"{p50 / b50:.2f}"), ("server_errors", n_errors), ("server_warnings", n_warnings),
    ]
    if base_failures:
        figures.append(("baseline_errors_by_type", json.dumps(base_failures, separators=(",", ":"))))
    for name, value in figures:
        print(f"{name} {value}", flush=True)

    # Every distinct server-side error is reported as it was logged, never summarised away.
    if reported:
        print(f"[{kind}] server log: {n_errors} ERROR and {n_warnings} WARNING records, {len(reported)} distinct; "
              f"kept at {log_path}", file=sys.stderr)
        for record in reported:
            print(record, file=sys.stderr)
    else:
        log_path.unlink(missing_ok=True)

    problems = []
    if confirmed != args.seats:
        problems.append(f"confirmed {confirmed} != seats {args.seats}")
    if confirmed != db["db_active_rows"]:
        problems.append(f"confirmed {confirmed} != active rows {db['db_active_rows']}")
    if db["db_seats"] != args.seats:
        problems.append(f"slot capacities add up to {db['db_seats']}, not {args.seats}")
    for key in ("over_capacity", "booked_over_capacity", "booked_vs_rows_mismatch"):
        if db[key]:
            problems.append(f"{key} {db[key]}")
    for p in problems:
        print(f"[{kind}] FAILED: {p}", file=sys.stderr)
    return not problems


def _terminate(signum, _frame) -> None:
    # SIGTERM's default ends the process on the spot; as an exception it runs the clean-up.
    raise SystemExit(128 + signum)


def run_each(args) -> int:
    """Each database in its own process: settings are read once per process, and Tortoise and
    aerich keep the first dialect in class state (see cli/main.py _make_migrations)."""
    failed = False
    for kind in ("sqlite", "postgres"):
        argv = [sys.executable, __file__, "--database", kind, "--attempts", str(args.attempts), "--seats",
                str(args.seats), "--slots", str(args.slots), "--concurrency", str(args.concurrency),
                "--citizens", str(args.citizens), "--port", str(args.port)]
        if kind == "postgres":
            argv += ["--workers", str(args.workers)]
        child = subprocess.Popen(argv)
        # The child owns its server and database, so it must be left to clean up: Ctrl-C reaches
        # it from the terminal directly (ignored here, or we would abandon it), and a SIGTERM to
        # this process is passed on.
        signal.signal(signal.SIGINT, signal.SIG_IGN)
        signal.signal(signal.SIGTERM, lambda signum, _f: child.send_signal(signum))
        try:
            code = child.wait()
        finally:
            signal.signal(signal.SIGINT, signal.default_int_handler)
            signal.signal(signal.SIGTERM, _terminate)
        if code < 0 or code >= 128:  # interrupted: do not start the next database
            return code if code > 0 else 128 - code
        failed |= code != 0
        print(flush=True)
    return 1 if failed else 0


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--database", choices=["sqlite", "postgres", "both"], default="both")
    ap.add_argument("--attempts", type=int, default=1000)
    ap.add_argument("--seats", type=int, default=50)
    ap.add_argument("--slots", type=int, default=5)
    ap.add_argument("--concurrency", type=int, default=200)
    ap.add_argument("--citizens", type=int, default=0, help="distinct citizens (default: one per attempt)")
    ap.add_argument("--workers", type=int, default=0, help="uvicorn workers for postgres (default 4; SQLite: 1)")
    ap.add_argument("--port", type=int, default=0, help="server port (default: a free one)")
    args = ap.parse_args()
    if args.slots < 1 or args.seats < 1 or args.attempts < 1 or args.concurrency < 1:
        ap.error("--slots, --seats, --attempts and --concurrency must be positive")
    signal.signal(signal.SIGTERM, _terminate)
    if args.database == "both":
        sys.exit(run_each(args))
    sys.exit(0 if run_one(args.database, args) else 1)


if __name__ == "__main__":
    main()
