"""Partner apps (合作应用): city apps, kiosks and the 12345 hotline calling the API.

A client authenticates with OAuth2 client credentials (client_id + secret) and receives a
short-lived JWT carrying the scopes it was granted (domain/roles.py PARTNER_SCOPES). The secret
is shown once, at creation or rotation; only its argon2id hash is kept.
"""

from tortoise import fields
from tortoise.models import Model


class PartnerClient(Model):
    id = fields.IntField(primary_key=True)
    client_id = fields.CharField(max_length=64, unique=True)  # "pc_…"
    name = fields.CharField(max_length=100)
    secret_hash = fields.CharField(max_length=255)  # argon2id of the "pcs_…" secret
    scopes = fields.JSONField(default=list)  # allowed scopes, canonical order
    active = fields.BooleanField(default=True)
    created_at = fields.DatetimeField(auto_now_add=True)
    rotated_at = fields.DatetimeField(null=True)
    disabled_at = fields.DatetimeField(null=True)
    created_by = fields.CharField(max_length=64, default="")

    class Meta:
        table = "partner_client"
