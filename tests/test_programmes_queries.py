"""Database queries of the programme pages stay constant however many items a programme has.

Each test measures a page with 2 items and again with 8 and compares the two counts, so
that a query per item (an N+1) fails whatever the constant is, and checks the count against
the measured value (the same on SQLite and PostgreSQL), so that a growing constant fails too.
"""

from datetime import date

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse

from programmes.items import add_model
from programmes.lifecycle import share
from programmes.models import Programme, ProgrammeItem
from tests import factories

FEW, MANY = 2, 8


def queries_for(client, url):
    """Queries of one view of url, after a warm-up view fills Wagtail's caches."""
    assert client.get(url).status_code == 200
    with CaptureQueriesContext(connection) as captured:
        response = client.get(url)
    assert response.status_code == 200
    return len(captured), response


@pytest.fixture
def terms(db):
    return {
        "principles": factories.GovernancePrincipleFactory.create_batch(4),
        "service_phases": factories.ServicePhaseFactory.create_batch(4),
        "target_groups": factories.TargetGroupFactory.create_batch(4),
    }


# Items of every follow-up group, so that each group's rendering is measured.
STATUSES_AND_ENDS = [
    (ProgrammeItem.Status.PLANNED, date(2020, 1, 31)),
    (ProgrammeItem.Status.IN_PROGRESS, None),
    (ProgrammeItem.Status.DONE, date(2026, 12, 31)),
    (ProgrammeItem.Status.DROPPED, date(2027, 6, 30)),
]


@pytest.fixture
def grow(organisation, people, make_model, terms):
    """grow(n) → the programme, with items added until it has n, each on its own model
    tagged with 1–4 terms of each vocabulary, with goals, dates and statuses."""
    programme = Programme.objects.create(
        organisation=organisation, name="Mitattava ohjelma", start_year=2026, end_year=2029
    )

    def to(n):
        for position in range(programme.items.count(), n):
            count = 1 + position % 4
            model = make_model(
                title=f"Mitattava malli {position}",
                **{relation: found[:count] for relation, found in terms.items()},
            )
            item = add_model(programme, model, people["editor"])
            status, end = STATUSES_AND_ENDS[position % 4]
            ProgrammeItem.objects.filter(pk=item.pk).update(
                goal=f"Tavoite {position}",
                responsible="Osallisuustiimi",
                start_date=date(2019, 1, 1),
                end_date=end,
                status=status,
            )
        assert programme.items.count() == n
        return programme

    return to


# Pages that name every item (coverage shows counts only).
LISTING_PAGES = [
    "programme_detail",
    "programme_follow_up",
    "programme_print",
    "programme_export_csv",
    "programme_activity",
]
MEMBER_PAGES = [*LISTING_PAGES, "programme_coverage"]
# Measured, warm, for a signed-in editor (SQLite and PostgreSQL alike).
MEMBER_PAGE_QUERIES = {
    "programme_detail": 14,
    "programme_follow_up": 13,
    "programme_print": 20,
    "programme_export_csv": 10,
    "programme_activity": 10,
    "programme_coverage": 15,
}
SHARED_VIEW_QUERIES = 18
CATALOGUE_QUERIES_FOR_AN_EDITOR = 18


@pytest.mark.parametrize("name", MEMBER_PAGES)
def test_a_programme_page_costs_the_same_with_2_and_with_8_items(name, grow, client_for):
    client = client_for("editor")
    programme = grow(FEW)
    url = reverse(name, args=[programme.pk])
    few, _response = queries_for(client, url)

    grow(MANY)
    many, response = queries_for(client, url)

    if name in LISTING_PAGES:
        assert f"Mitattava malli {MANY - 1}" in response.content.decode()
    assert many == few == MEMBER_PAGE_QUERIES[name]


def test_the_shared_view_costs_the_same_with_2_and_with_8_items(grow, people, client_for):
    programme = grow(FEW)
    share(programme, people["editor"])
    url = reverse("programme_shared", args=[programme.share_token])
    anonymous = client_for("anonymous")
    few, _response = queries_for(anonymous, url)

    grow(MANY)
    many, response = queries_for(anonymous, url)

    assert f"Mitattava malli {MANY - 1}" in response.content.decode()
    assert many == few == SHARED_VIEW_QUERIES


def add_buttons(response):
    return response.content.count(b'class="add-to-programme"')


@pytest.mark.parametrize("query", ["", "?q=mitattava"])
def test_add_to_programme_buttons_cost_nothing_per_search_result(
    query, catalogue, make_model, terms, client_for
):
    editor = client_for("editor")
    url = catalogue.url + query

    def publish(start, stop):
        for n in range(start, stop):
            make_model(title=f"Mitattava malli {n}", principles=terms["principles"][: 1 + n % 4])

    publish(0, 2)
    few, few_response = queries_for(editor, url)
    publish(2, 6)
    many, many_response = queries_for(editor, url)

    assert (add_buttons(few_response), add_buttons(many_response)) == (2, 6)
    assert many == few == CATALOGUE_QUERIES_FOR_AN_EDITOR
