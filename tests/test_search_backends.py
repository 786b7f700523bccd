"""The text index contract (search/backends/base.py), run against every backend in the run.

The database backend always; OpenSearch when OPENSEARCH_URL names a node (`.ci/run` starts
one from Maven Central: ops/opensearch/node.py, so in CI these tests always run on it);
Elasticsearch when ELASTICSEARCH_URL names a server (none is tested in CI). Every test
below runs once per configured backend, each server test on an index of its own.

The expected ranking is the contract's own definition, computed here by brute force from
the weights search/indexing.py gives each page: a page matches when it has a term of
every query word; its score is the sum of the weights of the query's terms it has;
ties go to the lower page id.
"""

import os
import uuid
from io import StringIO
from unittest import mock
from urllib.parse import urlsplit

import pytest
from django.core.management import call_command
from django.test import override_settings
from wagtail.search.backends import get_search_backend

from models_library.models import ParticipationModelPage
from search.analysis import analyse_query
from search.backends import text_index
from search.backends.server import ServerTextIndex
from search.indexing import term_weights
from tests import factories
from tests.tcp_proxy import TcpProxy

SERVERS = {
    "opensearch": os.environ.get("OPENSEARCH_URL", ""),
    "elasticsearch": os.environ.get("ELASTICSEARCH_URL", ""),
}
CONFIGURED = ["database", *(engine for engine, url in SERVERS.items() if url)]
SERVER_ENGINES = [engine for engine in CONFIGURED if engine != "database"]


def pytest_generate_tests(metafunc):
    if "engine" in metafunc.fixturenames:
        engines = SERVER_ENGINES if metafunc.definition.get_closest_marker("server") else CONFIGURED
        metafunc.parametrize("engine", engines, indirect=True)


server_only = pytest.mark.server


def test_ci_runs_the_contract_on_a_real_opensearch_node():
    """CI starts a node; without it the server half of this file would quietly not run."""
    if os.environ.get("CI"):
        assert SERVERS["opensearch"], "OPENSEARCH_URL is not set in CI (.ci/run starts the node)"
        assert "opensearch" in SERVER_ENGINES


def _settings_for(engine, url, name):
    return override_settings(
        CATALOGUE_SEARCH_ENGINE=engine, CATALOGUE_SEARCH_URL=url, CATALOGUE_SEARCH_INDEX=name
    )


@pytest.fixture
def engine(request, db):
    """The backend under test, configured for the whole test; a server's index is removed
    afterwards."""
    name = f"palaset-test-{uuid.uuid4().hex[:10]}"
    url = SERVERS.get(request.param, "")
    with _settings_for(request.param, url, name):
        yield request.param
        if url:
            backend = text_index()
            for index in backend._indices_of_alias():
                backend._delete_index(index)


def titles(results):
    return [hit.page.title for hit in results.hits]


def search(client, catalogue, **params):
    response = client.get(catalogue.url, params)
    assert response.status_code == 200
    return response.context["results"]


def expected_ranking(query, pages):
    """The contract's ranking of `pages` for `query`, by brute force."""
    words = analyse_query(query, "fi")
    scored = []
    for page in pages:
        weights = term_weights(page)
        if all(any(term in weights for term in alternatives) for alternatives in words):
            score = sum(weights.get(term, 0.0) for term in set().union(*words))
            scored.append((-score, page.pk))
    return [pk for _score, pk in sorted(scored)]


def fresh(page):
    return ParticipationModelPage.objects.get(pk=page.pk)


def live_models():
    return list(ParticipationModelPage.objects.live().select_related("locale").order_by("pk"))


RANKING_MODELS = [
    ("Nuorten raati", "Nuoret päättävät yhdessä.", "<p>Nuorten ääni kuuluu raadissa.</p>"),
    ("Raati", "Asukkaat arvioivat palveluja.", "<p>Nuoret ja vanhat.</p>"),
    ("Palvelusafari", "Nuoret tutkivat palveluja.", "<p>Safari palveluihin.</p>"),
    ("Liikuntakokeilut", "Matalan kynnyksen liikuntaa nuorille.", "<p>Liikunta.</p>"),
    ("Kokemusasiantuntijat", "Kokemus osaksi palveluja.", "<p>Nuoret kokemus.</p>"),
    ("Osallistuva budjetointi", "Asukkaat päättävät rahasta.", "<p>Budjetti, raati.</p>"),
    ("Nuorisovaltuusto", "Nuorten vaikuttamiselin.", "<p>Nuoret, nuoret, nuoret.</p>"),
]
RANKING_QUERIES = ["nuoret", "raati", "palvelu", "nuoret raati", "liikunta nuoret", "asukas"]


def test_every_backend_ranks_by_the_contract(engine, client, catalogue, make_model):
    for title, lead, text in RANKING_MODELS:
        make_model(title=title, lead=lead, core_idea=text)
    pages = live_models()
    for query in RANKING_QUERIES:
        expected = expected_ranking(query, pages)
        assert expected, query  # not vacuous
        ids = [hit.page.pk for hit in search(client, catalogue, q=query).hits]
        assert ids == expected, query


def test_matching_works_under_every_sort(engine, client, catalogue, make_model):
    make_model(title="Bänkki", lead="Nuoret ideoivat.")
    make_model(title="Aamu", lead="Nuoret heräävät.")
    make_model(title="Ilta", lead="Vanhat nukkuvat.")
    assert titles(search(client, catalogue, q="nuoret", sort="title")) == ["Aamu", "Bänkki"]
    newest = search(client, catalogue, q="nuoret", sort="newest")
    assert titles(newest) == ["Aamu", "Bänkki"]


def test_publishing_unpublishing_and_deleting_keep_the_index_in_step(
    engine, client, catalogue, make_model
):
    page = make_model(title="Kyläraati", lead="Kylän asukkaat päättävät.")
    assert titles(search(client, catalogue, q="kyläraati")) == ["Kyläraati"]

    page = fresh(page)
    page.title = "Kylätuomaristo"
    page.save_revision().publish()
    assert titles(search(client, catalogue, q="kyläraati")) == []
    assert titles(search(client, catalogue, q="kylätuomaristo")) == ["Kylätuomaristo"]

    fresh(page).unpublish()
    assert titles(search(client, catalogue, q="kylätuomaristo")) == []
    fresh(page).save_revision().publish()
    assert titles(search(client, catalogue, q="kylätuomaristo")) == ["Kylätuomaristo"]

    fresh(page).delete()
    assert titles(search(client, catalogue, q="kylätuomaristo")) == []


@server_only
def test_a_deleted_model_leaves_the_server(engine, catalogue, make_model):
    page = make_model(title="Poistuva malli")
    words = analyse_query("poistuva", "fi")
    backend = text_index()
    assert backend._ranked(words, page.locale_id) == [page.pk]
    page_id = page.pk
    fresh(page).delete()
    assert text_index()._ranked(words, catalogue.locale_id) == []
    assert page_id not in text_index()._ranked(analyse_query("malli", "fi"), catalogue.locale_id)


def test_reindex_from_scratch_finds_exactly_the_live_models(engine, client, catalogue, make_model):
    make_model(title="Nuorten raati", lead="Nuoret päättävät.")
    make_model(title="Nuorisotila", lead="Nuoret kokoontuvat.")
    make_model(title="Luonnos nuorille", lead="Nuoret.", publish=False)
    fresh(make_model(title="Vanha nuorten malli", lead="Nuoret.")).unpublish()
    before = titles(search(client, catalogue, q="nuoret", sort="title"))

    out = StringIO()
    call_command("reindex_catalogue", stdout=out)

    assert before == ["Nuorisotila", "Nuorten raati"]
    assert titles(search(client, catalogue, q="nuoret", sort="title")) == before
    assert "2" in out.getvalue()


def test_facets_are_counted_the_same_on_every_backend(engine, client, catalogue, make_model):
    groups = [factories.TargetGroupFactory() for _ in range(4)]
    for number, group in enumerate(groups):
        for _ in range(number + 1):
            make_model(lead="Kumppanuuspöytä yhdessä.", target_groups=[group])
    make_model(lead="Muuta.", target_groups=groups)
    results = search(client, catalogue, q="kumppanuuspöytä")
    facet = next(f for f in results.facets if f.name == "target_group")
    counts = {option.term_id: option.count for option in facet.options}
    assert [counts[group.pk] for group in groups] == [1, 2, 3, 4]
    assert results.total == 10


def test_every_match_is_read_however_many_there_are(engine, client, catalogue, make_model):
    """A server answers in batches; with a batch of 2, seven matches take four requests
    and none is lost (the database reads every match in one query)."""
    for number in range(7):
        make_model(title=f"Raati {number}", lead="Asukkaat päättävät." * (number + 1))
    with mock.patch.object(ServerTextIndex, "BATCH", 2):
        results = search(client, catalogue, q="asukas")
    assert results.total == 7
    assert [hit.page.pk for hit in results.hits] == expected_ranking("asukas", live_models())


@server_only
def test_the_server_going_away_and_coming_back(engine, client, catalogue, make_model, caplog):
    make_model(title="Nuorten raati", lead="Nuoret päättävät.")
    target = urlsplit(SERVERS[engine])
    proxy = TcpProxy(target.hostname, target.port)
    try:
        with override_settings(CATALOGUE_SEARCH_URL=proxy.url):
            assert titles(search(client, catalogue, q="nuoret")) == ["Nuorten raati"]
            proxy.set_cut(True)
            down = client.get(catalogue.url, {"q": "nuoret"})
            browse = client.get(catalogue.url)
            proxy.set_cut(False)
            assert titles(search(client, catalogue, q="nuoret")) == ["Nuorten raati"]
    finally:
        proxy.close()
    assert down.status_code == 503
    assert "Haku ei ole tilapäisesti käytettävissä" in down.content.decode()
    assert browse.status_code == 200  # browsing needs no text search
    assert "Search server failed" in caplog.text


# A closed local port: these need no server, so they run for every server engine.
CLOSED_PORT = "http://127.0.0.1:9"
every_server_engine = pytest.mark.parametrize("server_engine", ["opensearch", "elasticsearch"])


@every_server_engine
def test_an_unreachable_server_says_search_is_unavailable(server_engine, client, make_model):
    catalogue = make_model(title="Nuorten raati").get_parent()
    with _settings_for(server_engine, CLOSED_PORT, "palaset-closed"):
        response = client.get(catalogue.url, {"q": "nuoret"})
        ready = client.get("/readyz")
    assert response.status_code == 503
    assert "Haku ei ole tilapäisesti käytettävissä" in response.content.decode()
    assert ready.status_code == 503
    assert ready.json()["failed"] == ["search"]


@every_server_engine
def test_publishing_works_while_the_server_is_down(server_engine, make_model, caplog):
    with _settings_for(server_engine, CLOSED_PORT, "palaset-closed"):
        page = make_model(title="Julkaistaan silti")
    page.refresh_from_db()
    assert page.live
    assert not page.has_unpublished_changes
    assert "Search indexing failed" in caplog.text


@server_only
def test_wagtail_admin_search_runs_on_the_server(engine, admin_client, make_model):
    name = f"palaset-test-{uuid.uuid4().hex[:10]}"
    backend_settings = {
        "default": {
            "BACKEND": {
                "opensearch": "modelsearch.backends.opensearch3",
                "elasticsearch": "wagtail.search.backends.elasticsearch9",
            }[engine],
            "URLS": [SERVERS[engine]],
            "INDEX": name,
            "TIMEOUT": 5,
        }
    }
    with override_settings(WAGTAILSEARCH_BACKENDS=backend_settings):
        make_model(title="Kumppanuuspöytä")
        call_command("update_index", stdout=StringIO())
        response = admin_client.get("/admin/pages/search/", {"q": "Kumppanuuspöytä"})
        client = get_search_backend().es
        for index in client.indices.get(index=f"{name}*"):
            client.indices.delete(index=index)
    assert response.status_code == 200
    assert "Kumppanuuspöytä" in response.content.decode()
