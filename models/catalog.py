"""Service catalog: basic items, their implementations and versioned guides.

A *basic item* (基本目录事项, 10-char basic code) is what the law defines; an *implementation*
(实施清单, 24-char implementation code) is that item run by one department in one division;
its guide (办事指南) is versioned: draft → published → retired. A case later points at the exact
version it was filed under, so published versions are never edited in place.
"""

from tortoise import fields
from tortoise.models import Model


class Theme(Model):
    id = fields.IntField(primary_key=True)
    name = fields.CharField(max_length=32, unique=True)
    sort = fields.IntField(default=0)

    class Meta:
        table = "theme"
        ordering = ["sort", "id"]


class LifeEvent(Model):
    id = fields.IntField(primary_key=True)
    name = fields.CharField(max_length=32, unique=True)
    audience = fields.CharField(max_length=12)  # individual | business
    sort = fields.IntField(default=0)

    class Meta:
        table = "life_event"
        ordering = ["sort", "id"]


class ServiceItem(Model):
    """Basic item (基本目录事项)."""

    id = fields.IntField(primary_key=True)
    basic_code = fields.CharField(max_length=10, unique=True)
    name = fields.CharField(max_length=100)
    item_type = fields.CharField(max_length=12)
    for_individual = fields.BooleanField(default=True)
    for_business = fields.BooleanField(default=False)
    aliases = fields.JSONField(default=list)
    themes = fields.ManyToManyField("models.Theme", related_name="items", through="item_theme")
    life_events = fields.ManyToManyField("models.LifeEvent", related_name="items", through="item_life_event")

    class Meta:
        table = "service_item"


class ItemImplementation(Model):
    """One basic item as implemented by one department in one division (实施清单事项)."""

    id = fields.IntField(primary_key=True)
    code = fields.CharField(max_length=24, unique=True)
    item = fields.ForeignKeyField("models.ServiceItem", related_name="implementations", on_delete=fields.RESTRICT)
    department = fields.ForeignKeyField("models.Department", related_name="implementations", on_delete=fields.RESTRICT)
    division = fields.ForeignKeyField("models.Division", related_name="implementations", on_delete=fields.RESTRICT)
    level = fields.CharField(max_length=10)
    # The version citizens see; null until first published and after retirement.
    # Not a foreign key: item_version already references this table, and a cycle of foreign
    # keys cannot be created in one migration. Kept consistent by usecases.catalog.
    published_version_id = fields.IntField(null=True)
    # Copies of the published version's filter columns, so catalog filters need no join.
    scope = fields.CharField(max_length=14, default="none", db_index=True)
    online_depth = fields.SmallIntField(default=1)
    visits = fields.SmallIntField(default=1)
    status = fields.CharField(max_length=10, default="draft", db_index=True)  # draft|published|retired

    class Meta:
        table = "item_implementation"


class ItemVersion(Model):
    """One version of an implementation's guide. Published versions are immutable."""

    id = fields.IntField(primary_key=True)
    implementation = fields.ForeignKeyField(
        "models.ItemImplementation", related_name="versions", on_delete=fields.CASCADE
    )
    number = fields.IntField()
    status = fields.CharField(max_length=10, default="draft")  # draft | published | retired
    created_at = fields.DatetimeField(auto_now_add=True)
    updated_at = fields.DatetimeField(auto_now=True)
    published_at = fields.DatetimeField(null=True)
    retired_at = fields.DatetimeField(null=True)
    created_by = fields.CharField(max_length=64, default="system")
    # The guide in the provincial template (field meanings: demo_data/README.md, domain.md).
    guide = fields.JSONField(default=dict)

    class Meta:
        table = "item_version"
        unique_together = (("implementation", "number"),)
        ordering = ["number"]
