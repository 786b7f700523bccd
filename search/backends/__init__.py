"""Where the analysed terms are matched and ranked, chosen by CATALOGUE_SEARCH_ENGINE.

"database" (the default) keeps them in the database; "opensearch" and "elasticsearch" on a
server at CATALOGUE_SEARCH_URL, through each vendor's own client. All keep the contract of
search/backends/base.py, checked for each by tests/test_search_backends.py.
"""

from django.conf import settings

from search.backends.base import IndexDocument, SearchUnavailable, TextIndex, Words
from search.backends.database import DatabaseTextIndex
from search.backends.server import ElasticsearchTextIndex, OpenSearchTextIndex

__all__ = ["ENGINES", "IndexDocument", "SearchUnavailable", "TextIndex", "Words", "text_index"]

SERVER_ENGINES = {"opensearch": OpenSearchTextIndex, "elasticsearch": ElasticsearchTextIndex}
ENGINES = ("database", *SERVER_ENGINES)


def text_index() -> TextIndex:
    """The configured backend (an unknown engine is system check error search.E002)."""
    engine = settings.CATALOGUE_SEARCH_ENGINE
    if engine == "database":
        return DatabaseTextIndex()
    alias = f"{settings.CATALOGUE_SEARCH_INDEX}-catalogue"
    return SERVER_ENGINES[engine](settings.CATALOGUE_SEARCH_URL, alias)
