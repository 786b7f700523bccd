"""The evaluation overview page: its figures equal direct ORM counts over the live, public
models of its language, and every figure links to a catalogue search showing that many."""

import re
from datetime import date
from urllib.parse import parse_qsl, urlsplit

import pytest
from bs4 import BeautifulSoup
from django.utils import translation
from wagtail.models import Page, PageViewRestriction

from home.models import ContentPage, EvaluationOverviewPage, GovernanceModelPage, HomePage
from models_library.models import Evaluation, ModelLibraryIndexPage, ParticipationModelPage
from models_library.models.evaluation import AREAS, EvidenceLevel, Rating
from tests import factories

AREA_KEYS = [prefix for prefix, _label, _description in AREAS]


def fi_gettext(message, **values):
    with translation.override("fi"):
        return translation.gettext(message) % values


def squashed(text):
    return " ".join(text.split())


def soup_of(client, url):
    response = client.get(url)
    assert response.status_code == 200, url
    return BeautifulSoup(response.content, "html.parser")


def shown_total(soup):
    return int(re.search(r"\d+", soup.select_one("#result-count").get_text()).group(0))


def follow(client, href):
    """A link of the overview, opened; it must lead into the catalogue."""
    return soup_of(client, href)


# ---------------------------------------------------------------- expected, from the ORM


def visible_models(locale):
    return ParticipationModelPage.objects.live().public().filter(locale=locale)


def latest_in_orm(page):
    return (
        Evaluation.objects.filter(page=page, status=Evaluation.Status.PUBLISHED)
        .order_by("-date", "-pk")
        .first()
    )


def expected_figures(locale):
    models = list(visible_models(locale))
    latest = {page.pk: latest_in_orm(page) for page in models}
    evaluated = [page for page in models if latest[page.pk]]
    evidence = {
        level: sum(1 for page in evaluated if latest[page.pk].evidence_level == level)
        for level in EvidenceLevel.values
    }
    heat = {}
    for principle in factories.GovernancePrincipleFactory._meta.model.objects.filter(locale=locale):
        with_principle = [
            page for page in evaluated if page.principles.filter(pk=principle.pk).exists()
        ]
        for area in AREA_KEYS:
            clearly = sum(
                1
                for page in with_principle
                if getattr(latest[page.pk], f"{area}_rating") == Rating.CLEARLY
            )
            heat[(principle.slug, area)] = (clearly, len(with_principle))
    return {
        "total": len(models),
        "evaluated": len(evaluated),
        "evidence": evidence,
        "heat": heat,
    }


# ----------------------------------------------------------------------------- fixture


def evaluation(day, evidence="", own="partly", community="partly", common="partly", **extra):
    fields = {}
    for area, rating in zip(AREA_KEYS, (own, community, common), strict=True):
        fields[f"{area}_rating"] = rating
        fields[f"{area}_justification"] = "Perustelu." if rating else ""
    return factories.EvaluationFactory.build(
        date=date.fromisoformat(day), evidence_level=evidence, **fields, **extra
    )


@pytest.fixture
def principles(db):
    return {
        slug: factories.GovernancePrincipleFactory(slug=slug, name=f"Periaate {slug}")
        for slug in ("p1", "p2", "p3")
    }


@pytest.fixture
def overview(home, catalogue):
    return factories.EvaluationOverviewPageFactory(parent=home)


@pytest.fixture
def evaluated_models(make_model, evaluate, principles, locales):
    p1, p2 = principles["p1"], principles["p2"]

    def model(tags, *evaluations, publish=True):
        page = make_model(principles=tags, publish=publish)
        if evaluations:
            if publish:
                page = evaluate(page, *evaluations)
            else:
                page.evaluations = list(evaluations)
                page.save()
        return page

    first = model([p1], evaluation("2024-01-01", "documented", "clearly", "partly", "clearly"))
    model(
        [p1, p2],
        evaluation("2021-01-01", "effect_shown", "not_identifiable", "partly", "clearly"),
        evaluation("2023-01-01", "described", "clearly", "clearly", "not_identifiable"),
    )
    model(
        [p2],
        evaluation("2022-01-01", "effect_shown", "partly", "partly", "partly"),
        evaluation("2024-06-01", "outcome_data", "clearly", "clearly", "clearly", status="draft"),
    )
    model([p1])
    model([p2], evaluation("2024-01-01", "documented", status="draft"))
    model([], evaluation("2023-03-03", "outcome_data", "clearly", "clearly", "clearly"))
    model([p1], evaluation("2022-02-02", "", "clearly", "not_identifiable", "partly"))
    # Hidden evaluated models, every rating "clearly": they must not count.
    private = model(
        [p1, p2], evaluation("2024-01-01", "effect_shown", "clearly", "clearly", "clearly")
    )
    PageViewRestriction.objects.create(page=private, restriction_type=PageViewRestriction.LOGIN)
    model(
        [p1, p2],
        evaluation("2024-01-01", "effect_shown", "clearly", "clearly", "clearly"),
        publish=False,
    )
    # An English translation of an evaluated model belongs to the English catalogue.
    english = first.copy_for_translation(locales["en"], copy_parents=True)
    english.save_revision().publish()
    assert Evaluation.objects.filter(page=english).exists()


def figures(soup):
    """What the overview page shows: evidence rows and heat-map cells with their links."""
    evidence = {}
    for row in soup.select("table.bar-table tbody tr"):
        link = row.select_one("th a")
        evidence[squashed(link.get_text())] = (
            int(row.select_one(".bar-table__count").get_text()),
            link["href"],
        )
    heat = {}
    for row in soup.select("table.heatmap tbody tr"):
        label = squashed(row.select_one("th[scope=row]").get_text())
        for area, cell in zip(AREA_KEYS, row.select("td.heat a"), strict=True):
            heat[(label, area)] = (squashed(cell.get_text()), cell["href"])
    return evidence, heat


# ------------------------------------------------------------------------------ numbers


def test_total_and_evaluated_equal_orm_counts(client, overview, evaluated_models):
    expected = expected_figures(overview.locale)
    assert 0 < expected["evaluated"] < expected["total"]

    soup = soup_of(client, overview.url)

    figure = squashed(soup.select_one(".big-figure").get_text())
    assert figure == fi_gettext(
        "%(evaluated)s of %(total)s models have a published evaluation.",
        evaluated=expected["evaluated"],
        total=expected["total"],
    )


def test_the_coverage_links_show_the_evaluated_and_the_other_models(
    client, catalogue, overview, evaluated_models
):
    expected = expected_figures(overview.locale)
    soup = soup_of(client, overview.url)
    links = soup.select("section[aria-labelledby=coverage-heading] a")

    totals = []
    for link in links:
        url = urlsplit(link["href"])
        assert url.path == catalogue.url
        totals.append(shown_total(follow(client, link["href"])))

    assert [dict(parse_qsl(urlsplit(a["href"]).query)) for a in links] == [
        {"evaluated": "yes"},
        {"evaluated": "no"},
    ]
    assert totals == [expected["evaluated"], expected["total"] - expected["evaluated"]]


def test_the_evidence_distribution_equals_orm_counts_and_links_to_them(
    client, catalogue, overview, evaluated_models
):
    expected = expected_figures(overview.locale)
    assert sum(expected["evidence"].values()) < expected["evaluated"], "one has no level"

    evidence, _heat = figures(soup_of(client, overview.url))

    with translation.override("fi"):
        labels = {level: str(label) for level, label in EvidenceLevel.choices}
    # Every level, weakest first, with its count.
    assert list(evidence) == [labels[level] for level in EvidenceLevel.values]
    for level in EvidenceLevel.values:
        count, href = evidence[labels[level]]
        assert count == expected["evidence"][level], level
        assert urlsplit(href).path == catalogue.url
        assert dict(parse_qsl(urlsplit(href).query)) == {"evidence": level}
        assert shown_total(follow(client, href)) == count


def test_heat_map_cells_equal_orm_counts_and_link_to_exactly_those_models(
    client, catalogue, overview, evaluated_models, principles
):
    expected = expected_figures(overview.locale)
    assert any(count for count, _of in expected["heat"].values())

    _evidence, heat = figures(soup_of(client, overview.url))

    # One row per principle, including one no model has, one cell per area.
    assert len(heat) == len(principles) * len(AREA_KEYS)
    for slug, principle in principles.items():
        for area in AREA_KEYS:
            text, href = heat[(principle.name, area)]
            count, of = expected["heat"][(slug, area)]
            assert text == fi_gettext("%(count)s of %(of)s", count=count, of=of), (slug, area)
            url = urlsplit(href)
            assert url.path == catalogue.url
            assert dict(parse_qsl(url.query)) == {"principle": slug, f"{area}_rating": "clearly"}
            assert shown_total(follow(client, href)) == count, (slug, area)


def test_private_draft_and_other_language_models_are_not_counted(
    client, overview, evaluated_models
):
    everything = ParticipationModelPage.objects.all()
    hidden = everything.count() - visible_models(overview.locale).count()
    assert hidden >= 3  # private, never published, English

    response = client.get(overview.url)

    numbers = response.context["overview"]
    expected = expected_figures(overview.locale)
    assert (numbers["total"], numbers["evaluated"]) == (expected["total"], expected["evaluated"])
    live_here = everything.filter(live=True, locale=overview.locale)
    assert live_here.count() < everything.count()  # the draft and the English one
    assert numbers["total"] == live_here.count() - live_here.not_public().count()
    assert live_here.not_public().exists()


def test_a_new_published_evaluation_shows_on_the_overview_at_once(
    client, overview, make_model, evaluate, principles
):
    page = make_model(principles=[principles["p3"]])
    before = client.get(overview.url).context["overview"]

    evaluate(page, evaluation("2024-05-05", "documented", "clearly"))

    after = client.get(overview.url).context["overview"]
    assert after["evaluated"] == before["evaluated"] + 1
    assert after["total"] == before["total"]
    _evidence, heat = figures(soup_of(client, overview.url))
    assert heat[(principles["p3"].name, "own_life")][0] == fi_gettext(
        "%(count)s of %(of)s", count=1, of=1
    )


def test_an_empty_catalogue_shows_zeros(client, overview, principles):
    soup = soup_of(client, overview.url)

    evidence, heat = figures(soup)
    assert {count for count, _href in evidence.values()} == {0}
    assert {text for text, _href in heat.values()} == {
        fi_gettext("%(count)s of %(of)s", count=0, of=0)
    }
    assert squashed(soup.select_one(".big-figure").get_text()) == fi_gettext(
        "%(evaluated)s of %(total)s models have a published evaluation.", evaluated=0, total=0
    )


# ---------------------------------------------------------------------------- page tree


def test_the_overview_can_be_created_only_under_the_home_page(home, catalogue, governance):
    content = factories.ContentPageFactory(parent=home)
    root = Page.get_first_root_node()

    assert EvaluationOverviewPage.can_create_at(home)
    for parent in (root, catalogue, governance, content):
        assert not EvaluationOverviewPage.can_create_at(parent), type(parent).__name__
    assert EvaluationOverviewPage.allowed_parent_page_models() == [HomePage]
    assert EvaluationOverviewPage.allowed_subpage_models() == []
    assert EvaluationOverviewPage in HomePage.allowed_subpage_models()
    for other in (ModelLibraryIndexPage, GovernanceModelPage, ContentPage):
        assert EvaluationOverviewPage not in other.allowed_subpage_models()


def test_a_home_page_has_at_most_one_overview(home):
    factories.EvaluationOverviewPageFactory(parent=home)

    assert not EvaluationOverviewPage.can_create_at(home)
    # The limit is per home page.
    other_home = factories.HomePageFactory(parent=Page.get_first_root_node())
    assert EvaluationOverviewPage.can_create_at(other_home)
