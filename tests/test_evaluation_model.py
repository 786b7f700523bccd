"""Evaluations as data: validation with clear messages, the evaluation that counts, and
editing them inline on the model page in the Wagtail admin."""

from datetime import date, timedelta

import pytest
from django.contrib.auth import get_user_model
from django.core.exceptions import ValidationError
from django.urls import reverse
from django.utils import timezone, translation
from wagtail.test.utils.form_data import inline_formset, nested_form_data, rich_text, streamfield

from models_library.models import Evaluation, ParticipationModelPage
from models_library.models.evaluation import AREAS, Rating, latest_published
from models_library.models.pages import RICH_TEXT_FIELDS
from tests import factories

AREA_KEYS = [prefix for prefix, _label, _description in AREAS]
FUTURE_MESSAGE = "The date cannot be in the future."
JUSTIFY_MESSAGE = "Justify the rating in a sentence or two."
RATE_ALL_MESSAGE = "Rate every area before publishing the evaluation."


def translated(message):
    with translation.override("fi"):
        return translation.gettext(message)


def validation_errors(evaluation):
    """{field: [messages]} of full_clean() in Finnish, or {} when it passes."""
    with translation.override("fi"):
        try:
            evaluation.full_clean()
        except ValidationError as error:
            return error.message_dict
    return {}


@pytest.fixture
def page(make_model):
    return make_model(title="Arvioitava malli")


def evaluation_for(page, **fields):
    return factories.EvaluationFactory.build(page=page, locale=page.locale, **fields)


# ------------------------------------------------------------------------- validation


def test_a_complete_published_evaluation_is_valid(page):
    assert validation_errors(evaluation_for(page)) == {}


def test_an_evaluation_dated_today_is_valid(page):
    assert validation_errors(evaluation_for(page, date=timezone.localdate())) == {}


def test_a_date_in_the_future_is_rejected_on_the_date(page):
    tomorrow = timezone.localdate() + timedelta(days=1)

    errors = validation_errors(evaluation_for(page, date=tomorrow))

    assert errors == {"date": [translated(FUTURE_MESSAGE)]}


@pytest.mark.parametrize("area", AREA_KEYS)
@pytest.mark.parametrize("justification", ["", "   \n "], ids=["empty", "whitespace"])
def test_a_rating_without_justification_is_rejected_on_that_areas_justification(
    page, area, justification
):
    evaluation = evaluation_for(page, **{f"{area}_justification": justification})

    errors = validation_errors(evaluation)

    assert errors == {f"{area}_justification": [translated(JUSTIFY_MESSAGE)]}


@pytest.mark.parametrize("area", AREA_KEYS)
def test_publishing_with_an_area_unrated_is_rejected_on_that_areas_rating(page, area):
    evaluation = evaluation_for(page, **{f"{area}_rating": "", f"{area}_justification": ""})

    errors = validation_errors(evaluation)

    assert errors == {f"{area}_rating": [translated(RATE_ALL_MESSAGE)]}


def test_every_unrated_area_of_a_published_evaluation_gets_its_own_message(page):
    evaluation = evaluation_for(
        page,
        **{f"{area}_rating": "" for area in AREA_KEYS},
        **{f"{area}_justification": "" for area in AREA_KEYS},
    )

    errors = validation_errors(evaluation)

    assert errors == {f"{area}_rating": [translated(RATE_ALL_MESSAGE)] for area in AREA_KEYS}


def test_a_draft_may_leave_every_area_unrated(page):
    evaluation = evaluation_for(
        page,
        status=Evaluation.Status.DRAFT,
        **{f"{area}_rating": "" for area in AREA_KEYS},
        **{f"{area}_justification": "" for area in AREA_KEYS},
    )

    assert validation_errors(evaluation) == {}


def test_a_draft_still_needs_a_justification_for_a_rating_it_gives(page):
    evaluation = evaluation_for(page, status=Evaluation.Status.DRAFT, own_life_justification="")

    assert set(validation_errors(evaluation)) == {"own_life_justification"}


def test_a_draft_may_not_be_dated_in_the_future_either(page):
    evaluation = evaluation_for(
        page, status=Evaluation.Status.DRAFT, date=timezone.localdate() + timedelta(days=30)
    )

    assert set(validation_errors(evaluation)) == {"date"}


def test_date_basis_and_status_are_required(page):
    evaluation = evaluation_for(page, date=None, basis="", status="")

    assert {"date", "basis", "status"} <= set(validation_errors(evaluation))


@pytest.mark.parametrize(
    "field, value",
    [
        ("own_life_rating", "excellent"),
        ("evidence_level", "proven"),
        ("status", "archived"),
        ("report_url", "not a link"),
    ],
)
def test_values_outside_the_scales_are_rejected(page, field, value):
    assert field in validation_errors(evaluation_for(page, **{field: value}))


# ------------------------------------------------------------------ latest published


def test_latest_published_is_the_newest_published_by_date(page, evaluate):
    page = evaluate(
        page,
        evaluation_for(page, date=date(2024, 3, 1), strengths="uusin"),
        evaluation_for(page, date=date(2022, 3, 1), strengths="vanha"),
        evaluation_for(page, date=date(2023, 3, 1), strengths="keski"),
    )
    evaluations = list(page.evaluations.all())
    newest_date = max(e.date for e in evaluations)

    latest = latest_published(evaluations)

    assert latest.date == newest_date
    assert latest.strengths == "uusin"


def test_latest_published_breaks_a_date_tie_by_the_later_id(page, evaluate):
    same_day = date(2024, 3, 1)
    page = evaluate(page, evaluation_for(page, date=same_day, strengths="ensin"))
    page = evaluate(page, evaluation_for(page, date=same_day, strengths="sitten"))
    evaluations = list(page.evaluations.all())
    later = max(evaluations, key=lambda e: e.pk)

    assert latest_published(evaluations).pk == later.pk
    assert latest_published(reversed(evaluations)).pk == later.pk
    assert later.strengths == "sitten"


def test_latest_published_ignores_drafts_even_newer_ones(page, evaluate):
    page = evaluate(
        page,
        evaluation_for(page, date=date(2022, 1, 1), strengths="julkaistu"),
        evaluation_for(page, date=date(2024, 1, 1), status=Evaluation.Status.DRAFT),
    )
    evaluations = list(page.evaluations.all())
    published = [e for e in evaluations if e.status == Evaluation.Status.PUBLISHED]

    assert len(evaluations) == 2 and len(published) == 1
    assert latest_published(evaluations).pk == published[0].pk


def test_latest_published_is_none_with_only_drafts_or_nothing(page, evaluate):
    page = evaluate(page, evaluation_for(page, status=Evaluation.Status.DRAFT))

    assert page.evaluations.count() == 1
    assert latest_published(page.evaluations.all()) is None
    assert latest_published([]) is None


def test_the_model_page_context_carries_the_latest_published_evaluation(page, evaluate, rf):
    page = evaluate(
        page,
        evaluation_for(page, date=date(2023, 1, 1)),
        evaluation_for(page, date=date(2024, 6, 1)),
        evaluation_for(page, date=date(2025, 1, 1), status=Evaluation.Status.DRAFT),
    )
    expected = (
        Evaluation.objects.filter(page=page, status=Evaluation.Status.PUBLISHED)
        .order_by("-date", "-pk")
        .first()
    )

    context = page.get_context(rf.get(page.url))

    assert context["evaluation"].pk == expected.pk


# ------------------------------------------------------------------------------ admin


@pytest.fixture
def editor_client(client, db):
    user = get_user_model().objects.create_superuser("arvioija", "a@example.org", "salasana")
    client.force_login(user)
    return client


def edit_url(page):
    return reverse("wagtailadmin_pages:edit", args=[page.pk])


def evaluation_form(**overrides):
    """One inline evaluation form as the admin posts it: complete and valid."""
    data = {
        "status": Evaluation.Status.PUBLISHED,
        "date": "2024-05-01",
        "basis": Evaluation.Basis.INTERVIEWS,
        "evaluator": "",
        "evidence_level": "documented",
        "own_life_rating": Rating.PARTLY,
        "own_life_justification": "Osallistujat valitsevat tehtävänsä.",
        "community_rating": Rating.CLEARLY,
        "community_justification": "Asukkaat päättävät yhdessä.",
        "common_good_rating": Rating.NOT_IDENTIFIABLE,
        "common_good_justification": "Aineistossa ei mainita.",
        "criteria": streamfield([]),
        "strengths": "Matala kynnys.",
        "development_needs": "",
        "transfer_conditions": "",
        "report_url": "",
        "report_document": "",
    }
    data.update(overrides)
    return data


def page_form(page, evaluations):
    """POST data of the model page's edit form, every tab and inline panel included."""
    return nested_form_data(
        {
            "title": page.title,
            "slug": page.slug,
            "lead": page.lead,
            "implemented_where": "",
            "stage": "",
            "cover_image": "",
            "cover_image_alt": "",
            "contact": "",
            "links": streamfield([]),
            "core_idea": rich_text("<p>Palvelua kehitetään yhdessä.</p>"),
            **{field: rich_text("") for field in RICH_TEXT_FIELDS if field != "core_idea"},
            "implementation": streamfield([]),
            "roles": streamfield([]),
            "project_name": "",
            "project_start_year": "",
            "project_end_year": "",
            "developers": inline_formset([]),
            "related_model_links": inline_formset([]),
            "evaluations": inline_formset(evaluations),
            "seo_title": "",
            "search_description": "",
            "go_live_at": "",
            "expire_at": "",
            "action-publish": "action-publish",
        }
    )


def test_the_edit_form_offers_the_evaluation_inline_panel(editor_client, page):
    response = editor_client.get(edit_url(page))

    assert response.status_code == 200
    assert "evaluations" in response.context["form"].formsets


def test_a_valid_evaluation_posted_in_the_admin_is_saved_and_shown(editor_client, client, page):
    response = editor_client.post(edit_url(page), page_form(page, [evaluation_form()]))

    assert response.status_code == 302, response.context and response.context["form"].errors
    saved = Evaluation.objects.get(page=page)
    assert saved.status == Evaluation.Status.PUBLISHED
    assert saved.date == date(2024, 5, 1)
    assert saved.basis == Evaluation.Basis.INTERVIEWS
    assert [saved.own_life_rating, saved.community_rating, saved.common_good_rating] == [
        Rating.PARTLY,
        Rating.CLEARLY,
        Rating.NOT_IDENTIFIABLE,
    ]
    assert saved.locale_id == page.locale_id
    assert "Osallistujat valitsevat tehtävänsä." in client.get(page.url).content.decode()


@pytest.mark.parametrize(
    "overrides, field",
    [
        ({"community_justification": ""}, "community_justification"),
        ({"common_good_rating": "", "common_good_justification": ""}, "common_good_rating"),
        ({"date": (timezone.localdate() + timedelta(days=400)).isoformat()}, "date"),
    ],
    ids=["rating without justification", "published with an area unrated", "future date"],
)
def test_an_invalid_evaluation_shows_the_error_and_saves_nothing(
    editor_client, page, overrides, field
):
    revisions_before = page.revisions.count()

    response = editor_client.post(edit_url(page), page_form(page, [evaluation_form(**overrides)]))

    assert response.status_code == 200, "the form is shown again"
    form = response.context["form"]
    evaluation_errors = form.formsets["evaluations"].forms[0].errors
    assert field in evaluation_errors
    assert not Evaluation.objects.filter(page=page).exists()
    assert page.revisions.count() == revisions_before
    # The editor sees the message on the page.
    message = evaluation_errors[field][0]
    assert message in response.content.decode()


def test_a_draft_evaluation_without_ratings_can_be_saved_in_the_admin(editor_client, page):
    draft = evaluation_form(
        status=Evaluation.Status.DRAFT,
        **{f"{area}_rating": "" for area in AREA_KEYS},
        **{f"{area}_justification": "" for area in AREA_KEYS},
    )

    response = editor_client.post(edit_url(page), page_form(page, [draft]))

    assert response.status_code == 302
    saved = Evaluation.objects.get(page=page)
    assert saved.status == Evaluation.Status.DRAFT
    assert ParticipationModelPage.objects.get(pk=page.pk).live
