"""Time in the service's zone (Asia/Shanghai). One place, so tests can reason about it."""

from datetime import datetime
from zoneinfo import ZoneInfo

TZ = ZoneInfo("Asia/Shanghai")


def now() -> datetime:
    return datetime.now(TZ)
