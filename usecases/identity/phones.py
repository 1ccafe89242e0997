"""Phone numbers as the identity layer handles them: normalised, indexed, sealed."""

from __future__ import annotations

from auth.crypto import get_cipher
from domain.identity import normalize_phone
from usecases.errors import UseCaseError


def checked_phone(raw: str) -> str:
    phone = normalize_phone(raw or "")
    if phone is None:
        raise UseCaseError("INVALID_PHONE", "请输入正确的11位手机号码", "phone")
    return phone


def phone_index(phone: str) -> str:
    return get_cipher().blind_index(phone, "phone")


def client_index(address: str) -> str:
    return get_cipher().blind_index(address or "-", "client")
