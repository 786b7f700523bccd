"""Database queries of a search stay constant: the same number whatever the catalogue
size, the selection, the query, the page or the number of facet values.

Each test compares the counts of two or more requests that differ only in size, and
checks the measured count (the same on SQLite and PostgreSQL), so that both an N+1 and a
growing constant are caught.
"""

import json

import pytest
from django.db import connection
from django.http import QueryDict
from django.test.utils import CaptureQueriesContext
from django.urls import reverse

from core.visibility import private_pages_q
from search.engine import CatalogueSearch
from search.params import parse
from tests import factories

# Measured on SQLite and PostgreSQL alike.
PAGE_QUERIES = 15  # the catalogue page, warm
ENGINE_QUERIES = 4  # one search, facet index current
# The first search after a publish rebuilds the in-memory facet index
# (search/facet_index.py: IndexState changed), once per process: four more queries; brings
# the lexicon up to date (search/lexicon.py: new rows, their count, synonyms): three; and
# reads the facets' values and labels again (search/engine.py: cached_options): one.
FACET_INDEX_REBUILD_QUERIES = 4 + 3 + 1
SUGGESTION_QUERIES = 4
# Without a match no page URL is built, so the site root paths are not looked up.
SUGGESTION_QUERIES_WITHOUT_MATCHES = 3


@pytest.fixture
def vocabulary(db):
    return {
        "principles": factories.GovernancePrincipleFactory.create_batch(3),
        "service_phases": factories.ServicePhaseFactory.create_batch(4),
        "target_groups": factories.TargetGroupFactory.create_batch(5),
        "topics": factories.TopicFactory.create_batch(3),
        "stages": factories.DevelopmentStageFactory.create_batch(2),
    }


def add_models(make_model, vocabulary, start, stop):
    for n in range(start, stop):
        make_model(
            title=f"Nuorten malli {n:02}",
            lead="Nuorten osallisuus." if n % 2 else "Kotoutujien kahvila.",
            stage=vocabulary["stages"][n % 2],
            principles=vocabulary["principles"][: 1 + n % 3],
            service_phases=vocabulary["service_phases"][n % 4 :],
            target_groups=vocabulary["target_groups"][: 1 + n % 5],
            topics=vocabulary["topics"][n % 3 :],
        )


def page_queries(client, url):
    """Queries of one anonymous view of a page, after a warm-up view fills the caches."""
    assert client.get(url).status_code == 200
    with CaptureQueriesContext(connection) as captured:
        response = client.get(url)
    assert response.status_code == 200
    return len(captured), response


def cards(response):
    return response.content.count(b'class="model-card"')


def slugs(vocabulary, relation, count):
    return "&".join(f"{relation}={term.slug}" for term in vocabulary[f"{relation}s"][:count])


def test_the_catalogue_costs_the_same_with_5_and_with_40_models(
    client, catalogue, make_model, vocabulary
):
    add_models(make_model, vocabulary, 0, 5)
    few, few_response = page_queries(client, catalogue.url)
    add_models(make_model, vocabulary, 5, 40)
    many, many_response = page_queries(client, catalogue.url)

    assert (cards(few_response), cards(many_response)) == (5, 20)
    assert many == few == PAGE_QUERIES


@pytest.fixture
def catalogue_of_40(catalogue, make_model, vocabulary):
    add_models(make_model, vocabulary, 0, 40)
    return catalogue


def test_the_catalogue_costs_the_same_with_0_1_or_3_facets(client, catalogue_of_40, vocabulary):
    url = catalogue_of_40.url
    none = page_queries(client, url)
    one = page_queries(client, f"{url}?principle={vocabulary['principles'][0].slug}")
    first_phase = vocabulary["service_phases"][0].slug
    three = page_queries(
        client,
        f"{url}?principle={vocabulary['principles'][0].slug}&service_phase={first_phase}"
        f"&{slugs(vocabulary, 'target_group', 3)}&stage={vocabulary['stages'][0].slug}",
    )

    assert all(cards(response) > 0 for _count, response in (none, one, three))
    assert none[0] == one[0] == three[0] == PAGE_QUERIES


def test_the_catalogue_costs_the_same_with_and_without_a_query(client, catalogue_of_40):
    url = catalogue_of_40.url
    without, without_response = page_queries(client, url)
    with_query, with_response = page_queries(client, f"{url}?q=nuoret&sort=title")
    relevance_few, few_response = page_queries(client, f"{url}?q=kotoutujat")
    relevance_many, many_response = page_queries(client, f"{url}?q=nuoret+malli")

    assert cards(without_response) == 20
    assert cards(with_response) == 20
    assert cards(few_response) == cards(many_response) == 20
    assert with_query == without == relevance_few == relevance_many == PAGE_QUERIES


def test_the_catalogue_costs_the_same_on_page_1_and_page_2(client, catalogue_of_40):
    first, first_response = page_queries(client, catalogue_of_40.url)
    second, second_response = page_queries(client, f"{catalogue_of_40.url}?page=2")

    assert first_response.content != second_response.content
    assert second == first == PAGE_QUERIES


def test_the_catalogue_costs_the_same_with_more_facet_values(
    client, catalogue_of_40, make_model, vocabulary
):
    before, _ = page_queries(client, catalogue_of_40.url)
    more = factories.TargetGroupFactory.create_batch(10)
    make_model(title="Aakkosissa ensin", target_groups=more)
    after, response = page_queries(client, catalogue_of_40.url)

    assert all(f'value="{term.slug}"'.encode() in response.content for term in more)
    assert after == before == PAGE_QUERIES


def engine_queries(catalogue, query_string):
    """Queries of one search, constructing and running it (after a warm-up search)."""

    def run():
        params = parse(QueryDict(query_string))
        return CatalogueSearch(params, catalogue.locale_id, "fi", private_pages_q()).run()

    cold_results = None
    with CaptureQueriesContext(connection) as cold:
        cold_results = run()
    with CaptureQueriesContext(connection) as warm:
        results = run()
    assert results.total == cold_results.total
    return len(cold), len(warm), results


ENGINE_CASES = [
    "",
    "q=nuoret",
    "q=nuoret+malli&sort=title",
    "principle={p}",
    "principle={p}&service_phase={s}&stage={st}",
    "q=nuoret&principle={p}&target_group={t}&page=2",
    "sort=newest&page=2",
]


def fill(case, vocabulary):
    return case.format(
        p=vocabulary["principles"][0].slug,
        s=vocabulary["service_phases"][0].slug,
        st=vocabulary["stages"][0].slug,
        t=vocabulary["target_groups"][0].slug,
    )


def measure_every_case(catalogue, vocabulary):
    return {case: engine_queries(catalogue, fill(case, vocabulary)) for case in ENGINE_CASES}


def test_the_engine_stays_within_its_query_budget_whatever_the_size(
    catalogue, make_model, vocabulary
):
    """Every kind of search costs the same with 3 and with 45 models, ENGINE_QUERIES; only
    the first search after models were published also rebuilds the facet index. (One
    catalogue for all the kinds: it takes seconds to build.)"""
    add_models(make_model, vocabulary, 0, 3)
    few = measure_every_case(catalogue, vocabulary)
    add_models(make_model, vocabulary, 3, 45)
    many = measure_every_case(catalogue, vocabulary)

    for case in ENGINE_CASES:
        (cold_few, warm_few, few_results), (cold_many, warm_many, many_results) = (
            few[case],
            many[case],
        )
        assert many_results.hits, case
        assert many_results.total > few_results.total, case
        assert (cold_many, warm_many) == (cold_few, warm_few), case
        rebuild = FACET_INDEX_REBUILD_QUERIES if case == ENGINE_CASES[0] else 0
        assert (cold_many, warm_many) == (ENGINE_QUERIES + rebuild, ENGINE_QUERIES), case


def suggestion_queries(client, typed):
    url = reverse("search_suggestions")
    client.get(url, {"q": typed})
    with CaptureQueriesContext(connection) as captured:
        response = client.get(url, {"q": typed})
    return len(captured), json.loads(response.content)["suggestions"]


def test_suggestions_cost_the_same_for_one_and_for_ten_titles(client, catalogue, make_model):
    make_model(title="Kotoutujien kahvila")
    for n in range(12):
        make_model(title=f"Nuorten malli {n:02}")

    one, one_found = suggestion_queries(client, "kotoutujien")
    ten, ten_found = suggestion_queries(client, "nuorten")
    none, none_found = suggestion_queries(client, "xyz")

    assert (len(one_found), len(ten_found), none_found) == (1, 10, [])
    assert one == ten == SUGGESTION_QUERIES
    assert none == SUGGESTION_QUERIES_WITHOUT_MATCHES
