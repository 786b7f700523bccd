"""The catalogue search engine: text search, ranking, highlighting, facets, sorting, paging.

Expectations are computed from the ORM wherever they can be (brute force over the live
public models), so that a test fails when the engine and the plain meaning differ.
"""

import re
import unicodedata
from datetime import UTC, datetime, timedelta
from urllib.parse import urlencode

import pytest
from bs4 import BeautifulSoup
from django.db import transaction
from django.http import QueryDict
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from wagtail.models import PageViewRestriction

from core.visibility import private_pages_q
from models_library.models import ParticipationModelPage
from search.engine import PAGE_SIZE, CatalogueSearch
from search.params import parse
from tests import factories

# ---------------------------------------------------------------------------- helpers


def query_string(items):
    if isinstance(items, dict):
        items = [(k, v) for k, vs in items.items() for v in ([vs] if isinstance(vs, str) else vs)]
    return urlencode(list(items))


def run_search(catalogue, items=(), language="fi"):
    params = parse(QueryDict(query_string(items)))
    return CatalogueSearch(params, catalogue.locale_id, language, private_pages_q()).run()


def get(client, catalogue, items=()):
    """The page for the address; a default sort is redirected (once) to the address
    without it."""
    qs = query_string(items)
    response = client.get(f"{catalogue.url}?{qs}" if qs else catalogue.url)
    if response.status_code == 302:
        response = client.get(response["Location"])
    assert response.status_code == 200
    return BeautifulSoup(response.content, "html.parser")


def hit_titles(soup):
    return [a.get_text(strip=True) for a in soup.select(".model-card__title a")]


def shown_total(soup):
    return int(re.search(r"\d+", soup.select_one("#result-count").get_text()).group(0))


def facet_options(soup):
    """(facet, slug) → {"count", "checked", "disabled"} as the page shows them."""
    options = {}
    for item in soup.select(".facet__option"):
        box = item.select_one("input[type=checkbox]")
        count = re.search(r"\((\d+)", item.select_one(".facet__count").get_text()).group(1)
        options[(box["name"], box["value"])] = {
            "count": int(count),
            "checked": box.has_attr("checked"),
            "disabled": box.has_attr("disabled"),
            "greyed": "facet__option--disabled" in item["class"],
        }
    return options


def visible_models(locale):
    return ParticipationModelPage.objects.live().public().filter(locale=locale)


# The catalogue's vocabulary facets (URL parameter → page relation), as the issue names them.
VOCABULARY_RELATIONS = {
    "principle": "principles",
    "service_phase": "service_phases",
    "procurement_phase": "procurement_phases",
    "target_group": "target_groups",
    "topic": "topics",
    "region": "regions",
    "stage": "stage",
    "funder": "funders",
}


def page_tags(pages):
    """page id → facet name → set of term ids, read from the ORM."""
    tags = {}
    for page in pages:
        tags[page.pk] = {}
        for name, relation in VOCABULARY_RELATIONS.items():
            if relation == "stage":
                ids = {page.stage_id} if page.stage_id else set()
            else:
                ids = set(getattr(page, relation).values_list("pk", flat=True))
            tags[page.pk][name] = ids
    return tags


def brute_force(locale, selected_ids, text_match):
    """Expected total and disjunctive counts, computed page by page in Python.

    `selected_ids` maps facet name → set of selected term ids; `text_match(page)` says
    whether a page matches the text query.
    """
    pages = [page for page in visible_models(locale) if text_match(page)]
    tags = page_tags(pages)

    def passes(pk, except_facet=None):
        return all(
            tags[pk][name] & ids
            for name, ids in selected_ids.items()
            if ids and name != except_facet
        )

    total = sum(1 for page in pages if passes(page.pk))
    counts = {}
    for name in VOCABULARY_RELATIONS:
        for page in pages:
            if passes(page.pk, except_facet=name):
                for term_id in tags[page.pk][name]:
                    counts[(name, term_id)] = counts.get((name, term_id), 0) + 1
    return total, counts


def engine_counts(results):
    """(facet, term id) → count, for the vocabulary facets."""
    return {
        (facet.name, option.term_id): option.count
        for facet in results.facets
        if facet.name in VOCABULARY_RELATIONS
        for option in facet.options
    }


def assert_counts_match(results, expected_total, expected_counts):
    assert results.total == expected_total
    assert len(results.hits) == min(expected_total, PAGE_SIZE)
    actual = engine_counts(results)
    # Every term with a non-zero expected count is offered, and every offered term's
    # count is the brute-force one (zero when no visible page has it).
    assert set(expected_counts) <= set(actual)
    assert {key: n for key, n in actual.items() if n} == {
        key: n for key, n in expected_counts.items() if n
    }


# ------------------------------------------------------------------------- text search


@pytest.mark.parametrize(
    "fields",
    [
        {"title": "Kotoutujien kahvila"},
        {"lead": "Kahvila kokoaa kotoutujat yhteen."},
        {"core_idea": "<p>Kahvilassa <b>kotoutujat</b> tapaavat.</p>"},
        {"implemented_where": "Kotoutujien keskus"},
        {"implementation": [("step", {"title": "Kutsu", "description": "Kutsu kotoutujat."})]},
    ],
    ids=["title", "lead", "body", "plain-text field", "implementation step"],
)
def test_text_search_finds_a_model_by_title_lead_or_body(catalogue, make_model, fields):
    target = make_model(**{"title": "Kohdemalli", **fields})
    make_model(title="Verrokkimalli")

    assert [hit.page.pk for hit in run_search(catalogue, {"q": "kotoutuja"}).hits] == [target.pk]


def test_every_query_word_must_match(catalogue, make_model):
    both = make_model(title="Molemmat", lead="Nuorten liikuntaa kesällä.")
    young = make_model(title="Nuoret", lead="Nuorten kerho.")
    sport = make_model(title="Liikunta", lead="Liikuntatoimintaa iäkkäille.")

    def found(q):
        return {hit.page.pk for hit in run_search(catalogue, {"q": q}).hits}

    assert found("nuoret") == {both.pk, young.pk}
    assert found("liikunta") == {both.pk, sport.pk}
    assert found("nuoret liikunta") == found("nuoret") & found("liikunta") == {both.pk}


QUERY_WORDS = ["nuoret", "nuorten", "nuorille", "liikunta", "liikuntaa", "kerho"]
LEADS = [
    "Nuorten liikuntaa.",
    "Nuorille kerho.",
    "Nuoret ja kerho.",
    "Liikuntatoimintaa kaikille.",
    "Liikuntaa ja kerho.",
]


def test_a_multi_word_query_finds_exactly_what_each_word_finds(catalogue, make_model):
    """AND across words: the hits of "a b" are the hits of "a" intersected with those of
    "b", also when two query words share a base form (nuoret, nuorten → nuori)."""
    for n, lead in enumerate(LEADS):
        make_model(title=f"Malli {n}", lead=lead)

    def found(q):
        return {hit.page.title for hit in run_search(catalogue, {"q": q}).hits}

    single = {word: found(word) for word in QUERY_WORDS}
    assert all(single.values()), single
    wrong = {
        f"{a} {b}": (found(f"{a} {b}"), single[a] & single[b])
        for a in QUERY_WORDS
        for b in QUERY_WORDS
        if a < b and found(f"{a} {b}") != single[a] & single[b]
    }
    assert wrong == {}, "query → (found, expected)"


# ----------------------------------------------------------------------------- ranking


def test_a_title_match_ranks_above_a_body_only_match(client, catalogue, make_model):
    body = make_model(
        title="Verrokki", core_idea="<p>Kotoutujat, kotoutujat ja taas kotoutujat.</p>"
    )
    title = make_model(title="Kotoutujat mukaan")

    ranked = [hit.page.pk for hit in run_search(catalogue, {"q": "kotoutujat"}).hits]
    assert ranked == [title.pk, body.pk]
    assert hit_titles(get(client, catalogue, {"q": "kotoutujat"})) == [title.title, body.title]


def test_a_whole_word_ranks_above_a_compound_part_only_match(catalogue, make_model):
    compound = make_model(
        title="Yhdyssana", core_idea="<p>Liikuntatoimintaa ja liikuntatoimintaa.</p>"
    )
    whole = make_model(title="Kokosana", core_idea="<p>Liikunta on kaikkien oikeus.</p>")

    ranked = [hit.page.pk for hit in run_search(catalogue, {"q": "liikunta"}).hits]
    assert ranked == [whole.pk, compound.pk]


def test_relevance_is_the_default_order_of_a_search(client, catalogue, make_model):
    make_model(title="Aakkosissa ensin", core_idea="<p>Kotoutujat.</p>")
    make_model(title="Kotoutujat mukaan")

    soup = get(client, catalogue, {"q": "kotoutujat"})
    assert hit_titles(soup) == ["Kotoutujat mukaan", "Aakkosissa ensin"]
    assert soup.select_one("#search-sort option[selected]")["value"] == "relevance"


# ------------------------------------------------------------------------ highlighting


def lead_of(soup):
    return soup.select_one(".model-card__lead")


def test_the_lead_highlights_the_inflected_form_that_matched(client, catalogue, make_model):
    make_model(lead="Malli tukee nuorten osallisuutta.")

    lead = lead_of(get(client, catalogue, {"q": "nuoret"}))
    assert [mark.get_text() for mark in lead.select("mark")] == ["nuorten"]
    assert lead.get_text() == "Malli tukee nuorten osallisuutta."


def test_the_lead_highlights_a_compound_found_by_its_part(client, catalogue, make_model):
    make_model(lead="Järjestämme liikuntatoimintaa iäkkäille.")

    lead = lead_of(get(client, catalogue, {"q": "liikunta"}))
    assert [mark.get_text() for mark in lead.select("mark")] == ["liikuntatoimintaa"]


def test_without_a_query_nothing_is_highlighted(client, catalogue, make_model):
    make_model(lead="Malli tukee nuorten osallisuutta.")

    assert lead_of(get(client, catalogue)).select("mark") == []


@pytest.mark.parametrize("q", ["nuoret", ""])
def test_html_in_a_lead_is_escaped(client, catalogue, make_model, q):
    make_model(lead='<b>Nuorten</b> & <script>alert("x")</script> <mark>kerho</mark>')

    response = client.get(catalogue.url, {"q": q} if q else {})
    content = response.content.decode()
    assert "<script>alert" not in content
    assert "<b>Nuorten" not in content
    lead = lead_of(BeautifulSoup(content, "html.parser"))
    assert lead.select("b, script") == []
    assert lead.get_text() == '<b>Nuorten</b> & <script>alert("x")</script> <mark>kerho</mark>'
    assert [mark.get_text() for mark in lead.select("mark")] == (["Nuorten"] if q else [])


def test_a_lead_in_decomposed_unicode_is_highlighted_like_a_composed_one(
    client, catalogue, make_model
):
    make_model(lead=unicodedata.normalize("NFD", "Malli kehitettiin Kärsämäellä."))

    lead = lead_of(get(client, catalogue, {"q": "Kärsämäki"}))
    assert lead is not None, "the model is found"
    assert len(lead.select("mark")) == 1
    assert unicodedata.normalize("NFC", lead.select_one("mark").get_text()) == "Kärsämäellä"


# ---------------------------------------------------------------------- facets by hand


@pytest.fixture
def terms(db):
    return {
        "p1": factories.GovernancePrincipleFactory(slug="p1"),
        "p2": factories.GovernancePrincipleFactory(slug="p2"),
        "p3": factories.GovernancePrincipleFactory(slug="p3"),
        "s1": factories.ServicePhaseFactory(slug="s1"),
        "s2": factories.ServicePhaseFactory(slug="s2"),
        "t1": factories.TargetGroupFactory(slug="t1"),
        "t2": factories.TargetGroupFactory(slug="t2"),
        "st1": factories.DevelopmentStageFactory(slug="st1"),
        "st2": factories.DevelopmentStageFactory(slug="st2"),
    }


@pytest.fixture
def small_catalogue(make_model, terms):
    """Five models; A and B talk about young people."""
    spec = {
        "A": ("p1", "s1", "t1", "st1", "Nuorten kerho."),
        "B": ("p2", "s1", "t2", "st2", "Nuorten raati."),
        "C": ("p1", "s2", "t1", "st1", "Asukasraati."),
        "D": ("p2", "s2", None, "st2", "Kyläkokous."),
        "E": (None, None, None, None, "Kirjastokahvila."),
    }
    pages = {}
    for name, (p, s, t, stage, lead) in spec.items():
        pages[name] = make_model(
            title=f"Malli {name}",
            lead=lead,
            principles=[terms[p]] if p else [],
            service_phases=[terms[s]] if s else [],
            target_groups=[terms[t]] if t else [],
            stage=terms[stage] if stage else None,
        )
    return pages


def titles_for(catalogue, items):
    return {hit.page.title.removeprefix("Malli ") for hit in run_search(catalogue, items).hits}


def test_values_of_one_facet_combine_with_or(catalogue, small_catalogue):
    assert titles_for(catalogue, {"principle": ["p1"]}) == {"A", "C"}
    assert titles_for(catalogue, {"principle": ["p1", "p2"]}) == {"A", "B", "C", "D"}
    assert titles_for(catalogue, {"stage": ["st1", "st2"]}) == {"A", "B", "C", "D"}


def test_facets_combine_with_and(catalogue, small_catalogue):
    assert titles_for(catalogue, {"principle": ["p1"], "service_phase": ["s1"]}) == {"A"}
    assert titles_for(
        catalogue, {"principle": ["p1", "p2"], "service_phase": ["s1"], "stage": ["st2"]}
    ) == {"B"}
    assert titles_for(catalogue, {"principle": ["p1"], "target_group": ["t2"]}) == set()


def test_text_and_facets_combine_with_and(catalogue, small_catalogue):
    assert titles_for(catalogue, {"q": "nuoret", "principle": ["p1", "p2"]}) == {"A", "B"}
    assert titles_for(catalogue, {"q": "nuoret", "service_phase": ["s2"]}) == set()


def test_counts_are_disjunctive_by_hand(catalogue, small_catalogue, terms):
    results = run_search(catalogue, {"principle": ["p1"]})
    counts = engine_counts(results)

    assert results.total == 2
    # The principle facet ignores its own selection: choosing p2 too would add B and D.
    assert counts[("principle", terms["p1"].pk)] == 2
    assert counts[("principle", terms["p2"].pk)] == 2
    assert counts[("principle", terms["p3"].pk)] == 0
    # Other facets count within the selection: A has s1, C has s2.
    assert counts[("service_phase", terms["s1"].pk)] == 1
    assert counts[("service_phase", terms["s2"].pk)] == 1
    assert counts[("target_group", terms["t2"].pk)] == 0


def test_counts_apply_the_text_query(catalogue, small_catalogue, terms):
    results = run_search(catalogue, {"q": "nuoret", "principle": ["p1"]})
    counts = engine_counts(results)

    assert results.total == 1
    assert counts[("principle", terms["p1"].pk)] == 1
    assert counts[("principle", terms["p2"].pk)] == 1
    assert counts[("service_phase", terms["s1"].pk)] == 1
    assert counts[("service_phase", terms["s2"].pk)] == 0


SELECTIONS = [
    {},
    {"principle": ["p1"]},
    {"principle": ["p1", "p2"], "service_phase": ["s2"]},
    {"service_phase": ["s1"], "target_group": ["t1", "t2"], "stage": ["st1"]},
    {"principle": ["p3"]},
    {"q": "nuoret", "target_group": ["t2"]},
    {"q": "raati", "principle": ["p1", "p2"], "stage": ["st2"]},
]


@pytest.mark.parametrize("items", SELECTIONS)
def test_counts_match_brute_force_on_a_small_catalogue(catalogue, small_catalogue, terms, items):
    query_words = {"": None, "nuoret": "nuorten", "raati": "raati"}[items.get("q", "")]
    selected = {
        facet: {terms[slug].pk for slug in slugs} for facet, slugs in items.items() if facet != "q"
    }
    total, counts = brute_force(
        catalogue.locale,
        selected,
        lambda page: query_words is None or query_words in page.lead.lower(),
    )

    assert_counts_match(run_search(catalogue, items), total, counts)


def test_the_page_shows_the_counts_selected_and_disabled_values(client, catalogue, small_catalogue):
    options = facet_options(get(client, catalogue, {"q": "raati", "service_phase": ["s1"]}))

    # B (s1) and C (s2) mention "raati"; the phase facet ignores its own selection.
    assert options[("service_phase", "s1")] == {
        "count": 1,
        "checked": True,
        "disabled": False,
        "greyed": False,
    }
    assert options[("service_phase", "s2")]["count"] == 1
    # Within the selection only B remains: p2 counts it, p1 has nothing left.
    assert options[("principle", "p2")]["count"] == 1
    assert options[("principle", "p1")] == {
        "count": 0,
        "checked": False,
        "disabled": True,
        "greyed": True,
    }


def test_a_selected_value_shows_even_with_zero_results(client, catalogue, small_catalogue):
    soup = get(client, catalogue, {"q": "kyläkokous", "principle": ["p3"], "stage": ["st1"]})

    assert hit_titles(soup) == []
    assert shown_total(soup) == 0
    options = facet_options(soup)
    for key in [("principle", "p3"), ("stage", "st1")]:
        assert options[key]["count"] == 0
        assert options[key]["checked"]
        assert not options[key]["disabled"]
        assert not options[key]["greyed"]
    assert options[("stage", "st2")]["disabled"]


# -------------------------------------------------------------- facets, property-based

LEAD_CHOICES = ["Nuorten liikuntaa.", "Nuorten kerho.", "Liikuntatoimintaa.", "Kirjasto."]
QUERIES = {
    "": lambda lead: True,
    "nuoret": lambda lead: "nuorten" in lead.lower(),
    "liikunta": lambda lead: "liikunt" in lead.lower(),
    "nuoret liikunta": lambda lead: "nuorten" in lead.lower() and "liikunt" in lead.lower(),
}
FACET_RELATIONS = {"principle": "principles", "service_phase": "service_phases"}
FACET_RELATIONS |= {"target_group": "target_groups", "region": "regions"}
PROPERTY_FACETS = [*FACET_RELATIONS, "stage"]
TERMS_PER_FACET = 3
VOCABULARY = {
    "principle": factories.GovernancePrincipleFactory,
    "service_phase": factories.ServicePhaseFactory,
    "target_group": factories.TargetGroupFactory,
    "region": factories.RegionFactory,
    "stage": factories.DevelopmentStageFactory,
}

term_indexes = st.sets(st.integers(0, TERMS_PER_FACET - 1), max_size=TERMS_PER_FACET)
model_specs = st.fixed_dictionaries(
    {
        "tags": st.fixed_dictionaries(dict.fromkeys(FACET_RELATIONS, term_indexes)),
        "stage": st.none() | st.integers(0, TERMS_PER_FACET - 1),
        "lead": st.sampled_from(LEAD_CHOICES),
        "visibility": st.sampled_from(["public", "public", "public", "draft", "private"]),
    }
)
selections = st.fixed_dictionaries(
    {name: st.sets(st.integers(0, TERMS_PER_FACET), max_size=3) for name in PROPERTY_FACETS}
)


@pytest.fixture
def property_terms(db):
    return {
        name: [factory(slug=f"{name}-{n}") for n in range(TERMS_PER_FACET)]
        for name, factory in VOCABULARY.items()
    }


@settings(
    max_examples=25,
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)
@given(
    specs=st.lists(model_specs, max_size=6),
    selection=selections,
    query=st.sampled_from(list(QUERIES)),
)
def test_counts_match_brute_force_on_random_catalogues(
    catalogue, make_model, property_terms, specs, selection, query
):
    """Random tags, visibility and selections (index TERMS_PER_FACET is an unknown slug)."""
    catalogue.refresh_from_db()  # the previous example's pages were rolled back
    with transaction.atomic():
        for spec in specs:
            page = make_model(
                lead=spec["lead"],
                publish=spec["visibility"] != "draft",
                stage=None if spec["stage"] is None else property_terms["stage"][spec["stage"]],
                **{
                    relation: [property_terms[name][i] for i in spec["tags"][name]]
                    for name, relation in FACET_RELATIONS.items()
                },
            )
            if spec["visibility"] == "private":
                PageViewRestriction.objects.create(
                    page=page, restriction_type=PageViewRestriction.LOGIN
                )

        items = [("q", query)] if query else []
        selected_ids = {}
        for name, indexes in selection.items():
            items += [(name, f"{name}-{i}") for i in sorted(indexes)]
            known = [property_terms[name][i].pk for i in indexes if i < TERMS_PER_FACET]
            if known:
                selected_ids[name] = set(known)
        total, counts = brute_force(
            catalogue.locale, selected_ids, lambda page: QUERIES[query](page.lead)
        )

        results = run_search(catalogue, items)
        assert_counts_match(results, total, counts)
        for facet in results.facets:
            for option in facet.options:
                assert option.selected == (option.term_id in selected_ids.get(facet.name, ()))
        transaction.set_rollback(True)


# ------------------------------------------------------------------------------ sorting


def test_title_order_is_finnish_alphabetical(client, catalogue, make_model):
    finnish_order = [
        "aamukahvi",
        "Banaanimalli",
        "émile-malli",
        "Vuorovaikutus",
        "Zoom-kahvila",
        "Åbo-malli",
        "Äänestyspaja",
        "ääniraati",
        "Öljynvaihto",
    ]
    for title in reversed(finnish_order):
        make_model(title=title)

    assert sorted(finnish_order, key=finnish_key) == finnish_order
    assert hit_titles(get(client, catalogue)) == finnish_order
    assert hit_titles(get(client, catalogue, {"sort": "title"})) == finnish_order


ALPHABET = "abcdefghijklmnopqrstuvwxyzåäö"


def finnish_key(title):
    """Finnish collation for the titles above: case and accents on a–z ignored."""
    folded = [
        c
        if c in "åäö"
        else "".join(x for x in unicodedata.normalize("NFKD", c) if not unicodedata.combining(x))
        for c in title.lower()
    ]
    return [ALPHABET.index(c) if c in ALPHABET else -1 for c in "".join(folded)]


def test_newest_and_last_updated_orders(client, catalogue, make_model):
    start = datetime(2022, 1, 1, tzinfo=UTC)
    pages = [
        make_model(title=title, published_at=start + timedelta(days=days))
        for title, days in [("Keski", 10), ("Vanha", 0), ("Uusi", 20)]
    ]
    # Updated in the opposite order to first publication, except "Keski".
    for page, days in zip(pages, [40, 50, 30], strict=True):
        ParticipationModelPage.objects.filter(pk=page.pk).update(
            last_published_at=start + timedelta(days=days)
        )

    def expected(field):
        return [page.title for page in visible_models(catalogue.locale).order_by(f"-{field}")]

    assert hit_titles(get(client, catalogue, {"sort": "newest"})) == expected("first_published_at")
    assert hit_titles(get(client, catalogue, {"sort": "updated"})) == expected("last_published_at")
    assert expected("first_published_at") != expected("last_published_at")


def sort_options(soup):
    return [option["value"] for option in soup.select("#search-sort option")]


def test_relevance_is_offered_only_with_a_query(client, catalogue, make_model):
    make_model(title="Nuorten malli")

    without = get(client, catalogue)
    assert sort_options(without) == ["newest", "updated", "title"]
    assert without.select_one("#search-sort option[selected]")["value"] == "title"

    with_query = get(client, catalogue, {"q": "nuoret"})
    assert sort_options(with_query) == ["relevance", "newest", "updated", "title"]


def test_relevance_without_a_query_falls_back_to_title_order(client, catalogue, make_model):
    for title in ["Öljy", "Aamu", "Malli"]:
        make_model(title=title)

    soup = get(client, catalogue, {"sort": "relevance"})
    assert hit_titles(soup) == ["Aamu", "Malli", "Öljy"]
    assert soup.select_one("#search-sort option[selected]")["value"] == "title"
