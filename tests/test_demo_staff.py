"""The demo staff accounts and demo partner app loaded by seed-demo."""

from __future__ import annotations

from auth.tokens import verify_token
from models import Department, PartnerClient, ServiceCenter, StaffAccount, StaffRole
from usecases.demo import staff as demo
from usecases.partners.client_credentials import client_credentials_token
from usecases.staff.sign_in import staff_sign_in


async def _claims(username: str) -> list[str]:
    tokens = await staff_sign_in(username, demo.DEMO_STAFF_PASSWORD, "演示")
    return verify_token(tokens.access_token, audience="qianban-app")["roles"]


async def test_every_demo_account_exists_with_its_role(db):
    centers = dict(await ServiceCenter.all().values_list("key", "id"))
    rsj = await Department.get(key="520103-rsj")
    expected = {
        "nanming.clerk": f"window_clerk@center:{centers['gy-nanming']}",
        "nanming.admin": f"center_admin@center:{centers['gy-nanming']}",
        "yunyan.clerk": f"window_clerk@center:{centers['gy-yunyan']}",
        "yunyan.admin": f"center_admin@center:{centers['gy-yunyan']}",
        "qingyan.clerk": f"window_clerk@center:{centers['hx-qingyan']}",
        "qingyan.admin": f"center_admin@center:{centers['hx-qingyan']}",
        "longjing.clerk": f"window_clerk@center:{centers['qy-longjing']}",
        "longjing.admin": f"center_admin@center:{centers['qy-longjing']}",
        "yunyan.rsj.approver": f"department_approver@department:{rsj.id}",
        "guiyang.supervisor": "supervisor@division:520100",
        "province.admin": "provincial_admin@division:520000",
    }
    for username, claim in expected.items():
        assert await _claims(username) == [claim], username
    assert await StaffRole.filter(staff__username__in=list(expected)).count() == len(expected)


async def test_loading_again_adds_nothing(db):
    before = await StaffAccount.all().count(), await PartnerClient.all().count()
    assert await demo.load_demo_staff() == 0
    assert (await StaffAccount.all().count(), await PartnerClient.all().count()) == before


async def test_demo_partner_app(db):
    token, _, granted = await client_credentials_token(demo.DEMO_PARTNER_CLIENT_ID, demo.DEMO_PARTNER_SECRET, None)
    assert granted == ["catalog:read", "appointments:write"]
    assert verify_token(token, audience="qianban-partner")["sub"] == "partner:pc_demo_city_app"


async def test_nothing_demo_in_production(db, monkeypatch):
    class Production:
        env = "production"

    monkeypatch.setattr(demo, "get_settings", lambda: Production())
    await StaffAccount.filter(username="province.admin").update(username="province.admin.moved")
    try:
        assert await demo.load_demo_staff() == 0
        assert await demo.load_demo_partner() == 0
        assert not await StaffAccount.exists(username="province.admin")
    finally:
        await StaffAccount.filter(username="province.admin.moved").update(username="province.admin")
