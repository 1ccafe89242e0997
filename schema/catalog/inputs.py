"""Inputs for catalog queries and management mutations."""

from __future__ import annotations

from enum import Enum

import strawberry


@strawberry.enum(description="服务对象")
class Audience(Enum):
    INDIVIDUAL = "individual"
    BUSINESS = "business"


@strawberry.input(description="事项筛选条件")
class ServiceItemFilter:
    theme: str | None = strawberry.UNSET
    life_event: str | None = strawberry.UNSET
    audience: Audience | None = strawberry.UNSET
    division_code: str | None = strawberry.field(
        default=strawberry.UNSET, description="区划代码：返回该区划及其上级实施的、服务该区划的事项")
    department_id: strawberry.ID | None = strawberry.UNSET
    center_id: strawberry.ID | None = strawberry.UNSET
    same_city: bool | None = strawberry.field(default=strawberry.UNSET, description="可同城（或更大范围）通办")
    online_capable: bool | None = strawberry.field(default=strawberry.UNSET, description="可在线受理（网办深度≥3）")
    max_visits: int | None = strawberry.UNSET


@strawberry.input
class GeoPointInput:
    latitude: float
    longitude: float


@strawberry.input
class LegalBasisInput:
    law: str
    article: str
    text: str


@strawberry.input
class StepInput:
    name: str
    role: str
    time_limit_days: int
    criteria: str


@strawberry.input
class MaterialInput:
    name: str
    source: str = strawberry.field(description="applicant | government | e_licence")
    e_licence_type: str | None = None
    form: str = "paper"
    originals: int = 1
    copies: int = 0
    spec: str = ""
    necessity: str = strawberry.field(default="required", description="required | optional | deferrable | commitment")
    blank_form: str | None = None
    sample: str | None = None
    fill_notes: str = ""
    common_errors: list[str] = strawberry.field(default_factory=list)
    acceptance: str = ""


@strawberry.input
class FeeInput:
    charged: bool
    basis: str = ""
    standard: str = ""
    waivers: str = ""


@strawberry.input
class ContactInput:
    phone: str | None = None
    address: str | None = None
    online: str | None = None


@strawberry.input
class JointDepartmentInput:
    name: str
    credit_code: str


@strawberry.input
class FaqInput:
    q: str
    a: str


@strawberry.input(description="办事指南字段；只需填写要修改的字段")
class GuideInput:
    legal_basis: list[LegalBasisInput] | None = strawberry.UNSET
    conditions: str | None = strawberry.UNSET
    steps: list[StepInput] | None = strawberry.UNSET
    materials: list[MaterialInput] | None = strawberry.UNSET
    fee: FeeInput | None = strawberry.UNSET
    legal_limit_days: int | None = strawberry.UNSET
    committed_limit_days: int | None = strawberry.UNSET
    limit_note: str | None = strawberry.UNSET
    visits: int | None = strawberry.UNSET
    visits_reason: str | None = strawberry.UNSET
    online_depth: int | None = strawberry.UNSET
    handling_forms: list[str] | None = strawberry.UNSET
    scope: str | None = strawberry.UNSET
    appointment: bool | None = strawberry.UNSET
    online_payment: bool | None = strawberry.UNSET
    delivery: bool | None = strawberry.UNSET
    case_kind: str | None = strawberry.UNSET
    result: str | None = strawberry.UNSET
    faq: list[FaqInput] | None = strawberry.UNSET
    consultation: ContactInput | None = strawberry.UNSET
    complaint: ContactInput | None = strawberry.UNSET
    joint_departments: list[JointDepartmentInput] | None = strawberry.UNSET
    intermediary_services: list[str] | None = strawberry.UNSET


def guide_changes(g: GuideInput) -> dict:
    """The fields the caller set, as plain data in the stored guide's shape."""
    return {k: strawberry.asdict(v) if hasattr(v, "__strawberry_definition__") else _plain(v)
            for k, v in vars(g).items() if v is not strawberry.UNSET}


def _plain(v):
    if isinstance(v, list):
        return [strawberry.asdict(x) if hasattr(x, "__strawberry_definition__") else x for x in v]
    return v
