"""The permission matrix, built from the schema itself.

Every root query, mutation and subscription must declare exactly one rule from auth/rules.py;
a new field without one fails here. Each field is then executed as every kind of caller —
anonymous, citizen, another citizen, a proxy, each staff role, a partner with and without a
scope — and the API must let in exactly the callers the declared rule allows.
"""

from __future__ import annotations

import pytest
from graphql import (
    GraphQLEnumType,
    GraphQLInputObjectType,
    GraphQLList,
    GraphQLNonNull,
    GraphQLObjectType,
    GraphQLScalarType,
    GraphQLUnionType,
)

from auth.rules import Rule
from auth.viewer import Viewer
from domain.roles import RoleGrant
from resolvers.loaders import make_loaders
from schema.root import schema

DENIED = {"UNAUTHENTICATED", "FORBIDDEN"}
# Dummy arguments name rows that do not exist: executing a mutation as an allowed caller must
# not touch real rows (an id of 1 once deactivated a demo clerk mid-run).
SCALARS = {"String": '"x"', "ID": '"999999999"', "Int": "1", "Float": "1.0", "Boolean": "false",
           "DateTime": '"2030-01-01T00:00:00+08:00"', "Date": '"2030-01-01"'}


def _actors(citizen_id: int, other_id: int) -> dict[str, Viewer]:
    def staff(role, kind, value):
        # An id no staff member has: destructive mutations (signOutEverywhere …) touch nobody.
        return Viewer(kind="staff", staff_id=10**9, session_id="s", roles=(RoleGrant(role, kind, str(value)),))

    return {
        "anonymous": Viewer.anonymous(),
        "citizen": Viewer(kind="citizen", citizen_id=citizen_id, session_id="s1"),
        "other citizen": Viewer(kind="citizen", citizen_id=other_id, session_id="s2"),
        "proxy": Viewer(kind="citizen", citizen_id=other_id, session_id="s3"),
        "window clerk": staff("window_clerk", "center", 1),
        "department approver": staff("department_approver", "department", 1),
        "centre admin": staff("center_admin", "center", 1),
        "supervisor": staff("supervisor", "division", "520100"),
        "provincial admin": staff("provincial_admin", "division", "520000"),
        "partner with scope": Viewer(kind="partner", client_id="pc_x", scopes=frozenset({"catalog:read", "appointments:write", "cases:read", "webhooks:manage", "queue:checkin"})),
        "partner without scope": Viewer(kind="partner", client_id="pc_y", scopes=frozenset()),
    }


def _value(t) -> str:
    if isinstance(t, GraphQLNonNull):
        return _value(t.of_type)
    if isinstance(t, GraphQLList):
        return "[]"
    if isinstance(t, GraphQLEnumType):
        return next(iter(t.values))
    if isinstance(t, GraphQLInputObjectType):
        required = [f"{n}: {_value(f.type)}" for n, f in t.fields.items() if isinstance(f.type, GraphQLNonNull)]
        return "{" + ", ".join(required) + "}"
    return SCALARS[t.name]


def _operation(kind: str, name: str, field) -> str:
    args = [f"{n}: {_value(a.type)}" for n, a in field.args.items() if isinstance(a.type, GraphQLNonNull)]
    t = field.type
    while isinstance(t, (GraphQLNonNull, GraphQLList)):
        t = t.of_type
    selection = " { __typename }" if isinstance(t, (GraphQLObjectType, GraphQLUnionType)) or hasattr(t, "fields") else ""
    if isinstance(t, GraphQLScalarType):
        selection = ""
    call = f"{name}({', '.join(args)})" if args else name
    return f"{kind} {{ {call}{selection} }}"


def _root_fields():
    gql_schema = schema._schema
    for kind, root in (("query", gql_schema.query_type), ("mutation", gql_schema.mutation_type),
                       ("subscription", gql_schema.subscription_type)):
        for name, field in root.fields.items():
            yield kind, name, field


def _rules_of(kind: str, name: str) -> list[type]:
    definition = {"query": schema.query, "mutation": schema.mutation, "subscription": schema.subscription}[kind]
    fields = {f.name: f for f in definition.__strawberry_definition__.fields}
    python_name = next(f for f in fields.values() if schema.config.name_converter.get_graphql_name(f) == name)
    return [p for p in python_name.permission_classes if issubclass(p, Rule)]


def test_every_root_field_declares_exactly_one_rule():
    missing = [f"{k}.{n}" for k, n, _ in _root_fields() if len(_rules_of(k, n)) != 1]
    assert not missing, f"root fields without exactly one declared rule: {missing}"


@pytest.fixture
async def actors(db):
    import uuid

    from models import Citizen

    # Citizens of the matrix's own, so executing mutations as them affects no other test.
    ids = [(await Citizen.create(phone_index=f"matrix-{uuid.uuid4().hex}", phone="sealed")).id for _ in range(2)]
    return _actors(ids[0], ids[1])


async def test_each_field_admits_exactly_the_callers_its_rule_allows(actors):
    mismatches = []
    for kind, name, field in _root_fields():
        if kind == "subscription":
            continue  # subscribing needs a socket; tests/test_ws_auth.py covers the socket path
        rule = _rules_of(kind, name)[0]()
        query = _operation(kind, name, field)
        for actor, viewer in actors.items():
            context = {"viewer": viewer, "loaders": make_loaders(), "request": None, "request_id": "matrix"}
            result = await schema.execute(query, context_value=context)
            codes = {(e.extensions or {}).get("code") for e in (result.errors or [])}
            validation = [e for e in (result.errors or []) if not e.path]
            assert not validation, (query, validation)
            denied = bool(codes & DENIED)
            if denied == rule.allows(viewer):
                mismatches.append(f"{kind}.{name} as {actor}: {'denied' if denied else 'allowed'}")
    assert not mismatches, mismatches
