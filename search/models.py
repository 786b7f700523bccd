"""The catalogue's own search index: analysed terms per page, portable across databases.

Postings are (term, page, weight) rows with a B-tree index on (term, page): matching a
query is an index range scan per term and one GROUP BY, and the relevance of every hit
is computed in that same pass. No correlated subqueries, no per-backend text search.
"""

import secrets

from django.db import models


class IndexedPage(models.Model):
    page = models.OneToOneField(
        "wagtailcore.Page", primary_key=True, on_delete=models.CASCADE, related_name="search_entry"
    )
    language = models.CharField(max_length=10)
    # Lower-cased title with Finnish/Swedish letter order (å, ä, ö after z) encoded so
    # that a plain binary comparison sorts it right on every database.
    sort_key = models.CharField(max_length=600, db_index=True)
    # The title's words, normalised as search normalises them, separated by single spaces:
    # title suggestions match the start of any word.
    title_lower = models.CharField(max_length=300)

    class Meta:
        verbose_name = "indexed page"

    def __str__(self):
        return f"{self.language}: {self.title_lower}"


class Posting(models.Model):
    term = models.CharField(max_length=60)
    entry = models.ForeignKey(IndexedPage, on_delete=models.CASCADE, related_name="postings")
    weight = models.FloatField()

    class Meta:
        indexes = [models.Index(fields=["term", "entry", "weight"], name="search_posting_term")]

    def __str__(self):
        return f"{self.term} → {self.entry_id} ({self.weight:.2f})"


class IndexState(models.Model):
    """A token renewed whenever the tags of live models may have changed, so every
    process knows when to rebuild its in-memory facet index (search/facet_index.py).
    A random token rather than a counter: a rolled-back transaction brings back the old
    token, which can never name an index built from the rolled-back data."""

    version = models.PositiveBigIntegerField(default=0)

    def __str__(self):
        return f"search index version {self.version}"

    @classmethod
    def bump(cls):
        token = secrets.randbits(62) + 1
        if not cls.objects.filter(pk=1).update(version=token):
            cls.objects.update_or_create(pk=1, defaults={"version": token})

    @classmethod
    def current(cls):
        return cls.objects.filter(pk=1).values_list("version", flat=True).first() or 0
