"""A guide as JSON-LD in CPSV-AP terms (the EU Core Public Service Vocabulary), so government
portals and search engines can read the catalog without knowing our GraphQL schema."""

from __future__ import annotations

from domain import guide as g
from models import ItemImplementation

CONTEXT = {
    "cpsv": "http://purl.org/vocab/cpsv#",
    "cv": "http://data.europa.eu/m8g/",
    "dct": "http://purl.org/dc/terms/",
    "skos": "http://www.w3.org/2004/02/skos/core#",
    "eli": "http://data.europa.eu/eli/ontology#",
    "schema": "http://schema.org/",
}


def _zh(text: str) -> dict:
    return {"@value": text, "@language": "zh-Hans"}


def to_jsonld(item: ItemImplementation, base_url: str) -> dict:
    d = item.published.guide
    url = f"{base_url}/guides/{item.code}"
    fee = d["fee"]
    contact = d["consultation"]
    return {
        "@context": CONTEXT,
        "@id": url,
        "@type": "cpsv:PublicService",
        "dct:identifier": item.code,
        "dct:title": _zh(d["name"]),
        "dct:description": _zh(d["conditions"]),
        "dct:type": _zh(d["item_type"]),
        "cv:thematicArea": [_zh(t) for t in item.theme_names],
        "cv:isGroupedBy": [{"@type": "cv:Event", "dct:title": _zh(e)} for e in item.life_event_names],
        "cv:hasCompetentAuthority": {
            "@type": "cv:PublicOrganisation",
            "skos:prefLabel": _zh(item.department.name),
            "dct:identifier": item.department.credit_code,
            "dct:spatial": {"@type": "dct:Location", "dct:identifier": item.division_id, "skos:prefLabel": _zh(item.division.name)},
        },
        "cv:hasLegalResource": [
            {"@type": "eli:LegalResource", "dct:title": _zh(f"{b['law']}{b['article']}"), "dct:description": _zh(b["text"])}
            for b in d["legal_basis"]
        ],
        "cv:hasCriterion": [{"@type": "cv:CriterionRequirement", "dct:title": _zh(d["conditions"])}],
        "cv:hasInput": [
            {"@type": "cv:Evidence", "dct:title": _zh(m["name"]),
             "dct:description": _zh(f"{g.SOURCE_LABELS[m['source']]}；{g.NECESSITY_LABELS[m['necessity']]}；{m['fill_notes']}")}
            for m in d["materials"]
        ],
        "cpsv:follows": [
            {"@type": "cv:Rule", "dct:title": _zh(s["name"]), "dct:description": _zh(s["criteria"])} for s in d["steps"]
        ],
        "cv:hasCost": [{
            "@type": "cv:Cost",
            "cv:value": 0 if not fee["charged"] else None,
            "cv:currency": "CNY",
            "dct:description": _zh(fee["standard"] if fee["charged"] else "不收费"),
        }],
        # CPSV-AP wants an ISO 8601 duration; the legal unit is working days, said in the note.
        "cv:processingTime": f"P{d['committed_limit_days']}D",
        "schema:description": _zh(f"承诺办结时限{d['committed_limit_days']}个工作日，法定办结时限{d['legal_limit_days']}个工作日"),
        "cv:hasChannel": [{"@type": "cv:Channel", "dct:type": _zh(g.HANDLING_FORM_LABELS[f])} for f in d["handling_forms"]],
        "cv:hasContactPoint": {
            "@type": "cv:ContactPoint",
            "cv:telephone": contact.get("phone"),
            "schema:address": contact.get("address"),
        },
        "cv:produces": {"@type": "cv:Output", "dct:title": _zh(d["result"])},
    }
