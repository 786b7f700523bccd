"""Paging through the catalogue, with and without a filter: 20 models a page, in title order,
every model on exactly one page, and never an error for an odd page number.

One catalogue of 47 models serves the whole module (made once: it takes seconds).
"""

import random
import re
from types import SimpleNamespace
from urllib.parse import parse_qsl, urlencode, urlsplit

import pytest
from bs4 import BeautifulSoup
from django.utils import translation
from django.utils.translation import ngettext

from tests import factories
from tests.builders import build_catalogue, build_home, model_maker

PAGE_SIZE = 20  # the catalogue's page size, as specified
TAGGED = 45  # models with principle p1: two pages of 20 and one of 5
MODEL_COUNT = TAGGED + 2  # and two without it: pages of 20, 20 and 7
LAST_PAGE = 3


pytestmark = pytest.mark.usefixtures("module_data")


@pytest.fixture(scope="module")
def module_data(module_db):
    """The catalogue's models published in scrambled order."""
    home = build_home()
    catalogue = build_catalogue(home)
    make_model = model_maker(catalogue)
    p1 = factories.GovernancePrincipleFactory(slug="p1")
    tagged = [f"Malli {n:02}" for n in range(TAGGED)]
    others = [f"Muu {n}" for n in range(MODEL_COUNT - TAGGED)]
    for title in random.Random(4).sample(tagged + others, MODEL_COUNT):
        make_model(title=title, principles=[p1] if title in tagged else [])
    return SimpleNamespace(
        home=home, catalogue=catalogue, titles=sorted(tagged + others), tagged=tagged
    )


def get(client, catalogue, **params):
    response = client.get(f"{catalogue.url}?{urlencode(params)}")
    assert response.status_code == 200
    return BeautifulSoup(response.content, "html.parser")


def shown(soup):
    return [" ".join(a.get_text().split()) for a in soup.select(".model-card__title")]


def current_page(soup):
    current = soup.select_one(".pagination [aria-current=page]")
    return int(re.search(r"\d+", current.get_text()).group(0))


def page_of(titles, number):
    return titles[(number - 1) * PAGE_SIZE : number * PAGE_SIZE]


def test_the_catalogue_shows_20_models_a_page_in_title_order(client, catalogue, module_data):
    for number in range(1, LAST_PAGE + 1):
        soup = get(client, catalogue, page=number)

        assert shown(soup) == page_of(module_data.titles, number)
        assert current_page(soup) == number


def test_the_first_page_is_the_default_and_counts_every_model(client, catalogue, module_data):
    soup = get(client, catalogue)

    assert shown(soup) == page_of(module_data.titles, 1)
    with translation.override("fi"):
        count = ngettext("%(counter)s model", "%(counter)s models", MODEL_COUNT) % {
            "counter": MODEL_COUNT
        }
    assert " ".join(soup.select_one(".result-count").get_text().split()) == count


def test_a_filtered_search_pages_every_result_exactly_once(client, catalogue, module_data):
    pages = [get(client, catalogue, principle="p1", page=n) for n in (1, 2, 3)]
    titles = [shown(soup) for soup in pages]

    assert [len(page) for page in titles] == [20, 20, 5]
    assert sum(titles, []) == module_data.tagged
    assert [current_page(soup) for soup in pages] == [1, 2, 3]
    assert all(f"{TAGGED} " in soup.select_one("#result-count").get_text() for soup in pages)
    assert pages[0].select_one(".model-list")["start"] == "1"
    assert pages[1].select_one(".model-list")["start"] == "21"


def test_pagination_links_keep_the_filters(client, catalogue):
    soup = get(client, catalogue, principle="p1", page=2)

    for rel, page in [("next", "3"), ("prev", None)]:
        link = soup.select_one(f".pagination a[rel={rel}]")
        params = dict(parse_qsl(urlsplit(link["href"]).query))
        assert params == ({"principle": "p1", "page": page} if page else {"principle": "p1"})


@pytest.mark.parametrize("filters", [{}, {"principle": "p1"}], ids=["all", "filtered"])
@pytest.mark.parametrize(
    ("value", "expected"),
    [
        ("abc", 1),
        ("", 1),
        ("1.5", 1),
        ("1e9", 1),
        ("-1", LAST_PAGE),
        ("0", LAST_PAGE),
        ("4", LAST_PAGE),
        ("99999", LAST_PAGE),
    ],
)
def test_any_page_parameter_gives_a_valid_page(client, catalogue, filters, value, expected):
    """A number out of range gives the last page; anything else that is not a page
    number gives the first."""
    wanted = get(client, catalogue, **filters, page=expected)
    soup = get(client, catalogue, **filters, page=value)

    assert shown(soup) == shown(wanted)
    assert current_page(soup) == expected
