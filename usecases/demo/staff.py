"""Demo staff accounts and a demo partner app, loaded by `qianban seed-demo`.

DEMO ONLY. Every demo account shares the password DEMO_STAFF_PASSWORD and the demo partner
app has the fixed secret DEMO_PARTNER_SECRET; both are published (README, issue notes), so
anyone can sign in with them. Nothing here is loaded when QIANBAN_ENV=production, and a
real deployment must never copy these values.

Accounts (username → role and scope), created through the same use cases administrators use
(create_staff, assign_role), idempotent by username:
    nanming.clerk / nanming.admin      window clerk / centre admin, 南明区政务服务中心 (gy-nanming)
    yunyan.clerk / yunyan.admin        window clerk / centre admin, 云岩区政务服务中心 (gy-yunyan)
    qingyan.clerk / qingyan.admin      window clerk / centre admin, 青岩镇便民服务中心 (hx-qingyan)
    longjing.clerk / longjing.admin    window clerk / centre admin, 龙井村便民服务站 (qy-longjing)
    yunyan.rsj.approver                department approver, 云岩区人力资源和社会保障局 (520103-rsj)
    guiyang.supervisor                 supervisor, 贵阳市 (520100)
    province.admin                     provincial admin, 贵州省 (520000)
Partner app: client id `pc_demo_city_app`, scopes catalog:read and appointments:write.
"""

from __future__ import annotations

from config.settings import get_settings
from domain.roles import PROVINCE_CODE
from models import Department, PartnerClient, ServiceCenter, StaffAccount
from usecases.partners.create_client import register_client
from usecases.staff.assign_role import assign_role
from usecases.staff.create_staff import create_staff

ACTOR = "seed-demo"

# DEMO ONLY: the shared password of every demo staff account. Never use it anywhere real.
DEMO_STAFF_PASSWORD = "Qianban-demo-2026"

# DEMO ONLY: the fixed secret of the demo partner app (a real client's secret is random and
# shown once, see usecases/partners/create_client.py).
DEMO_PARTNER_CLIENT_ID = "pc_demo_city_app"
DEMO_PARTNER_NAME = "筑城通（演示城市应用）"
DEMO_PARTNER_SECRET = "pcs_demo-city-app-secret-NOT-FOR-PRODUCTION"
DEMO_PARTNER_SCOPES = ["catalog:read", "appointments:write"]
# A hall kiosk (自助终端): scans booking QR codes and prints tickets.
DEMO_KIOSK_CLIENT_ID = "pc_demo_kiosk"
DEMO_KIOSK_NAME = "政务大厅自助终端（演示）"
DEMO_KIOSK_SECRET = "pcs_demo-kiosk-secret-NOT-FOR-PRODUCTION"
DEMO_KIOSK_SCOPES = ["catalog:read", "queue:checkin"]

# Centre key (demo_data/places.json) → username prefix and the centre's short name.
DEMO_CENTERS = {
    "gy-nanming": ("nanming", "南明区政务服务中心"),
    "gy-yunyan": ("yunyan", "云岩区政务服务中心"),
    "hx-qingyan": ("qingyan", "青岩镇便民服务中心"),
    "qy-longjing": ("longjing", "龙井村便民服务站"),
}
APPROVER_DEPARTMENT = "520103-rsj"  # 云岩区人力资源和社会保障局
SUPERVISOR_DIVISION = "520100"  # 贵阳市


def demo_staff_plan(centers: dict[str, int], department_id: int) -> list[tuple[str, str, str, dict]]:
    """(username, display name, role, scope arguments of assign_role) for every demo account."""
    plan: list[tuple[str, str, str, dict]] = []
    for key, (prefix, place) in DEMO_CENTERS.items():
        plan.append((f"{prefix}.clerk", f"{place}窗口人员（演示）", "window_clerk", {"center_id": centers[key]}))
        plan.append((f"{prefix}.admin", f"{place}管理员（演示）", "center_admin", {"center_id": centers[key]}))
    plan.append(("yunyan.rsj.approver", "云岩区人社局审批人员（演示）", "department_approver",
                 {"department_id": department_id}))
    plan.append(("guiyang.supervisor", "贵阳市监督人员（演示）", "supervisor", {"division_code": SUPERVISOR_DIVISION}))
    plan.append(("province.admin", "贵州省管理员（演示）", "provincial_admin", {"division_code": PROVINCE_CODE}))
    return plan


async def load_demo_staff() -> int:
    """Create the missing demo staff accounts (and the demo partner app); returns how many
    accounts were created. Does nothing in production."""
    if get_settings().env == "production":
        return 0
    centers = dict(await ServiceCenter.filter(key__in=list(DEMO_CENTERS)).values_list("key", "id"))
    department = await Department.get(key=APPROVER_DEPARTMENT)
    plan = demo_staff_plan(centers, department.id)
    existing = set(await StaffAccount.filter(username__in=[p[0] for p in plan]).values_list("username", flat=True))
    created = 0
    for username, display_name, role, scope in plan:
        if username in existing:
            continue
        staff = await create_staff(username, display_name, DEMO_STAFF_PASSWORD, ACTOR)
        await assign_role(staff.id, role, actor=ACTOR, **scope)
        created += 1
    await load_demo_partner()
    return created


async def load_demo_partner() -> int:
    """The demo partner apps (city app, hall kiosk), outside production only; returns how many
    were created."""
    if get_settings().env == "production":
        return 0
    created = 0
    for client_id, name, scopes, secret in (
            (DEMO_PARTNER_CLIENT_ID, DEMO_PARTNER_NAME, DEMO_PARTNER_SCOPES, DEMO_PARTNER_SECRET),
            (DEMO_KIOSK_CLIENT_ID, DEMO_KIOSK_NAME, DEMO_KIOSK_SCOPES, DEMO_KIOSK_SECRET)):
        if not await PartnerClient.exists(client_id=client_id):
            await register_client(client_id, name, scopes, secret, ACTOR)
            created += 1
    return created
