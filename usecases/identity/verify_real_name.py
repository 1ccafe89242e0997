"""verifyRealName: bind a resident ID number (GB 11643) to the signed-in account, once.

The number is stored sealed, with a keyed hash so one number can belong to one account only.
(The check against the public-security population database is an external service the
province provides; until it is connected, the number's own structure is what is verified.)
"""

from __future__ import annotations

import re

from auth.crypto import get_cipher
from domain.clock import now
from domain.identity import validate_id_number
from models import Citizen
from storage.transaction import atomic
from usecases import events
from usecases.errors import UseCaseError
from usecases.identity.sealed import seal

NAME = re.compile(r"^[\u4e00-\u9fff·]{2,30}$")


async def verify_real_name(citizen_id: int, name: str, raw_id_number: str) -> Citizen:
    name = (name or "").strip()
    if not NAME.match(name):
        raise UseCaseError("INVALID_NAME", "请输入与身份证一致的中文姓名", "name")
    check = validate_id_number(raw_id_number or "")
    if not check.ok:
        raise UseCaseError(check.code, check.message, "idNumber")
    number = check.number
    cipher = get_cipher()
    index = cipher.blind_index(number, "id_number")
    async with atomic() as conn:
        citizen = await Citizen.get(id=citizen_id).using_db(conn)
        if citizen.verified_at is not None:
            if citizen.id_number_index == index:
                return citizen
            raise UseCaseError("ALREADY_VERIFIED", "该账号已完成实名认证，不能更换身份证号", "idNumber")
        if await Citizen.filter(id_number_index=index).exclude(id=citizen_id).using_db(conn).exists():
            raise UseCaseError("ID_NUMBER_TAKEN", "该身份证号已绑定其他账号，如有疑问请拨打12345", "idNumber")
        citizen.real_name = seal(citizen.phone_index, "real_name", name)
        citizen.id_number = seal(citizen.phone_index, "id_number", number)
        citizen.id_number_index, citizen.verified_at = index, now()
        await citizen.save(using_db=conn)
        await events.record(conn, "identity.real_name_verified", "Citizen", citizen.id, {}, f"citizen:{citizen.id}")
    return citizen
