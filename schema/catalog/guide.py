"""The guide (办事指南) parts, built from a version's guide document.

All leaf fields are plain attributes filled once from the stored JSON, so resolving a full
guide costs no extra queries and no per-field resolver calls.
"""

from __future__ import annotations

import strawberry

from domain import guide as g


@strawberry.type(description="设定依据")
class LegalBasis:
    law: str
    article: str
    text: str


@strawberry.type(description="办理流程环节")
class Step:
    order: int
    name: str
    role: str
    time_limit_days: int = strawberry.field(description="环节时限（工作日，0为当场）")
    criteria: str


@strawberry.type(description="申请材料")
class Material:
    name: str
    source: str = strawberry.field(description="applicant | government | e_licence")
    source_label: str
    e_licence_type: str | None
    from_shared_data: bool = strawberry.field(description="由政府部门共享获取，群众无需提交（数据跑代替群众跑）")
    form: str
    form_label: str
    originals: int
    copies: int
    spec: str
    necessity: str = strawberry.field(description="required | optional | deferrable | commitment")
    necessity_label: str
    commitment_allowed: bool = strawberry.field(description="可用书面告知承诺代替（告知承诺制）")
    blank_form: str | None
    sample: str | None
    fill_notes: str
    common_errors: list[str]
    acceptance: str

    @classmethod
    def from_dict(cls, m: dict) -> "Material":
        return cls(
            name=m.get("name", ""), source=m.get("source", ""), source_label=g.SOURCE_LABELS.get(m.get("source"), ""),
            e_licence_type=m.get("e_licence_type"), from_shared_data=m.get("source") in ("government", "e_licence"),
            form=m.get("form", ""), form_label=g.FORM_LABELS.get(m.get("form"), ""),
            originals=m.get("originals", 0), copies=m.get("copies", 0), spec=m.get("spec", ""),
            necessity=m.get("necessity", ""), necessity_label=g.NECESSITY_LABELS.get(m.get("necessity"), ""),
            commitment_allowed=m.get("necessity") == "commitment", blank_form=m.get("blank_form"),
            sample=m.get("sample"), fill_notes=m.get("fill_notes", ""), common_errors=list(m.get("common_errors", [])),
            acceptance=m.get("acceptance", ""),
        )


@strawberry.type(description="收费")
class Fee:
    charged: bool
    basis: str
    standard: str
    waivers: str


@strawberry.type(description="办结时限（工作日）")
class TimeLimit:
    days: int
    note: str


@strawberry.type(description="咨询或投诉渠道")
class Contact:
    phone: str | None
    address: str | None
    online: str | None


@strawberry.type(description="共同实施部门（并联办理）")
class JointDepartment:
    name: str
    credit_code: str


@strawberry.type(description="常见问题")
class Faq:
    question: str
    answer: str


@strawberry.type(description="办事指南（全省统一模板）")
class Guide:
    name: str
    item_type: str
    accepting_unit: str = strawberry.field(description="受理单位")
    legal_basis: list[LegalBasis]
    conditions: str
    steps: list[Step]
    materials: list[Material]
    fee: Fee
    legal_limit: TimeLimit
    committed_limit: TimeLimit
    visits: int = strawberry.field(description="到办事现场次数")
    visits_reason: str
    online_depth: int = strawberry.field(description="网上办理深度 1信息公开 2在线预审 3在线受理 4全程网办")
    online_depth_label: str
    handling_forms: list[str] = strawberry.field(description="window | pc | mobile | post")
    scope: str = strawberry.field(description="通办范围 none | same_city | cross_county | cross_city | province")
    scope_label: str
    same_city_eligible: bool
    appointment_supported: bool
    online_payment_supported: bool
    delivery_supported: bool
    case_kind: str = strawberry.field(description="instant（即办件）| promised（承诺件）")
    case_kind_label: str
    result: str
    faq: list[Faq]
    consultation: Contact
    complaint: Contact
    joint_departments: list[JointDepartment]
    intermediary_services: list[str]

    @classmethod
    def from_dict(cls, d: dict) -> "Guide":
        fee = d.get("fee") or {}
        note = d.get("limit_note", "")
        return cls(
            name=d.get("name", ""), item_type=d.get("item_type", ""), accepting_unit=d.get("accepting_unit", ""),
            legal_basis=[LegalBasis(law=b.get("law", ""), article=b.get("article", ""), text=b.get("text", ""))
                         for b in d.get("legal_basis", [])],
            conditions=d.get("conditions", ""),
            steps=[Step(order=i + 1, name=s.get("name", ""), role=s.get("role", ""),
                        time_limit_days=s.get("time_limit_days", 0), criteria=s.get("criteria", ""))
                   for i, s in enumerate(d.get("steps", []))],
            materials=[Material.from_dict(m) for m in d.get("materials", [])],
            fee=Fee(charged=bool(fee.get("charged")), basis=fee.get("basis", ""), standard=fee.get("standard", ""),
                    waivers=fee.get("waivers", "")),
            legal_limit=TimeLimit(days=d.get("legal_limit_days", 0), note=note),
            committed_limit=TimeLimit(days=d.get("committed_limit_days", 0), note=note),
            visits=d.get("visits", 0), visits_reason=d.get("visits_reason", ""),
            online_depth=d.get("online_depth", 1), online_depth_label=g.ONLINE_DEPTH_LABELS.get(d.get("online_depth"), ""),
            handling_forms=list(d.get("handling_forms", [])), scope=d.get("scope", "none"),
            scope_label=g.SCOPE_LABELS.get(d.get("scope"), ""), same_city_eligible=d.get("scope", "none") != "none",
            appointment_supported=bool(d.get("appointment")), online_payment_supported=bool(d.get("online_payment")),
            delivery_supported=bool(d.get("delivery")), case_kind=d.get("case_kind", ""),
            case_kind_label=g.CASE_KIND_LABELS.get(d.get("case_kind"), ""), result=d.get("result", ""),
            faq=[Faq(question=f.get("q", ""), answer=f.get("a", "")) for f in d.get("faq", [])],
            consultation=Contact(**_contact(d.get("consultation"))), complaint=Contact(**_contact(d.get("complaint"))),
            joint_departments=[JointDepartment(name=j.get("name", ""), credit_code=j.get("credit_code", ""))
                               for j in d.get("joint_departments", [])],
            intermediary_services=list(d.get("intermediary_services", [])),
        )


def _contact(c: dict | None) -> dict:
    c = c or {}
    return {"phone": c.get("phone"), "address": c.get("address"), "online": c.get("online")}
