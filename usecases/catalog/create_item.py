"""Create a new implementation of a basic item in a division, starting with a draft guide."""

from __future__ import annotations

from storage.transaction import atomic

from domain.codes import implementation_code
from models import Department, Division, ItemImplementation, ItemVersion, ServiceItem
from usecases import events
from usecases.catalog.drafts import MayManage, base_guide, ensure_may_manage
from usecases.catalog.edit_draft import EDITABLE
from usecases.errors import UseCaseError, not_found


async def create_item(
    basic_code: str, department_id: int, division_code: str, guide: dict, actor: str, may_manage: MayManage
) -> ItemVersion:
    unknown = sorted(set(guide) - EDITABLE)
    if unknown:
        raise UseCaseError("INVALID_ARGUMENT", f"不可编辑的字段：{', '.join(unknown)}", "guide")
    async with atomic() as conn:
        basic = await ServiceItem.get_or_none(basic_code=basic_code).using_db(conn)
        if basic is None:
            raise not_found("基本目录事项", basic_code, "basicCode")
        department = await Department.get_or_none(id=department_id).using_db(conn)
        if department is None:
            raise not_found("实施部门", str(department_id), "departmentId")
        ensure_may_manage(may_manage, department.id)
        division = await Division.get_or_none(code=division_code).using_db(conn)
        if division is None:
            raise not_found("行政区划", division_code, "divisionCode")
        if department.division_id != division.code:
            raise UseCaseError("DEPARTMENT_NOT_IN_DIVISION", "实施部门不属于该行政区划", "departmentId")
        seq = await ItemImplementation.filter(item_id=basic.id, division_id=division.code).using_db(conn).count() + 1
        code = implementation_code(basic.basic_code, division.code, seq)
        item = await ItemImplementation.create(
            code=code, item_id=basic.id, department_id=department.id, division_id=division.code,
            level=division.level, status="draft", using_db=conn,
        )
        item.item, item.department = basic, department
        version = await ItemVersion.create(
            implementation_id=item.id, number=1, status="draft", created_by=actor,
            guide={**guide, **base_guide(item)}, using_db=conn,
        )
        await events.record(conn, "catalog.item_created", "ServiceItem", code,
                            {"basic_code": basic_code, "division": division.code}, actor)
        version.implementation = item
        return version
