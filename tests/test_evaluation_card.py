"""The evaluation summary card on a model page: what a reader sees of the latest published
evaluation, with full and with partial data, and what the page costs in queries."""

from datetime import date

import pytest
from bs4 import BeautifulSoup
from django.core.files.base import ContentFile
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.utils import translation
from wagtail.documents.models import Document

from models_library.models import Evaluation
from models_library.models.evaluation import (
    AREAS,
    EVIDENCE_DEFINITIONS,
    CriterionStatus,
    EvidenceLevel,
    Rating,
)
from tests import factories


def fi(text):
    """A lazily translated interface string as a Finnish reader sees it."""
    with translation.override("fi"):
        return translation.gettext(text) if isinstance(text, str) else str(text)


def squashed(text):
    return " ".join(text.split())


def card_of(client, page):
    response = client.get(page.url)
    assert response.status_code == 200
    soup = BeautifulSoup(response.content, "html.parser")
    return soup, soup.select_one("section.evaluation-card")


def headings(card):
    return [squashed(h.get_text()) for h in card.select("h3")]


@pytest.fixture
def criteria(db):
    return [
        factories.PromisingPracticeCriterionFactory(name=f"Kriteeri {status.label}")
        for status in CriterionStatus
    ]


@pytest.fixture
def full_evaluation(criteria):
    return factories.EvaluationFactory.build(
        date=date(2024, 5, 7),
        basis=Evaluation.Basis.OUTCOME_DATA,
        evaluator=factories.DeveloperOrganisationFactory(name="Arviointikeskus"),
        evidence_level=EvidenceLevel.OUTCOME_DATA,
        own_life_rating=Rating.PARTLY,
        own_life_justification="Osallistujat valitsevat itse tehtävänsä.",
        community_rating=Rating.CLEARLY,
        community_justification="Asukkaat päättävät yhdessä <script>alert(1)</script>.",
        common_good_rating=Rating.NOT_IDENTIFIABLE,
        common_good_justification="Yhteistä hyvää ei mainita aineistossa.",
        criteria=[
            ("criterion", {"criterion": term, "status": status.value})
            for term, status in zip(criteria, CriterionStatus, strict=True)
        ],
        strengths="Matala kynnys.\nVahva yhteisö.",
        development_needs="Rahoitus on lyhytjänteistä.",
        transfer_conditions="Tarvitaan koordinaattori.",
        report_url="https://example.org/arviointi.pdf",
    )


# --------------------------------------------------------------------------- full data


def test_the_card_shows_every_part_of_a_full_evaluation(
    client, make_model, evaluate, full_evaluation, criteria
):
    page = evaluate(make_model(title="Arvioitu malli"), full_evaluation)
    evaluation = Evaluation.objects.get(page=page)

    soup, card = card_of(client, page)

    assert card is not None
    heading = card.select_one("h2")
    assert card["aria-labelledby"] == heading["id"]
    # Evaluator, date (machine-readable too), basis.
    meta = {
        squashed(div.dt.get_text()): squashed(div.dd.get_text())
        for div in card.select(".evaluation-card__meta > div")
    }
    assert "Arviointikeskus" in meta.values()
    time = card.select_one(".evaluation-card__meta time")
    assert time["datetime"] == "2024-05-07"
    assert squashed(time.get_text()) == "7.5.2024"
    assert fi(evaluation.get_basis_display()) in meta.values()
    # The evidence level with its plain-language definition.
    evidence = (
        f"{fi(EvidenceLevel.OUTCOME_DATA.label)} ({fi(EVIDENCE_DEFINITIONS['outcome_data'])})"
    )
    assert evidence in meta.values()
    # Each area: its name, the rating in words (not colour alone) and the justification.
    areas = card.select("li.area")
    assert [squashed(a.select_one(".area__label").get_text()) for a in areas] == [
        fi(label) for _prefix, label, _description in AREAS
    ]
    ratings = [squashed(a.select_one(".area__rating").get_text()) for a in areas]
    assert ratings == [
        fi(Rating.PARTLY.label),
        fi(Rating.CLEARLY.label),
        fi(Rating.NOT_IDENTIFIABLE.label),
    ]
    assert ratings[0] in ("Osittain", "Partly")
    assert ratings[1] in ("Selvästi", "Clearly")
    assert all(a.select_one(".meter")["aria-hidden"] == "true" for a in areas)
    assert [squashed(a.select_one(".area__justification").get_text()) for a in areas] == [
        evaluation.own_life_justification,
        evaluation.community_justification,
        evaluation.common_good_justification,
    ]
    # Strengths, development needs, conditions for transfer, each under its heading.
    assert headings(card)[1:] == [
        fi("Strengths"),
        fi("Development needs"),
        fi("Conditions for transfer"),
    ]
    texts = [squashed(h.find_next_sibling("p").get_text(" ")) for h in card.select("h3")[1:]]
    assert texts == [
        "Matala kynnys. Vahva yhteisö.",
        evaluation.development_needs,
        evaluation.transfer_conditions,
    ]
    # The checklist: every criterion with its status in words.
    shown = {
        squashed(div.dt.get_text()): squashed(div.dd.get_text())
        for div in card.select(".criteria dl > div")
    }
    assert shown == {
        term.name: fi(status.label) for term, status in zip(criteria, CriterionStatus, strict=True)
    }
    # The full report and the note that an evaluation is not an endorsement.
    report = card.find("a", href="https://example.org/arviointi.pdf")
    assert report is not None and report.get_text(strip=True)
    assert card.select_one(".evaluation-card__note").get_text(strip=True)
    # Not illustrative: no such notice.
    assert card.select(".evaluation-card__illustrative") == []


def test_the_card_escapes_what_the_editor_wrote(client, make_model, evaluate, full_evaluation):
    page = evaluate(make_model(), full_evaluation)

    response = client.get(page.url)

    assert "<script>alert(1)</script>" not in response.content.decode()
    _soup, card = card_of(client, page)
    assert card.select("script") == []


def test_the_card_follows_the_description_and_the_glance_box_links_to_it(
    client, make_model, evaluate, full_evaluation
):
    page = evaluate(make_model(), full_evaluation)

    soup, card = card_of(client, page)

    # Issue 16: the at-a-glance box links to the card, which follows the description.
    glance = soup.select_one(".model__header .at-a-glance")
    assert glance.select_one("a[href='#evaluation-heading']") is not None
    core_idea = soup.find(id="core-idea")
    assert card in core_idea.find_all_next("section", class_="evaluation-card")


def test_an_attached_report_is_linked_before_a_report_url(
    client, make_model, evaluate, full_evaluation
):
    document = Document.objects.create(
        title="Arviointiraportti", file=ContentFile(b"%PDF-1.4", name="raportti.pdf")
    )
    full_evaluation.report_document = document
    page = evaluate(make_model(), full_evaluation)

    _soup, card = card_of(client, page)

    assert card.find("a", href=document.url) is not None
    assert card.find("a", href=full_evaluation.report_url) is None


# ------------------------------------------------------------------------ partial data


def test_a_minimal_evaluation_shows_no_empty_parts(client, make_model, evaluate):
    minimal = factories.EvaluationFactory.build(date=date(2023, 11, 2))
    assert not any(
        [
            minimal.evaluator_id,
            minimal.evidence_level,
            minimal.criteria,
            minimal.strengths,
            minimal.development_needs,
            minimal.transfer_conditions,
            minimal.report_url,
        ]
    )
    page = evaluate(make_model(), minimal)

    _soup, card = card_of(client, page)

    assert card is not None
    # Only the areas heading: none for strengths, needs, transfer or the checklist.
    assert headings(card) == [fi("Areas of participation")]
    assert card.select(".criteria") == []
    assert card.select("a") == []
    meta_terms = [squashed(dt.get_text()) for dt in card.select(".evaluation-card__meta dt")]
    assert meta_terms == [fi("Date"), fi("Basis")]
    assert card.select(".evaluation-card__definition") == []
    # The ratings are still shown in words, and the note is still there.
    assert [squashed(r.get_text()) for r in card.select(".area__rating")] == [
        fi(minimal.get_own_life_rating_display()),
        fi(minimal.get_community_rating_display()),
        fi(minimal.get_common_good_rating_display()),
    ]
    assert card.select_one(".evaluation-card__note").get_text(strip=True)


def test_a_model_without_evaluations_has_no_card(client, make_model):
    _soup, card = card_of(client, make_model())

    assert card is None


# --------------------------------------------------------------------------- which one


@pytest.mark.parametrize("illustrative", [True, False])
def test_the_illustrative_notice_shows_only_for_illustrative_data(
    client, make_model, evaluate, illustrative
):
    page = evaluate(make_model(), factories.EvaluationFactory.build(illustrative=illustrative))

    _soup, card = card_of(client, page)

    notices = card.select(".evaluation-card__illustrative")
    assert len(notices) == (1 if illustrative else 0)
    if illustrative:
        assert fi("Illustrative example data.") in squashed(notices[0].get_text())


def test_a_draft_evaluation_is_never_shown(client, make_model, evaluate):
    draft = factories.EvaluationFactory.build(
        status=Evaluation.Status.DRAFT, strengths="Luonnoksen vahvuus"
    )
    page = evaluate(make_model(), draft)
    assert Evaluation.objects.filter(page=page, status=Evaluation.Status.DRAFT).exists()

    soup, card = card_of(client, page)

    assert card is None
    assert "Luonnoksen vahvuus" not in str(soup)


def test_a_newer_draft_does_not_hide_the_published_evaluation(client, make_model, evaluate):
    page = evaluate(
        make_model(),
        factories.EvaluationFactory.build(date=date(2022, 1, 1), strengths="Julkaistu"),
        factories.EvaluationFactory.build(
            date=date(2024, 1, 1), status=Evaluation.Status.DRAFT, strengths="Luonnos"
        ),
    )

    soup, card = card_of(client, page)

    assert "Julkaistu" in card.get_text()
    assert "Luonnos" not in str(soup)


def test_an_evaluation_in_an_unpublished_revision_is_not_shown(client, make_model, evaluate):
    page = evaluate(
        make_model(), factories.EvaluationFactory.build(strengths="Odottaa"), publish=False
    )

    soup, card = card_of(client, page)

    assert card is None
    assert "Odottaa" not in str(soup)


def test_with_two_published_evaluations_the_newest_is_shown(client, make_model, evaluate):
    # The newer one is added first, so neither id nor insertion order can pick it.
    page = evaluate(
        make_model(),
        factories.EvaluationFactory.build(date=date(2024, 9, 1), strengths="Uudempi"),
        factories.EvaluationFactory.build(date=date(2021, 2, 1), strengths="Vanhempi"),
    )
    newest = (
        Evaluation.objects.filter(page=page, status=Evaluation.Status.PUBLISHED)
        .order_by("-date")
        .first()
    )

    soup, card = card_of(client, page)

    assert len(soup.select("section.evaluation-card")) == 1
    assert newest.strengths in card.get_text()
    assert "Vanhempi" not in str(soup)
    assert card.select_one("time")["datetime"] == newest.date.isoformat()


# ----------------------------------------------------------------------------- queries


def queries_for(client, url):
    assert client.get(url).status_code == 200  # warm Wagtail's caches
    with CaptureQueriesContext(connection) as captured:
        response = client.get(url)
    assert response.status_code == 200
    return len(captured), response


def evaluations_with_criteria(count, criteria_count, terms, evaluator):
    return [
        factories.EvaluationFactory.build(
            date=date(2020 + n, 1, 1),
            evaluator=evaluator,
            evidence_level=EvidenceLevel.DOCUMENTED,
            strengths=f"Vahvuus {n}",
            criteria=[
                ("criterion", {"criterion": term, "status": CriterionStatus.MET})
                for term in terms[:criteria_count]
            ],
        )
        for n in range(count)
    ]


def test_model_page_queries_do_not_grow_with_evaluations_or_criteria(client, make_model, evaluate):
    terms = factories.PromisingPracticeCriterionFactory.create_batch(8)
    evaluator = factories.DeveloperOrganisationFactory()
    small = evaluate(make_model(), *evaluations_with_criteria(1, 1, terms, evaluator))
    large = evaluate(make_model(), *evaluations_with_criteria(5, 8, terms, evaluator))

    small_count, small_response = queries_for(client, small.url)
    large_count, large_response = queries_for(client, large.url)

    # Both pages really show a card with their criteria.
    small_card = BeautifulSoup(small_response.content, "html.parser").select_one(".evaluation-card")
    large_card = BeautifulSoup(large_response.content, "html.parser").select_one(".evaluation-card")
    assert len(small_card.select(".criteria dl > div")) == 1
    assert len(large_card.select(".criteria dl > div")) == 8
    assert "Vahvuus 4" in large_card.get_text()
    assert small_count == large_count, f"{small_count} queries vs {large_count}"
    assert large_count == 18  # measured, warm, on SQLite and PostgreSQL alike
