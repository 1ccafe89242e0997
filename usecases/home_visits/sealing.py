"""Home-visit personal fields (address, contact phone, certificate) sealed at rest, bound to the
requesting citizen and the column, like the citizen's own fields (usecases/identity/sealed.py)."""

from __future__ import annotations

from auth.crypto import get_cipher


def seal(citizen_id: int, column: str, value: str) -> str:
    return get_cipher().encrypt(value, f"home_visit.{column}:{citizen_id}")


def unseal(visit, column: str) -> str | None:
    token = getattr(visit, column)
    return None if token is None else get_cipher().decrypt(token, f"home_visit.{column}:{visit.citizen_id}")
