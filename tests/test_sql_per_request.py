"""Lists load related rows in a fixed number of statements, whatever the page size."""

from __future__ import annotations

from storage.sql_counter import count_sql

FULL_PAGE = """query($first: Int!) { serviceItems(first: $first) { totalCount edges { node {
  code name themes lifeEvents division { name } department { name creditCode }
  versions { number }
  guide { name legalBasis { law } steps { name } materials { name commonErrors sourceLabel }
          fee { charged } committedLimit { days } consultation { phone } faq { question } } } } } }"""


async def _statements(gql, first: int) -> int:
    with count_sql() as statements:
        r = await gql(FULL_PAGE, {"first": first})
    assert "errors" not in r and len(r["data"]["serviceItems"]["edges"]) == first
    return len(statements)


async def test_page_of_10_and_50_cost_the_same_statements(gql):
    ten, fifty = await _statements(gql, 10), await _statements(gql, 50)
    assert ten == fifty <= 8, (ten, fifty)


async def test_centres_with_windows_do_not_query_per_row(gql):
    q = "{ serviceCenters { name windows { number itemCodes } } }"
    with count_sql() as statements:
        r = await gql(q)
    assert len(r["data"]["serviceCenters"]) > 20
    assert len(statements) <= 4, statements
