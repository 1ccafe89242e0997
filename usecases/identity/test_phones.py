"""QA test phones with fixed codes (TEST_PHONES); refused in production by config.settings."""

from __future__ import annotations

from config.settings import get_settings


def parse_test_phones(spec: str) -> dict[str, str]:
    """`13800138000:246810,13800138001:246810` → {phone: code}."""
    phones: dict[str, str] = {}
    for part in filter(None, (p.strip() for p in spec.split(","))):
        phone, _, code = part.partition(":")
        if not (phone.isdigit() and len(phone) == 11 and code.isdigit() and len(code) == 6):
            raise ValueError(f"TEST_PHONES entry must be PHONE:6-DIGIT-CODE, not {part!r}")
        phones[phone] = code
    return phones


def fixed_code_for(phone: str) -> str | None:
    return parse_test_phones(get_settings().test_phones).get(phone)
