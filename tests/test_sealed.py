"""Sealed citizen fields are bound to their row."""

from __future__ import annotations

import pytest

from auth.crypto import DecryptionError
from usecases.identity.sealed import seal, unseal


class Row:
    def __init__(self, phone_index: str, **values) -> None:
        self.phone_index = phone_index
        self.phone = self.real_name = self.id_number = None
        for k, v in values.items():
            setattr(self, k, v)


def test_round_trip_and_copy_to_another_row_fails():
    token = seal("idx-a", "id_number", "520102195003151238")
    assert unseal(Row("idx-a", id_number=token), "id_number") == "520102195003151238"
    with pytest.raises(DecryptionError):
        unseal(Row("idx-b", id_number=token), "id_number")  # copied into another citizen's row
    with pytest.raises(DecryptionError):
        unseal(Row("idx-a", real_name=token), "real_name")  # moved to another column
    assert unseal(Row("idx-a"), "phone") is None
    with pytest.raises(ValueError):
        seal("idx-a", "password", "x")
