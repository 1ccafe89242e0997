"""Expected failures of use cases: a machine code, a Chinese message, and the field at fault.

Use cases raise `UseCaseError`; the GraphQL layer turns it into a typed error payload (mutations)
or an error with `extensions.code` (queries). Nothing here knows about GraphQL.
"""

from __future__ import annotations

from dataclasses import dataclass
from dataclasses import field as dc_field


@dataclass
class FieldProblem:
    field: str
    code: str
    message: str


@dataclass
class UseCaseError(Exception):
    code: str
    message: str
    field: str | None = None
    problems: list[FieldProblem] = dc_field(default_factory=list)

    def __str__(self) -> str:
        return f"{self.code}: {self.message}"


def not_found(what: str, key: str, field_name: str | None = None) -> UseCaseError:
    return UseCaseError("NOT_FOUND", f"{what}不存在：{key}", field_name)


def invalid(field_name: str, message: str) -> UseCaseError:
    return UseCaseError("INVALID_ARGUMENT", message, field_name)
