"""requestLoginCode: codes by SMS within the limits, revealing nothing about accounts."""

from __future__ import annotations

from datetime import timedelta

from models import LoginCode
from tests.identity_helpers import REQUEST, fresh_phone, outbox  # noqa: F401


async def test_sends_a_six_digit_code_the_same_way_for_new_and_known_phones(gql, outbox):  # noqa: F811
    new, known = fresh_phone(), fresh_phone()
    await gql(REQUEST, {"p": known})
    from tests.identity_helpers import SIGN_IN

    await gql(SIGN_IN, {"p": known, "c": outbox.last_code(known)})
    a = (await gql(REQUEST, {"p": new}))["data"]["requestLoginCode"]
    assert a == {"__typename": "LoginCodeSent", "expiresInSeconds": 300, "retryAfterSeconds": 60}
    assert len(outbox.last_code(new)) == 6 and outbox.last_code(new).isdigit()


async def test_one_request_a_minute_and_ten_a_day(gql, outbox):  # noqa: F811
    phone = fresh_phone()
    assert (await gql(REQUEST, {"p": phone}))["data"]["requestLoginCode"]["__typename"] == "LoginCodeSent"
    again = (await gql(REQUEST, {"p": phone}))["data"]["requestLoginCode"]
    assert again["code"] == "RATE_LIMITED" and "秒后再试" in again["message"]
    assert len([p for p, _ in outbox.sent if p == phone]) == 1
    # Age the ledger: nine more codes earlier today, each over a minute ago.
    from auth.crypto import get_cipher
    from domain.clock import now

    idx = get_cipher().blind_index(phone, "phone")
    await LoginCode.filter(phone_index=idx).update(created_at=now() - timedelta(minutes=2))
    start = now().replace(hour=0, minute=0, second=1)
    for _ in range(9):
        await LoginCode.create(phone_index=idx, client_index="x", code_hash="x", created_at=max(start, now() - timedelta(minutes=3)),
                               expires_at=now())
    r = (await gql(REQUEST, {"p": phone}))["data"]["requestLoginCode"]
    assert r["code"] == "DAILY_LIMIT"


async def test_malformed_phones_are_refused_and_nothing_is_sent(gql, outbox):  # noqa: F811
    before = await LoginCode.all().count()
    for bad in ("12345", "2380013800", "1380013800a", ""):
        r = (await gql(REQUEST, {"p": bad}))["data"]["requestLoginCode"]
        assert r["code"] == "INVALID_PHONE" and r["field"] == "phone"
    assert await LoginCode.all().count() == before and outbox.sent == []


async def test_test_phones_get_fixed_codes_and_no_sms(gql, outbox):  # noqa: F811
    from models import LoginCode as Codes

    await Codes.all().delete()  # the fixed phones are shared by tests: start from a clean ledger
    r = (await gql(REQUEST, {"p": "13800138001"}))["data"]["requestLoginCode"]
    assert r["__typename"] == "LoginCodeSent" and outbox.sent == []


async def test_per_client_address_limit(gql, client, outbox):  # noqa: F811
    from datetime import timedelta

    from domain.clock import now
    from usecases.identity import policy
    from usecases.identity.phones import client_index

    # Fill this hour's ledger for the test client's address.
    idx = client_index(client.peer_address)
    await LoginCode.bulk_create([LoginCode(phone_index=f"other-{i}", client_index=idx, code_hash="x",
                                           created_at=now() - timedelta(minutes=5), expires_at=now())
                                 for i in range(policy.CODES_PER_CLIENT_HOUR)])
    try:
        r = (await gql(REQUEST, {"p": fresh_phone()}))["data"]["requestLoginCode"]
        assert r["code"] == "RATE_LIMITED"
    finally:
        await LoginCode.filter(phone_index__startswith="other-").delete()


def test_dev_outbox_and_cli(tmp_path, capsys, monkeypatch, caplog):
    import asyncio
    import logging

    from cli.main import main
    from notifications import sms

    outbox_file = tmp_path / "outbox.jsonl"
    sender = sms.DevOutboxSender(outbox_file)
    with caplog.at_level(logging.INFO, logger="qianban.sms"):
        asyncio.run(sender.send("13912345678", "【黔办】您的登录验证码为123456"))
    assert "13912345678" not in caplog.text and "139****5678" in caplog.text and "123456" in caplog.text
    monkeypatch.setattr(sms, "OUTBOX", outbox_file)
    monkeypatch.setattr(sms.read_outbox, "__defaults__", (outbox_file, 20))
    main(["dev", "sms"])
    assert "13912345678" in capsys.readouterr().out
