"""Turn expected use-case failures into GraphQL errors a client can act on.

Queries report them as errors with `extensions.code` (and `extensions.field`); mutations
return them as typed `UserError` data instead (see schema.common.UserError).
"""

from __future__ import annotations

import functools

from graphql import GraphQLError

from usecases.errors import UseCaseError


def as_graphql_error(e: UseCaseError) -> GraphQLError:
    ext = {"code": e.code}
    if e.field:
        ext["field"] = e.field
    return GraphQLError(e.message, extensions=ext, original_error=e)


def query_errors(fn):
    """Decorator for query resolvers: UseCaseError → GraphQLError with a code."""

    @functools.wraps(fn)
    async def wrapper(*args, **kwargs):
        try:
            return await fn(*args, **kwargs)
        except UseCaseError as e:
            raise as_graphql_error(e) from e

    return wrapper
