"""Database queries per page view stay constant however much content a page shows.

Each test measures a page with a little and with a lot of content and compares the two
counts (no N+1 queries), and checks the count against the measured value, so that a
regression in the constant fails too. The counts are the same on SQLite and PostgreSQL; a
change that adds or saves queries updates the number here, with the reason in the commit.
"""

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext

from models_library.models import ModelDeveloper
from models_library.models.pages import TAG_RELATIONS
from tests import factories

# Measured, warm (SQLite and PostgreSQL alike).
CATALOGUE_QUERIES = 15
HOME_PAGE_QUERIES = 17
GOVERNANCE_PAGE_QUERIES = 16
# A model page adds its own queries (its terms in every classification, labelled, in one;
# the evaluation, developers, explicit picks, the facet index's version and the visible
# similar models, breadcrumbs) to what routing and the site shell cost every page.
# (An untranslated model's language switcher names a page of its own: no catalogue lookup.)
MODEL_PAGE_QUERIES = 19


def queries_for(client, url):
    """Queries of one anonymous page view, after a warm-up view fills Wagtail's caches."""
    assert client.get(url).status_code == 200
    with CaptureQueriesContext(connection) as captured:
        response = client.get(url)
    assert response.status_code == 200
    return len(captured), response


def describe(captured_count, other_count):
    return f"{captured_count} queries vs {other_count}"


@pytest.fixture
def vocabulary(db):
    return {
        "principles": factories.GovernancePrincipleFactory.create_batch(12),
        "service_phases": factories.ServicePhaseFactory.create_batch(12),
        "procurement_phases": factories.ProcurementPhaseFactory.create_batch(12),
        "target_groups": factories.TargetGroupFactory.create_batch(12),
        "topics": factories.TopicFactory.create_batch(12),
        "regions": factories.RegionFactory.create_batch(12),
        "funders": factories.FunderFactory.create_batch(12),
        "stages": factories.DevelopmentStageFactory.create_batch(2),
        "organisations": factories.DeveloperOrganisationFactory.create_batch(4),
    }


def tagged_model(make_model, vocabulary, n, **fields):
    """A model with n terms of every vocabulary, n developers (up to 4) and a stage."""
    return make_model(
        stage=vocabulary["stages"][0],
        developers=[
            (organisation, ModelDeveloper.Role.DEVELOPER)
            for organisation in vocabulary["organisations"][:n]
        ],
        **{relation: vocabulary[relation][:n] for relation in TAG_RELATIONS},
        **fields,
    )


def test_model_page_queries_do_not_grow_with_tags_developers_or_related_models(
    client, make_model, vocabulary
):
    related = [tagged_model(make_model, vocabulary, 1) for _ in range(4)]
    small = tagged_model(make_model, vocabulary, 1, related=related[:1])
    large = tagged_model(make_model, vocabulary, 12, related=related)

    small_count, small_response = queries_for(client, small.url)
    large_count, large_response = queries_for(client, large.url)

    # The large page really shows more: every tag, developer and related model.
    assert large_response.content.count(b'class="badge"') == 12 * len(TAG_RELATIONS)
    assert small_response.content.count(b'class="badge"') == len(TAG_RELATIONS)
    assert all(model.title.encode() in large_response.content for model in related)
    assert large_count == small_count, describe(large_count, small_count)
    assert large_count == MODEL_PAGE_QUERIES


def listing_model(make_model, vocabulary, n):
    return make_model(
        stage=vocabulary["stages"][n % 2],
        principles=vocabulary["principles"][: 1 + n % 3],
        service_phases=vocabulary["service_phases"][: 1 + n % 4],
        target_groups=vocabulary["target_groups"][: 1 + n % 5],
    )


def test_catalogue_queries_do_not_grow_with_the_number_of_models(
    client, catalogue, make_model, vocabulary
):
    for n in range(5):
        listing_model(make_model, vocabulary, n)
    few, _ = queries_for(client, catalogue.url)
    for n in range(5, 50):
        listing_model(make_model, vocabulary, n)
    many, response = queries_for(client, catalogue.url)

    assert response.content.count(b'class="model-card"') == 20
    assert many == few, describe(many, few)
    assert many == CATALOGUE_QUERIES


def test_home_page_queries_do_not_grow_with_the_number_of_models(
    client, home, catalogue, make_model, vocabulary
):
    for n in range(2):
        listing_model(make_model, vocabulary, n)
    few, _ = queries_for(client, home.url)
    for n in range(2, 12):
        listing_model(make_model, vocabulary, n)
    many, response = queries_for(client, home.url)

    assert response.content.count(b'class="model-card"') == 6
    assert many == few, describe(many, few)
    assert many == HOME_PAGE_QUERIES


def test_governance_page_queries_do_not_grow_with_the_number_of_models(
    client, catalogue, governance, make_model, vocabulary
):
    for n in range(2):
        listing_model(make_model, vocabulary, n)
    few, _ = queries_for(client, governance.url)
    for n in range(2, 20):
        listing_model(make_model, vocabulary, n)
    many, response = queries_for(client, governance.url)

    assert response.content.count(b'class="matrix__count"') == 12 * 12
    assert many == few, describe(many, few)
    assert many == GOVERNANCE_PAGE_QUERIES
