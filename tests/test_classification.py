"""The classification registry (models_library/classification.py) is the one declaration of
each classification: the page's fields, the search facets, the searchable labels and the
comparison rows follow it, so changing an entry is all it takes."""

import dataclasses

import pytest
from bs4 import BeautifulSoup
from django.db import models
from modelcluster.fields import ParentalManyToManyField

from models_library import classification
from models_library.models import ParticipationModelPage
from search.indexing import index_page
from search.models import IndexState, Posting
from tests import factories
from tests.pages import fi

VOCABULARY_RELATIONS = {
    field.name
    for field in ParticipationModelPage._meta.get_fields()
    if field.is_relation
    and field.related_model is not None
    and field.related_model._meta.app_label == "models_library"
    and field.related_model.__module__.endswith("taxonomy")
    and field.name != "developers"
}


def test_every_vocabulary_relation_of_the_page_is_declared_once_and_fits_its_entry():
    declared = [c.relation for c in classification.CLASSIFICATIONS]

    assert len(declared) == len(set(declared))
    assert set(declared) == VOCABULARY_RELATIONS
    for entry in classification.CLASSIFICATIONS:
        field = ParticipationModelPage._meta.get_field(entry.relation)
        assert field.related_model is entry.model
        expected = ParentalManyToManyField if entry.many else models.ForeignKey
        assert isinstance(field, expected), entry.relation
        assert str(field.verbose_name) == str(entry.field_label)


def test_every_entry_has_a_place_in_the_editor():
    edit_handler = ParticipationModelPage.get_edit_handler()
    panel_fields = set(edit_handler.get_form_options()["fields"])

    assert {c.relation for c in classification.CLASSIFICATIONS} <= panel_fields


@pytest.fixture
def regions_promoted(monkeypatch):
    """The registry with one entry changed: regions get the URL parameter `alue`, appear
    on cards and in the comparison table. The facet index is rebuilt for it."""
    promoted = tuple(
        dataclasses.replace(c, param="alue", on_card=True, compared=True, indexed=True)
        if c.relation == "regions"
        else c
        for c in classification.CLASSIFICATIONS
    )
    monkeypatch.setattr(classification, "CLASSIFICATIONS", promoted)
    IndexState.bump()


@pytest.fixture
def two_models(make_model):
    north = factories.RegionFactory(slug="pohjoinen", name="Pohjois-Pohjanmaa")
    south = factories.RegionFactory(slug="etela", name="Uusimaa")
    return (
        make_model(title="Pohjoinen malli", regions=[north]),
        make_model(title="Eteläinen malli", regions=[south]),
    )


def soup(response):
    assert response.status_code == 200
    return BeautifulSoup(response.content, "html.parser")


def test_a_changed_entry_changes_the_facet_its_url_parameter_and_the_comparison(
    client, catalogue, two_models, regions_promoted
):
    north, south = two_models

    page = soup(client.get(f"{catalogue.url}?alue=pohjoinen"))
    compared = soup(client.get(f"/fi/compare/?model={north.pk}&model={south.pk}"))

    titles = [a.get_text(strip=True) for a in page.select(".model-card__title a")]
    assert titles == ["Pohjoinen malli"]
    assert {box["value"] for box in page.select(".facet input[name=alue]")} == {
        "pohjoinen",
        "etela",
    }
    assert not page.select(".facet input[name=region]")
    (card,) = page.select(".model-card")
    card_rows = {
        dt.get_text(strip=True): dt.find_next_sibling("dd").get_text(strip=True)
        for dt in card.select(".model-card__meta dt")
    }
    assert card_rows[fi("Regions")] == "Pohjois-Pohjanmaa"
    row_labels = [" ".join(th.get_text().split()) for th in compared.select("tbody th[scope=row]")]
    assert fi("Regions") in row_labels
    for title in compared.select("tbody td .compare__model"):  # a phone's per-cell heading
        title.decompose()
    cells = [td.get_text(" ", strip=True) for td in compared.select("tbody tr td")]
    assert "Pohjois-Pohjanmaa" in cells and "Uusimaa" in cells


def test_a_changed_entry_makes_its_labels_searchable(catalogue, two_models, regions_promoted):
    north, _south = two_models

    index_page(north)

    assert Posting.objects.filter(entry__page_id=north.pk, term__startswith="pohjois").exists()


def test_without_the_change_regions_are_neither_compared_nor_searchable_text(
    client, catalogue, two_models
):
    north, south = two_models

    compared = soup(client.get(f"/fi/compare/?model={north.pk}&model={south.pk}"))
    index_page(north)

    cells = [td.get_text(" ", strip=True) for td in compared.select("tbody tr td")]
    assert "Pohjois-Pohjanmaa" not in cells
    cards = soup(client.get(catalogue.url)).select(".model-card__meta")
    assert cards and not any("Pohjois-Pohjanmaa" in card.get_text() for card in cards)
    assert not Posting.objects.filter(entry__page_id=north.pk, term__startswith="pohjois").exists()
