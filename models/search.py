"""Search index rows: one per (term, basic item), built by domain.search from names and aliases.

Terms are Chinese bigrams, pinyin syllables, pinyin initials and pinyin trigrams, so one
indexed `term IN (...) GROUP BY item` query ranks items on SQLite and PostgreSQL alike.
"""

from tortoise import fields
from tortoise.models import Model


class SearchTerm(Model):
    id = fields.IntField(primary_key=True)
    term = fields.CharField(max_length=32)
    item = fields.ForeignKeyField("models.ServiceItem", related_name="search_terms", on_delete=fields.CASCADE)
    weight = fields.FloatField()

    class Meta:
        table = "search_term"
        unique_together = (("term", "item"),)
        # Covering index for the ranking query (`term IN … GROUP BY item_id, SUM(weight)`):
        # answered from the index alone, without reading table rows (≈5× faster on SQLite).
        indexes = (("term", "item", "weight"),)
