"""SMS delivery behind one small interface.

Only the development sender exists today: it logs that a code was sent (phone masked, so no
personal data reaches the log) and appends the message to a local outbox that
`qianban dev sms` prints. A carrier gateway implements the same `send` in production.
"""

from __future__ import annotations

import json
import logging
from datetime import datetime
from pathlib import Path
from typing import Protocol

from config.settings import ROOT
from domain.identity import mask_phone

log = logging.getLogger("qianban.sms")
OUTBOX = ROOT / "data" / "sms_outbox.jsonl"


class SmsSender(Protocol):
    async def send(self, phone: str, text: str) -> None: ...


class DevOutboxSender:
    def __init__(self, outbox: Path = OUTBOX) -> None:
        self.outbox = outbox

    async def send(self, phone: str, text: str) -> None:
        log.info("sms to %s: %s", mask_phone(phone), text)
        self.outbox.parent.mkdir(parents=True, exist_ok=True)
        with self.outbox.open("a", encoding="utf-8") as f:
            f.write(json.dumps({"at": datetime.now().isoformat(timespec="seconds"), "phone": phone, "text": text},
                               ensure_ascii=False) + "\n")


def read_outbox(outbox: Path = OUTBOX, last: int = 20) -> list[dict]:
    if not outbox.exists():
        return []
    lines = outbox.read_text(encoding="utf-8").splitlines()[-last:]
    return [json.loads(line) for line in lines]


_sender: SmsSender | None = None


def get_sender() -> SmsSender:
    global _sender
    if _sender is None:
        _sender = DevOutboxSender()
    return _sender


def set_sender(sender: SmsSender | None) -> None:
    """Tests swap in a recording sender."""
    global _sender
    _sender = sender
