"""GB 11643 ID numbers, mainland mobile numbers and the masks shown to non-owners."""

from datetime import date

import pytest

from domain.identity import (
    INVALID_BIRTH_DATE,
    INVALID_CHECKSUM,
    INVALID_DIVISION,
    INVALID_LENGTH,
    Sex,
    age_on,
    birth_date,
    is_mainland_mobile,
    mask_id_number,
    mask_name,
    mask_phone,
    normalize_phone,
    sex,
    validate_id_number,
)

WEIGHTS = (7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2)
TODAY = date(2026, 6, 1)


def make_id(division: str = "520102", born: str = "19900307", seq: str = "123") -> str:
    """A valid ID number, computed independently of the module under test."""
    body = division + born + seq
    return body + "10X98765432"[sum(int(c) * w for c, w in zip(body, WEIGHTS)) % 11]


def check(number: str):
    return validate_id_number(number, today=TODAY)


def test_published_example_number_is_valid():
    # The sample number printed in GB 11643-1999 itself.
    assert check("11010519491231002X").ok


@pytest.mark.parametrize(
    "number",
    [make_id(), make_id("520103", "20000229", "246"), make_id("110105", "19000101", "001"),
     make_id("820000", "20260601", "555"), make_id("710000", "19751015", "888")],
)
def test_valid_numbers(number):
    result = check(number)
    assert result.ok and result.code is None and result.message is None and result.number == number


def test_check_char_x_and_normalisation():
    # find a body whose check character is X
    number = next(n for n in (make_id(seq=f"{i:03d}") for i in range(1000)) if n.endswith("X"))
    assert check(number).ok
    lower = number[:-1] + "x"
    assert check(lower).ok and check(lower).number == number
    spaced = f" {number[:6]} {number[6:14]} {number[14:].lower()} "
    assert check(spaced).number == number and check(spaced).ok
    full_width = number.translate(str.maketrans("0123456789X", "０１２３４５６７８９Ｘ"))
    assert check(full_width).ok


@pytest.mark.parametrize(
    "number",
    ["", "52010219900307123", make_id() + "0", "5201021990030712", "52010219900307123A",
     "5201021990030712X3", "52010219900307１２３".replace("１", "一"), None],
)
def test_invalid_length_or_characters(number):
    result = check(number)
    assert not result.ok and result.code == INVALID_LENGTH and "18位" in result.message


@pytest.mark.parametrize("division", ["000000", "100101", "160101", "240101", "380101", "470101",
                                      "550101", "660101", "720101", "830101", "910101", "990101"])
def test_invalid_division(division):
    result = check(make_id(division=division))
    assert result.code == INVALID_DIVISION and "地区" in result.message


@pytest.mark.parametrize("born", ["19900230", "20250229", "19901301", "19900000", "18991231",
                                  "20260602", "30000101", "00000000"])
def test_invalid_birth_date(born):
    result = check(make_id(born=born))
    assert result.code == INVALID_BIRTH_DATE and "出生日期" in result.message


def test_birth_date_today_is_allowed_and_default_today_is_used():
    assert check(make_id(born="20260601")).ok
    assert validate_id_number(make_id(born="30000101")).code == INVALID_BIRTH_DATE


def test_invalid_checksum_catches_one_wrong_digit_and_swaps():
    good = make_id()
    wrong_check = good[:17] + ("0" if good[17] != "0" else "1")
    assert check(wrong_check).code == INVALID_CHECKSUM
    typo = good[:15] + str((int(good[15]) + 1) % 10) + good[16:]
    assert check(typo).code == INVALID_CHECKSUM
    assert "校验" in check(typo).message


def test_birth_date_age_and_sex():
    man = make_id(born="19900307", seq="123")  # 3 odd → male
    woman = make_id(born="20000229", seq="124")  # 4 even → female
    assert birth_date(man) == date(1990, 3, 7)
    assert sex(man) is Sex.MALE and sex(woman) is Sex.FEMALE and sex(woman) == "female"
    assert age_on(man, date(2026, 3, 6)) == 35 and age_on(man, date(2026, 3, 7)) == 36
    assert age_on(woman, date(2026, 2, 28)) == 25 and age_on(woman, date(2026, 3, 1)) == 26
    assert age_on(woman, date(2028, 2, 29)) == 28
    with pytest.raises(ValueError):
        birth_date(man[:17] + "Y")
    with pytest.raises(ValueError):
        sex("123")


def test_masks():
    assert mask_id_number("520102199003071234") == "520102********1234"
    assert mask_id_number("52010219900307123x") == "520102********123X"
    assert mask_id_number("12345") == "*****"
    assert mask_phone("13800138000") == "138****8000"
    assert mask_phone("+86 138-0013-8000") == "138****8000"
    assert mask_phone("1234") == "****"
    assert mask_name("张三丰") == "张**" and mask_name("张三") == "张*" and mask_name("张") == "*"
    assert mask_name(" 欧阳娜娜 ") == "欧***" and mask_name("") == ""
    assert mask_name("阿依古丽·买买提") == "阿*******"


@pytest.mark.parametrize(
    "raw,expected",
    [("13800138000", "13800138000"), ("+86 138 0013 8000", "13800138000"),
     ("+8613800138000", "13800138000"), ("8613800138000", "13800138000"),
     ("0086-138-0013-8000", "13800138000"), ("199-0000-1111", "19900001111"),
     ("１３８００１３８０００", "13800138000"),
     ("12800138000", None), ("10800138000", None), ("1380013800", None), ("138001380001", None),
     ("2380013800", None), ("138o0138000", None), ("", None), ("+1 415 555 0100", None),
     ("(138)00138000", None), ("١٣٨٠٠١٣٨٠٠٠", None)],
)
def test_normalize_phone(raw, expected):
    assert normalize_phone(raw) == expected
    assert is_mainland_mobile(raw) is (expected is not None)
