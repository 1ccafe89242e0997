"""ES256 JWTs: issue, verify, the classic attacks, key rotation and the JWKS."""

import base64
import hashlib
import hmac
import json
from datetime import datetime, timedelta, timezone

import jwt
import pytest
from cryptography.hazmat.primitives import serialization
from cryptography.hazmat.primitives.asymmetric import ec, rsa

from auth.keys import (
    SigningKeyError,
    SigningKeys,
    check_key_settings,
    dev_signing_key,
    generate_signing_key,
    get_signing_keys,
    private_key_pem,
    signing_keys_from_settings,
)
from auth.tokens import (
    TOKEN_EXPIRED,
    TOKEN_INVALID,
    TOKEN_WRONG_AUDIENCE,
    TokenError,
    issue_token,
    verify_token,
)
from config.settings import get_settings, load

AUD = "citizen"
ISS = "qianban-test"
KEY_A = generate_signing_key()
KEY_B = generate_signing_key()


@pytest.fixture
def keys():
    return SigningKeys([("k1", KEY_A)])


def issue(keys, claims=None, *, audience=AUD, ttl=timedelta(minutes=15), now=None, issuer=ISS):
    return issue_token({"sub": "citizen:42"} if claims is None else claims, audience=audience, ttl=ttl, now=now, keys=keys, issuer=issuer)


def verify(keys, token, *, audience=AUD, leeway=30, issuer=ISS):
    return verify_token(token, audience=audience, keys=keys, issuer=issuer, leeway_seconds=leeway)


def code_of(keys, token, **kwargs):
    with pytest.raises(TokenError) as caught:
        verify(keys, token, **kwargs)
    assert caught.value.message_zh and caught.value.code in str(caught.value)
    return caught.value.code


def b64(data: bytes) -> str:
    return base64.urlsafe_b64encode(data).rstrip(b"=").decode()


def handmade(header: dict, payload: dict, sign=lambda signing_input: b"") -> str:
    signing_input = f"{b64(json.dumps(header).encode())}.{b64(json.dumps(payload).encode())}"
    return f"{signing_input}.{b64(sign(signing_input.encode()))}"


def valid_payload(**over):
    now = int(datetime.now(timezone.utc).timestamp())
    return {"sub": "citizen:42", "iss": ISS, "aud": AUD, "iat": now, "nbf": now, "exp": now + 900,
            "jti": "x", **over}


def test_round_trip(keys):
    now = datetime.now(timezone.utc)
    token = issue(keys, {"sub": "citizen:42", "roles": ["citizen"]}, now=now)
    assert jwt.get_unverified_header(token) == {"alg": "ES256", "kid": "k1", "typ": "JWT"}
    claims = verify(keys, token)
    assert claims["sub"] == "citizen:42" and claims["roles"] == ["citizen"]
    assert claims["iss"] == ISS and claims["aud"] == AUD
    assert claims["iat"] == claims["nbf"] == int(now.timestamp())
    assert claims["exp"] == int(now.timestamp()) + 900
    assert claims["jti"] and claims["jti"] != verify(keys, issue(keys))["jti"]


def test_issue_refuses_programming_errors(keys):
    for claims in ({}, {"sub": ""}, {"sub": 42}, {"sub": "a", "exp": 1}, {"sub": "a", "aud": "x"}):
        with pytest.raises(ValueError):
            issue(keys, claims)
    with pytest.raises(ValueError):
        issue(keys, ttl=timedelta(0))
    with pytest.raises(ValueError):
        issue(keys, now=datetime(2026, 1, 1))  # naive
    with pytest.raises(ValueError):
        issue(keys, audience="")


def test_expired_and_leeway(keys):
    now = datetime.now(timezone.utc)
    ten_seconds_ago = issue(keys, now=now - timedelta(minutes=15, seconds=10))
    assert verify(keys, ten_seconds_ago, leeway=30)["sub"] == "citizen:42"
    assert code_of(keys, ten_seconds_ago, leeway=0) == TOKEN_EXPIRED
    long_ago = issue(keys, now=now - timedelta(hours=2))
    exc = pytest.raises(TokenError, verify, keys, long_ago)
    assert exc.value.code == TOKEN_EXPIRED and "过期" in exc.value.message_zh
    # a host whose clock runs 10 s fast issues tokens that are fine within the leeway
    from_the_future = issue(keys, now=now + timedelta(seconds=10))
    assert verify(keys, from_the_future, leeway=30)
    assert code_of(keys, from_the_future, leeway=0) == TOKEN_INVALID


def test_wrong_audience_and_issuer(keys):
    partner = issue(keys, audience="partner")
    assert code_of(keys, partner) == TOKEN_WRONG_AUDIENCE
    assert verify(keys, partner, audience="partner")
    assert code_of(keys, issue(keys, issuer="someone-else")) == TOKEN_INVALID
    # an audience list is not accepted (strict): tokens name exactly one audience
    listed = jwt.encode(valid_payload(aud=[AUD, "partner"]), KEY_A, algorithm="ES256", headers={"kid": "k1"})
    assert code_of(keys, listed) == TOKEN_WRONG_AUDIENCE


@pytest.mark.parametrize("missing", ["exp", "iat", "iss", "aud", "sub"])
def test_required_claims(keys, missing):
    payload = valid_payload()
    del payload[missing]
    token = jwt.encode(payload, KEY_A, algorithm="ES256", headers={"kid": "k1"})
    assert code_of(keys, token) == TOKEN_INVALID


def test_forged_signature_with_another_key(keys):
    forged = issue(SigningKeys([("k1", KEY_B)]))  # same kid, attacker's key
    assert code_of(keys, forged) == TOKEN_INVALID
    genuine = issue(keys)
    head, payload, sig = genuine.split(".")
    other_payload = b64(json.dumps(valid_payload(sub="citizen:1")).encode())
    assert code_of(keys, f"{head}.{other_payload}.{sig}") == TOKEN_INVALID  # payload swapped
    assert code_of(keys, f"{head}.{payload}.") == TOKEN_INVALID  # signature stripped


@pytest.mark.parametrize("alg", ["none", "None", "NONE"])
def test_alg_none_is_rejected(keys, alg):
    token = handmade({"alg": alg, "typ": "JWT", "kid": "k1"}, valid_payload())
    assert code_of(keys, token) == TOKEN_INVALID
    assert code_of(keys, token.rstrip(".")) == TOKEN_INVALID


def test_hs256_signed_with_the_public_key_is_rejected(keys):
    """The algorithm-confusion attack: HMAC keyed with the (public) verification key."""
    public = KEY_A.public_key()
    candidates = [
        public.public_bytes(serialization.Encoding.PEM, serialization.PublicFormat.SubjectPublicKeyInfo),
        public.public_bytes(serialization.Encoding.X962, serialization.PublicFormat.UncompressedPoint),
        json.dumps(keys.jwks()["keys"][0]).encode(),
    ]
    for secret in candidates:
        for alg, digest in (("HS256", hashlib.sha256), ("HS512", hashlib.sha512)):
            token = handmade({"alg": alg, "typ": "JWT", "kid": "k1"}, valid_payload(),
                             lambda data, s=secret, d=digest: hmac.new(s, data, d).digest())
            assert code_of(keys, token) == TOKEN_INVALID


def test_rs256_and_es384_are_rejected(keys):
    rsa_key = rsa.generate_private_key(public_exponent=65537, key_size=2048)
    assert code_of(keys, jwt.encode(valid_payload(), rsa_key, algorithm="RS256", headers={"kid": "k1"})) == TOKEN_INVALID
    p384 = ec.generate_private_key(ec.SECP384R1())
    assert code_of(keys, jwt.encode(valid_payload(), p384, algorithm="ES384", headers={"kid": "k1"})) == TOKEN_INVALID


def test_unknown_or_missing_kid_and_embedded_keys_are_rejected(keys):
    attacker = SigningKeys([("k1", KEY_B)])
    token = jwt.encode(valid_payload(), KEY_B, algorithm="ES256", headers={"kid": "k9"})
    assert code_of(keys, token) == TOKEN_INVALID
    no_kid = jwt.encode(valid_payload(), KEY_A, algorithm="ES256")
    assert code_of(keys, no_kid) == TOKEN_INVALID
    # a key carried in the token itself (jwk header) is never used
    embedded = jwt.encode(valid_payload(), KEY_B, algorithm="ES256",
                          headers={"kid": "k1", "jwk": attacker.jwks()["keys"][0]})
    assert code_of(keys, embedded) == TOKEN_INVALID


@pytest.mark.parametrize("garbage", ["", "abc", "a.b.c", "a.b", "....", "x" * 9000, None, 42])
def test_garbage_is_invalid(keys, garbage):
    assert code_of(keys, garbage) == TOKEN_INVALID


def test_rotation_keeps_previous_tokens_valid_and_jwks_lists_both():
    before = SigningKeys([("2026-01", KEY_A)])
    old_token = issue(before)
    after = SigningKeys([("2026-06", KEY_B), ("2026-01", KEY_A)])
    assert after.current_kid == "2026-06"
    assert verify(after, old_token)["sub"] == "citizen:42"
    new_token = issue(after)
    assert jwt.get_unverified_header(new_token)["kid"] == "2026-06"
    assert verify(after, new_token)
    assert code_of(before, new_token) == TOKEN_INVALID  # unknown kid to the old ring
    jwks = after.jwks()
    assert [k["kid"] for k in jwks["keys"]] == ["2026-06", "2026-01"]
    for jwk in jwks["keys"]:
        assert set(jwk) == {"kty", "crv", "x", "y", "use", "alg", "kid"}
        assert (jwk["kty"], jwk["crv"], jwk["use"], jwk["alg"]) == ("EC", "P-256", "sig", "ES256")
        assert len(base64.urlsafe_b64decode(jwk["x"] + "==")) == 32 and "d" not in jwk
    # a third party verifying with our JWKS alone accepts both tokens
    for token in (old_token, new_token):
        kid = jwt.get_unverified_header(token)["kid"]
        jwk = next(k for k in jwks["keys"] if k["kid"] == kid)
        assert jwt.decode(token, jwt.PyJWK(jwk).key, algorithms=["ES256"], audience=AUD, issuer=ISS)
    # once the previous key is dropped, its tokens stop verifying
    assert code_of(SigningKeys([("2026-06", KEY_B)]), old_token) == TOKEN_INVALID


def test_key_ring_spec_file_and_inline(tmp_path):
    pem_a, pem_b = private_key_pem(KEY_A), private_key_pem(KEY_B)
    (tmp_path / "a.pem").write_text(pem_a)
    sec1 = KEY_B.private_bytes(serialization.Encoding.PEM, serialization.PrivateFormat.TraditionalOpenSSL,
                               serialization.NoEncryption()).decode()
    inline_one_line = pem_b.replace("\n", "\\n")
    for spec in (f"new={tmp_path / 'a.pem'}; old={inline_one_line}", f"new=a.pem;old={sec1}"):
        ring = SigningKeys.from_spec(spec, base_dir=tmp_path)
        assert ring.kids == ("new", "old") and ring.current_kid == "new"
        assert verify(ring, issue(SigningKeys([("old", KEY_B)])))
    rsa_pem = rsa.generate_private_key(public_exponent=65537, key_size=2048).private_bytes(
        serialization.Encoding.PEM, serialization.PrivateFormat.PKCS8, serialization.NoEncryption()).decode()
    p384_pem = private_key_pem(ec.generate_private_key(ec.SECP384R1()))
    for bad in ("", "new", f"new={tmp_path / 'missing.pem'}", f"a={pem_a};a={pem_b}", f"bad kid={pem_a}",
                f"r={rsa_pem}", f"p={p384_pem}", "x=-----BEGIN PRIVATE KEY-----\\nnope\\n-----END PRIVATE KEY-----"):
        with pytest.raises(SigningKeyError):
            SigningKeys.from_spec(bad, base_dir=tmp_path)


def test_settings_dev_key_production_refusal_and_defaults(monkeypatch):
    monkeypatch.setenv("QIANBAN_ENV", "test")
    monkeypatch.delenv("JWT_SIGNING_KEYS", raising=False)
    monkeypatch.delenv("SECRET_KEY", raising=False)
    one, two = signing_keys_from_settings(load()), signing_keys_from_settings(load())
    assert one.kids == ("dev",) and one.jwks() == two.jwks()  # same key in every process
    assert verify(two, issue(one))
    monkeypatch.setenv("SECRET_KEY", "another")
    assert signing_keys_from_settings(load()).jwks() != one.jwks()
    assert dev_signing_key("s").private_numbers() == dev_signing_key("s").private_numbers()

    monkeypatch.setenv("QIANBAN_ENV", "production")
    monkeypatch.setenv("SECRET_KEY", "x" * 40)
    with pytest.raises(SigningKeyError, match="JWT_SIGNING_KEYS"):
        signing_keys_from_settings(load())
    with pytest.raises(ValueError):
        check_key_settings(load())
    monkeypatch.setenv("JWT_SIGNING_KEYS", f"prod-1={private_key_pem(KEY_A)}")
    monkeypatch.setenv("DATA_KEYS", "d1:" + base64.b64encode(b"d" * 32).decode())
    monkeypatch.setenv("LOOKUP_KEY", base64.b64encode(b"l" * 32).decode())
    monkeypatch.setenv("JWT_ISSUER", "https://qianban.example")
    settings = load()
    assert private_key_pem(KEY_A) not in repr(settings)
    check_key_settings(settings)
    assert signing_keys_from_settings(settings).current_kid == "prod-1"
    assert settings.jwt_issuer == "https://qianban.example" and settings.jwt_leeway_seconds == 30


def test_defaults_come_from_settings():
    """With no keys passed, the settings' ring, issuer and leeway are used."""
    token = issue_token({"sub": "staff:7"}, audience="staff", ttl=timedelta(minutes=15))
    claims = verify_token(token, audience="staff")
    assert claims["iss"] == get_settings().jwt_issuer and claims["sub"] == "staff:7"
    assert jwt.get_unverified_header(token)["kid"] in get_signing_keys().kids
    assert get_signing_keys() is get_signing_keys()
