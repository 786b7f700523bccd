"""The server backends: OpenSearch (opensearch-py) and Elasticsearch (the elasticsearch client).

Each document holds the page's terms twice: as keywords, to match, and as a rank_features
field with the same weights the database backend stores, to score. A query filters on one
term of every word and sums the weights of the query's terms with linear rank_feature
clauses, so a server ranks exactly as the database does (search/backends/base.py).

Readers use an alias; recreate() fills a new index and moves the alias when it is full,
so a rebuild never shows an empty catalogue. Every answer is read to the end, a batch at a
time (search_after), however many pages match.
"""

import logging
import uuid
from collections.abc import Callable, Collection, Iterator, Sequence
from contextlib import contextmanager
from functools import cache
from typing import TYPE_CHECKING, Any, TypeVar, TypeVarTuple

from django.db.models import Q

from search.backends.base import IndexDocument, PageIds, SearchUnavailable, Words, unique_terms

if TYPE_CHECKING:
    from elasticsearch import Elasticsearch
    from opensearchpy import OpenSearch

logger = logging.getLogger(__name__)
T = TypeVar("T")
Ts = TypeVarTuple("Ts")
# A request or response body as the REST API takes and gives it (JSON).
Body = dict[str, Any]

MAPPINGS = {
    "dynamic": "strict",
    "properties": {
        "page_id": {"type": "long"},
        "locale_id": {"type": "long"},
        "terms": {"type": "keyword"},
        "weights": {"type": "rank_features"},
    },
}
SETTINGS = {"number_of_shards": 1}
TIMEOUT = 5  # seconds per request
PING_TIMEOUT = 2  # seconds; a readiness probe is usually given 2–5 s in all


class ServerTextIndex:
    """What both servers share; a subclass speaks its vendor's client."""

    BATCH = 5000  # hits per request while reading an answer to the end

    def __init__(self, url: str, alias: str) -> None:
        self.url = url
        self.alias = alias
        self._writing_to = alias
        self._answers: dict[tuple[Any, ...], list[int]] = {}

    # The client calls a vendor adapts (request bodies as the REST API takes them).

    def _search(self, body: Body) -> Body:
        raise NotImplementedError

    def _create_index(self, name: str, body: Body) -> None:
        raise NotImplementedError

    def _delete_index(self, name: str) -> None:
        raise NotImplementedError

    def _indices_of_alias(self) -> list[str]:
        raise NotImplementedError

    def _update_aliases(self, actions: list[Body]) -> None:
        raise NotImplementedError

    def _bulk(self, actions: list[Body]) -> None:
        raise NotImplementedError

    def _refresh(self, name: str) -> None:
        raise NotImplementedError

    def ping(self) -> bool:
        """Whether the server answers (the readiness probe, search/readiness.py)."""
        raise NotImplementedError

    # The contract

    def match(self, words: Words, locale_id: int) -> Q:
        return Q(pk__in=self._ranked(words, locale_id))

    def rank(self, words: Words, locale_id: int, pages: PageIds) -> list[int]:
        allowed = set(pages.values_list("pk", flat=True))
        return [pk for pk in self._ranked(words, locale_id) if pk in allowed]

    def put(self, documents: Sequence[IndexDocument]) -> None:
        if not documents:
            return
        self._call(self._ensure_index)
        actions = [
            {
                "_op_type": "index",
                "_index": self._writing_to,
                "_id": str(document.page_id),
                "_source": {
                    "page_id": document.page_id,
                    "locale_id": document.locale_id,
                    "terms": sorted(document.weights),
                    "weights": dict(document.weights),
                },
            }
            for document in documents
        ]
        self._call(self._bulk, actions)
        if self._writing_to == self.alias:
            self._call(self._refresh, self.alias)  # the next search sees the change

    def delete(self, page_ids: Collection[int]) -> None:
        actions = [
            {"_op_type": "delete", "_index": self.alias, "_id": str(page_id)}
            for page_id in page_ids
        ]
        # bool(): in `actions and …` mypy would read the call's type from the list's.
        if actions and bool(self._call(self._indices_of_alias)):
            self._call(self._bulk, actions)
            self._call(self._refresh, self.alias)

    @contextmanager
    def recreate(self) -> Iterator[None]:
        new = f"{self.alias}-{uuid.uuid4().hex[:12]}"
        old = self._call(self._indices_of_alias)
        self._call(self._create_index, new, {"settings": SETTINGS, "mappings": MAPPINGS})
        self._writing_to = new
        try:
            yield
        except BaseException:
            self._call(self._delete_index, new)
            raise
        finally:
            self._writing_to = self.alias
        self._call(self._refresh, new)
        swap = [{"add": {"index": new, "alias": self.alias}}]
        swap += [{"remove_index": {"index": name}} for name in old]
        self._call(self._update_aliases, swap)

    # Helpers

    def _ensure_index(self) -> None:
        """The first write to a server without the catalogue's index creates it."""
        if self._writing_to == self.alias and not self._indices_of_alias():
            name = f"{self.alias}-{uuid.uuid4().hex[:12]}"
            body = {"settings": SETTINGS, "mappings": MAPPINGS, "aliases": {self.alias: {}}}
            self._create_index(name, body)

    def _ranked(self, words: Words, locale_id: int) -> list[int]:
        """Every matching page of the locale, most relevant first: read to the end."""
        key = (tuple(sorted(tuple(sorted(alternatives)) for alternatives in words)), locale_id)
        if key not in self._answers:
            self._answers[key] = self._call(self._read_all, _query(words, locale_id))
        return self._answers[key]

    def _read_all(self, query: Body) -> list[int]:
        ids: list[int] = []
        after = None
        while True:
            body = {
                "query": query,
                "sort": [{"_score": "desc"}, {"page_id": "asc"}],
                "size": self.BATCH,
                "_source": False,
                "track_total_hits": False,
            }
            if after is not None:
                body["search_after"] = after
            hits = self._search(body)["hits"]["hits"]
            ids += [int(hit["_id"]) for hit in hits]
            if len(hits) < self.BATCH:
                return ids
            after = hits[-1]["sort"]

    def _call(self, method: Callable[[*Ts], T], *args: *Ts) -> T:
        """Any failure of the server or of the way to it is an outage to the reader: the
        page says search is unavailable (503) instead of failing."""
        try:
            return method(*args)
        except Exception as error:  # noqa: BLE001 - any transport or API failure
            logger.warning("Search server failed: %s: %.300s", type(error).__name__, error)
            raise SearchUnavailable(str(error)) from error


def _query(words: Words, locale_id: int) -> Body:
    return {
        "bool": {
            "filter": [
                {"term": {"locale_id": locale_id}},
                *({"terms": {"terms": sorted(alternatives)}} for alternatives in words),
            ],
            "should": [
                {"rank_feature": {"field": f"weights.{term}", "linear": {}}}
                for term in unique_terms(words)
            ],
        }
    }


@cache
def _opensearch_client(url: str) -> "OpenSearch":
    """One client (and connection pool) per process and server."""
    from opensearchpy import OpenSearch  # noqa: PLC0415 - only when the engine is chosen

    return OpenSearch(url, timeout=TIMEOUT, max_retries=0)


@cache
def _elasticsearch_client(url: str) -> "Elasticsearch":
    from elasticsearch import Elasticsearch  # noqa: PLC0415 - only when the engine is chosen

    return Elasticsearch(url, request_timeout=TIMEOUT, max_retries=0)


class OpenSearchTextIndex(ServerTextIndex):
    def __init__(self, url: str, alias: str) -> None:
        super().__init__(url, alias)
        self.client = _opensearch_client(url)

    def ping(self) -> bool:
        return self.client.ping(params={"request_timeout": PING_TIMEOUT})

    def _search(self, body: Body) -> Body:
        return self.client.search(index=self.alias, body=body)

    def _create_index(self, name: str, body: Body) -> None:
        self.client.indices.create(index=name, body=body)

    def _delete_index(self, name: str) -> None:
        self.client.indices.delete(index=name, params={"ignore_unavailable": "true"})

    def _indices_of_alias(self) -> list[str]:
        if not self.client.indices.exists_alias(name=self.alias):
            return []
        return sorted(self.client.indices.get_alias(name=self.alias))

    def _update_aliases(self, actions: list[Body]) -> None:
        self.client.indices.update_aliases(body={"actions": actions})

    def _bulk(self, actions: list[Body]) -> None:
        from opensearchpy.helpers import bulk  # noqa: PLC0415 - as above

        bulk(self.client, actions, raise_on_error=True)

    def _refresh(self, name: str) -> None:
        self.client.indices.refresh(index=name)


class ElasticsearchTextIndex(ServerTextIndex):
    def __init__(self, url: str, alias: str) -> None:
        super().__init__(url, alias)
        self.client = _elasticsearch_client(url)

    def ping(self) -> bool:
        return self.client.options(request_timeout=PING_TIMEOUT).ping()

    def _search(self, body: Body) -> Body:
        return self.client.search(index=self.alias, **body).body

    def _create_index(self, name: str, body: Body) -> None:
        self.client.indices.create(index=name, **body)

    def _delete_index(self, name: str) -> None:
        self.client.indices.delete(index=name, ignore_unavailable=True)

    def _indices_of_alias(self) -> list[str]:
        if not self.client.indices.exists_alias(name=self.alias):
            return []
        return sorted(self.client.indices.get_alias(name=self.alias).body)

    def _update_aliases(self, actions: list[Body]) -> None:
        self.client.indices.update_aliases(actions=actions)

    def _bulk(self, actions: list[Body]) -> None:
        from elasticsearch.helpers import bulk  # noqa: PLC0415 - as above

        bulk(self.client, actions, raise_on_error=True)

    def _refresh(self, name: str) -> None:
        self.client.indices.refresh(index=name)
