"""The domain event log: written in the same transaction as the change it records.

It is the outbox that later drives subscriptions, push, webhooks and the audit trail.
"""

from tortoise import fields
from tortoise.models import Model


class DomainEvent(Model):
    id = fields.BigIntField(primary_key=True)
    type = fields.CharField(max_length=64, db_index=True)  # e.g. "catalog.item_published"
    subject_type = fields.CharField(max_length=32)
    subject_id = fields.CharField(max_length=64, db_index=True)
    actor = fields.CharField(max_length=64, default="system")
    payload = fields.JSONField(default=dict)
    occurred_at = fields.DatetimeField(auto_now_add=True, db_index=True)

    class Meta:
        table = "domain_event"
        ordering = ["id"]
