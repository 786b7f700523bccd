"""The Elasticsearch/OpenSearch backend.

The server tests run when ELASTICSEARCH_URL names a running server (see docs/search.md);
the unavailable-server test runs everywhere against a closed local port.
"""

import os
import uuid

import pytest
from django.test import override_settings

from search.backends import ElasticsearchTextIndex
from search.indexing import reindex_all
from tests import factories

ELASTICSEARCH_URL = os.environ.get("ELASTICSEARCH_URL", "")
needs_server = pytest.mark.skipif(
    not ELASTICSEARCH_URL, reason="ELASTICSEARCH_URL is not set: no search server to test against"
)
CLOSED_PORT = "http://127.0.0.1:9"


@pytest.fixture
def search_server():
    index = f"palaset-test-{uuid.uuid4().hex[:8]}"
    with override_settings(CATALOGUE_SEARCH_URL=ELASTICSEARCH_URL, CATALOGUE_SEARCH_INDEX=index):
        yield
        ElasticsearchTextIndex(ELASTICSEARCH_URL, f"{index}-catalogue").client.options(
            ignore_status=404
        ).indices.delete(index=f"{index}-catalogue")


def titles(response):
    return [hit.page.title for hit in response.context["results"].hits]


def test_unreachable_server_says_search_is_unavailable(client, make_model, catalogue):
    make_model(title="Nuorten vaikuttamisen malli")
    with override_settings(CATALOGUE_SEARCH_URL=CLOSED_PORT):
        response = client.get(catalogue.url, {"q": "nuoret"})
    assert response.status_code == 503
    assert "search_unavailable" in response.context
    assert "Haku ei ole tilapäisesti käytettävissä" in response.content.decode()


def test_publishing_works_while_the_server_is_down(make_model, catalogue):
    with override_settings(CATALOGUE_SEARCH_URL=CLOSED_PORT):
        page = make_model(title="Julkaistaan silti")
    page.refresh_from_db()
    assert page.live
    assert page.has_unpublished_changes is False


@needs_server
def test_server_finds_inflected_and_compound_words(client, catalogue, make_model, search_server):
    make_model(title="Palvelusafari", lead="Nuorten vaikuttamisen väline.")
    make_model(title="Liikuntakokeilut", lead="Matalan kynnyksen liikuntatoimintaa.")
    reindex_all()
    ElasticsearchTextIndex(ELASTICSEARCH_URL, "x").client.indices.refresh(index="_all")
    assert titles(client.get(catalogue.url, {"q": "nuoret"})) == ["Palvelusafari"]
    assert titles(client.get(catalogue.url, {"q": "liikunta"})) == ["Liikuntakokeilut"]


@needs_server
def test_server_counts_every_facet_value(client, catalogue, make_model, search_server):
    groups = [factories.TargetGroupFactory() for _ in range(15)]
    for group in groups:
        make_model(lead="Osallisuutta yhdessä.", target_groups=[group])
    reindex_all()
    ElasticsearchTextIndex(ELASTICSEARCH_URL, "x").client.indices.refresh(index="_all")
    results = client.get(catalogue.url, {"q": "osallisuus"}).context["results"]
    facet = next(f for f in results.facets if f.name == "target_group")
    assert [option.count for option in facet.options] == [1] * 15
