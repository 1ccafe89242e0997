"""Search terms for the service catalog: what citizens type → rows of the `search_term` index.

Pure functions, no I/O. An item's name, aliases and themes become weighted *terms*; a query
becomes weighted terms of the same kinds, and one indexed SQL query ranks items:

    SELECT item_id, SUM(index.weight * query.weight) FROM search_term
    WHERE term IN (<query terms>) GROUP BY item_id ORDER BY 2 DESC

Term kinds (the prefix keeps kinds apart; normalised text is only [0-9a-z] and CJK, so a
prefix character can never be confused with content):

| term            | from                                   | finds                                   |
|-----------------|----------------------------------------|-----------------------------------------|
| `社保`, `社`     | CJK bigrams / single characters         | Chinese words and phrases               |
| `=社保卡`        | the whole text                          | query equals (or contains) an alias     |
| `~社保卡`        | CJK substrings of 3–6 characters        | text contains the whole query           |
| `^结婚`          | text prefixes of 2–6 characters         | text starts with the whole query        |
| `p:bao`         | trigrams of the concatenated pinyin     | full pinyin, with one typo              |
| `p^sh`          | first two pinyin letters                | start of the text, 2-letter queries     |
| `p=shebaoka`    | the whole pinyin                        | exact full pinyin (`she bao ka`)        |
| `i=sbk`         | initials of every syllable              | pinyin initials                         |
| `i~sbk`         | initials substrings of 2–5 letters      | initials of part of an alias            |

A pinyin query with one typo (`shebaoak`, `shebaka`, `shbaoka`) still shares most of its
trigrams with the right text. Trigram and bigram weights shrink with the text's length, so a
short alias covered by the query outranks a long text that merely mentions it; name terms
weigh more than alias terms, alias terms more than theme terms.

Query side: pinyin trigrams only when the citizen typed letters (`shebaoka`, `社保ka`); a query
in characters looks up its whole pinyin only (a homophone picked by mistake in the IME, 设保卡,
still finds 社保卡) — common trigrams (`hen`, `ing`, `zhe`) match a large part of the catalog
and would multiply the rows the ranking query reads. Whole-query terms come first, so the cap
of MAX_QUERY_TERMS never drops them.
"""

from __future__ import annotations

import math
import unicodedata

from pypinyin import Style, lazy_pinyin

MAX_TERM_LENGTH = 32  # search_term.term is CharField(32)
MAX_QUERY_TERMS = 64  # keeps `term IN (...)` short whatever the citizen types

# How much a term from each part of the item counts.
NAME, ALIAS, THEME = 1.0, 0.7, 0.3

# Index-side weights per term kind (multiplied by the source weight above).
W_BIGRAM = 1.0
W_CHAR = 0.2
W_EXACT = 4.0
W_CONTAINS = 1.5
W_PREFIX = 0.5
W_TRIGRAM = 0.6
W_PY_START = 0.5
W_PY_EXACT = 4.0
W_INITIALS = 3.0
W_INITIALS_PART = 1.0

# Query-side weight of the whole pinyin of a query typed in characters only (homophones still
# match, far below the characters themselves).
PINYIN_OF_HANZI = 0.5

CONTAINS_LENGTHS = range(3, 7)
PREFIX_LENGTHS = range(2, 7)
INITIALS_PART_LENGTHS = range(2, 6)
# Query substrings looked up as whole aliases/names, in this order, at most this many.
SUBSTRING_LENGTHS = (3, 4, 2, 5, 6, 7, 8, 9, 10)
SUBSTRING_BUDGET = 28


def is_cjk(ch: str) -> bool:
    o = ord(ch)
    return (
        0x4E00 <= o <= 0x9FFF
        or 0x3400 <= o <= 0x4DBF
        or 0xF900 <= o <= 0xFAFF
        or 0x20000 <= o <= 0x3134F
        or ch == "〇"
    )


def normalize(text: str) -> str:
    """Lowercase, full-width → half-width (NFKC), ü → v, drop punctuation and whitespace."""
    s = unicodedata.normalize("NFKC", text or "").lower().replace("ü", "v")
    return "".join(ch for ch in s if ("a" <= ch <= "z") or ("0" <= ch <= "9") or is_cjk(ch))


def _cjk_runs(text: str) -> list[str]:
    runs, cur = [], []
    for ch in text:
        if is_cjk(ch):
            cur.append(ch)
        elif cur:
            runs.append("".join(cur))
            cur = []
    if cur:
        runs.append("".join(cur))
    return runs


def pinyin(text: str) -> str:
    """Concatenated toneless pinyin; letters and digits pass through (`社保ka` → `shebaoka`)."""
    return "".join(lazy_pinyin(text)) if text else ""


def initials(text: str) -> str:
    """First letter of every syllable (`社会保障卡` → `shbzk`); latin runs pass through whole."""
    return "".join(lazy_pinyin(text, style=Style.FIRST_LETTER)) if text else ""


def _ngrams(s: str, n: int) -> list[str]:
    return [s[i : i + n] for i in range(len(s) - n + 1)]


def _length_factor(n: int) -> float:
    """1 for up to 4 n-grams, then shrinking with the square root of the count."""
    return math.sqrt(4 / max(n, 4))


def _put(terms: dict[str, float], term: str, weight: float) -> None:
    """Keep the larger weight: one row per (term, item), the best source wins."""
    if not term or len(term) > MAX_TERM_LENGTH or weight <= 0:
        return
    if weight > terms.get(term, 0.0):
        terms[term] = weight


def _text_terms(terms: dict[str, float], text: str, source: float, *, with_pinyin: bool = True) -> None:
    t = normalize(text)
    if not t:
        return
    runs = _cjk_runs(t)
    bigrams = [g for r in runs for g in _ngrams(r, 2)]
    chars = [c for r in runs for c in r]
    lb, lc = _length_factor(len(bigrams)), _length_factor(len(chars))
    for g in bigrams:
        _put(terms, g, W_BIGRAM * lb * source)
    for c in chars:
        _put(terms, c, W_CHAR * lc * source)
    _put(terms, "=" + t, W_EXACT * source)
    for r in runs:
        for k in CONTAINS_LENGTHS:
            for sub in _ngrams(r, k):
                _put(terms, "~" + sub, W_CONTAINS * source)
    for k in PREFIX_LENGTHS:
        if len(t) >= k:
            _put(terms, "^" + t[:k], W_PREFIX * source)
    if not with_pinyin:
        return
    py = pinyin(t)
    tris = _ngrams(py, 3)
    lt = _length_factor(len(tris))
    for g in tris:
        _put(terms, "p:" + g, W_TRIGRAM * lt * source)
    if len(py) >= 2:
        _put(terms, "p^" + py[:2], W_PY_START * source)
    _put(terms, "p=" + py, W_PY_EXACT * source)
    ini = initials(t)
    if len(ini) >= 2:
        _put(terms, "i=" + ini, W_INITIALS * source)
        for k in INITIALS_PART_LENGTHS:
            for sub in _ngrams(ini, k):
                _put(terms, "i~" + sub, W_INITIALS_PART * source)


def index_terms(name: str, aliases: list[str], themes: list[str]) -> dict[str, float]:
    """Weighted terms of one basic item (one `search_term` row each)."""
    terms: dict[str, float] = {}
    _text_terms(terms, name, NAME)
    for a in aliases or []:
        _text_terms(terms, a, ALIAS)
    for th in themes or []:
        _text_terms(terms, th, THEME, with_pinyin=False)
    return {t: round(w, 4) for t, w in terms.items()}


class _Bounded:
    """Ordered, capped term collection: earlier (more telling) terms are kept first."""

    def __init__(self, limit: int) -> None:
        self.limit = limit
        self.terms: dict[str, float] = {}

    def add(self, term: str, weight: float) -> None:
        if not term or len(term) > MAX_TERM_LENGTH or weight <= 0:
            return
        if term in self.terms:
            self.terms[term] = max(self.terms[term], weight)
        elif len(self.terms) < self.limit:
            self.terms[term] = weight


def query_terms(query: str) -> dict[str, float]:
    """Weighted terms of what a citizen typed (at most MAX_QUERY_TERMS, each ≤ 32 chars)."""
    q = normalize(query)
    out = _Bounded(MAX_QUERY_TERMS)
    if not q:
        return {}
    runs = _cjk_runs(q)
    has_latin = any(not is_cjk(ch) for ch in q)
    latin_only = not runs
    py = pinyin(q)

    # Whole-query terms first: they say the most and must survive the cap.
    if runs:
        out.add("=" + q, 1.0)
        if len(q) in CONTAINS_LENGTHS and len(runs) == 1 and runs[0] == q:
            out.add("~" + q, 1.0)
        if len(q) in PREFIX_LENGTHS:
            out.add("^" + q, 1.0)
    # Typed in characters only, the pinyin is used whole: a homophone typed by picking the wrong
    # IME candidate (设保卡) still finds 社保卡, without the many rows of common trigrams.
    out.add("p=" + py, 1.0 if has_latin else PINYIN_OF_HANZI)
    if latin_only and q.isalpha() and 2 <= len(q) <= 8:
        out.add("i=" + q, 1.0)
        if len(q) in INITIALS_PART_LENGTHS:
            out.add("i~" + q, 1.0)
    if has_latin and len(py) >= 2:
        out.add("p^" + py[:2], 1.0)

    bigrams = [g for r in runs for g in _ngrams(r, 2)]
    if has_latin:
        # Pinyin is what the citizen typed: trigrams before character terms.
        for g in dict.fromkeys(_ngrams(py, 3)):
            out.add("p:" + g, 1.0)
    for g in bigrams:
        out.add(g, 1.0)
    # Query contains a whole alias or name (社保卡丢了怎么办 ⊃ 社保卡丢了, 社保卡). Aliases are
    # mostly 3–5 characters, so those lengths come first; a budget keeps room for the rest.
    budget = SUBSTRING_BUDGET
    for k in SUBSTRING_LENGTHS:
        for r in runs:
            for sub in _ngrams(r, k):
                if budget and sub != q and "=" + sub not in out.terms:
                    out.add("=" + sub, 0.8)
                    budget -= 1
    for r in runs:
        for c in r:
            out.add(c, 1.0)
    return dict(out.terms)
