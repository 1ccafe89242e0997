"""Code formats: unified social credit codes (GB 32100) and implementation codes.

Implementation code (实施编码, 24 chars) = basic code (10) + division code right-padded to
12 digits + 2-digit department sequence, so one code says what, where and by whom.
"""

from __future__ import annotations

_CREDIT_ALPHABET = "0123456789ABCDEFGHJKLMNPQRTUWXY"
_CREDIT_WEIGHTS = (1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28)
_ORG_WEIGHTS = (3, 7, 9, 10, 5, 8, 4, 2)


def org_code_check(body8: str) -> str:
    """GB 11714 organisation-code check character for an 8-digit body."""
    s = sum(int(ch, 36) * w for ch, w in zip(body8, _ORG_WEIGHTS))
    c = 11 - s % 11
    return {10: "X", 11: "0"}.get(c, str(c))


def credit_code_check(body17: str) -> str:
    s = sum(_CREDIT_ALPHABET.index(ch) * w for ch, w in zip(body17, _CREDIT_WEIGHTS))
    return _CREDIT_ALPHABET[(31 - s % 31) % 31]


def is_valid_credit_code(code: str) -> bool:
    if len(code) != 18 or any(ch not in _CREDIT_ALPHABET for ch in code):
        return False
    return credit_code_check(code[:17]) == code[17]


def government_credit_code(division_code: str, serial: int) -> str:
    """A well-formed credit code for a government organ (11 = 机构编制/机关) in a division."""
    body = f"{serial:08d}"
    org = body + org_code_check(body)
    head = "11" + division_code[:6] + org
    return head + credit_code_check(head)


def implementation_code(basic_code: str, division_code: str, department_seq: int) -> str:
    return f"{basic_code}{division_code.ljust(12, '0')}{department_seq:02d}"


def is_implementation_code(code: str) -> bool:
    return len(code) == 24 and code.isdigit()
