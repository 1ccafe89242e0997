"""The service app plus one bench-only plain JSON route serving the same data as the
item-detail GraphQL query, so bench/catalog.py can compare the two in the same process."""

from __future__ import annotations

import json

from starlette.requests import Request
from starlette.responses import Response
from starlette.routing import Route

from api.app import create_app
from usecases.catalog.browse import get_item


async def plain_item(request: Request) -> Response:
    i = await get_item(request.path_params["code"])
    if i is None:
        return Response('{"item":null}', media_type="application/json")
    g = i.published.guide
    body = {"item": {
        "code": i.code, "name": i.item.name, "itemType": i.item.item_type, "level": i.level,
        "themes": i.theme_names, "division": {"code": i.division_id, "name": i.division.name},
        "department": {"name": i.department.name, "creditCode": i.department.credit_code, "phone": i.department.phone},
        "version": i.published.number,
        "guide": {
            "conditions": g["conditions"], "legalBasis": g["legal_basis"], "steps": g["steps"],
            "materials": g["materials"], "fee": g["fee"], "legalLimit": g["legal_limit_days"],
            "committedLimit": g["committed_limit_days"], "visits": g["visits"], "onlineDepth": g["online_depth"],
            "scope": g["scope"], "caseKind": g["case_kind"], "faq": g["faq"], "consultation": g["consultation"],
            "complaint": g["complaint"],
        },
    }}
    return Response(json.dumps(body, ensure_ascii=False, separators=(",", ":")), media_type="application/json")


app = create_app()
app.router.routes.append(Route("/plain/items/{code}", plain_item, methods=["GET"]))
