"""The staff password policy as a use-case error: auth.passwords rules plus "not the username"."""

from __future__ import annotations

from auth.passwords import password_problems
from usecases.errors import FieldProblem, UseCaseError


def check_new_password(password: str, username: str, field: str = "password") -> None:
    found = password_problems(password or "")
    if username and username in (password or "").lower():
        found.append("密码不能包含用户名")
    if found:
        raise UseCaseError("WEAK_PASSWORD", f"密码不符合要求：{found[0]}", field,
                           [FieldProblem(field, "WEAK_PASSWORD", m) for m in found])
