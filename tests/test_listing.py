"""Catalogue pagination: 20 models a page, in title order, and never an error for odd input."""

import random

import pytest
from bs4 import BeautifulSoup
from django.utils import translation
from django.utils.translation import ngettext

PAGE_SIZE = 20  # the catalogue's page size, as specified
MODEL_COUNT = 2 * PAGE_SIZE + 5


@pytest.fixture
def titles(make_model):
    """MODEL_COUNT models published in scrambled order; their titles in title order."""
    titles = [f"Malli {n:03d}" for n in range(MODEL_COUNT)]
    random.Random(4).shuffle(titles)
    for title in titles:
        make_model(title=title)
    return sorted(titles)


def shown(response):
    soup = BeautifulSoup(response.content, "html.parser")
    return [" ".join(a.get_text().split()) for a in soup.select(".model-card__title")]


def current_page(response):
    soup = BeautifulSoup(response.content, "html.parser")
    return int(soup.select_one('.pagination a[aria-current="page"]').get_text().split()[-1])


def page_of(titles, number):
    return titles[(number - 1) * PAGE_SIZE : number * PAGE_SIZE]


def test_catalogue_shows_20_models_a_page_in_title_order(client, catalogue, titles):
    last = -(-MODEL_COUNT // PAGE_SIZE)
    for number in range(1, last + 1):
        response = client.get(catalogue.url, {"page": number})

        assert response.status_code == 200
        assert shown(response) == page_of(titles, number)
        assert current_page(response) == number
    assert len(page_of(titles, 1)) == PAGE_SIZE
    assert 0 < len(page_of(titles, last)) < PAGE_SIZE


def test_catalogue_first_page_is_the_default_and_counts_every_model(client, catalogue, titles):
    response = client.get(catalogue.url)

    assert shown(response) == page_of(titles, 1)
    with translation.override("fi"):
        count = ngettext("%(counter)s model", "%(counter)s models", MODEL_COUNT) % {
            "counter": MODEL_COUNT
        }
    soup = BeautifulSoup(response.content, "html.parser")
    assert " ".join(soup.select_one(".result-count").get_text().split()) == count


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        ("abc", "first"),
        ("", "first"),
        ("1.5", "first"),
        ("-1", "last"),
        ("0", "last"),
        ("99999", "last"),
    ],
)
def test_any_page_parameter_gives_a_valid_page(client, catalogue, titles, value, expected):
    number = 1 if expected == "first" else -(-MODEL_COUNT // PAGE_SIZE)

    response = client.get(catalogue.url, {"page": value})

    assert response.status_code == 200
    assert shown(response) == page_of(titles, number)
    assert current_page(response) == number


def test_a_short_catalogue_has_no_pagination(client, catalogue, make_model):
    make_model()

    response = client.get(catalogue.url, {"page": "2"})

    assert response.status_code == 200
    assert len(shown(response)) == 1
    assert BeautifulSoup(response.content, "html.parser").select_one(".pagination") is None


def test_an_empty_catalogue_still_answers(client, catalogue):
    response = client.get(catalogue.url, {"page": "3"})

    assert response.status_code == 200
    assert shown(response) == []
