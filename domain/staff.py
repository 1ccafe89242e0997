"""Staff usernames: one normal form, so `NanMing.Clerk ` and `nanming.clerk` are one account.

Usernames are lower-case ASCII letters, digits, `.`, `_` and `-`, 3-64 characters, starting
with a letter or digit (e.g. `nanming.clerk`, `yunyan.rsj.approver`). They appear in logs and
events, so they must never be personal data such as phone or ID numbers; that is a naming
convention for administrators, not something this check can enforce.
"""

from __future__ import annotations

import re
import unicodedata

USERNAME_MIN, USERNAME_MAX = 3, 64
_USERNAME = re.compile(r"[a-z0-9][a-z0-9._-]*")


def normalize_username(raw: str | None) -> str:
    """Full-width characters folded (NFKC), surrounding spaces dropped, lower case."""
    return unicodedata.normalize("NFKC", raw or "").strip().lower()


def username_problems(username: str) -> list[str]:
    """Every reason a (normalised) username is refused, in Chinese."""
    found: list[str] = []
    if not USERNAME_MIN <= len(username) <= USERNAME_MAX:
        found.append(f"用户名长度应为{USERNAME_MIN}-{USERNAME_MAX}个字符")
    if username and not _USERNAME.fullmatch(username):
        found.append("用户名只能包含小写字母、数字和 . _ -，并以字母或数字开头")
    return found
