"""The search views over HTTP: bad input, chips, noindex, matrix links, suggestions, redirect.

Whatever a visitor or a bot puts in the address, the catalogue answers 200 with the page
the meaningful part of the address asks for; the bad-input matrix compares each bad
address with its clean equivalent.
"""

import json
import re
import unicodedata
from collections import Counter
from urllib.parse import parse_qsl, urlencode, urlsplit

import pytest
from bs4 import BeautifulSoup
from django.urls import reverse
from django.utils import translation
from wagtail.models import PageViewRestriction

from models_library.models import ParticipationModelPage
from search.params import MAX_QUERY_LENGTH
from tests import factories


def parse(response):
    return BeautifulSoup(response.content, "html.parser")


def hit_titles(soup):
    return [a.get_text(strip=True) for a in soup.select(".model-card__title a")]


def shown_total(soup):
    return int(re.search(r"\d+", soup.select_one("#result-count").get_text()).group(0))


def chips(soup):
    links = soup.select(".chips a.chip:not(.chip--clear)")
    return [" ".join(a.get_text(" ").split()) for a in links]


def checked(soup):
    return sorted((box["name"], box["value"]) for box in soup.select(".facet input[checked]"))


def state(soup):
    """What a visitor sees of a search: results, their number, filters and order."""
    return {
        "hits": hit_titles(soup),
        "total": shown_total(soup),
        "chips": chips(soup),
        "checked": checked(soup),
        "sort": soup.select_one("#search-sort option[selected]")["value"],
    }


@pytest.fixture
def terms(db):
    return {
        "p1": factories.GovernancePrincipleFactory(slug="p1", name="Osallisuus"),
        "p2": factories.GovernancePrincipleFactory(slug="p2", name="Avoimuus"),
        "s1": factories.ServicePhaseFactory(slug="s1", name="Suunnittelu"),
        "s2": factories.ServicePhaseFactory(slug="s2", name="Arviointi"),
        "t1": factories.TargetGroupFactory(slug="t1", name="Ikäihmiset"),
    }


@pytest.fixture
def models(make_model, terms):
    return {
        "A": make_model(
            title="Nuorten raati",
            lead="Nuorten ääni kuuluviin.",
            principles=[terms["p1"]],
            service_phases=[terms["s1"]],
        ),
        "B": make_model(
            title="Avoin budjetti",
            lead="Nuorten ideat budjettiin.",
            principles=[terms["p2"]],
            service_phases=[terms["s1"]],
        ),
        "C": make_model(
            title="Kirjastokahvila",
            lead="Kahvila kirjastossa.",
            principles=[terms["p1"]],
            service_phases=[terms["s2"]],
            target_groups=[terms["t1"]],
        ),
    }


def get(client, catalogue, raw_query=""):
    """The page for the address; a form's extra fields and a default sort are redirected
    (once) to the address of the state they mean."""
    response = client.get(f"{catalogue.url}?{raw_query}" if raw_query else catalogue.url)
    if response.status_code == 302:
        response = client.get(response["Location"])
    assert response.status_code == 200, raw_query
    return parse(response)


MANY_UNKNOWN = "&".join(f"principle=x{n}" for n in range(2000))
BAD_INPUT = [
    # Unknown facet names and values are ignored.
    ("colour=red&principles=p1&q%5B%5D=nuoret&principle%5B%5D=p1", ""),
    ("principle=nope&stage=zzz&funder=&region=%C3%A4", ""),
    ("principle=p1&principle=nope", "principle=p1"),
    ("principle=%20p1%20", "principle=p1"),
    # Repeated values count once.
    (
        "principle=p1&principle=p1&principle=p1&service_phase=s1&service_phase=s1",
        "principle=p1&service_phase=s1",
    ),
    # Page numbers that are not numbers give the first page, out of range the last.
    ("page=abc", ""),
    ("page=-1", ""),
    ("page=0", ""),
    ("page=99999", ""),
    ("page=1e9", ""),
    ("page=", ""),
    ("page=" + "9" * 5000, ""),
    ("page=1&page=2", ""),
    # Unknown orders give the default one; relevance needs a query.
    ("sort=nonsense", ""),
    ("sort=relevance", ""),
    ("sort=title%00", ""),
    # Control characters and unbalanced quotes are harmless.
    ("q=nuoret%00", "q=nuoret"),
    ("q=%1Fnuoret%1F", "q=nuoret"),
    ("q=%00%00%00", ""),
    ("q=%22nuoret", "q=nuoret"),
    ("q=nuoret%27", "q=nuoret"),
    ("q=%22nuoret%22+%27", "q=nuoret"),
    ("q=nuoret%0D%0Araati%09", "q=nuoret+raati"),
    # SQL-ish text is just words.
    ("q=%27%3B+DROP+TABLE+wagtailcore_page%3B+--", "q=drop+table+wagtailcore_page"),
    ("q=nuoret%27+OR+%271%27%3D%271", "q=nuoret+or+1+1"),
    # A query of punctuation only, or of bytes that are not UTF-8, has no words.
    ("q=%21%21%21+%25+%2A+%3F", ""),
    ("q=%FF%FE", ""),
    # Very many facet values.
    ("principle=p1&" + MANY_UNKNOWN, "principle=p1"),
    (MANY_UNKNOWN, ""),
]


@pytest.mark.parametrize(("bad", "clean"), BAD_INPUT, ids=[bad[:40] for bad, _ in BAD_INPUT])
def test_bad_input_gives_the_page_its_meaningful_part_asks_for(
    client, catalogue, models, bad, clean
):
    expected = state(get(client, catalogue, clean))
    actual = state(get(client, catalogue, bad))

    if "q=" in bad and "q=" not in clean:
        # A query without words searches nothing, but offers ordering by relevance.
        expected["sort"] = actual["sort"]
    assert actual == expected


def test_the_bad_input_matrix_is_not_vacuous(client, catalogue, models):
    """The clean addresses above really differ from each other."""
    everything = state(get(client, catalogue))
    assert everything["total"] == 3
    assert state(get(client, catalogue, "principle=p1"))["hits"] == [
        "Kirjastokahvila",
        "Nuorten raati",
    ]
    assert state(get(client, catalogue, "q=nuoret"))["total"] == 2
    assert state(get(client, catalogue, "q=nuoret+raati"))["hits"] == ["Nuorten raati"]
    assert state(get(client, catalogue, "q=drop+table+wagtailcore_page"))["total"] == 0


def test_sql_in_the_query_leaves_the_catalogue_intact(client, catalogue, models):
    before = ParticipationModelPage.objects.count()
    get(client, catalogue, "q=%27%3B+DELETE+FROM+catalogue_search_posting%3B+--")

    assert ParticipationModelPage.objects.count() == before
    assert state(get(client, catalogue, "q=nuoret"))["total"] == 2


def test_a_query_over_the_limit_is_truncated_with_a_notice(client, catalogue, models):
    long_query = "nuorten " * 30  # 25 whole words fit in the limit
    soup = get(client, catalogue, urlencode({"q": long_query}))

    notices = soup.select(".notice[role=status]")
    assert len(notices) == 1
    assert str(MAX_QUERY_LENGTH) in notices[0].get_text()
    shortened = long_query[:MAX_QUERY_LENGTH].strip()
    assert soup.select_one("#search-q")["value"] == shortened
    # The shortened query searches as if typed so.
    assert state(soup) == state(get(client, catalogue, urlencode({"q": shortened})))
    assert shown_total(soup) == 2


def test_a_query_at_the_limit_has_no_notice(client, catalogue, models):
    soup = get(client, catalogue, urlencode({"q": "nuoret " + "x" * (MAX_QUERY_LENGTH - 7)}))

    assert soup.select(".notice[role=status]") == []


def test_unknown_values_are_not_shown_as_chips(client, catalogue, models):
    soup = get(client, catalogue, "principle=nope&principle=p1&colour=red")

    (chip,) = chips(soup)
    assert "Osallisuus" in chip
    assert "nope" not in soup.select_one(".chips").get_text()
    assert all("nope" not in a["href"] for a in soup.select(".chips a"))


def query_items(href):
    return Counter(parse_qsl(urlsplit(href).query, keep_blank_values=True))


def test_each_chip_removes_exactly_its_value(client, catalogue, models):
    items = [
        ("q", "nuoret"),
        ("principle", "p1"),
        ("principle", "p2"),
        ("service_phase", "s1"),
        ("sort", "newest"),
    ]
    soup = get(client, catalogue, urlencode(items))
    links = soup.select(".chips a.chip:not(.chip--clear)")

    assert len(links) == 3
    removed = []
    for link in links:
        difference = Counter(items) - query_items(link["href"])
        assert query_items(link["href"]) - Counter(items) == Counter()
        assert len(difference) == 1
        removed += list(difference)
        after = get(client, catalogue, urlsplit(link["href"]).query)
        assert len(chips(after)) == 2
    assert sorted(removed) == sorted(item for item in items if item[0] not in {"q", "sort"})


def test_a_chip_names_its_facet_and_value(client, catalogue, models, terms):
    soup = get(client, catalogue, "service_phase=s2")

    (chip,) = soup.select(".chips a.chip:not(.chip--clear)")
    legend = soup.select_one("input[name=service_phase]").find_parent("details").summary
    assert legend.get_text(strip=True) in chip.get_text()
    assert terms["s2"].name in chip.get_text()


def test_clear_all_filters_keeps_the_query_and_order(client, catalogue, models):
    soup = get(client, catalogue, "q=nuoret&principle=p1&service_phase=s1&sort=newest")

    clear = soup.select_one(".chips a.chip--clear")
    assert query_items(clear["href"]) == Counter([("q", "nuoret"), ("sort", "newest")])
    after = get(client, catalogue, urlsplit(clear["href"]).query)
    assert chips(after) == []
    assert state(after)["total"] == 2


def test_no_chips_without_filters(client, catalogue, models):
    assert get(client, catalogue, "q=nuoret").select(".chips") == []


def robots(soup):
    return [meta["content"] for meta in soup.select('meta[name="robots"]')]


def test_the_bare_catalogue_may_be_indexed(client, catalogue, models):
    assert robots(get(client, catalogue)) == []


@pytest.mark.parametrize(
    "raw", ["q=nuoret", "principle=p1", "principle=p1&service_phase=s1", "q=nuoret&principle=p1"]
)
def test_searches_and_filtered_addresses_are_noindex(client, catalogue, models, raw):
    assert robots(get(client, catalogue, raw)) == ["noindex"]


def test_governance_matrix_links_apply_both_filters(client, governance, catalogue, models, terms):
    soup = parse(client.get(governance.url))
    cells = {}
    for link in soup.select("table a[href]"):
        items = dict(parse_qsl(urlsplit(link["href"]).query))
        cells[(items.get("principle"), items.get("service_phase"))] = link["href"]
    assert set(cells) >= {(p, s) for p in ("p1", "p2") for s in ("s1", "s2")}

    for (principle, phase), href in cells.items():
        assert urlsplit(href).path == catalogue.url
        landed = parse(client.get(href))
        expected = sorted(
            page.title
            for page in ParticipationModelPage.objects.live().public()
            if page.principles.filter(slug=principle).exists()
            and page.service_phases.filter(slug=phase).exists()
        )
        assert sorted(hit_titles(landed)) == expected
        assert checked(landed) == sorted([("principle", principle), ("service_phase", phase)])
    assert hit_titles(parse(client.get(cells[("p1", "s1")]))) == ["Nuorten raati"]


# -------------------------------------------------------------------------- suggestions


def suggestions(client, q, language="fi", method="get"):
    with translation.override(language):
        url = reverse("search_suggestions")
    response = getattr(client, method)(url, {"q": q})
    return response


def suggested(client, q, language="fi"):
    response = suggestions(client, q, language)
    assert response.status_code == 200
    assert response["Content-Type"].startswith("application/json")
    return [item["title"] for item in json.loads(response.content)["suggestions"]]


def word_prefix_match(title, typed):
    return any(word.startswith(typed.lower()) for word in title.lower().split())


@pytest.fixture
def suggestible(make_model, locales):
    visible = [
        make_model(title="Nuorten raati"),
        make_model(title="Lasten ja nuorten foorumi"),
        make_model(title="Nuorisotyön malli"),
        make_model(title="Kirjastokahvila"),
    ]
    make_model(title="Nuorten luonnos", publish=False)
    restricted = make_model(title="Nuorten salainen malli")
    PageViewRestriction.objects.create(
        page=restricted, restriction_type=PageViewRestriction.PASSWORD, password="salainen"
    )
    unpublished = make_model(title="Nuorten vanha malli")
    unpublished.refresh_from_db()  # make_model publishes a copy; this one is not live yet
    unpublished.unpublish()
    swedish = visible[0].copy_for_translation(locales["sv"], copy_parents=True)
    swedish.title = "Nuorten råd"
    swedish.save_revision().publish()
    return visible


def test_suggestions_match_word_prefixes_of_live_public_titles(client, suggestible):
    for typed in ["nuo", "NUORT", "la", "kir", "malli", "foorumi"]:
        expected = [page.title for page in suggestible if word_prefix_match(page.title, typed)]
        assert sorted(suggested(client, typed)) == sorted(expected), typed
    assert suggested(client, "nuo")  # not vacuous


@pytest.mark.parametrize(
    ("title", "typed"),
    [
        ("Sote-keskuksen asiakasraati", "keskuksen"),
        ("Asukasraati (Kärsämäki)", "kärsä"),
        ("Kunta/kaupunki-kumppanuus", "kaupunki"),
        ("Äänestyspaja", unicodedata.normalize("NFD", "Äänes")),
    ],
)
def test_suggestions_find_words_after_any_separator(client, make_model, title, typed):
    """A word of a title is what search treats as a word: hyphens, brackets and slashes
    separate words, and decomposed letters are the same letters."""
    make_model(title=title)
    make_model(title="Verrokki")

    assert suggested(client, typed) == [title]


@pytest.mark.parametrize("typed", ["uorten", "stokahvila", "xyz"])
def test_suggestions_do_not_match_inside_words(client, suggestible, typed):
    assert suggested(client, typed) == []


def test_suggestions_need_two_characters(client, suggestible):
    assert suggested(client, "n") == []
    assert suggested(client, " n ") == []
    assert suggested(client, "") == []
    assert suggested(client, "nu") != []


@pytest.mark.parametrize("typed", ["%a", "_a", "%%", "__", "\\%"])
def test_suggestions_treat_wildcards_literally(client, suggestible, typed):
    assert suggested(client, typed) == []


@pytest.mark.parametrize(
    ("typed", "same_as"),
    [
        ("\x00nuo", "nuo"),
        ("nuo\x1f", "nuo"),
        ("  NUO  ", "nuo"),
        ("'; DROP TABLE x; --", "xyz"),
        ('"', ""),
        ("n" * 1000, "xyz"),
    ],
)
def test_suggestions_survive_bad_input(client, suggestible, typed, same_as):
    assert suggested(client, typed) == suggested(client, same_as)


def test_suggestions_are_at_most_ten_in_title_order(client, make_model):
    titles = [f"Nuorten malli {n:02}" for n in range(12)]
    for title in reversed(titles):
        make_model(title=title)

    assert suggested(client, "nuorten") == titles[:10]


def test_suggestions_have_title_and_url(client, suggestible):
    response = suggestions(client, "kirjasto")
    data = json.loads(response.content)

    assert data == {"suggestions": [{"title": "Kirjastokahvila", "url": suggestible[3].url}]}
    assert client.get(data["suggestions"][0]["url"]).status_code == 200


def test_suggestions_are_only_of_the_active_language(client, suggestible):
    assert "Nuorten råd" not in suggested(client, "nuorten", "fi")
    assert suggested(client, "nuorten", "sv") == ["Nuorten råd"]
    assert suggested(client, "raati", "sv") == []


def test_suggestions_refuse_post(client, suggestible):
    assert suggestions(client, "nuo", method="post").status_code == 405


# -------------------------------------------------------------------------- site search


def test_site_search_redirects_to_the_catalogue_with_allowed_parameters(client, catalogue, terms):
    with translation.override("fi"):
        url = reverse("site_search")
    response = client.get(
        url,
        {"q": "nuoret", "principle": ["p1", "p2"], "colour": "red", "sort": "newest", "x": "1"},
    )

    assert response.status_code == 302
    location = urlsplit(response["Location"])
    assert location.path == catalogue.url
    items = parse_qsl(location.query)
    assert ("q", "nuoret") in items
    assert [value for key, value in items if key == "principle"] == ["p1", "p2"]
    assert ("sort", "newest") in items
    assert {key for key, _value in items} <= {"q", "principle", "sort"}
    assert client.get(response["Location"]).status_code == 200


def test_site_search_without_parameters_goes_to_the_bare_catalogue(client, catalogue):
    with translation.override("fi"):
        url = reverse("site_search")
    response = client.get(url, {"colour": "red"})

    assert response.status_code == 302
    assert response["Location"] == catalogue.url


def test_site_search_cleans_the_query(client, catalogue):
    with translation.override("fi"):
        url = reverse("site_search")
    response = client.get(url, {"q": "  nuoret\x00  raati  "})

    assert parse_qsl(urlsplit(response["Location"]).query) == [("q", "nuoret raati")]
