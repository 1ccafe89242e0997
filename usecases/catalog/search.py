"""Catalog search: what citizens type (办社保卡, shebaoka, sbk, shebaoak) → published items.

The `search_term` index holds weighted terms of every basic item (domain.search). A search is
a fixed number of SQL statements whatever `first` is:

1. (with a division) the division row, for its ancestor codes;
2. ranking: query terms joined to `search_term`, summed per basic item, top K;
3. ids of the published implementations of the best of those items (a second such statement
   only when the best ones did not fill the page);
4. the chosen implementations with item, department and division;
5. their published versions, themes and life events (usecases.catalog.browse.load_related).
"""

from __future__ import annotations

from tortoise.transactions import in_transaction

from domain.search import index_terms, query_terms
from models import Division, ItemImplementation, SearchTerm, ServiceItem
from usecases.catalog.browse import check_page_size, load_related
from usecases.errors import invalid

MAX_QUERY_LENGTH = 50
LEVEL_ORDER = {"province": 0, "city": 1, "county": 2, "township": 3, "village": 4}
ITEMS_PER_CHUNK = 200  # basic items whose terms are built and inserted at a time
INSERT_BATCH = 1000  # search_term rows per INSERT batch
DELETE_CHUNK = 500  # ids per DELETE … WHERE item_id IN (…)


# --- index -------------------------------------------------------------------------------


def _chunks(seq: list, n: int):
    for i in range(0, len(seq), n):
        yield seq[i : i + n]


async def reindex_items(item_ids: list[int] | None = None, conn=None) -> int:
    """Rebuild the search terms of these basic items (all when None); returns rows written.

    Runs in `conn` (a caller's transaction) when given, else in its own transaction, so a
    search never sees an item half indexed.
    """
    if conn is None:
        async with in_transaction() as own:
            return await _reindex(item_ids, own)
    return await _reindex(item_ids, conn)


async def _reindex(item_ids: list[int] | None, conn) -> int:
    if item_ids is None:
        await SearchTerm.all().using_db(conn).delete()
        ids = list(await ServiceItem.all().using_db(conn).order_by("id").values_list("id", flat=True))
    else:
        ids = sorted(set(item_ids))
        for chunk in _chunks(ids, DELETE_CHUNK):
            await SearchTerm.filter(item_id__in=chunk).using_db(conn).delete()
    written = 0
    for chunk in _chunks(ids, ITEMS_PER_CHUNK):
        items = await ServiceItem.filter(id__in=chunk).using_db(conn).prefetch_related("themes")
        rows = [
            SearchTerm(term=term, item_id=item.id, weight=weight)
            for item in items
            for term, weight in index_terms(item.name, list(item.aliases or []), [t.name for t in item.themes]).items()
        ]
        if rows:
            await SearchTerm.bulk_create(rows, batch_size=INSERT_BATCH, using_db=conn)
        written += len(rows)
    return written


# --- query -------------------------------------------------------------------------------


def _check_query(query: str | None) -> str:
    q = (query or "").strip()
    if not q:
        raise invalid("query", "请输入要搜索的事项名称或关键词")
    if len(q) > MAX_QUERY_LENGTH:
        raise invalid("query", f"搜索内容不能超过{MAX_QUERY_LENGTH}个字（当前{len(q)}个字）")
    return q


class _Params:
    """Positional parameters in the connection's style (SQLite `?`, asyncpg `$n`)."""

    def __init__(self, dialect: str) -> None:
        self.postgres = dialect == "postgres"
        self.values: list = []

    def __call__(self, value) -> str:
        self.values.append(value)
        return f"${len(self.values)}" if self.postgres else "?"


def _ranked_cte(terms: dict[str, float], limit: int, p: _Params) -> str:
    """`q` = the query terms as rows; `ranked` = the top `limit` basic items by summed weight.

    The (term, item_id, weight) index makes each query term one index range read with no
    table access; `q` is small (≤ MAX_QUERY_TERMS rows).
    """
    real = "DOUBLE PRECISION" if p.postgres else "REAL"
    rows = ", ".join(f"(CAST({p(t)} AS VARCHAR(32)), CAST({p(w)} AS {real}))" for t, w in terms.items())
    return (
        f"WITH q(term, w) AS (VALUES {rows}), "
        "ranked AS ("
        "SELECT st.item_id AS item_id, SUM(st.weight * q.w) AS score "
        "FROM q JOIN search_term st ON st.term = q.term "
        f"GROUP BY st.item_id ORDER BY score DESC, st.item_id LIMIT {int(limit)}) "
    )


async def rank_items(query: str, limit: int) -> list[tuple[int, float]]:
    """Basic item ids with their scores, best first (one SQL statement; no validation)."""
    terms = query_terms(query)
    if not terms:
        return []
    conn = ServiceItem._meta.db
    p = _Params(conn.capabilities.dialect)
    sql = _ranked_cte(terms, limit, p) + "SELECT item_id, score FROM ranked ORDER BY score DESC, item_id"
    rows = await conn.execute_query_dict(sql, p.values)
    return [(int(r["item_id"]), float(r["score"])) for r in rows]


_LEVEL_CASE = "CASE i.level " + " ".join(f"WHEN '{lv}' THEN {n}" for lv, n in LEVEL_ORDER.items()) + " ELSE 9 END"


def _code_range(basic_code: str) -> tuple[str, str]:
    """Bounds of the implementation codes of one basic item.

    Implementation codes are the 10-digit basic code + the division code padded to 12 digits
    + a 2-digit sequence (domain.codes.implementation_code), so a basic item's implementations
    are one range of the unique index on `code`. item_implementation has no index on item_id;
    item_id is still checked, the range only turns the lookup into an index read.
    """
    return basic_code, basic_code + "9" * (24 - len(basic_code))


async def _ranked(terms: dict[str, float], limit: int) -> list[dict]:
    """Top basic items, best first: item_id, basic_code, score (one statement)."""
    conn = ServiceItem._meta.db
    p = _Params(conn.capabilities.dialect)
    sql = _ranked_cte(terms, limit, p) + (
        "SELECT r.item_id AS item_id, si.basic_code AS basic_code, r.score AS score "
        "FROM ranked r JOIN service_item si ON si.id = r.item_id ORDER BY r.score DESC, r.item_id"
    )
    return await conn.execute_query_dict(sql, p.values)


async def _published(ranked: list[dict], first: int) -> list[int]:
    """Ids of the published implementations of the ranked items: by item rank, level, code.

    One statement. The code ranges are literal parameters, so both planners see an OR of small
    ranges of the `code` index; the database orders and cuts (LIMIT first).
    """
    conn = ServiceItem._meta.db
    p = _Params(conn.capabilities.dialect)
    ranges = []
    for r in ranked:
        low, high = _code_range(r["basic_code"])
        ranges.append(f"(i.code >= {p(low)} AND i.code <= {p(high)})")
    # Placeholders are made in the order they appear in the text (SQLite's `?` are positional).
    sql = f"SELECT i.id AS id FROM item_implementation i WHERE ({' OR '.join(ranges)}) "
    sql += f"AND i.item_id IN ({', '.join(p(int(r['item_id'])) for r in ranked)}) "
    sql += f"AND i.status = {p('published')} "
    rank = " ".join(f"WHEN {p(int(r['item_id']))} THEN {n}" for n, r in enumerate(ranked))
    sql += f"ORDER BY CASE i.item_id {rank} END, {_LEVEL_CASE}, i.code LIMIT {int(first)}"
    return [int(r["id"]) for r in await conn.execute_query_dict(sql, p.values)]


async def _serving(ranked: list[dict], ancestors: list[str]) -> list[int]:
    """Per ranked item (in rank order), the id of its published implementation serving the
    division: the division's own, else the nearest ancestor's (then the lowest code).

    One statement: a correlated subquery per item, so both planners read one `code` index range
    per item whatever their estimates, never a scan of item_implementation.
    """
    conn = ServiceItem._meta.db
    p = _Params(conn.capabilities.dialect)
    rows = []
    for r in ranked:
        low, high = _code_range(r["basic_code"])
        rows.append(
            f"(CAST({p(int(r['item_id']))} AS INTEGER), CAST({p(low)} AS VARCHAR(24)), "
            f"CAST({p(high)} AS VARCHAR(24)))"
        )
    # Placeholders are made in the order they appear in the text (SQLite's `?` are positional).
    sql = f"WITH v(item_id, low, high) AS (VALUES {', '.join(rows)}) "
    sql += (
        "SELECT v.item_id AS item_id, ("
        "SELECT i.id FROM item_implementation i "
        "WHERE i.code >= v.low AND i.code <= v.high AND i.item_id = v.item_id "
        f"AND i.status = {p('published')} "
    )
    sql += f"AND i.division_id IN ({', '.join(p(code) for code in ancestors)}) "
    depth = " ".join(f"WHEN {p(code)} THEN {n}" for n, code in enumerate(ancestors))
    sql += f"ORDER BY CASE i.division_id {depth} END DESC, i.code LIMIT 1) AS id FROM v"
    found = {int(r["item_id"]): r["id"] for r in await conn.execute_query_dict(sql, p.values)}
    return [int(found[int(r["item_id"])]) for r in ranked if found.get(int(r["item_id"])) is not None]


async def search(
    query: str, first: int = 10, division_code: str | None = None
) -> list[tuple[ItemImplementation, float]]:
    """Published implementations of the best-matching basic items, best first, with scores.

    With `division_code`: per basic item, the implementation serving that division (its own,
    else the nearest ancestor's). Without: every published implementation of each matched
    item, province → city → county …, then by code. At most `first` results in all; each
    carries `.published` (its published version), `.item`, `.department` and `.division`.
    """
    q = _check_query(query)
    first = check_page_size(first)
    ancestors: list[str] | None = None
    if division_code is not None:
        division = await Division.get_or_none(code=division_code)
        if division is None:
            raise invalid("divisionCode", f"未知的行政区划代码：{division_code}")
        ancestors = division.ancestor_codes()
    terms = query_terms(q)
    if not terms:  # only punctuation: nothing to look for
        return []

    # Rank more basic items than results are needed (some may have nothing published, or
    # nothing serving the division), but look up implementations of the best few first: a
    # basic item usually has many implementations, and every row read costs. A second lookup
    # over the rest only when the first one came up short.
    if ancestors is None:
        ranked = await _ranked(terms, first + 20)
        head = first // 4 + 1
    else:
        ranked = await _ranked(terms, 2 * first + 30)
        head = first + 5
    if not ranked:
        return []

    async def lookup(part: list[dict], wanted: int) -> list[int]:
        return await (_published(part, wanted) if ancestors is None else _serving(part, ancestors))

    ids = await lookup(ranked[:head], first)
    if len(ids) < first and len(ranked) > head:
        ids += await lookup(ranked[head:], first - len(ids))
    ids = ids[:first]
    if not ids:
        return []

    loaded = {
        i.id: i
        for i in await ItemImplementation.filter(id__in=ids).select_related("item", "department", "division")
    }
    items = [loaded[i] for i in ids if i in loaded]
    await load_related(items)
    score = {int(r["item_id"]): float(r["score"]) for r in ranked}
    return [(i, score[i.item_id]) for i in items]
