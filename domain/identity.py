"""Who a person claims to be: resident ID numbers (GB 11643-1999), mobile numbers, masking.

Real-name verification binds one ID number to one account, so the number must be checked
before anything is stored: a typo caught here is a clear message to the citizen, not a second
account or a support call. The checks are pure (no database, no clock unless given one) so
use cases, imports and tests share exactly one definition of "a valid ID number".

The masks decide what a screen shows to someone who is not the owner. They keep enough for
a person to recognise their own record (the division and the last four characters) and no
more; a value that does not have the expected shape is masked completely rather than
guessed at.
"""

from __future__ import annotations

import enum
import re
import unicodedata
from dataclasses import dataclass
from datetime import date

from domain.clock import now

# Province-level prefixes of the GB/T 2260 division code (first two digits): the provinces,
# autonomous regions and municipalities, plus 71 Taiwan, 81 Hong Kong and 82 Macao, whose
# residents of the mainland hold numbers with these prefixes.
PROVINCE_PREFIXES = frozenset(
    {"11", "12", "13", "14", "15", "21", "22", "23", "31", "32", "33", "34", "35", "36", "37",
     "41", "42", "43", "44", "45", "46", "50", "51", "52", "53", "54", "61", "62", "63", "64",
     "65", "71", "81", "82"}
)

# ISO 7064 MOD 11-2, as GB 11643 writes it: weights 2^(17-i) mod 11, remainder → character.
_WEIGHTS = (7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2)
_CHECK_CHARS = "10X98765432"
_ASCII_DIGITS = frozenset("0123456789")
_EARLIEST_BIRTH = date(1900, 1, 1)

INVALID_LENGTH = "INVALID_LENGTH"
INVALID_DIVISION = "INVALID_DIVISION"
INVALID_BIRTH_DATE = "INVALID_BIRTH_DATE"
INVALID_CHECKSUM = "INVALID_CHECKSUM"

_MESSAGES = {
    INVALID_LENGTH: "身份证号码应为18位：前17位是数字，最后一位是数字或X",
    INVALID_DIVISION: "身份证号码的地区代码不正确，请核对前6位",
    INVALID_BIRTH_DATE: "身份证号码中的出生日期不正确，请核对第7至14位",
    INVALID_CHECKSUM: "身份证号码校验位不符，请逐位核对后重新输入",
}


@dataclass(frozen=True)
class IdCheck:
    """The outcome of checking one ID number.

    `number` is the normalised form (full-width characters folded, spaces removed, x → X)
    whether or not it is valid, so a caller stores and indexes exactly what was checked.
    `code` and `message` are None when `ok`.
    """

    ok: bool
    number: str
    code: str | None = None
    message: str | None = None


class Sex(enum.StrEnum):
    MALE = "male"
    FEMALE = "female"


def normalize_id_number(raw: str) -> str:
    """Fold what phone keyboards and copy-paste produce into the canonical 18-char form.

    NFKC turns full-width digits and Ｘ (Chinese input methods) into ASCII; whitespace inside
    is dropped ("520102 19900307 1234" is how people read numbers aloud and type them).
    """
    folded = unicodedata.normalize("NFKC", raw or "")
    return "".join(folded.split()).upper()


def id_check_char(body17: str) -> str:
    """The check character for the first 17 digits."""
    total = sum(int(ch) * w for ch, w in zip(body17, _WEIGHTS, strict=True))
    return _CHECK_CHARS[total % 11]


def _fail(number: str, code: str) -> IdCheck:
    return IdCheck(ok=False, number=number, code=code, message=_MESSAGES[code])


def _parse_birth(number: str) -> date | None:
    try:
        return date(int(number[6:10]), int(number[10:12]), int(number[12:14]))
    except ValueError:
        return None


def validate_id_number(raw: str, *, today: date | None = None) -> IdCheck:
    """Check a resident ID number and say what is wrong in terms a citizen can act on.

    Order: shape (INVALID_LENGTH also covers characters outside 0-9/X, since both mean "this
    is not an 18-character ID number"), then the province prefix, then the birth date (a real
    day, from 1900 up to `today`, default today in Asia/Shanghai), then the check character.
    Only the province is checked, not the full six-digit code: numbers keep the division of
    their first issue, and many of those divisions have since been merged or renamed.
    """
    number = normalize_id_number(raw)
    if (
        len(number) != 18
        or not set(number[:17]) <= _ASCII_DIGITS
        or number[17] not in _ASCII_DIGITS | {"X"}
    ):
        return _fail(number, INVALID_LENGTH)
    if number[:2] not in PROVINCE_PREFIXES:
        return _fail(number, INVALID_DIVISION)
    born = _parse_birth(number)
    today = today or now().date()
    if born is None or born < _EARLIEST_BIRTH or born > today:
        return _fail(number, INVALID_BIRTH_DATE)
    if id_check_char(number[:17]) != number[17]:
        return _fail(number, INVALID_CHECKSUM)
    return IdCheck(ok=True, number=number)


def _valid(id_number: str) -> str:
    check = validate_id_number(id_number)
    if not check.ok:
        raise ValueError(f"not a valid ID number ({check.code})")
    return check.number


def birth_date(id_number: str) -> date:
    """Birth date encoded in a valid ID number (ValueError if it is not valid)."""
    born = _parse_birth(_valid(id_number))
    assert born is not None  # validate_id_number checked it
    return born


def age_on(id_number: str, on: date) -> int:
    """Completed years on `on`; someone born on 29 February turns a year older on 1 March."""
    born = birth_date(id_number)
    return on.year - born.year - ((on.month, on.day) < (born.month, born.day))


def sex(id_number: str) -> Sex:
    """The 17th character is the sequence's last digit: odd for men, even for women."""
    return Sex.MALE if int(_valid(id_number)[16]) % 2 else Sex.FEMALE


def mask_id_number(id_number: str) -> str:
    """`520102********1234`: division and last four, enough for the owner to recognise it."""
    number = normalize_id_number(id_number)
    if len(number) != 18:
        return "*" * len(number)
    return f"{number[:6]}{'*' * 8}{number[-4:]}"


_MOBILE = re.compile(r"1[3-9][0-9]{9}")
_PHONE_SEPARATORS = re.compile(r"[\s\-]")


def normalize_phone(raw: str) -> str | None:
    """The 11-digit mainland mobile number in `raw`, or None if it is not one.

    Accepts what people paste: spaces and dashes ("138-0013-8000"), full-width digits, and
    a +86 / 0086 / 86 country prefix. One canonical form means one account per phone and
    one rate-limit bucket per phone, however the number was typed.
    """
    digits = _PHONE_SEPARATORS.sub("", unicodedata.normalize("NFKC", raw or ""))
    if digits.startswith("+86"):
        digits = digits[3:]
    elif digits.startswith("0086"):
        digits = digits[4:]
    elif digits.startswith("86") and len(digits) == 13:
        digits = digits[2:]
    return digits if _MOBILE.fullmatch(digits) else None


def is_mainland_mobile(raw: str) -> bool:
    return normalize_phone(raw) is not None


def mask_phone(phone: str) -> str:
    """`138****8000`: carrier prefix and last four, as SMS receipts and bank apps show it."""
    number = normalize_phone(phone) or _PHONE_SEPARATORS.sub("", phone or "")
    if len(number) < 8:
        return "*" * len(number)
    return f"{number[:3]}{'*' * (len(number) - 7)}{number[-4:]}"


def mask_name(name: str) -> str:
    """`张**`: the first character (usually the surname) and one star per other character."""
    name = (name or "").strip()
    if len(name) <= 1:
        return "*" * len(name)
    return name[0] + "*" * (len(name) - 1)


def mask_address(address: str) -> str:
    """`贵阳市南明区****`: the first six characters (city and district), enough to route a visit
    or recognise one's own, never the street and door number."""
    address = (address or "").strip()
    return address[:6] + "****" if len(address) > 6 else "*" * len(address)


def disability_certificate_ok(number: str, id_number: str) -> bool:
    """第二代残疾人证 numbers are the holder's 18-character ID number followed by the category
    (1–7) and level (1–4) digits, so the certificate must start with the applicant's own ID."""
    n = normalize_id_number(number or "")
    return len(n) == 20 and n[:18] == normalize_id_number(id_number) and n[18] in "1234567" and n[19] in "1234"
