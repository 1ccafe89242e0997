"""Sealing citizens' personal fields, bound to their row.

The associated data is the column *and* the row's phone index (known before the row exists,
unique per citizen), so a sealed value copied into another citizen's row no longer decrypts.
"""

from __future__ import annotations

from auth.crypto import get_cipher

COLUMNS = ("phone", "real_name", "id_number")


def _aad(column: str, phone_index: str) -> str:
    if column not in COLUMNS:
        raise ValueError(f"not a sealed citizen column: {column}")
    return f"citizen.{column}:{phone_index}"


def seal(phone_index: str, column: str, value: str) -> str:
    return get_cipher().encrypt(value, _aad(column, phone_index))


def unseal(citizen, column: str) -> str | None:
    token = getattr(citizen, column)
    return None if token is None else get_cipher().decrypt(token, _aad(column, citizen.phone_index))
