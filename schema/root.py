"""The one GraphQL schema: every domain contributes its Query and Mutation classes."""

from __future__ import annotations

import strawberry
from strawberry import relay
from functools import lru_cache

from strawberry.extensions import (
    AddValidationRules,
    MaxAliasesLimiter,
    MaxTokensLimiter,
    ParserCache,
    QueryDepthLimiter,
    ValidationCache,
)

from auth.rules import CatalogReader
from config.settings import get_settings
from schema.appointments.operations import AppointmentMutation, AppointmentQuery
from schema.catalog.mutations import CatalogMutation
from schema.catalog.queries import CatalogQuery
from schema.catalog.subscriptions import CatalogSubscription
from schema.errors import MaskUnexpectedErrors
from schema.identity.operations import IdentityMutation, IdentityQuery
from schema.staff.operations import StaffMutation, StaffQuery


PUBLIC_NODE_TYPES = frozenset({"ServiceItem", "ServiceItemVersion", "Division", "Department", "ServiceCenter", "Window"})


@strawberry.type
class Query(CatalogQuery, IdentityQuery, StaffQuery, AppointmentQuery):
    # Written out rather than relay.node(): that helper silently drops permission_classes
    # (the permission matrix caught it).
    @strawberry.field(permission_classes=[CatalogReader], description="按全局 ID 取任意公开对象")
    async def node(self, info: strawberry.Info, id: strawberry.ID) -> relay.Node | None:
        try:
            global_id = relay.GlobalID.from_id(id)
        except Exception:  # malformed ids are simply not found
            return None
        if global_id.type_name not in PUBLIC_NODE_TYPES:
            return None
        return await global_id.resolve_node(info, required=False)


@strawberry.type
class Mutation(CatalogMutation, IdentityMutation, StaffMutation, AppointmentMutation):
    pass


@strawberry.type
class Subscription(CatalogSubscription):
    pass


@lru_cache(maxsize=8)
def _limit_rules(max_depth: int, max_aliases: int) -> tuple:
    return tuple(QueryDepthLimiter(max_depth=max_depth).validation_rules
                 + MaxAliasesLimiter(max_alias_count=max_aliases).validation_rules)


class OperationLimits(AddValidationRules):
    """Depth and alias limits whose rule classes are built once per setting value.

    QueryDepthLimiter and MaxAliasesLimiter create new rule classes per instance; as
    per-request factories they would make every request's rule tuple different, and
    ValidationCache (keyed by the rules) would never hit.
    """

    def __init__(self) -> None:
        s = get_settings()
        super().__init__(list(_limit_rules(s.graphql_max_depth, s.graphql_max_aliases)))


def build_schema() -> strawberry.Schema:
    s = get_settings  # read per request, so a changed setting applies without a rebuild
    return strawberry.Schema(
        query=Query,
        mutation=Mutation,
        subscription=Subscription,
        extensions=[
            # Factories, not instances: an instance would be shared by concurrent requests.
            OperationLimits,
            lambda: MaxTokensLimiter(max_token_count=s().graphql_max_tokens),
            lambda: ParserCache(maxsize=s().graphql_cache_size),
            lambda: ValidationCache(maxsize=s().graphql_cache_size),
            MaskUnexpectedErrors,
        ],
    )


schema = build_schema()
