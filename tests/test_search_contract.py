"""The contract between the catalogue and search: `catalogue_url` builds exactly the links
the catalogue itself builds, and the facet index's read API counts what the database holds.

Other apps (the governance matrix, a programme's coverage, the evaluation overview) link
into the catalogue only through `catalogue_url` and read the facet index only through its
methods, so a facet's URL parameter is written once: in the classification registry (a
vocabulary's `param`) or in search/facets.py (the fixed facets).
"""

from datetime import date
from urllib.parse import urlsplit

import pytest
from bs4 import BeautifulSoup

from models_library.models import Evaluation, ParticipationModelPage
from models_library.models.evaluation import AREAS
from search.facet_index import current_index
from search.facets import EVALUATION_FACETS, all_facets, vocabulary_facets
from search.params import SearchParams, catalogue_url
from tests import factories

AREA_KEYS = [prefix for prefix, _label, _description in AREAS]


@pytest.fixture
def terms(db):
    return {
        "p1": factories.GovernancePrincipleFactory(slug="p1", name="Osallisuus"),
        "p2": factories.GovernancePrincipleFactory(slug="p2", name="Avoimuus"),
        "s1": factories.ServicePhaseFactory(slug="s1", name="Suunnittelu"),
        "s2": factories.ServicePhaseFactory(slug="s2", name="Arviointi"),
        "t1": factories.TargetGroupFactory(slug="t1", name="Ikäihmiset"),
        "t2": factories.TargetGroupFactory(slug="t2", name="Nuoret"),
    }


def evaluation(day, evidence="", rating="partly", **extra):
    fields = {}
    for area in AREA_KEYS:
        fields[f"{area}_rating"] = rating
        fields[f"{area}_justification"] = "Perustelu."
    return factories.EvaluationFactory.build(
        date=date.fromisoformat(day), evidence_level=evidence, **fields, **extra
    )


@pytest.fixture
def models(make_model, evaluate, terms):
    p1, p2, s1, s2, t1, t2 = (terms[k] for k in ("p1", "p2", "s1", "s2", "t1", "t2"))
    a = make_model(principles=[p1], service_phases=[s1], target_groups=[t1])
    b = make_model(principles=[p1, p2], service_phases=[s2], target_groups=[t1, t2])
    c = make_model(principles=[p2], service_phases=[s1, s2])
    d = make_model(target_groups=[t2])
    draft = make_model(principles=[p1], service_phases=[s1], publish=False)
    evaluate(a, evaluation("2024-01-01", "documented", "clearly"))
    evaluate(
        b,
        evaluation("2021-01-01", "effect_shown", "clearly"),
        evaluation("2023-01-01", "described", "partly"),
    )
    evaluate(c, evaluation("2024-02-02", "documented", "partly", status="draft"))
    return {"A": a, "B": b, "C": c, "D": d, "draft": draft}


# --------------------------------------------------------------------- catalogue_url

SELECTIONS = [
    {"principle": "p1"},
    {"service_phase": "s1", "principle": "p1"},  # keyword order does not matter
    {"principle": ("p1", "p2"), "service_phase": "s2"},
    {"target_group": "t1"},
    {"evidence": "documented"},
    {"evaluated": "yes"},
    {"evaluated": "no"},
    {"own_life_rating": "clearly", "principle": "p2"},
    {"language": "sv", "funder": "ääkkönen & co", "stage": "pilotti"},
]


@pytest.mark.parametrize("selections", SELECTIONS)
def test_catalogue_url_is_the_catalogues_own_url_for_the_selection(selections):
    selected = {
        name: (values,) if isinstance(values, str) else tuple(values)
        for name, values in selections.items()
    }

    url = catalogue_url("/fi/mallit/", **selections)

    assert url == "/fi/mallit/" + SearchParams(selected=selected).url()
    # The facets' order, whatever the order of the keywords.
    names = [name.split("=")[0] for name in urlsplit(url).query.split("&")]
    order = [facet.name for facet in all_facets()]
    assert names == sorted(names, key=order.index)


def test_catalogue_url_equals_a_chip_link_of_the_rendered_catalogue(client, catalogue, models):
    """A chip removes one selection: its link is the catalogue filtered by the rest."""
    response = client.get(
        f"{catalogue.url}?principle=p1&principle=p2&service_phase=s1&target_group=t1"
        "&evidence=documented&own_life_rating=clearly"
    )
    assert response.status_code == 200
    soup = BeautifulSoup(response.content, "html.parser")
    hrefs = [a["href"] for a in soup.select(".chips a.chip:not(.chip--clear)")]
    selections = {
        "principle": ["p1", "p2"],
        "service_phase": ["s1"],
        "target_group": ["t1"],
        "evidence": ["documented"],
        "own_life_rating": ["clearly"],
    }
    expected = []
    for name, values in selections.items():
        for value in values:
            remaining = {**selections, name: [v for v in values if v != value]}
            expected.append(catalogue_url(catalogue.url, **remaining))
    assert [catalogue.url + href for href in hrefs] == expected


def test_catalogue_url_equals_the_governance_matrix_link(client, catalogue, governance, models):
    soup = BeautifulSoup(client.get(governance.url).content, "html.parser")
    links = {a["href"] for a in soup.select("table.matrix td a")}
    assert catalogue_url(catalogue.url, principle="p1", service_phase="s1") in links
    assert catalogue_url(catalogue.url, principle="p2", service_phase="s2") in links


def test_catalogue_url_leads_to_the_models_it_names(client, catalogue, models):
    response = client.get(catalogue_url(catalogue.url, principle="p1", evaluated="yes"))
    soup = BeautifulSoup(response.content, "html.parser")
    titles = {a.get_text(strip=True) for a in soup.select(".model-card__title a")}
    assert titles == {models["A"].title, models["B"].title}


def test_catalogue_url_without_a_selection_is_the_catalogue():
    assert catalogue_url("/fi/mallit/") == "/fi/mallit/"
    assert catalogue_url("/fi/mallit/", principle=()) == "/fi/mallit/"


@pytest.mark.parametrize(
    "selections", [{"principles": "p1"}, {"q": "nuoret"}, {"sort": "title"}, {"rating": "x"}]
)
def test_catalogue_url_refuses_an_unknown_facet(selections):
    with pytest.raises(TypeError, match="no facet named"):
        catalogue_url("/fi/mallit/", **selections)


# ------------------------------------------------------------------ facet index API


def test_pages_with_a_vocabulary_value_are_the_pages_tagged_with_it(models, terms):
    index = current_index()
    for facet in vocabulary_facets():
        for term in facet.vocabulary.objects.all():
            tagged = set(
                ParticipationModelPage.objects.filter(**{facet.relation: term}).values_list(
                    "pk", flat=True
                )
            )
            assert index.pages_with(facet.name, term.pk) == tagged, (facet.name, term.slug)
            assert index.count(facet.name, term.pk) == len(tagged)
    assert index.count("principle", terms["p1"].pk) == 3  # the draft's tags are in the index


def test_evaluation_values_count_the_latest_published_evaluation(models):
    index = current_index()
    pages = set(ParticipationModelPage.objects.values_list("pk", flat=True))
    published = Evaluation.objects.filter(status=Evaluation.Status.PUBLISHED)
    latest = {}
    for e in published.order_by("page_id", "date", "pk"):
        latest[e.page_id] = e

    assert index.pages_with("evaluated", "yes") == set(latest) == {models["A"].pk, models["B"].pk}
    assert index.pages_with("evaluated", "no") == pages - set(latest)
    facets = {facet.name: facet for facet in EVALUATION_FACETS if facet.name != "evaluated"}
    for name, facet in facets.items():
        for value, _label in facet.choices:
            expected = {pk for pk, e in latest.items() if facet.value(e) == value}
            assert index.pages_with(name, value) == expected, (name, value)
            assert index.count(name, value) == len(expected)
    assert index.count("evidence", "described") == 1  # B's latest, not its first


def test_among_limits_the_answer_to_some_pages(models, terms):
    index = current_index()
    some = index.bitset([models["A"].pk, models["C"].pk, models["draft"].pk])
    p1 = terms["p1"].pk

    assert index.pages_with("principle", p1, among=some) == {models["A"].pk, models["draft"].pk}
    assert index.count("principle", p1, among=some) == 2
    evaluated = index.having("evaluated", "yes", among=some)
    assert index.count("principle", p1, among=evaluated) == 1
    assert index.count("own_life_rating", "clearly", among=evaluated) == 1
    assert index.count("principle", p1, among=0) == 0


def test_a_value_nobody_has_counts_zero_and_an_unknown_facet_raises(models):
    index = current_index()
    assert index.count("evidence", "no-such-level") == 0
    assert index.pages_with("principle", -1) == set()
    with pytest.raises(KeyError, match="no facet named"):
        index.count("principles", 1)
    with pytest.raises(KeyError, match="no facet named"):
        index.pages_with("rating", "clearly")
