"""Staff passwords (and, later, partner client secrets): argon2id hashes and a password policy.

Why argon2id: it is memory-hard, so a stolen table of hashes costs an attacker memory as
well as time per guess, and it is the first choice of RFC 9106 and of OWASP.

Parameters, for the 2-core machines this service runs on: memory 19 MiB (19456 KiB), 2
passes, 1 lane. This is OWASP's baseline configuration for argon2id. On this kind of box it
takes about 35-40 ms per hash, and one hash holds 19 MiB while it runs. RFC 9106's
"second recommended" setting (64 MiB, 3 passes, 4 lanes) took about 225 ms here: with two
cores, a few dozen staff signing in at shift start would queue behind each other, and four
lanes give no speed-up on two cores. The parameters are stored in every hash, so raising
them later only changes this module: `needs_rehash` says when a hash should be replaced,
which a sign-in does with the password it has just verified.

Hashing blocks the calling thread for those milliseconds; async code should call these
functions through `asyncio.to_thread` (argon2-cffi releases the GIL while hashing).
"""

from __future__ import annotations

from argon2 import PasswordHasher, Type
from argon2.exceptions import InvalidHashError, VerificationError, VerifyMismatchError

TIME_COST = 2
MEMORY_COST_KIB = 19 * 1024
PARALLELISM = 1
MIN_LENGTH = 10
MAX_LENGTH = 128  # argon2 takes any length; the cap only stops megabyte "passwords"

_hasher = PasswordHasher(
    time_cost=TIME_COST, memory_cost=MEMORY_COST_KIB, parallelism=PARALLELISM,
    hash_len=32, salt_len=16, type=Type.ID,
)

# Passwords of at least MIN_LENGTH that appear near the top of leaked-password lists,
# Chinese ones included (woaini1314 = "I love you for a lifetime"). Shorter ones are already
# refused by the length rule, all-digit ones by the digits rule.
COMMON_PASSWORDS = frozenset(
    {
        "password123", "password1234", "password12345", "p@ssw0rd123", "passw0rd123",
        "qwertyuiop", "qwerty12345", "qwerty123456", "qwer123456", "qwer1234qwer",
        "1qaz2wsx3edc", "1q2w3e4r5t", "1q2w3e4r5t6y", "zaq12wsxcde3", "asdfghjkl1",
        "abc1234567", "abcd123456", "abcd1234abcd", "a123456789", "aa12345678", "aa123456789",
        "zxcvbnm123", "zxcvbnm1234", "asdf123456", "iloveyou123", "woaini1314", "woaini520",
        "woaini123456", "5201314abc", "admin123456", "admin@123456", "administrator",
        "welcome123", "1234567890a", "1234567890q", "123456789a", "123456789abc",
        "123456abcdef", "abcdefghij", "qianban123", "qianban1234", "guizhou123", "guizhou1234",
    }
)


def hash_password(password: str) -> str:
    """An argon2id hash in PHC string form ($argon2id$v=19$m=...,t=...,p=...$salt$hash)."""
    return _hasher.hash(password)


_dummy_hash: str | None = None


def _dummy() -> str:
    global _dummy_hash
    if _dummy_hash is None:
        _dummy_hash = hash_password("qianban: no such account")
    return _dummy_hash


def verify_password(password: str, stored_hash: str | None) -> bool:
    """True when `password` matches `stored_hash`; False for a mismatch or a broken hash.

    Never raises for a wrong password. With `stored_hash=None` (no such account, or an
    account without a password) it still spends one argon2 verification before answering
    False, so the response time does not tell a caller which usernames exist. argon2-cffi
    compares the computed and stored digests in constant time.
    """
    try:
        return _hasher.verify(stored_hash if stored_hash else _dummy(), password) and bool(stored_hash)
    except (VerifyMismatchError, VerificationError, InvalidHashError):
        return False


def needs_rehash(stored_hash: str) -> bool:
    """True when the hash was made with other parameters (or is not an argon2 hash)."""
    try:
        return _hasher.check_needs_rehash(stored_hash)
    except (InvalidHashError, ValueError):
        return True


def password_problems(password: str) -> list[str]:
    """Every reason the password is refused, in Chinese, so the form shows them all at once.

    Length is what makes a password hard to guess; the digits rule stops dates and phone
    numbers; the list stops the passwords every attacker tries first.
    """
    problems: list[str] = []
    if len(password) < MIN_LENGTH:
        problems.append(f"密码至少需要{MIN_LENGTH}个字符")
    if len(password) > MAX_LENGTH:
        problems.append(f"密码不能超过{MAX_LENGTH}个字符")
    if password.isdigit():
        problems.append("密码不能全部是数字")
    if password and len(set(password)) == 1 and not password.isdigit():
        problems.append("密码不能由同一个字符重复组成")
    if password.strip().lower() in COMMON_PASSWORDS:
        problems.append("这个密码太常见，容易被猜中，请换一个")
    return problems
