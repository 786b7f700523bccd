"""Where the analysed terms are matched and ranked: the database, or Elasticsearch/OpenSearch.

Both take the same analysed query (one set of alternative terms per word) and answer two
questions: which pages match every word, and in what order of relevance. Language logic
stays in search/analysis.py; facet counting stays in search/facet_index.py, so counts
always cover every facet value whatever the backend.
"""

import logging

from django.conf import settings
from django.db.models import Case, Count, Q, Sum, Value, When

from models_library.models import ParticipationModelPage
from search.models import Posting

logger = logging.getLogger(__name__)
MAX_HITS = 10_000


class SearchUnavailable(Exception):
    """The search server did not answer; the page says so instead of failing."""


class DatabaseTextIndex:
    """Postings rows (search.models.Posting): one GROUP BY over an index range per term."""

    def matches(self, words):
        """Pages with a posting for every word (for any of its alternative terms), with the
        sum of their weights as the score: one GROUP BY, whatever the number of hits."""
        per_word = {
            f"word_{number}": Count(Case(When(term__in=sorted(alternatives), then=Value(1))))
            for number, alternatives in enumerate(words)
        }
        return (
            Posting.objects.filter(term__in=sorted(set().union(*words)))
            .values("entry_id")
            .annotate(score=Sum("weight"), **per_word)
            .filter(**{f"{name}__gt": 0 for name in per_word})
            .order_by()
        )

    def matching_q(self, words, locale_id):
        return Q(pk__in=self.matches(words).values("entry_id"))

    def ranked_ids(self, words, locale_id, pages):
        """Ids of the matching pages among `pages`, most relevant first."""
        ranked = (
            self.matches(words)
            .filter(entry_id__in=pages)
            .order_by("-score", "entry_id")
            .values_list("entry_id", flat=True)
        )
        return list(ranked)


class ElasticsearchTextIndex:
    """One document per live model with its analysed terms; Elasticsearch ranks (BM25)."""

    FIELD_BOOSTS = {"title": 5.0, "text": 1.0, "title_parts": 2.0, "text_parts": 0.4}

    def __init__(self, url, name):
        # Imported on first use: the client is needed only when SEARCH_URL names a server.
        from elasticsearch import Elasticsearch  # noqa: PLC0415

        self.client = Elasticsearch(url, request_timeout=5, max_retries=0)
        self.name = name
        self._hits = {}

    def _search(self, words, locale_id):
        key = (tuple(sorted(map(tuple, map(sorted, words)))), locale_id)
        if key not in self._hits:
            must = [
                {
                    "bool": {
                        "should": [
                            {"match": {field: {"query": " ".join(sorted(alts)), "boost": boost}}}
                            for field, boost in self.FIELD_BOOSTS.items()
                        ],
                        "minimum_should_match": 1,
                    }
                }
                for alts in words
            ]
            query = {"bool": {"must": must, "filter": [{"term": {"locale_id": locale_id}}]}}
            try:
                response = self.client.search(
                    index=self.name,
                    query=query,
                    size=MAX_HITS,
                    source=False,
                    track_total_hits=False,
                )
            except Exception as error:  # noqa: BLE001 - any transport or API failure
                logger.warning("Search server failed: %s", error)
                raise SearchUnavailable from error
            self._hits[key] = [(int(hit["_id"]), hit["_score"]) for hit in response["hits"]["hits"]]
        return self._hits[key]

    def matching_q(self, words, locale_id):
        return Q(pk__in=[page_id for page_id, _score in self._search(words, locale_id)])

    def ranked_ids(self, words, locale_id, pages):
        visible = ParticipationModelPage.objects.filter(pk__in=pages)
        allowed = set(visible.values_list("pk", flat=True))
        return [pk for pk, _score in self._search(words, locale_id) if pk in allowed]

    # Indexing

    MAPPING = {
        "properties": {
            "locale_id": {"type": "integer"},
            **{field: {"type": "text", "analyzer": "terms"} for field in FIELD_BOOSTS},
        }
    }
    SETTINGS = {"analysis": {"analyzer": {"terms": {"type": "custom", "tokenizer": "whitespace"}}}}

    def recreate(self):
        self.client.options(ignore_status=404).indices.delete(index=self.name)
        self.client.indices.create(index=self.name, settings=self.SETTINGS, mappings=self.MAPPING)

    def put(self, page_id, document):
        self.client.index(index=self.name, id=str(page_id), document=document)

    def delete(self, page_id):
        self.client.options(ignore_status=404).delete(index=self.name, id=str(page_id))


def text_index():
    """The configured backend: Elasticsearch/OpenSearch when SEARCH_URL is set."""
    url = getattr(settings, "CATALOGUE_SEARCH_URL", "")
    if url:
        return ElasticsearchTextIndex(url, f"{settings.CATALOGUE_SEARCH_INDEX}-catalogue")
    return DatabaseTextIndex()
