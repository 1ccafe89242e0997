"""Audit trail of staff reads of citizens' personal data (who, whose, which fields, when)."""

from tortoise import fields
from tortoise.models import Model


class PersonalDataAccess(Model):
    id = fields.BigIntField(primary_key=True)
    staff = fields.ForeignKeyField("models.StaffAccount", related_name="data_accesses", on_delete=fields.RESTRICT)
    citizen = fields.ForeignKeyField("models.Citizen", related_name="data_accesses", on_delete=fields.CASCADE)
    fields_read = fields.JSONField()  # e.g. ["idNumber"], with "(full)" when shown unmasked
    purpose = fields.CharField(max_length=64, default="")
    at = fields.DatetimeField(auto_now_add=True, db_index=True)

    class Meta:
        table = "personal_data_access"
        ordering = ["-id"]
