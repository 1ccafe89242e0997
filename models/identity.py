"""Who is who: citizens, sign-in codes, sessions and refresh tokens.

Personal data is never stored in the clear: `phone`, `real_name` and `id_number` hold sealed
tokens (auth.crypto.FieldCipher, AES-GCM with the column name as associated data), and the
`*_index` columns hold keyed hashes (blind indexes) for equality look-ups and uniqueness.
"""

from tortoise import fields
from tortoise.models import Model


class Citizen(Model):
    id = fields.IntField(primary_key=True)
    phone_index = fields.CharField(max_length=64, unique=True)
    phone = fields.TextField()  # sealed
    real_name = fields.TextField(null=True)  # sealed
    id_number = fields.TextField(null=True)  # sealed
    # One resident ID number binds to one account (GB 11643 number → keyed hash).
    id_number_index = fields.CharField(max_length=64, unique=True, null=True)
    verified_at = fields.DatetimeField(null=True)
    created_at = fields.DatetimeField(auto_now_add=True)

    class Meta:
        table = "citizen"


class LoginCode(Model):
    """One SMS code sent. Rows double as the rate-limit ledger (per phone and per client)."""

    id = fields.IntField(primary_key=True)
    phone_index = fields.CharField(max_length=64, db_index=True)
    client_index = fields.CharField(max_length=64, db_index=True)  # keyed hash of the client address
    code_hash = fields.CharField(max_length=64)
    created_at = fields.DatetimeField(db_index=True)
    expires_at = fields.DatetimeField()
    consumed_at = fields.DatetimeField(null=True)

    class Meta:
        table = "login_code"


class LoginLock(Model):
    """Wrong-code counter per phone; five wrong codes lock the phone for 15 minutes."""

    phone_index = fields.CharField(max_length=64, primary_key=True)
    failures = fields.SmallIntField(default=0)
    locked_until = fields.DatetimeField(null=True)

    class Meta:
        table = "login_lock"


class AuthSession(Model):
    """A signed-in device: one family of refresh tokens. Revoking it ends every token in it."""

    id = fields.UUIDField(primary_key=True)
    citizen = fields.ForeignKeyField("models.Citizen", related_name="sessions", null=True, on_delete=fields.CASCADE)
    # A staff member's session (usecases/staff); exactly one of citizen and staff is set.
    staff = fields.ForeignKeyField("models.StaffAccount", related_name="sessions", null=True, on_delete=fields.CASCADE)
    device = fields.CharField(max_length=100, default="")
    created_at = fields.DatetimeField(auto_now_add=True)
    last_used_at = fields.DatetimeField()
    revoked_at = fields.DatetimeField(null=True)
    revoke_reason = fields.CharField(max_length=32, default="")

    class Meta:
        table = "auth_session"


class RefreshToken(Model):
    id = fields.IntField(primary_key=True)
    session = fields.ForeignKeyField("models.AuthSession", related_name="refresh_tokens", on_delete=fields.CASCADE)
    token_hash = fields.CharField(max_length=64, unique=True)
    created_at = fields.DatetimeField(auto_now_add=True)
    expires_at = fields.DatetimeField()
    used_at = fields.DatetimeField(null=True)  # rotated: presenting it again revokes the family

    class Meta:
        table = "refresh_token"
