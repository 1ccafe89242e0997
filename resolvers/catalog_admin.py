"""Catalog management resolvers: each calls one use case and returns a typed result."""

from __future__ import annotations

import strawberry

from auth.visibility import can_manage_item
from schema.catalog.inputs import GuideInput, guide_changes
from schema.catalog.mutations_types import CatalogResult, DraftVersion, RetiredItem, RetireResult
from schema.catalog.types import ServiceItemVersion
from schema.common import UserError
from usecases.catalog.create_item import create_item
from usecases.catalog.edit_draft import edit_draft
from usecases.catalog.publish_item import publish_item
from usecases.catalog.retire_item import retire_item
from usecases.errors import UseCaseError



def _caller(info: strawberry.Info):
    viewer = info.context["viewer"]
    return viewer.actor, lambda department_id: can_manage_item(viewer, department_id)


def _draft(version) -> DraftVersion:
    # create_item attaches the new implementation to the version it returns.
    return DraftVersion(item_code=version.implementation.code, version=ServiceItemVersion.from_model(version))


async def create_service_item_draft(info: strawberry.Info, basic_code: str, department_id: strawberry.ID,
                                    division_code: str, guide: GuideInput) -> CatalogResult:
    try:
        dept = int(department_id)
    except ValueError:
        return UserError(code="INVALID_ARGUMENT", message="部门编号无效", field="departmentId", problems=[])
    try:
        v = await create_item(basic_code, dept, division_code, guide_changes(guide), *_caller(info))
    except UseCaseError as e:
        return UserError.from_error(e)
    return _draft(v)


async def edit_service_item_draft(info: strawberry.Info, code: str, guide: GuideInput) -> CatalogResult:
    try:
        v = await edit_draft(code, guide_changes(guide), *_caller(info))
    except UseCaseError as e:
        return UserError.from_error(e)
    return DraftVersion(item_code=code, version=ServiceItemVersion.from_model(v))


async def publish_service_item(info: strawberry.Info, code: str) -> CatalogResult:
    try:
        v = await publish_item(code, *_caller(info))
    except UseCaseError as e:
        return UserError.from_error(e)
    return DraftVersion(item_code=code, version=ServiceItemVersion.from_model(v))


async def retire_service_item(info: strawberry.Info, code: str, reason: str) -> RetireResult:
    try:
        item = await retire_item(code, reason, *_caller(info))
    except UseCaseError as e:
        return UserError.from_error(e)
    return RetiredItem(item_code=item.code)
