"""Demo citizens for the QA test phones: 13800138000 is real-name verified, 13800138001 is not."""

from __future__ import annotations

from auth.crypto import get_cipher
from domain.clock import now
from domain.identity import id_check_char
from models import Citizen
from usecases.identity.sealed import seal

VERIFIED_PHONE, NEW_PHONE = "13800138000", "13800138001"
DEMO_NAME = "王建国"
# 南明区 (520102), born 1950-03-15 (aged 70+: eligible for home visits), sequence 123 (male).
DEMO_ID_BODY = "52010219500315123"


async def load_demo_citizens() -> int:
    cipher = get_cipher()
    index = cipher.blind_index(VERIFIED_PHONE, "phone")
    if await Citizen.exists(phone_index=index):
        return 0
    number = DEMO_ID_BODY + id_check_char(DEMO_ID_BODY)
    await Citizen.create(
        phone_index=index, phone=seal(index, "phone", VERIFIED_PHONE),
        real_name=seal(index, "real_name", DEMO_NAME),
        id_number=seal(index, "id_number", number),
        id_number_index=cipher.blind_index(number, "id_number"), verified_at=now(),
    )
    return 1
