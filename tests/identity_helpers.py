"""Sign-in helpers for tests: a recording SMS sender and fresh phone numbers."""

from __future__ import annotations

import random

import pytest

from notifications import sms


class RecordingSender:
    def __init__(self) -> None:
        self.sent: list[tuple[str, str]] = []

    async def send(self, phone: str, text: str) -> None:
        self.sent.append((phone, text))

    def last_code(self, phone: str) -> str:
        text = next(t for p, t in reversed(self.sent) if p == phone)
        return "".join(ch for ch in text.split("验证码为")[1][:6])


@pytest.fixture
def outbox():
    sender = RecordingSender()
    sms.set_sender(sender)
    yield sender
    sms.set_sender(None)


def fresh_phone() -> str:
    return "139" + f"{random.randrange(10**8):08d}"


REQUEST = """mutation($p: String!) { requestLoginCode(phone: $p) { __typename
  ... on LoginCodeSent { expiresInSeconds retryAfterSeconds } ... on UserError { code message field } } }"""
SIGN_IN = """mutation($p: String!, $c: String!) { signIn(phone: $p, code: $c, device: "测试手机") { __typename
  ... on AuthTokens { accessToken refreshToken tokenType expiresInSeconds } ... on UserError { code message field } } }"""
REFRESH = """mutation($t: String!) { refreshSession(refreshToken: $t) { __typename
  ... on AuthTokens { accessToken refreshToken } ... on UserError { code message } } }"""
ME = "{ me { verified phone realName idNumber sessions { device current } } }"


async def signed_in(gql, outbox, phone: str | None = None) -> dict:
    phone = phone or fresh_phone()
    await gql(REQUEST, {"p": phone})
    r = await gql(SIGN_IN, {"p": phone, "c": outbox.last_code(phone)})
    tokens = r["data"]["signIn"]
    assert tokens["__typename"] == "AuthTokens", r
    return {"phone": phone, **tokens}
