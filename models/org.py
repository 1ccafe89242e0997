"""Implementing departments, service centres and their windows."""

from tortoise import fields
from tortoise.models import Model


class Department(Model):
    id = fields.IntField(primary_key=True)
    key = fields.CharField(max_length=40, unique=True)  # stable slug, e.g. "520103-rsj"
    kind = fields.CharField(max_length=16, db_index=True)  # rsj, gaj, mzj … (demo_data/README.md)
    name = fields.CharField(max_length=128)
    credit_code = fields.CharField(max_length=18, unique=True)  # 统一社会信用代码 (GB 32100)
    division = fields.ForeignKeyField("models.Division", related_name="departments", on_delete=fields.RESTRICT)
    phone = fields.CharField(max_length=32, default="")
    address = fields.CharField(max_length=200, default="")

    class Meta:
        table = "department"


class ServiceCenter(Model):
    id = fields.IntField(primary_key=True)
    key = fields.CharField(max_length=40, unique=True)
    name = fields.CharField(max_length=128)
    # government (政务服务中心, province/city/county) | convenience (便民服务中心, township/village)
    kind = fields.CharField(max_length=12)
    division = fields.ForeignKeyField("models.Division", related_name="centers", on_delete=fields.RESTRICT)
    address = fields.CharField(max_length=200)
    latitude = fields.FloatField()
    longitude = fields.FloatField()
    opening_hours = fields.CharField(max_length=200)
    phone = fields.CharField(max_length=32)

    class Meta:
        table = "service_center"


class Window(Model):
    id = fields.IntField(primary_key=True)
    center = fields.ForeignKeyField("models.ServiceCenter", related_name="windows", on_delete=fields.CASCADE)
    number = fields.CharField(max_length=16)  # 窗口号, e.g. "A01"
    name = fields.CharField(max_length=64)
    comprehensive = fields.BooleanField(default=False)  # 综合窗口 (一口受理)
    # The appointment window group whose queue this window calls (None: no queue).
    group = fields.ForeignKeyField("models.WindowGroup", related_name="windows", null=True,
                                   on_delete=fields.SET_NULL)
    items = fields.ManyToManyField(
        "models.ItemImplementation", related_name="windows", through="window_item"
    )

    class Meta:
        table = "service_window"
        unique_together = (("center", "number"),)
