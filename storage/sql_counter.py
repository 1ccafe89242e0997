"""Count SQL statements (tests and benches watch statements per request).

Tortoise logs each statement at DEBUG on "tortoise.db_client". While counting we raise that
logger to DEBUG but stop propagation, so statements (and their values, which may hold personal
data) never reach the application's log handlers.
"""

from __future__ import annotations

import contextlib
import logging
from collections.abc import Iterator

_LOGGER = logging.getLogger("tortoise.db_client")
_IGNORED_PREFIXES = ("Created connection", "Closed connection")


class _Counter(logging.Handler):
    def __init__(self) -> None:
        super().__init__(level=logging.DEBUG)
        self.statements: list[str] = []

    def emit(self, record: logging.LogRecord) -> None:
        text = str(record.msg if record.msg != "%s: %s" else record.args[0])
        if not text.startswith(_IGNORED_PREFIXES):
            self.statements.append(text)


@contextlib.contextmanager
def count_sql() -> Iterator[list[str]]:
    """`with count_sql() as statements: ...` → `len(statements)` afterwards."""
    handler = _Counter()
    level, propagate = _LOGGER.level, _LOGGER.propagate
    _LOGGER.addHandler(handler)
    _LOGGER.setLevel(logging.DEBUG)
    _LOGGER.propagate = False
    try:
        yield handler.statements
    finally:
        _LOGGER.removeHandler(handler)
        _LOGGER.setLevel(level)
        _LOGGER.propagate = propagate
