"""Administrative divisions (GB/T 2260 codes, extended to township 9 and village 12 digits)."""

from tortoise import fields
from tortoise.models import Model

LEVELS = ("province", "city", "county", "township", "village")


class Division(Model):
    code = fields.CharField(max_length=12, primary_key=True)
    name = fields.CharField(max_length=64)
    # province | city | county | township | village
    level = fields.CharField(max_length=10, db_index=True)
    # 地级市, 自治州, 市辖区, 县, 自治县, 县级市, 特区, 国家级新区, 镇, 乡, 街道, 村, 社区 …
    kind = fields.CharField(max_length=16, default="")
    parent: fields.ForeignKeyNullableRelation["Division"] = fields.ForeignKeyField(
        "models.Division", related_name="children", null=True, on_delete=fields.RESTRICT
    )
    # Codes from the root down to this division, "/"-joined: ancestors come from one row,
    # so "items that serve this division" needs no recursive query.
    path = fields.CharField(max_length=80, db_index=True)
    # False where the code is not published in GB/T 2260 (贵安新区, demo townships/villages).
    official_code = fields.BooleanField(default=True)
    latitude = fields.FloatField(null=True)
    longitude = fields.FloatField(null=True)

    class Meta:
        table = "division"
        ordering = ["code"]

    def ancestor_codes(self) -> list[str]:
        return self.path.split("/")
