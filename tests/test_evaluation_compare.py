"""Side-by-side comparison of 2–4 models at a shareable address: /<lang>/compare/?model=<id>…"""

from datetime import date
from types import SimpleNamespace
from urllib.parse import urlencode

import pytest
from bs4 import BeautifulSoup
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse
from django.utils import translation
from wagtail.models import PageViewRestriction

from models_library.comparison import MAX_MODELS, MIN_MODELS
from models_library.models import Evaluation
from models_library.models.evaluation import AREAS, EvidenceLevel, Rating
from tests import factories
from tests.builders import build_catalogue, build_home, evaluate_page, fresh, model_maker


def fi(text):
    with translation.override("fi"):
        return translation.gettext(text) if isinstance(text, str) else str(text)


def compare_url(*ids):
    with translation.override("fi"):
        path = reverse("compare_models")
    return f"{path}?{urlencode([('model', str(i)) for i in ids])}" if ids else path


def squashed(text):
    return " ".join(text.split())


def parse(response):
    return BeautifulSoup(response.content, "html.parser")


def compared_titles(soup):
    return [squashed(th.get_text()) for th in soup.select("table.compare thead th[scope=col]")]


def table_rows(soup):
    """Row label → one list of values per model ([] for an empty cell)."""
    rows = {}
    for tr in soup.select("table.compare tbody tr"):
        label = squashed(tr.select_one("th[scope=row]").get_text())
        rows[label] = [
            [squashed(li.get_text()) for li in td.select("li")] for td in tr.select("td")
        ]
    return rows


def error_message(soup):
    notice = soup.select_one(".notice[role=alert]")
    return squashed(notice.get_text()) if notice else None


pytestmark = pytest.mark.usefixtures("module_data")


@pytest.fixture(scope="module")
def module_data(module_db):
    """The catalogue and models below, made once for the module; each test gets fresh
    copies."""
    home = build_home()
    catalogue = build_catalogue(home)
    models = build_models(model_maker(catalogue), build_terms())
    return SimpleNamespace(home=home, catalogue=catalogue, models=models)


@pytest.fixture
def models(db, module_data):
    return fresh(module_data.models)


def build_terms():
    return {
        "principles": [
            factories.GovernancePrincipleFactory(name=f"Periaate {n}") for n in range(3)
        ],
        "service_phases": [factories.ServicePhaseFactory(name=f"Vaihe {n}") for n in range(3)],
        "procurement_phases": [
            factories.ProcurementPhaseFactory(name=f"Hankinta {n}") for n in range(2)
        ],
        "target_groups": [factories.TargetGroupFactory(name=f"Ryhmä {n}") for n in range(3)],
        "stages": [
            factories.DevelopmentStageFactory(name=f"Vaihe {n}") for n in ("kokeilu", "vakiintunut")
        ],
    }


def build_models(make_model, terms):
    """Five models with different classifications; all but the last are evaluated, the
    second twice (the newer counts)."""
    pages = []
    for n in range(5):
        page = make_model(
            title=f"Vertailtava {n}",
            principles=terms["principles"][: n % 3 + 1],
            service_phases=terms["service_phases"][n % 3 :],
            procurement_phases=terms["procurement_phases"][: n % 2],
            target_groups=[terms["target_groups"][n % 3]],
            stage=terms["stages"][n % 2] if n != 3 else None,
        )
        if n == 1:
            page = evaluate_page(
                page,
                factories.EvaluationFactory.build(
                    date=date(2020, 1, 1), evidence_level=EvidenceLevel.EFFECT_SHOWN
                ),
                factories.EvaluationFactory.build(
                    date=date(2023, 1, 1),
                    evidence_level=EvidenceLevel.DESCRIBED,
                    own_life_rating=Rating.CLEARLY,
                ),
            )
        elif n < 4:
            page = evaluate_page(
                page,
                factories.EvaluationFactory.build(
                    evidence_level=[EvidenceLevel.DOCUMENTED, "", "", EvidenceLevel.OUTCOME_DATA][
                        n
                    ],
                    common_good_rating=Rating.PARTLY,
                ),
            )
        pages.append(page)
    return pages


def expected_rows(pages):
    """Row label (Finnish) → per model the values the ORM holds."""

    def latest(page):
        return (
            Evaluation.objects.filter(page=page, status=Evaluation.Status.PUBLISHED)
            .order_by("-date", "-pk")
            .first()
        )

    evaluations = [latest(page) for page in pages]
    rows = {
        fi("Governance principles"): [[t.name for t in p.principles.all()] for p in pages],
        fi("Service phases"): [[t.name for t in p.service_phases.all()] for p in pages],
        fi("Procurement phases"): [[t.name for t in p.procurement_phases.all()] for p in pages],
        fi("Target groups"): [[t.name for t in p.target_groups.all()] for p in pages],
        fi("Development stage"): [[p.stage.name] if p.stage else [] for p in pages],
        fi("Evidence level"): [
            [fi(EvidenceLevel(e.evidence_level).label)] if e and e.evidence_level else []
            for e in evaluations
        ],
    }
    for prefix, label, _description in AREAS:
        rows[fi(label)] = [
            [fi(Rating(getattr(e, f"{prefix}_rating")).label)] if e else [] for e in evaluations
        ]
    return rows


# -------------------------------------------------------------------------- comparisons


@pytest.mark.parametrize("chosen", [(0, 1), (3, 1, 4, 2)], ids=["two", "four"])
def test_the_chosen_models_side_by_side_in_one_table(client, models, chosen):
    pages = [models[n] for n in chosen]

    response = client.get(compare_url(*[page.pk for page in pages]))

    assert response.status_code == 200
    soup = parse(response)
    assert len(soup.select("table.compare")) == 1
    assert error_message(soup) is None
    # One column per model, in the order asked, each linking to the model.
    assert compared_titles(soup) == [page.title for page in pages]
    links = [a["href"] for a in soup.select("table.compare thead th[scope=col] a")]
    assert links == [page.url for page in pages]
    rows = table_rows(soup)
    assert rows == expected_rows(pages)
    assert all(len(cells) == len(pages) for cells in rows.values())


def test_the_table_shows_the_newest_published_evaluation(client, models):
    soup = parse(client.get(compare_url(models[1].pk, models[4].pk)))
    rows = table_rows(soup)

    # models[1]: the newer evaluation (described, own life clearly); models[4]: none.
    assert rows[fi("Evidence level")] == [[fi(EvidenceLevel.DESCRIBED.label)], []]
    assert rows[fi(AREAS[0][1])] == [[fi(Rating.CLEARLY.label)], []]
    # An empty cell says so to a screen reader, not by a dash alone.
    empty = soup.select("table.compare tbody tr td")[-1]
    assert empty.select_one(".visually-hidden").get_text(strip=True)


def test_five_models_are_rejected_with_a_message(client, models):
    assert len(models) == MAX_MODELS + 1

    response = client.get(compare_url(*[page.pk for page in models]))

    assert response.status_code == 400
    soup = parse(response)
    assert error_message(soup) == fi("Choose at most %(max)s models to compare.") % {
        "max": MAX_MODELS
    }
    assert soup.select("table") == []
    assert str(MAX_MODELS) in error_message(soup)


@pytest.mark.parametrize("count", [0, 1])
def test_fewer_than_two_models_ask_for_at_least_two(client, models, count):
    response = client.get(compare_url(*[page.pk for page in models[:count]]))

    soup = parse(response)
    assert error_message(soup) == fi("Choose at least %(min)s models to compare.") % {
        "min": MIN_MODELS
    }
    assert soup.select("table") == []
    assert models[0].title not in compared_titles(soup)


@pytest.mark.parametrize(
    "junk",
    [["999999"], ["abc"], ["1e3"], ["-1"], [" "], [""], ["٣"], ["1.0"], ["999999", "abc", "-1"]],
    ids=repr,
)
def test_unknown_and_non_numeric_ids_are_ignored(client, models, junk):
    first, second = models[0], models[2]

    response = client.get(compare_url(first.pk, *junk, second.pk))

    assert response.status_code == 200
    assert compared_titles(parse(response)) == [first.title, second.title]


def test_unknown_ids_alone_ask_for_at_least_two(client, models):
    response = client.get(compare_url(999999, 999998))

    soup = parse(response)
    assert soup.select("table") == []
    assert error_message(soup) == fi("Choose at least %(min)s models to compare.") % {
        "min": MIN_MODELS
    }


def test_repeated_ids_count_once(client, models):
    a, b, c, d = models[:4]

    two = client.get(compare_url(a.pk, a.pk, b.pk, a.pk))
    four = client.get(compare_url(a.pk, b.pk, b.pk, c.pk, d.pk, d.pk))
    padded = client.get(compare_url(a.pk, f" {a.pk} ", f"0{a.pk}", b.pk))

    assert two.status_code == 200
    assert compared_titles(parse(two)) == [a.title, b.title]
    assert four.status_code == 200, "six ids but only four models"
    assert compared_titles(parse(four)) == [a.title, b.title, c.title, d.title]
    assert compared_titles(parse(padded)) == [a.title, b.title]


def test_draft_and_private_models_are_ignored(client, make_model, models):
    draft = make_model(title="Luonnosmalli", publish=False)
    private = make_model(title="Yksityinen malli")
    PageViewRestriction.objects.create(page=private, restriction_type=PageViewRestriction.LOGIN)
    a, b = models[:2]

    with_two = parse(client.get(compare_url(a.pk, draft.pk, private.pk, b.pk)))
    with_one = parse(client.get(compare_url(a.pk, draft.pk, private.pk)))

    assert compared_titles(with_two) == [a.title, b.title]
    assert "Luonnosmalli" not in str(with_two)
    assert "Yksityinen malli" not in str(with_two)
    assert with_one.select("table") == []
    assert "Yksityinen malli" not in str(with_one)


@pytest.mark.parametrize("method", ["post", "put", "delete"])
def test_only_get_is_allowed(client, models, method):
    response = getattr(client, method)(compare_url(models[0].pk, models[1].pk))

    assert response.status_code == 405


def test_the_comparison_is_not_indexed(client, models):
    for url in (compare_url(models[0].pk, models[1].pk), compare_url(models[0].pk)):
        response = client.get(url)
        soup = parse(response)

        assert soup.select_one("meta[name=robots]")["content"] == "noindex"
        assert response["X-Robots-Tag"] == "noindex"


def test_the_address_is_shareable_and_in_the_readers_language(client, models):
    url = compare_url(models[0].pk, models[1].pk)
    assert url.startswith("/fi/compare/?")

    first, second = client.get(url), client.get(url)

    assert first.content == second.content
    assert parse(first).html["lang"] == "fi"


# ----------------------------------------------------------------------------- queries


def queries_for(client, url):
    assert client.get(url).status_code == 200
    with CaptureQueriesContext(connection) as captured:
        response = client.get(url)
    assert response.status_code == 200
    return len(captured), response


def test_query_count_is_the_same_for_two_and_four_models(client, models):
    two_count, two = queries_for(client, compare_url(*[page.pk for page in models[:2]]))
    four_count, four = queries_for(client, compare_url(*[page.pk for page in models[:4]]))

    assert len(compared_titles(parse(two))) == 2
    assert len(compared_titles(parse(four))) == 4
    assert two_count == four_count, f"{two_count} queries vs {four_count}"
    assert four_count == 10  # measured, warm, on SQLite and PostgreSQL alike


def test_a_shared_link_keeps_working_when_one_of_five_models_is_gone(client, models):
    """Unknown and unpublished ids are dropped before the limit is applied."""
    gone = models[-1]
    gone.refresh_from_db()
    gone.unpublish()

    response = client.get(compare_url(*[page.pk for page in models], 999_999))

    assert response.status_code == 200
    titles = [th.get_text(strip=True) for th in parse(response).select("thead th[scope=col]")]
    assert titles == [page.title for page in models[:MAX_MODELS]]
