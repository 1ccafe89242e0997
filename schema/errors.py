"""Mask unexpected errors: the client gets a code and a request id, the log gets the traceback."""

from __future__ import annotations

import logging
from collections.abc import Iterator

from graphql import GraphQLError
from strawberry.extensions import SchemaExtension

log = logging.getLogger("qianban.graphql")


def is_expected(error: GraphQLError) -> bool:
    """Errors the client caused (syntax, validation, typed codes) are shown as they are."""
    original = error.original_error
    if original is None:
        return True
    if isinstance(original, GraphQLError):
        return True
    return bool(error.extensions and "code" in error.extensions and original is None)


class MaskUnexpectedErrors(SchemaExtension):
    def on_operation(self) -> Iterator[None]:
        yield
        result = self.execution_context.result
        if result is None or not result.errors:
            return
        context = self.execution_context.context or {}
        request_id = context.get("request_id", "-") if isinstance(context, dict) else "-"
        masked = []
        for error in result.errors:
            if is_expected(error) or (error.extensions or {}).get("code"):
                masked.append(error)
                continue
            log.error("unexpected error request_id=%s path=%s", request_id, error.path,
                      exc_info=error.original_error)
            masked.append(GraphQLError(
                f"服务暂时出现问题，请稍后再试（请求编号 {request_id}）",
                path=error.path, nodes=error.nodes,
                extensions={"code": "INTERNAL_ERROR", "requestId": request_id},
            ))
        result.errors = masked
