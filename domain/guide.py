"""The provincial guide template (办事指南) as data, and the rules a publishable guide obeys.

Pure functions, no I/O: `problems(guide)` lists *every* missing or invalid field at once, so a
department fixes its draft in one pass (the same 一次性告知 the law asks of us towards citizens).
Field meanings: demo_data/README.md and GB/T 39046-2020.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

ITEM_TYPES = ("行政许可", "行政征收", "行政给付", "行政确认", "其他行政权力", "公共服务")
SCOPES = ("none", "same_city", "cross_county", "cross_city", "province")
HANDLING_FORMS = ("window", "pc", "mobile", "post")
CASE_KINDS = ("instant", "promised")
MATERIAL_SOURCES = ("applicant", "government", "e_licence")
MATERIAL_FORMS = ("paper", "electronic", "both")
NECESSITIES = ("required", "optional", "deferrable", "commitment")
LEVELS = ("province", "city", "county", "township", "village")

# Labels shown to citizens (guide pages, GraphQL descriptions).
SCOPE_LABELS = {"none": "不通办", "same_city": "同城通办", "cross_county": "跨县通办",
                "cross_city": "跨市通办", "province": "全省通办"}
SOURCE_LABELS = {"applicant": "申请人自备", "government": "政府部门核发", "e_licence": "调取电子证照库"}
NECESSITY_LABELS = {"required": "必要", "optional": "非必要", "deferrable": "容缺后补",
                    "commitment": "告知承诺可免"}
FORM_LABELS = {"paper": "纸质", "electronic": "电子", "both": "纸质或电子"}
HANDLING_FORM_LABELS = {"window": "窗口办理", "pc": "网上办理", "mobile": "掌上办理", "post": "邮寄办理"}
CASE_KIND_LABELS = {"instant": "即办件", "promised": "承诺件"}
ONLINE_DEPTH_LABELS = {1: "信息公开", 2: "在线预审", 3: "在线受理", 4: "全程网办"}
LEVEL_LABELS = {"province": "省级", "city": "市级", "county": "县级", "township": "乡级", "village": "村级"}


@dataclass(frozen=True)
class Problem:
    field: str  # dotted path, e.g. "materials[2].commonErrors"
    code: str  # REQUIRED | INVALID | INCONSISTENT
    message: str  # Chinese, for the department editing the guide


def _text(v: Any) -> bool:
    return isinstance(v, str) and v.strip() != ""


def _int(v: Any) -> bool:
    return isinstance(v, int) and not isinstance(v, bool)


class _Checker:
    def __init__(self) -> None:
        self.found: list[Problem] = []

    def required(self, field: str, label: str) -> None:
        self.found.append(Problem(field, "REQUIRED", f"请填写{label}"))

    def invalid(self, field: str, message: str) -> None:
        self.found.append(Problem(field, "INVALID", message))

    def text(self, g: dict, key: str, label: str, prefix: str = "") -> None:
        if not _text(g.get(key)):
            self.required(prefix + key, label)

    def enum(self, g: dict, key: str, allowed: tuple, label: str, prefix: str = "") -> None:
        v = g.get(key)
        if v is None or v == "":
            self.required(prefix + key, label)
        elif v not in allowed:
            self.invalid(prefix + key, f"{label}取值无效：{v}")

    def boolean(self, g: dict, key: str, label: str) -> None:
        if not isinstance(g.get(key), bool):
            self.required(key, label)

    def days(self, g: dict, key: str, label: str) -> None:
        v = g.get(key)
        if v is None:
            self.required(key, label)
        elif not _int(v) or v < 0 or v > 365:
            self.invalid(key, f"{label}应为0至365之间的工作日数")

    def contact(self, g: dict, key: str, label: str) -> None:
        c = g.get(key)
        if not isinstance(c, dict) or not any(_text(c.get(k)) for k in ("phone", "address", "online")):
            self.required(key, f"{label}（电话、地址或网址至少一项）")


def problems(g: dict) -> list[Problem]:
    """Every reason this guide cannot be published; empty when it is complete and valid."""
    c = _Checker()
    c.text(g, "name", "事项名称")
    c.enum(g, "item_type", ITEM_TYPES, "事项类型")
    c.text(g, "conditions", "受理条件")
    c.text(g, "result", "办理结果")
    c.text(g, "accepting_unit", "受理单位")

    basis = g.get("legal_basis")
    if not isinstance(basis, list) or not basis:
        c.required("legal_basis", "设定依据")
    else:
        for i, b in enumerate(basis):
            for key, label in (("law", "法律法规名称"), ("article", "条款"), ("text", "条款内容")):
                if not _text((b or {}).get(key)):
                    c.required(f"legal_basis[{i}].{key}", f"设定依据{label}")

    steps = g.get("steps")
    if not isinstance(steps, list) or not steps:
        c.required("steps", "办理流程")
    else:
        for i, s in enumerate(steps):
            s = s or {}
            c.text(s, "name", "环节名称", f"steps[{i}].")
            c.text(s, "role", "办理人员", f"steps[{i}].")
            c.text(s, "criteria", "审查标准", f"steps[{i}].")
            if not _int(s.get("time_limit_days")) or s["time_limit_days"] < 0:
                c.required(f"steps[{i}].time_limit_days", "环节办理时限")

    materials = g.get("materials")
    if not isinstance(materials, list) or not materials:
        c.required("materials", "申请材料")
    else:
        for i, m in enumerate(materials):
            p = f"materials[{i}]."
            m = m or {}
            c.text(m, "name", "材料名称", p)
            c.enum(m, "source", MATERIAL_SOURCES, "来源渠道", p)
            c.enum(m, "form", MATERIAL_FORMS, "材料形式", p)
            c.enum(m, "necessity", NECESSITIES, "必要性", p)
            c.text(m, "spec", "材料规格", p)
            c.text(m, "fill_notes", "填报须知", p)
            c.text(m, "acceptance", "受理标准", p)
            for key, label in (("originals", "原件份数"), ("copies", "复印件份数")):
                if not _int(m.get(key)) or m[key] < 0:
                    c.required(p + key, label)
            errors = m.get("common_errors")
            if not isinstance(errors, list) or not any(_text(e) for e in errors):
                c.required(p + "common_errors", "常见错误示例")
            if m.get("source") == "e_licence" and not _text(m.get("e_licence_type")):
                c.required(p + "e_licence_type", "电子证照类型")

    fee = g.get("fee")
    if not isinstance(fee, dict) or not isinstance(fee.get("charged"), bool):
        c.required("fee.charged", "是否收费")
    elif fee["charged"]:
        c.text(fee, "basis", "收费依据", "fee.")
        c.text(fee, "standard", "收费标准", "fee.")

    c.days(g, "legal_limit_days", "法定办结时限")
    c.days(g, "committed_limit_days", "承诺办结时限")
    legal, committed = g.get("legal_limit_days"), g.get("committed_limit_days")
    if _int(legal) and _int(committed) and legal > 0 and committed > legal:
        c.found.append(Problem("committed_limit_days", "INCONSISTENT", "承诺办结时限不得超过法定办结时限"))

    visits = g.get("visits")
    if visits not in (0, 1, 2):
        c.required("visits", "到办事现场次数（0、1或2次）")
    elif visits > 0 and not _text(g.get("visits_reason")):
        c.required("visits_reason", "需到现场的理由")
    if g.get("online_depth") not in (1, 2, 3, 4):
        c.required("online_depth", "网上办理深度（1至4）")
    forms = g.get("handling_forms")
    if not isinstance(forms, list) or not forms:
        c.required("handling_forms", "办理形式")
    elif any(f not in HANDLING_FORMS for f in forms):
        c.invalid("handling_forms", "办理形式取值无效")
    c.enum(g, "scope", SCOPES, "通办范围")
    c.enum(g, "case_kind", CASE_KINDS, "办件类型")
    if g.get("case_kind") == "instant" and _int(committed) and committed > 0:
        c.found.append(Problem("case_kind", "INCONSISTENT", "即办件的承诺办结时限应为0个工作日"))
    for key, label in (("appointment", "是否支持预约"), ("online_payment", "是否支持网上支付"),
                       ("delivery", "是否支持物流快递")):
        c.boolean(g, key, label)
    c.contact(g, "consultation", "咨询方式")
    c.contact(g, "complaint", "监督投诉方式")
    faq = g.get("faq")
    if not isinstance(faq, list) or not faq:
        c.required("faq", "常见问题")
    else:
        for i, f in enumerate(faq):
            c.text(f or {}, "q", "问题", f"faq[{i}].")
            c.text(f or {}, "a", "解答", f"faq[{i}].")
    return c.found
