"""domain.guide.problems: what makes a guide publishable."""

from __future__ import annotations

import json

from domain.guide import problems
from tests.catalog_helpers import ITEMS


def _guide() -> dict:
    data = json.loads(sorted(ITEMS.glob("*.json"))[0].read_text(encoding="utf-8"))
    data.update(accepting_unit="某局", consultation={"phone": "1"}, complaint={"phone": "12345"})
    return data


def test_every_demo_item_is_publishable():
    for path in sorted(ITEMS.glob("*.json")):
        data = json.loads(path.read_text(encoding="utf-8"))
        data.update(accepting_unit="某局", consultation={"phone": "1"}, complaint={"phone": "12345"})
        assert problems(data) == [], path.name


def test_empty_guide_lists_every_required_field_at_once():
    found = {p.field for p in problems({})}
    assert {"name", "conditions", "legal_basis", "steps", "materials", "fee.charged", "legal_limit_days",
            "committed_limit_days", "visits", "online_depth", "handling_forms", "scope", "case_kind",
            "appointment", "consultation", "complaint", "faq", "result", "accepting_unit"} <= found


def test_consistency_rules():
    g = _guide()
    g.update(legal_limit_days=5, committed_limit_days=9, case_kind="promised")
    assert [p.code for p in problems(g)] == ["INCONSISTENT"]
    g = _guide()
    g.update(committed_limit_days=3, case_kind="instant", legal_limit_days=10)
    assert [p.field for p in problems(g)] == ["case_kind"]
    g = _guide()
    g["fee"] = {"charged": True, "basis": "", "standard": ""}
    assert {p.field for p in problems(g)} == {"fee.basis", "fee.standard"}
    g = _guide()
    g["materials"][0].update(source="e_licence", e_licence_type="")
    assert "materials[0].e_licence_type" in {p.field for p in problems(g)}
    g = _guide()
    g.update(visits=2, visits_reason="")
    assert [p.field for p in problems(g)] == ["visits_reason"]
