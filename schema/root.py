"""The one GraphQL schema: every domain contributes its Query and Mutation classes."""

from __future__ import annotations

import strawberry
from strawberry import relay
from strawberry.extensions import (
    MaxAliasesLimiter,
    MaxTokensLimiter,
    ParserCache,
    QueryDepthLimiter,
    ValidationCache,
)

from config.settings import get_settings
from schema.catalog.mutations import CatalogMutation
from schema.catalog.queries import CatalogQuery
from schema.errors import MaskUnexpectedErrors


@strawberry.type
class Query(CatalogQuery):
    node: relay.Node | None = relay.node(description="按全局 ID 取任意对象")


@strawberry.type
class Mutation(CatalogMutation):
    pass


def build_schema() -> strawberry.Schema:
    s = get_settings  # read per request, so a changed setting applies without a rebuild
    return strawberry.Schema(
        query=Query,
        mutation=Mutation,
        extensions=[
            # Factories, not instances: an instance would be shared by concurrent requests.
            lambda: QueryDepthLimiter(max_depth=s().graphql_max_depth),
            lambda: MaxAliasesLimiter(max_alias_count=s().graphql_max_aliases),
            lambda: MaxTokensLimiter(max_token_count=s().graphql_max_tokens),
            lambda: ParserCache(maxsize=s().graphql_cache_size),
            lambda: ValidationCache(maxsize=s().graphql_cache_size),
            MaskUnexpectedErrors,
        ],
    )


schema = build_schema()
