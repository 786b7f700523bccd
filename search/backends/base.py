"""The contract every text index keeps (search/backends/database.py, search/backends/server.py).

A text index stores one document per live model, its analysed terms with their weights
(search/indexing.py makes them; no backend has language logic), and answers two questions
about an analysed query (one set of alternative terms per word): which pages match every
word, and in what order of relevance. The score of a page is the sum of the weights of the
query's terms it has, so every backend ranks the same pages in the same order; ties go to
the lower page id. Facet counting stays in search/facet_index.py, so counts cover every
facet value whatever the backend.
"""

from collections.abc import Collection, Mapping, Sequence
from contextlib import AbstractContextManager
from dataclasses import dataclass
from typing import Any, Protocol

from django.db.models import Q, QuerySet

# One frozenset of alternative terms per query word; a page matches when it has at least
# one term of every word.
Words = Sequence[frozenset[str]]
# The pages a ranking is limited to: a query of participation model pages' ids
# (`.values("pk")`), used as a subquery.
PageIds = QuerySet[Any, Any]


class SearchUnavailable(Exception):
    """The search server did not answer; the page says so instead of failing."""


@dataclass(frozen=True)
class IndexDocument:
    page_id: int
    locale_id: int
    weights: Mapping[str, float]  # term → weight of a match on it


class TextIndex(Protocol):
    def match(self, words: Words, locale_id: int) -> Q:
        """A filter on participation model pages: those of the locale matching every word."""
        ...

    def rank(self, words: Words, locale_id: int, pages: PageIds) -> list[int]:
        """Ids of the matching pages among `pages` (a query of ids), most relevant first."""
        ...

    def put(self, documents: Sequence[IndexDocument]) -> None:
        """Add or replace these pages' documents; the next search sees them."""
        ...

    def delete(self, page_ids: Collection[int]) -> None:
        """Forget these pages (unknown ids are ignored)."""
        ...

    def recreate(self) -> AbstractContextManager[None]:
        """Start over: inside the block, put() fills an empty index; readers keep the old
        one until the block ends without an error."""
        ...


def unique_terms(words: Words) -> list[str]:
    """Every alternative of every word, once each, in a stable order."""
    return sorted(set().union(*words)) if words else []
