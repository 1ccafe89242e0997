from domain.codes import government_credit_code, implementation_code, is_implementation_code, is_valid_credit_code


def test_credit_code_check_character():
    assert is_valid_credit_code("91350100M000100Y43")  # a published example
    assert not is_valid_credit_code("91350100M000100Y44")
    code = government_credit_code("520103", 1234)
    assert code.startswith("11520103") and is_valid_credit_code(code)


def test_implementation_code_says_what_where_and_who():
    code = implementation_code("2000001000", "520103", 1)
    assert code == "200000100052010300000001" and is_implementation_code(code)
    assert implementation_code("2000001000", "522634101201", 2).endswith("52263410120102")
