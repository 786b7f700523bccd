"""The database backend: postings rows (search.models.Posting) on SQLite or PostgreSQL.

Matching is one GROUP BY over an index range per term; the score of every hit is computed
in the same pass. The postings hang on the IndexedPage rows that search/indexing.py writes
for every backend, so they go with them when a page is deleted.
"""

from collections.abc import Collection, Iterator, Sequence
from contextlib import contextmanager
from typing import Any

from django.db import connection
from django.db.models import Case, Count, Q, QuerySet, Sum, Value, When

from search.backends.base import IndexDocument, PageIds, Words, unique_terms
from search.models import Posting


class DatabaseTextIndex:
    def _matches(self, words: Words) -> QuerySet[Posting, dict[str, Any]]:
        """Pages with a posting for every word (for any of its alternatives), with the sum
        of their weights as the score: one GROUP BY, whatever the number of hits."""
        per_word = {
            f"word_{number}": Count(Case(When(term__in=sorted(alternatives), then=Value(1))))
            for number, alternatives in enumerate(words)
        }
        return (
            Posting.objects.filter(term__in=unique_terms(words))
            .values("entry_id")
            .annotate(score=Sum("weight"), **per_word)
            .filter(**{f"{name}__gt": 0 for name in per_word})
            .order_by()
        )

    def match(self, words: Words, locale_id: int) -> Q:
        # The postings of other locales never match: the caller filters by locale too.
        return Q(pk__in=self._matches(words).values("entry_id"))

    def rank(self, words: Words, locale_id: int, pages: PageIds) -> list[int]:
        ranked = (
            self._matches(words)
            .filter(entry_id__in=pages)
            .order_by("-score", "entry_id")
            .values_list("entry_id", flat=True)
        )
        return list(ranked)

    def put(self, documents: Sequence[IndexDocument]) -> None:
        self.delete([document.page_id for document in documents])
        rows = [
            (term, document.page_id, weight)
            for document in documents
            for term, weight in document.weights.items()
        ]
        _insert_postings(rows)

    def delete(self, page_ids: Collection[int]) -> None:
        Posting.objects.filter(entry_id__in=list(page_ids)).delete()

    @contextmanager
    def recreate(self) -> Iterator[None]:
        # search/indexing.py rebuilds inside one transaction: readers see the old postings
        # until it commits.
        Posting.objects.all().delete()
        yield


def _insert_postings(rows: list[tuple[str, int, float]]) -> None:
    """Insert rows without model instances: millions of postings in a full rebuild."""
    table = Posting._meta.db_table
    with connection.cursor() as cursor:
        if connection.vendor == "postgresql":
            copy_sql = f"COPY {table} (term, entry_id, weight) FROM STDIN"  # noqa: S608
            with cursor.cursor.copy(copy_sql) as copy:
                for row in rows:
                    copy.write_row(row)
        else:
            cursor.executemany(
                f"INSERT INTO {table} (term, entry_id, weight) VALUES (%s, %s, %s)",  # noqa: S608
                rows,
            )
