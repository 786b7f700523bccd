"""Evaluation facets in the catalogue search: evaluated yes/no, evidence level and the
rating of each participation area, counted over the latest published evaluation of each
live, public model, and the "evaluated" badge on result cards.

Expected numbers come from a brute-force pass over the ORM: for every live public model
of the locale, its newest published evaluation (by date, then id).
"""

import re
from datetime import date
from types import SimpleNamespace
from urllib.parse import urlencode

import pytest
from bs4 import BeautifulSoup
from django.db import transaction
from django.http import QueryDict
from django.utils import translation
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from wagtail.models import PageViewRestriction

from core.visibility import private_pages_q
from models_library.models import Evaluation, ParticipationModelPage
from models_library.models.evaluation import AREAS, EvidenceLevel, Rating
from search.engine import PAGE_SIZE, CatalogueSearch
from search.params import parse
from tests import factories
from tests.builders import build_catalogue, build_home, evaluate_page, fresh, model_maker

AREA_FACETS = [f"{prefix}_rating" for prefix, _label, _description in AREAS]
EVALUATION_FACETS = ["evaluated", "evidence", *AREA_FACETS]
COUNTED_FACETS = [*EVALUATION_FACETS, "principle"]

# ----------------------------------------------------------------------------- helpers


def query_string(items):
    if isinstance(items, dict):
        items = [(k, v) for k, vs in items.items() for v in ([vs] if isinstance(vs, str) else vs)]
    return urlencode(list(items))


def run_search(catalogue, items=()):
    params = parse(QueryDict(query_string(items)))
    return CatalogueSearch(params, catalogue.locale_id, "fi", private_pages_q()).run()


def engine_counts(results, names=COUNTED_FACETS):
    """(facet, value) → count; vocabulary values by slug."""
    return {
        (facet.name, option.value): option.count
        for facet in results.facets
        if facet.name in names
        for option in facet.options
    }


def get(client, catalogue, items=()):
    qs = query_string(items)
    response = client.get(f"{catalogue.url}?{qs}" if qs else catalogue.url)
    assert response.status_code == 200
    return BeautifulSoup(response.content, "html.parser")


def shown_counts(soup):
    counts = {}
    for item in soup.select(".facet__option"):
        box = item.select_one("input")
        count = re.search(r"\((\d+)", item.select_one(".facet__count").get_text()).group(1)
        counts[(box["name"], box["value"])] = int(count)
    return counts


def shown_total(soup):
    return int(re.search(r"\d+", soup.select_one("#result-count").get_text()).group(0))


def latest_in_orm(page):
    return (
        Evaluation.objects.filter(page=page, status=Evaluation.Status.PUBLISHED)
        .order_by("-date", "-pk")
        .first()
    )


def facet_values(page):
    """facet name → set of values of one model, read from the ORM."""
    evaluation = latest_in_orm(page)
    values = {name: set() for name in COUNTED_FACETS}
    values["principle"] = set(page.principles.values_list("slug", flat=True))
    values["evaluated"] = {"yes" if evaluation else "no"}
    if evaluation:
        if evaluation.evidence_level:
            values["evidence"] = {evaluation.evidence_level}
        for name in AREA_FACETS:
            if getattr(evaluation, name):
                values[name] = {getattr(evaluation, name)}
    return values


def brute_force(locale, selected, text_match=lambda page: True):
    """Expected matching page ids and disjunctive counts {(facet, value): n}."""
    pages = [
        page
        for page in ParticipationModelPage.objects.live().public().filter(locale=locale)
        if text_match(page)
    ]
    values = {page.pk: facet_values(page) for page in pages}

    def passes(pk, except_facet=None):
        return all(
            values[pk][name] & set(chosen)
            for name, chosen in selected.items()
            if chosen and name != except_facet
        )

    matching = {page.pk for page in pages if passes(page.pk)}
    counts = {}
    for name in COUNTED_FACETS:
        for page in pages:
            if passes(page.pk, except_facet=name):
                for value in values[page.pk][name]:
                    counts[(name, value)] = counts.get((name, value), 0) + 1
    return matching, counts


def assert_matches_brute_force(catalogue, items, text_match=lambda page: True):
    selected = {name: values for name, values in items.items() if name != "q"}
    expected_ids, expected_counts = brute_force(catalogue.locale, selected, text_match)

    results = run_search(catalogue, items)

    assert results.total == len(expected_ids)
    assert len(expected_ids) <= PAGE_SIZE
    assert {hit.page.pk for hit in results.hits} == expected_ids
    actual = engine_counts(results)
    # Every value of every evaluation facet is offered, with the brute-force count.
    for name in EVALUATION_FACETS:
        assert {value for facet, value in actual if facet == name}, name
    assert {k: n for k, n in actual.items() if n} == {k: n for k, n in expected_counts.items() if n}
    return results


def evaluation(day, evidence="", own="partly", community="partly", common="partly", **extra):
    ratings = {"own_life": own, "community": community, "common_good": common}
    fields = {}
    for area, rating in ratings.items():
        fields[f"{area}_rating"] = rating
        fields[f"{area}_justification"] = "Perustelu." if rating else ""
    return factories.EvaluationFactory.build(
        date=date.fromisoformat(day), evidence_level=evidence, **fields, **extra
    )


def draft(day, **fields):
    return evaluation(day, status=Evaluation.Status.DRAFT, **fields)


# ----------------------------------------------------------------------------- fixture


pytestmark = pytest.mark.usefixtures("module_data")


@pytest.fixture(scope="module")
def module_data(module_db):
    """The catalogue below, made once for the module (it takes seconds); each test gets
    fresh copies (conftest.py and the fixtures that follow)."""
    home = build_home()
    catalogue = build_catalogue(home)
    principles = {
        "p1": factories.GovernancePrincipleFactory(slug="p1"),
        "p2": factories.GovernancePrincipleFactory(slug="p2"),
    }
    pages = build_evaluated_catalogue(model_maker(catalogue), principles)
    return SimpleNamespace(home=home, catalogue=catalogue, principles=principles, pages=pages)


@pytest.fixture
def principles(db, module_data):
    return fresh(module_data.principles)


@pytest.fixture
def evaluated_catalogue(db, module_data):
    return fresh(module_data.pages)


def build_evaluated_catalogue(make_model, principles):
    """Models with every kind of evaluation history, and hidden evaluated models."""
    p1, p2 = principles["p1"], principles["p2"]
    pages = {}

    def model(name, lead, tags, *evaluations, publish_evaluations=True):
        page = make_model(title=f"Malli {name}", lead=lead, principles=tags)
        if evaluations:
            page = evaluate_page(page, *evaluations, publish=publish_evaluations)
        pages[name] = page
        return page

    model(
        "A",
        "Nuorten kerho.",
        [p1],
        evaluation("2024-02-01", "documented", "partly", "clearly", "clearly"),
    )
    # B's newer evaluation replaces the older one in every facet.
    model(
        "B",
        "Nuorten raati.",
        [p2],
        evaluation("2021-01-01", "effect_shown", "clearly", "clearly", "clearly"),
        evaluation("2023-06-01", "described", "partly", "partly", "not_identifiable"),
    )
    # C is evaluated without an evidence level.
    model(
        "C",
        "Asukasraati.",
        [p1],
        evaluation("2022-05-05", "", "not_identifiable", "partly", "clearly"),
    )
    # D has only a draft: not evaluated.
    model("D", "Kyläkokous.", [p2], draft("2024-01-01", evidence="outcome_data"))
    model("E", "Kirjastokahvila.", [])
    # F's newer draft does not replace its published evaluation.
    model(
        "F",
        "Nuorten kahvila.",
        [p1, p2],
        evaluation("2020-03-03", "outcome_data", "clearly", "not_identifiable", "partly"),
        draft("2024-03-03", evidence="effect_shown", own="partly"),
    )
    # G's evaluation exists only in an unpublished revision.
    model(
        "G",
        "Nuorten työpaja.",
        [p2],
        evaluation("2024-04-04", "documented"),
        publish_evaluations=False,
    )
    # Hidden models, evaluated: private (login) and never published.
    private = model(
        "private",
        "Nuorten salainen kerho.",
        [p1],
        evaluation("2024-01-01", "effect_shown", "clearly", "clearly", "clearly"),
    )
    PageViewRestriction.objects.create(page=private, restriction_type=PageViewRestriction.LOGIN)
    hidden = make_model(
        title="Malli luonnos", lead="Nuorten luonnos.", principles=[p1], publish=False
    )
    hidden.evaluations = [evaluation("2024-01-01", "effect_shown", "clearly", "clearly", "clearly")]
    hidden.save()
    pages["draft"] = hidden
    return pages


# ------------------------------------------------------------------------------ counts


def test_the_fixture_covers_what_the_counts_must_handle(evaluated_catalogue):
    pages = evaluated_catalogue
    assert Evaluation.objects.filter(page=pages["draft"]).count() == 1
    assert not ParticipationModelPage.objects.get(pk=pages["draft"].pk).live
    assert Evaluation.objects.filter(page=pages["G"]).count() == 0
    assert pages["G"].has_unpublished_changes
    assert latest_in_orm(pages["B"]).date == date(2023, 6, 1)
    assert latest_in_orm(pages["D"]) is None


def test_counts_without_selection_by_hand(catalogue, evaluated_catalogue):
    counts = engine_counts(run_search(catalogue))

    # Evaluated: A, B, C, F. Not: D (draft only), E, G (unpublished revision).
    assert counts[("evaluated", "yes")] == 4
    assert counts[("evaluated", "no")] == 3
    # B counts at its newest level (described), not its older one (effect shown).
    assert counts[("evidence", "described")] == 1
    assert counts[("evidence", "effect_shown")] == 0
    assert counts[("evidence", "documented")] == 1
    assert counts[("evidence", "outcome_data")] == 1
    assert counts[("own_life_rating", "clearly")] == 1  # F only
    assert counts[("common_good_rating", "clearly")] == 2  # A and C


SELECTIONS = [
    {},
    {"evaluated": ["yes"]},
    {"evaluated": ["no"]},
    {"evaluated": ["yes", "no"]},
    {"evidence": ["documented", "described"]},
    {"evidence": ["effect_shown"]},
    {"own_life_rating": ["partly"]},
    {"community_rating": ["clearly", "not_identifiable"]},
    {"common_good_rating": ["clearly"]},
    {"own_life_rating": ["not_identifiable"], "common_good_rating": ["clearly"]},
    {"community_rating": ["partly"], "principle": ["p1"]},
    {"evaluated": ["yes"], "principle": ["p2"]},
    {"evaluated": ["no"], "principle": ["p1", "p2"]},
    {"evidence": ["outcome_data", "documented"], "common_good_rating": ["partly", "clearly"]},
    {"q": "nuoret"},
    {"q": "nuoret", "evaluated": ["yes"]},
    {"q": "nuoret", "evaluated": ["no"], "principle": ["p2"]},
    {"q": "nuoret", "own_life_rating": ["partly", "clearly"], "principle": ["p1"]},
    {"q": "raati", "evidence": ["described"], "community_rating": ["partly"]},
]
TEXT = {"": None, "nuoret": "nuorten", "raati": "raati"}


@pytest.mark.parametrize("items", SELECTIONS, ids=query_string)
def test_evaluation_counts_match_brute_force(catalogue, evaluated_catalogue, items):
    word = TEXT[items.get("q", "")]

    assert_matches_brute_force(
        catalogue, items, lambda page: word is None or word in page.lead.lower()
    )


@pytest.mark.parametrize("items", SELECTIONS[:14:3], ids=query_string)
def test_the_catalogue_page_shows_the_engine_counts(client, catalogue, evaluated_catalogue, items):
    selected = {name: values for name, values in items.items() if name != "q"}
    expected_ids, expected_counts = brute_force(catalogue.locale, selected)

    soup = get(client, catalogue, items)

    assert shown_total(soup) == len(expected_ids)
    shown = {k: n for k, n in shown_counts(soup).items() if k[0] in EVALUATION_FACETS}
    assert {k: n for k, n in shown.items() if n} == {
        k: n for k, n in expected_counts.items() if n and k[0] in EVALUATION_FACETS
    }
    # Every value of the scales is offered, with zero where no model has it.
    for value, _label in Rating.choices:
        for name in AREA_FACETS:
            assert (name, value) in shown
    for value, _label in EvidenceLevel.choices:
        assert ("evidence", value) in shown


def test_an_evaluation_selection_shows_a_chip_with_the_area_and_rating(
    client, catalogue, evaluated_catalogue
):
    soup = get(client, catalogue, {"common_good_rating": "clearly"})

    chips = [" ".join(a.get_text(" ").split()) for a in soup.select(".chips a.chip")]
    with translation.override("fi"):
        area = str(AREAS[2][1])
        rating = str(Rating.CLEARLY.label)
    assert any(area in chip and rating in chip for chip in chips), chips


# ----------------------------------------------------------------------- random property

evaluation_specs = st.fixed_dictionaries(
    {
        "day": st.integers(1, 28),
        "status": st.sampled_from(["published", "published", "draft"]),
        "evidence": st.sampled_from(["", *EvidenceLevel.values]),
        "ratings": st.tuples(*[st.sampled_from(Rating.values)] * 3),
    }
)
model_specs = st.fixed_dictionaries(
    {
        "principles": st.sets(st.sampled_from(["p1", "p2"])),
        "lead": st.sampled_from(["Nuorten kerho.", "Kirjasto."]),
        "visibility": st.sampled_from(["public", "public", "public", "draft", "private"]),
        "evaluations": st.lists(evaluation_specs, max_size=3),
        "evaluations_published": st.booleans(),
    }
)
selections = st.fixed_dictionaries(
    {
        "evaluated": st.sets(st.sampled_from(["yes", "no"])),
        "evidence": st.sets(st.sampled_from(EvidenceLevel.values), max_size=2),
        **{name: st.sets(st.sampled_from(Rating.values), max_size=2) for name in AREA_FACETS},
        "principle": st.sets(st.sampled_from(["p1", "p2"])),
    }
)


@settings(
    max_examples=20,
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)
@given(
    specs=st.lists(model_specs, max_size=6),
    selection=selections,
    query=st.sampled_from(["", "nuoret"]),
)
def test_evaluation_counts_match_brute_force_on_random_catalogues(
    catalogue, make_model, evaluate, principles, specs, selection, query
):
    """Random models added to the module's catalogue."""
    catalogue.refresh_from_db()  # the previous example's pages were rolled back
    with transaction.atomic():
        for spec in specs:
            page = make_model(
                lead=spec["lead"],
                publish=spec["visibility"] != "draft",
                principles=[principles[slug] for slug in sorted(spec["principles"])],
            )
            built = [
                evaluation(
                    f"2024-01-{e['day']:02}",
                    e["evidence"],
                    *e["ratings"],
                    status=e["status"],
                )
                for e in spec["evaluations"]
            ]
            if built:
                evaluate(page, *built, publish=spec["evaluations_published"])
            if spec["visibility"] == "private":
                PageViewRestriction.objects.create(
                    page=page, restriction_type=PageViewRestriction.LOGIN
                )
        items = {name: sorted(values) for name, values in selection.items() if values}
        if query:
            items["q"] = query

        assert_matches_brute_force(
            catalogue, items, lambda page: not query or "nuorten" in page.lead.lower()
        )
        transaction.set_rollback(True)


# ---------------------------------------------------------------------- freshness


def test_publishing_a_new_evaluation_changes_the_counts_of_the_next_search(
    client, catalogue, evaluated_catalogue, evaluate
):
    before = engine_counts(run_search(catalogue))
    soup_before = get(client, catalogue, {"evaluated": "yes"})

    evaluate(evaluated_catalogue["E"], evaluation("2024-08-08", "effect_shown", "clearly"))

    after = engine_counts(run_search(catalogue))
    assert after[("evaluated", "yes")] == before[("evaluated", "yes")] + 1
    assert after[("evaluated", "no")] == before[("evaluated", "no")] - 1
    assert after[("evidence", "effect_shown")] == before[("evidence", "effect_shown")] + 1
    assert_matches_brute_force(catalogue, {})
    soup_after = get(client, catalogue, {"evaluated": "yes"})
    assert shown_total(soup_after) == shown_total(soup_before) + 1
    assert "Malli E" in [a.get_text(strip=True) for a in soup_after.select(".model-card__title a")]


def test_a_newer_published_evaluation_replaces_the_older_one_in_the_counts(
    catalogue, evaluated_catalogue, evaluate
):
    before = engine_counts(run_search(catalogue))

    # A was documented with own life "partly"; a newer evaluation changes both.
    evaluate(evaluated_catalogue["A"], evaluation("2024-09-09", "outcome_data", "clearly"))

    after = engine_counts(run_search(catalogue))
    assert after[("evaluated", "yes")] == before[("evaluated", "yes")]
    assert after[("evidence", "documented")] == before[("evidence", "documented")] - 1
    assert after[("evidence", "outcome_data")] == before[("evidence", "outcome_data")] + 1
    assert after[("own_life_rating", "clearly")] == before[("own_life_rating", "clearly")] + 1
    assert_matches_brute_force(catalogue, {"own_life_rating": ["clearly"]})


@pytest.mark.parametrize("how", ["draft evaluation", "unpublished revision"])
def test_an_unpublished_or_draft_evaluation_does_not_count(
    client, catalogue, evaluated_catalogue, evaluate, how
):
    before = engine_counts(run_search(catalogue))
    if how == "draft evaluation":
        evaluate(evaluated_catalogue["E"], draft("2024-08-08", evidence="effect_shown"))
    else:
        evaluate(evaluated_catalogue["E"], evaluation("2024-08-08", "effect_shown"), publish=False)

    assert engine_counts(run_search(catalogue)) == before
    soup = get(client, catalogue, {"evaluated": "no"})
    titles = [a.get_text(strip=True) for a in soup.select(".model-card__title a")]
    assert "Malli E" in titles


def test_removing_the_only_published_evaluation_makes_a_model_not_evaluated(
    catalogue, evaluated_catalogue
):
    page = ParticipationModelPage.objects.get(pk=evaluated_catalogue["C"].pk)
    before = engine_counts(run_search(catalogue))

    page.evaluations = []
    page.save_revision().publish()

    after = engine_counts(run_search(catalogue))
    assert after[("evaluated", "yes")] == before[("evaluated", "yes")] - 1
    assert_matches_brute_force(catalogue, {"evaluated": ["no"]})


# ------------------------------------------------------------------------------ badges


def cards_by_title(soup):
    return {
        card.select_one(".model-card__title a").get_text(strip=True): card
        for card in soup.select(".model-card")
    }


def test_the_evaluated_badge_with_the_evidence_level_is_on_evaluated_hits_only(
    client, catalogue, evaluated_catalogue
):
    cards = cards_by_title(get(client, catalogue))

    visible = ParticipationModelPage.objects.live().public().filter(locale=catalogue.locale)
    assert set(cards) == {page.title for page in visible}
    for page in visible:
        latest = latest_in_orm(page)
        badge = cards[page.title].select_one(".badge--evaluated")
        if latest is None:
            assert badge is None, page.title
        elif latest.evidence_level:
            assert badge is not None, page.title
            with translation.override("fi"):
                evaluated = translation.gettext("Evaluated")
                level = str(EvidenceLevel(latest.evidence_level).label)
            assert " ".join(badge.get_text().split()) == f"{evaluated}: {level}"


def test_every_evaluated_hit_has_the_badge_even_without_an_evidence_level(
    client, catalogue, evaluated_catalogue
):
    """A model found with "evaluated: yes" must say on its card that it is evaluated."""
    c = evaluated_catalogue["C"]
    assert latest_in_orm(c) is not None and latest_in_orm(c).evidence_level == ""

    cards = cards_by_title(get(client, catalogue, {"evaluated": "yes"}))

    assert c.title in cards
    without_badge = [title for title, card in cards.items() if not card.select(".badge--evaluated")]
    assert without_badge == []


def test_each_hit_can_be_selected_for_comparison(client, catalogue, evaluated_catalogue):
    soup = get(client, catalogue)

    form = soup.select_one("form#compare-form")
    assert form is not None and form["method"].lower() == "get"
    for title, card in cards_by_title(soup).items():
        box = card.select_one(".compare-select input[type=checkbox]")
        page = ParticipationModelPage.objects.get(title=title)
        assert box["name"] == "model"
        assert box["value"] == str(page.pk)
        assert box["form"] == "compare-form"
        label = card.select_one(f"label[for='{box['id']}']")
        assert title in label.get_text()
