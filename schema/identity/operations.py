"""Identity queries and mutations (citizen sign-in by phone and SMS code)."""

from __future__ import annotations

from typing import Annotated

import strawberry

from auth.rules import IsCitizen, IsSignedIn, Public
from resolvers import identity as r
from resolvers import proxies as rp
from schema.common import UserError
from schema.identity.types import AuthTokens, LoginCodeSent, Me, ProxyGrant, SignedOut

RequestLoginCodeResult = Annotated[LoginCodeSent | UserError, strawberry.union("RequestLoginCodeResult")]
SignInResult = Annotated[AuthTokens | UserError, strawberry.union("SignInResult")]
ProxyResult = Annotated[ProxyGrant | UserError, strawberry.union("ProxyResult")]
VerifyRealNameResult = Annotated[Me | UserError, strawberry.union("VerifyRealNameResult")]


@strawberry.type
class IdentityQuery:
    me: Me = strawberry.field(resolver=r.me, permission_classes=[IsCitizen], description="当前登录的群众")


@strawberry.type
class IdentityMutation:
    request_login_code: RequestLoginCodeResult = strawberry.mutation(
        resolver=r.request_login_code, permission_classes=[Public], description="发送6位短信验证码（5分钟有效；每分钟1次、每天10次）")
    sign_in: SignInResult = strawberry.mutation(resolver=r.sign_in, permission_classes=[Public], description="手机号+验证码登录；连续错5次锁定15分钟")
    refresh_session: SignInResult = strawberry.mutation(
        resolver=r.refresh_session, permission_classes=[Public], description="用 refreshToken 换新凭证；旧 refreshToken 立即作废，重复使用将退出该设备")
    staff_sign_in: SignInResult = strawberry.mutation(
        resolver=r.staff_sign_in, permission_classes=[Public],
        description="工作人员用户名+密码登录；连续错5次锁定15分钟")
    sign_out: SignedOut = strawberry.mutation(resolver=r.sign_out, permission_classes=[IsSignedIn],
                                              description="退出当前设备")
    sign_out_everywhere: SignedOut = strawberry.mutation(
        resolver=r.sign_out_everywhere, permission_classes=[IsSignedIn], description="退出全部设备")
    verify_real_name: VerifyRealNameResult = strawberry.mutation(
        resolver=r.verify_real_name, permission_classes=[IsCitizen], description="实名认证（姓名+身份证号），一个身份证号只能绑定一个账号")
    grant_proxy: ProxyResult = strawberry.mutation(
        resolver=rp.grant_proxy, permission_classes=[IsCitizen],
        description="委托他人代办（受托人须已实名；可限定事项基本编码与截止时间）")
    revoke_proxy: ProxyResult = strawberry.mutation(
        resolver=rp.revoke_proxy, permission_classes=[IsCitizen], description="撤销委托代办")
