"""委托代办: a citizen authorises another citizen to act for them, for some items or all."""

from tortoise import fields
from tortoise.models import Model


class ProxyAuthorization(Model):
    id = fields.IntField(primary_key=True)
    principal = fields.ForeignKeyField("models.Citizen", related_name="granted_proxies", on_delete=fields.CASCADE)
    agent = fields.ForeignKeyField("models.Citizen", related_name="acting_for", on_delete=fields.CASCADE)
    # Basic codes of the items the agent may handle; empty means every item.
    item_codes = fields.JSONField(default=list)
    valid_until = fields.DatetimeField()
    created_at = fields.DatetimeField(auto_now_add=True)
    revoked_at = fields.DatetimeField(null=True)

    class Meta:
        table = "proxy_authorization"
