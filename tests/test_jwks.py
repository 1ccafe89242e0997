"""/.well-known/jwks.json publishes the keys that verify our access tokens."""

from __future__ import annotations

import jwt

from tests.identity_helpers import outbox, signed_in  # noqa: F401


async def test_jwks_verifies_a_real_access_token(client, gql, outbox):  # noqa: F811
    keys = (await client.get("/.well-known/jwks.json")).json()["keys"]
    assert keys and all(k["alg"] == "ES256" and k["kty"] == "EC" and "d" not in k for k in keys)
    s = await signed_in(gql, outbox)
    kid = jwt.get_unverified_header(s["accessToken"])["kid"]
    jwk = next(k for k in keys if k["kid"] == kid)
    public = jwt.PyJWK(jwk).key
    claims = jwt.decode(s["accessToken"], public, algorithms=["ES256"], audience="qianban-app", issuer="qianban")
    assert claims["sub"].startswith("citizen:") and claims["exp"] - claims["iat"] == 900
