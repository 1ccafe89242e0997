"""Field encryption (AES-256-GCM with a key ring) and blind indexes for personal data."""

import base64
import os

import pytest

from auth.crypto import (
    DecryptionError,
    FieldCipher,
    KeyConfigError,
    cipher_from_settings,
    new_data_key,
    parse_key_ring,
)
from config.settings import load

ID = "52010219900307123X"
AAD = "citizen.id_number"


def key() -> bytes:
    return os.urandom(32)


@pytest.fixture
def keys():
    return {"k1": key(), "k2": key()}


@pytest.fixture
def lookup():
    return key()


def test_round_trip_and_token_shape(keys, lookup):
    cipher = FieldCipher(keys, "k1", lookup)
    token = cipher.encrypt(ID, AAD)
    assert token.startswith("v1.k1.") and token.isascii() and ID not in token
    assert cipher.decrypt(token, AAD) == ID
    assert cipher.decrypt(cipher.encrypt("张三丰", "citizen.name"), "citizen.name") == "张三丰"
    assert cipher.decrypt(cipher.encrypt("", AAD), AAD) == ""
    # random nonce: the same value never gives the same token
    assert cipher.encrypt(ID, AAD) != cipher.encrypt(ID, AAD)
    assert "k1" in repr(cipher) and all(base64.b64encode(k).decode() not in repr(cipher) for k in keys.values())


def test_wrong_aad_fails(keys, lookup):
    cipher = FieldCipher(keys, "k1", lookup)
    token = cipher.encrypt(ID, AAD)
    with pytest.raises(DecryptionError):
        cipher.decrypt(token, "citizen.name")


def test_tampered_tokens_fail(keys, lookup):
    cipher = FieldCipher(keys, "k1", lookup)
    token = cipher.encrypt(ID, AAD)
    head, body = token.rsplit(".", 1)
    raw = bytearray(base64.urlsafe_b64decode(body + "=" * (-len(body) % 4)))
    for index in (0, 12, len(raw) - 1):  # nonce, ciphertext, tag
        flipped = bytearray(raw)
        flipped[index] ^= 1
        bad = head + "." + base64.urlsafe_b64encode(bytes(flipped)).rstrip(b"=").decode()
        with pytest.raises(DecryptionError):
            cipher.decrypt(bad, AAD)
    # swapping the kid in the header is caught too (the header is authenticated)
    with pytest.raises(DecryptionError):
        cipher.decrypt(token.replace("v1.k1.", "v1.k2.", 1), AAD)
    for garbage in ("", "v1", "v1.k1", "v2.k1." + body, "v1.k1.!!!", "v1.k1.AAAA", "v1.nope." + body,
                    token + ".x", None):
        with pytest.raises(DecryptionError):
            cipher.decrypt(garbage, AAD)


def test_rotation(keys, lookup):
    old = FieldCipher({"k1": keys["k1"]}, "k1", lookup)
    sealed_before = old.encrypt(ID, AAD)
    rotated = FieldCipher({"k2": keys["k2"], "k1": keys["k1"]}, "k2", lookup)
    assert rotated.decrypt(sealed_before, AAD) == ID
    assert rotated.needs_rotation(sealed_before)
    fresh = rotated.encrypt(ID, AAD)
    assert fresh.startswith("v1.k2.") and not rotated.needs_rotation(fresh)
    resealed = rotated.rotate(sealed_before, AAD)
    assert resealed.startswith("v1.k2.") and rotated.decrypt(resealed, AAD) == ID
    assert rotated.rotate(fresh, AAD) == fresh
    # once k1 is removed, values still sealed with it no longer open
    with pytest.raises(DecryptionError):
        FieldCipher({"k2": keys["k2"]}, "k2", lookup).decrypt(sealed_before, AAD)
    # the old cipher cannot open the new key's tokens
    with pytest.raises(DecryptionError):
        old.decrypt(fresh, AAD)


def test_blind_index_is_stable_purpose_and_key_dependent(keys, lookup):
    cipher = FieldCipher(keys, "k1", lookup)
    index = cipher.blind_index(ID, "citizen.id_number")
    assert len(index) == 64 and int(index, 16) >= 0
    # stable across instances and data-key rotation: look-ups keep working
    assert FieldCipher({"k9": key()}, "k9", lookup).blind_index(ID, "citizen.id_number") == index
    assert cipher.blind_index("52010219900307123Y", "citizen.id_number") != index
    assert cipher.blind_index(ID, "staff.id_number") != index
    assert FieldCipher(keys, "k1", key()).blind_index(ID, "citizen.id_number") != index
    with pytest.raises(ValueError):
        cipher.blind_index(ID, "")


def test_key_ring_parsing_and_checks(lookup):
    a, b = new_data_key(), base64.urlsafe_b64encode(key()).rstrip(b"=").decode()
    ring, current = parse_key_ring(f" k2026:{a} , k2025:{b} ")
    assert current == "k2026" and list(ring) == ["k2026", "k2025"] and all(len(k) == 32 for k in ring.values())
    for bad in ("", "k1", f"k1:{a},k1:{a}", "k1:notbase64!", f"k1:{base64.b64encode(b'short').decode()}",
                f"bad.kid:{a}", f":{a}"):
        with pytest.raises(KeyConfigError):
            parse_key_ring(bad)
    with pytest.raises(KeyConfigError):
        FieldCipher({"k1": key()}, "k2", lookup)
    same = key()
    with pytest.raises(KeyConfigError, match="differ"):
        FieldCipher({"k1": same}, "k1", same)


def test_settings_dev_keys_are_deterministic(monkeypatch):
    monkeypatch.setenv("QIANBAN_ENV", "test")
    monkeypatch.delenv("DATA_KEYS", raising=False)
    monkeypatch.delenv("LOOKUP_KEY", raising=False)
    monkeypatch.delenv("SECRET_KEY", raising=False)
    one, two = cipher_from_settings(load()), cipher_from_settings(load())
    assert one.current_kid == "dev"
    assert two.decrypt(one.encrypt(ID, AAD), AAD) == ID
    assert one.blind_index(ID, "p") == two.blind_index(ID, "p")
    monkeypatch.setenv("SECRET_KEY", "another-dev-secret")
    other = cipher_from_settings(load())
    assert other.blind_index(ID, "p") != one.blind_index(ID, "p")
    with pytest.raises(DecryptionError):
        other.decrypt(one.encrypt(ID, AAD), AAD)


def test_settings_keys_and_production_refusal(monkeypatch):
    monkeypatch.setenv("QIANBAN_ENV", "production")
    monkeypatch.setenv("SECRET_KEY", "x" * 40)
    monkeypatch.delenv("DATA_KEYS", raising=False)
    monkeypatch.delenv("LOOKUP_KEY", raising=False)
    with pytest.raises(KeyConfigError, match="DATA_KEYS"):
        cipher_from_settings(load())
    k_new, k_old = new_data_key(), new_data_key()
    monkeypatch.setenv("DATA_KEYS", f"new:{k_new},old:{k_old}")
    with pytest.raises(KeyConfigError, match="LOOKUP_KEY"):
        cipher_from_settings(load())
    monkeypatch.setenv("LOOKUP_KEY", new_data_key())
    settings = load()
    assert k_new not in repr(settings)
    cipher = cipher_from_settings(settings)
    assert cipher.current_kid == "new" and cipher.kids == ("new", "old")
    monkeypatch.setenv("LOOKUP_KEY", "c2hvcnQ=")
    with pytest.raises(KeyConfigError, match="LOOKUP_KEY"):
        cipher_from_settings(load())


def test_get_cipher_uses_the_settings():
    from auth.crypto import get_cipher

    cipher = get_cipher()
    assert cipher is get_cipher()
    assert cipher.decrypt(cipher.encrypt(ID, AAD), AAD) == ID
