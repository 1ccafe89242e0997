"""domain.search: the terms that let one `term IN (…) GROUP BY item` query rank the catalog.

Pure unit tests, no database: a tiny in-memory scorer does what the SQL does
(SUM(index weight × query weight) over shared terms) on a handful of real item texts.
"""

from __future__ import annotations

import pytest

from domain.search import MAX_QUERY_TERMS, MAX_TERM_LENGTH, index_terms, normalize, query_terms

CATALOG = {
    "社会保障卡申领": (["办社保卡", "社保卡", "申请社保卡", "社保卡办理"], ["社会保障"]),
    "社会保障卡挂失": (["社保卡丢了", "社保卡挂失"], ["社会保障"]),
    "社会保障卡补换": (["补办社保卡", "换社保卡"], ["社会保障"]),
    "结婚登记": (["领结婚证", "登记结婚"], ["户籍身份"]),
    "离婚登记": (["办离婚", "离婚手续"], ["户籍身份"]),
    "补领结婚证": (["结婚证丢了", "补办结婚证"], ["户籍身份"]),
    "居民身份证申领": (["办身份证", "身份证办理"], ["户籍身份"]),
    "居民身份证挂失": (["身份证丢了", "身份证挂失"], ["户籍身份"]),
    "失业保险金申领": (["领失业金", "失业金"], ["社会保障"]),
    "城乡居民基本养老保险参保登记": (["交养老保险", "农村养老保险"], ["社会保障"]),
    "住房公积金提取": (["取公积金", "公积金提取"], ["住房保障"]),
    "最低生活保障金给付": (["低保", "申请低保"], ["社会保障"]),
    "机动车驾驶证换证": (["驾照到期", "换驾照"], ["交通出行"]),
}

INDEX = {name: index_terms(name, aliases, themes) for name, (aliases, themes) in CATALOG.items()}


def score(index: dict[str, float], query: dict[str, float]) -> float:
    return sum(index[t] * w for t, w in query.items() if t in index)


def ranking(query: str) -> list[str]:
    q = query_terms(query)
    scored = [(score(idx, q), name) for name, idx in INDEX.items()]
    return [name for s, name in sorted(scored, key=lambda p: (-p[0], p[1])) if s > 0]


# --- normalisation -------------------------------------------------------------------------


def test_normalize_folds_width_case_punctuation_and_spaces():
    assert normalize("ＳＨＥＢＡＯＫＡ") == "shebaoka"
    assert normalize("  She Bao\tKa  ") == "shebaoka"
    assert normalize("社保卡，丢了！怎么办？") == "社保卡丢了怎么办"
    assert normalize("《社会保障卡》（申领）") == "社会保障卡申领"
    assert normalize("１２３４５热线") == "12345热线"
    assert normalize("lü") == "lv"
    assert normalize("？！…") == ""


# --- each kind of query shares terms with the right text ------------------------------------


def shared(query: str, name: str) -> set[str]:
    return set(query_terms(query)) & set(INDEX[name])


def test_chinese_words_share_bigrams_with_the_name():
    assert "结婚" in shared("结婚", "结婚登记")
    assert {"社会", "保障"} <= shared("社会保障卡", "社会保障卡申领")


def test_colloquial_wording_matches_an_alias_exactly():
    assert "=办社保卡" in shared("办社保卡", "社会保障卡申领")
    # The query contains a whole alias: 社保卡丢了怎么办 ⊃ 社保卡丢了.
    assert "=社保卡丢了" in shared("社保卡丢了怎么办", "社会保障卡挂失")


def test_full_pinyin_with_or_without_spaces_matches_exactly():
    for q in ("shebaoka", "she bao ka", "SheBaoKa", "ＳＨＥＢＡＯＫＡ"):
        assert "p=shebaoka" in shared(q, "社会保障卡申领"), q


def test_pinyin_initials():
    assert "i=sbk" in shared("sbk", "社会保障卡申领")
    assert "i=jhdj" in shared("jhdj", "结婚登记")


@pytest.mark.parametrize("typo", ["shebaoak", "shebaka", "shbaoka", "shebapka"])
def test_pinyin_with_one_typo_keeps_most_trigrams(typo):
    common = {t for t in shared(typo, "社会保障卡申领") if t.startswith("p:")}
    assert len(common) >= 3, common


def test_mixed_hanzi_and_pinyin_does_not_crash_and_matches():
    terms = query_terms("社保ka")
    assert "p=shebaoka" in terms and "社保" in terms
    assert ranking("社保ka")[0] == "社会保障卡申领"


def test_homophone_typed_in_characters_matches_through_pinyin():
    # 设保卡: the wrong IME candidate, same pinyin as 社保卡.
    assert "p=shebaoka" in shared("设保卡", "社会保障卡申领")


# --- ranking -------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "query", ["办社保卡", "社保卡", "shebaoka", "she bao ka", "sbk", "shebaoak", "shebaka", "shbaoka", "社保ka"]
)
def test_social_security_card_application_ranks_first(query):
    assert ranking(query)[0] == "社会保障卡申领"


@pytest.mark.parametrize(
    ("query", "expected"),
    [
        ("结婚", "结婚登记"),
        ("结婚登记", "结婚登记"),
        ("jiehundengji", "结婚登记"),
        ("离婚", "离婚登记"),
        ("结婚证丢了", "补领结婚证"),
        ("社保卡丢了怎么办", "社会保障卡挂失"),
        ("身份证丢了", "居民身份证挂失"),
        ("办身份证", "居民身份证申领"),
        ("低保", "最低生活保障金给付"),
        ("gongjijin", "住房公积金提取"),
        ("gjj", "住房公积金提取"),
        ("养老保险", "城乡居民基本养老保险参保登记"),
        ("换驾照", "机动车驾驶证换证"),
    ],
)
def test_ranking(query, expected):
    assert ranking(query)[0] == expected


def test_name_match_outweighs_alias_match():
    idx = {
        "by_name": index_terms("失业登记", [], []),
        "by_alias": index_terms("就业创业证申领", ["失业登记"], []),
    }
    q = query_terms("失业登记")
    assert score(idx["by_name"], q) > score(idx["by_alias"], q) > 0


def test_exact_phrase_containment_gets_extra_weight():
    # Both contain the characters 保 and 障 and the bigram 保障 …
    contains = index_terms("最低生活保障卡申领", [], [])
    scattered = index_terms("保障性住房卡务申领", [], [])
    q = query_terms("保障卡申领")
    assert "~保障卡申领" in contains and "~保障卡申领" not in scattered
    assert score(contains, q) > score(scattered, q)


def test_theme_matches_weigh_least():
    idx = index_terms("失业保险金申领", ["失业金"], ["社会保障"])
    assert idx["=社会保障"] < idx["=失业金"] < idx["=失业保险金申领"]


# --- bounds --------------------------------------------------------------------------------


def test_terms_fit_the_column_and_queries_stay_bounded():
    long_name = "建设项目使用林地及在森林和野生动物类型国家级自然保护区建设审批（含临时使用林地）" * 2
    queries = [
        "我想办理一下社会保障卡但是不知道去哪里办理需要什么材料可以在网上办吗谢谢",
        "shehuibaozhangkashenlingbanlizhinanzaixianbanli",
        "社保ka丢了bu办",
        "x" * 50,
    ]
    for terms in [index_terms(long_name, ["很长很长的别名" * 10], ["社会保障"])] + [query_terms(q) for q in queries]:
        assert terms
        assert all(0 < len(t) <= MAX_TERM_LENGTH for t in terms)
        assert all(w > 0 for w in terms.values())
    for q in queries:
        assert len(query_terms(q)) <= MAX_QUERY_TERMS


def test_nothing_to_search_gives_no_terms():
    assert query_terms("") == {}
    assert query_terms("   ") == {}
    assert query_terms("？！，。") == {}
    assert index_terms("", [], []) == {}


def test_index_terms_are_deterministic_and_one_weight_per_term():
    a = index_terms("社会保障卡申领", ["办社保卡", "社保卡"], ["社会保障"])
    b = index_terms("社会保障卡申领", ["办社保卡", "社保卡"], ["社会保障"])
    assert a == b
    assert len(a) == len(set(a))
