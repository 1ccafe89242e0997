"""Shared material for catalog tests: a complete guide as GraphQL input, mutation texts."""

from __future__ import annotations

import json
import re
import uuid
from pathlib import Path

from usecases.catalog.edit_draft import EDITABLE

ITEMS = Path(__file__).resolve().parents[1] / "demo_data" / "items"
ADMIN = "staff:province.admin"  # resolved by the gql fixture (tests/conftest.py)


def camel(name: str) -> str:
    return re.sub(r"_([a-z])", lambda m: m.group(1).upper(), name)


def _camel_keys(v):
    if isinstance(v, dict):
        return {camel(k): _camel_keys(x) for k, x in v.items()}
    if isinstance(v, list):
        return [_camel_keys(x) for x in v]
    return v


def demo_item(basic_code_prefix: str = "") -> dict:
    path = sorted(ITEMS.glob(f"{basic_code_prefix}*.json"))[0]
    return json.loads(path.read_text(encoding="utf-8"))


def complete_guide() -> dict:
    """A guide that passes every publishing rule, in GraphQL input shape (camelCase keys)."""
    data = demo_item()
    guide = {k: v for k, v in data.items() if k in EDITABLE}
    guide["joint_departments"] = []
    guide["consultation"] = {"phone": "0851-86888888", "address": "测试地址", "online": None}
    guide["complaint"] = {"phone": "12345", "address": None, "online": None}
    return _camel_keys(guide)


CREATE = """
mutation($basic: String!, $dept: ID!, $div: String!, $guide: GuideInput!) {
  createServiceItemDraft(basicCode: $basic, departmentId: $dept, divisionCode: $div, guide: $guide) {
    __typename
    ... on DraftVersion { itemCode version { number status guide { name acceptingUnit } } }
    ... on UserError { code message field problems { field code message } }
  }
}"""

EDIT = """
mutation($code: String!, $guide: GuideInput!) {
  editServiceItemDraft(code: $code, guide: $guide) {
    __typename
    ... on DraftVersion { itemCode version { number status guide { conditions committedLimit { days } } } }
    ... on UserError { code message field problems { field code message } }
  }
}"""

PUBLISH = """
mutation($code: String!) {
  publishServiceItem(code: $code) {
    __typename
    ... on DraftVersion { itemCode version { number status publishedAt } }
    ... on UserError { code message field problems { field code message } }
  }
}"""

RETIRE = """
mutation($code: String!, $reason: String!) {
  retireServiceItem(code: $code, reason: $reason) {
    __typename
    ... on RetiredItem { itemCode }
    ... on UserError { code message field }
  }
}"""


async def new_basic_item() -> str:
    """A fresh basic item of our own, so mutation tests never touch the demo catalog."""
    from models import ServiceItem

    code = "99" + str(uuid.uuid4().int)[:8]
    await ServiceItem.create(basic_code=code, name=f"测试事项{code[-4:]}", item_type="公共服务")
    return code


async def department_in(division_code: str) -> int:
    from models import Department

    return (await Department.filter(division_id=division_code).order_by("id").first()).id
