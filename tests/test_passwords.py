"""argon2id password hashes and the staff password policy."""

from argon2 import PasswordHasher

from auth.passwords import (
    MEMORY_COST_KIB,
    PARALLELISM,
    TIME_COST,
    hash_password,
    needs_rehash,
    password_problems,
    verify_password,
)

GOOD = "黔办-窗口-2026-春"


def test_hash_and_verify():
    stored = hash_password(GOOD)
    assert stored.startswith(f"$argon2id$v=19$m={MEMORY_COST_KIB},t={TIME_COST},p={PARALLELISM}$")
    assert GOOD not in stored
    assert hash_password(GOOD) != stored  # salted
    assert verify_password(GOOD, stored) is True


def test_mismatch_and_broken_hashes_return_false():
    stored = hash_password(GOOD)
    assert verify_password(GOOD + " ", stored) is False
    assert verify_password("", stored) is False
    assert verify_password(GOOD, "not-a-hash") is False
    assert verify_password(GOOD, stored[:-4]) is False
    assert verify_password(GOOD, "") is False


def test_no_account_still_costs_a_verification_and_is_false():
    assert verify_password(GOOD, None) is False
    assert verify_password("qianban: no such account", None) is False


def test_needs_rehash():
    assert needs_rehash(hash_password(GOOD)) is False
    weaker = PasswordHasher(time_cost=1, memory_cost=8 * 1024, parallelism=1).hash(GOOD)
    assert needs_rehash(weaker) is True
    assert verify_password(GOOD, weaker) is True  # old hashes keep working until replaced
    assert needs_rehash("not-a-hash") is True


def test_policy():
    assert password_problems(GOOD) == []
    assert password_problems("correct horse battery") == []
    assert any("10" in p for p in password_problems("abc123"))
    assert "密码不能全部是数字" in password_problems("12345678901")
    assert len(password_problems("123")) == 2  # too short and all digits, both reported
    assert any("常见" in p for p in password_problems("Password123"))
    assert any("常见" in p for p in password_problems("woaini1314"))
    assert any("同一个字符" in p for p in password_problems("aaaaaaaaaaaa"))
    assert any("128" in p for p in password_problems("x1" * 100))
    assert password_problems("") and all(isinstance(p, str) for p in password_problems(""))
