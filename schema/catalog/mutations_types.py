"""Results of catalog management mutations: success types or a typed UserError."""

from __future__ import annotations

from typing import Annotated

import strawberry

from schema.catalog.types import ServiceItemVersion
from schema.common import UserError


@strawberry.type(description="事项指南版本（草稿或刚发布的版本）")
class DraftVersion:
    item_code: str
    version: ServiceItemVersion


@strawberry.type(description="已停用的事项")
class RetiredItem:
    item_code: str


CatalogResult = Annotated[DraftVersion | UserError, strawberry.union("CatalogResult")]
RetireResult = Annotated[RetiredItem | UserError, strawberry.union("RetireResult")]
