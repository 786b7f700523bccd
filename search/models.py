"""The catalogue's own search index: analysed terms per page, portable across databases.

Postings are (term, page, weight) rows with a B-tree index on (term, page): matching a
query is an index range scan per term and one GROUP BY, and the relevance of every hit
is computed in that same pass. No correlated subqueries, no per-backend text search.
"""

import secrets

from django.db import models
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel
from wagtail.models import TranslatableMixin


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

    def __str__(self) -> str:
        return f"{self.language}: {self.title_lower}"


class Posting(models.Model):
    term = models.CharField(max_length=60)
    entry = models.ForeignKey(IndexedPage, on_delete=models.CASCADE, related_name="postings")
    weight = models.FloatField()

    class Meta:
        indexes = [models.Index(fields=["term", "entry", "weight"], name="search_posting_term")]

    def __str__(self) -> str:
        return f"{self.term} → {self.entry_id} ({self.weight:.2f})"


class IndexState(models.Model):
    """A token renewed whenever the tags of live models may have changed, so every
    process knows when to rebuild its in-memory facet index (search/facet_index.py).
    A random token rather than a counter: a rolled-back transaction brings back the old
    token, which can never name an index built from the rolled-back data."""

    version = models.PositiveBigIntegerField(default=0)

    def __str__(self) -> str:
        return f"search index version {self.version}"

    @classmethod
    def bump(cls) -> None:
        token = secrets.randbits(62) + 1
        if not cls.objects.filter(pk=1).update(version=token):
            cls.objects.update_or_create(pk=1, defaults={"version": token})

    @classmethod
    def current(cls) -> int:
        return cls.objects.filter(pk=1).values_list("version", flat=True).first() or 0


class SearchTerm(models.Model):
    """A term that some indexed page of the language has: the vocabulary that typo
    correction and compound splitting choose from (search/lexicon.py), whatever the text
    index. `correctable` marks the words and base forms a correction may propose; stems
    and compound parts only tell that a term exists. Indexing adds terms; rebuilding the
    index (reindex_catalogue) replaces them all, which also drops terms no page has."""

    language = models.CharField(max_length=10)
    text = models.CharField(max_length=60)
    correctable = models.BooleanField()
    # When the row was added: each process reads only the rows added since it last looked.
    added = models.DateTimeField(auto_now_add=True, db_index=True)

    class Meta:
        constraints = [
            models.UniqueConstraint(
                fields=["language", "text", "correctable"], name="search_term_once"
            )
        ]

    def __str__(self) -> str:
        return f"{self.language}: {self.text}"


class SynonymGroup(TranslatableMixin, models.Model):
    """Words that mean the same to a searcher, in one language ("nuoret, nuoriso"): a query
    for any of them finds the others too. Applied when a query is analysed, never to the
    index, so an edit counts at once, without reindexing."""

    words = models.CharField(
        _("words"),
        max_length=500,
        help_text=_(
            'Words or phrases that mean the same, separated by commas: "youth, young people".'
        ),
    )

    panels = [FieldPanel("words")]

    class Meta(TranslatableMixin.Meta):
        verbose_name = _("synonyms")
        verbose_name_plural = _("synonyms")

    def __str__(self) -> str:
        return self.words

    def members(self) -> list[str]:
        return [member.strip() for member in self.words.split(",") if member.strip()]
