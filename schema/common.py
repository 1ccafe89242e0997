"""Types shared by every domain: pagination, typed errors, cursors."""

from __future__ import annotations

import base64

import strawberry

from usecases.errors import UseCaseError, invalid


@strawberry.type(description="Relay 分页信息")
class PageInfo:
    has_next_page: bool
    has_previous_page: bool
    start_cursor: str | None
    end_cursor: str | None


@strawberry.type(description="一个字段的问题（一次性告知：所有问题一起列出）")
class FieldProblem:
    field: str
    code: str
    message: str


@strawberry.type(description="预期内的业务错误：机器可读的 code 与给群众看的中文 message")
class UserError:
    code: str
    message: str
    field: str | None
    problems: list[FieldProblem]

    @classmethod
    def from_error(cls, e: UseCaseError) -> "UserError":
        return cls(code=e.code, message=e.message, field=e.field,
                   problems=[FieldProblem(field=p.field, code=p.code, message=p.message) for p in e.problems])


def encode_cursor(offset: int) -> str:
    return base64.b64encode(f"offset:{offset}".encode()).decode()


def decode_cursor(cursor: str | None, field: str = "after") -> int:
    if cursor is None:
        return 0
    try:
        kind, value = base64.b64decode(cursor.encode(), validate=True).decode().split(":")
        if kind != "offset" or int(value) < 0:
            raise ValueError
        return int(value) + 1
    except ValueError as exc:
        raise invalid(field, f"分页游标无效：{cursor}") from exc


def page_info(offset: int, count: int, total: int) -> PageInfo:
    return PageInfo(
        has_next_page=offset + count < total,
        has_previous_page=offset > 0,
        start_cursor=encode_cursor(offset) if count else None,
        end_cursor=encode_cursor(offset + count - 1) if count else None,
    )
