"""Editors in the Wagtail admin: adding a model validates what readers rely on."""

import pytest
from bs4 import BeautifulSoup
from django.contrib.auth import get_user_model
from django.test import RequestFactory
from django.urls import reverse
from wagtail.admin.menu import admin_menu
from wagtail.images.models import Image
from wagtail.images.tests.utils import get_test_image_file
from wagtail.test.utils.form_data import inline_formset, nested_form_data, rich_text, streamfield

from models_library.models import ParticipationModelPage
from models_library.models.pages import LEAD_MAX_LENGTH, TAG_RELATIONS
from models_library.wagtail_hooks import TaxonomyGroup
from tests import factories

VOCABULARIES = list(factories.VOCABULARY_FACTORIES)
OPTIONAL_RICH_TEXT = [
    "setting",
    "target_group_insight",
    "adoption_conditions",
    "resources",
    "intended_change",
    "change_measurement",
    "starting_point",
    "needs",
    "co_development",
]


@pytest.fixture
def superuser(db):
    return get_user_model().objects.create_superuser("editor", "editor@example.org", "salasana")


@pytest.fixture
def editor_client(client, superuser):
    client.force_login(superuser)
    return client


def add_url(catalogue):
    return f"/admin/pages/add/models_library/participationmodelpage/{catalogue.id}/"


@pytest.fixture
def form_terms(db):
    return {
        "principle": factories.GovernancePrincipleFactory(),
        "phase": factories.ServicePhaseFactory(),
        "stage": factories.DevelopmentStageFactory(),
        "organisation": factories.DeveloperOrganisationFactory(),
    }


def model_form(form_terms, related=(), **overrides):
    """POST data of the add form: every field and formset the edit handler renders."""
    data = nested_form_data(
        {
            "title": "Asukasraati",
            "slug": "asukasraati",
            "lead": "Arvotut asukkaat pohtivat yhtä kysymystä ja antavat suosituksen.",
            "implemented_where": "Esimerkkikaupunki",
            "stage": form_terms["stage"].pk,
            "cover_image": "",
            "cover_image_alt": "",
            "contact": "",
            "links": streamfield([]),
            "core_idea": rich_text("<p>Satunnaisesti valitut asukkaat kokoontuvat.</p>"),
            **{field: rich_text("") for field in OPTIONAL_RICH_TEXT},
            "implementation": streamfield(
                [
                    ("step", {"title": "Arvo osallistujat", "description": "Väestörekisteristä."}),
                    ("step", {"title": "Kokoonnu", "description": ""}),
                ]
            ),
            "roles": streamfield(
                [("role", {"actor": "residents", "contribution": "Pohtivat ja suosittelevat."})]
            ),
            "project_name": "Raati-hanke",
            "project_start_year": "2019",
            "project_end_year": "2021",
            "developers": inline_formset(
                [{"organisation": form_terms["organisation"].pk, "role": "maintainer"}]
            ),
            "related_model_links": inline_formset([{"model": page.pk} for page in related]),
            "evaluations": inline_formset([]),
            "seo_title": "",
            "search_description": "",
            "go_live_at": "",
            "expire_at": "",
            "action-publish": "action-publish",
        }
    )
    # Multiple-choice fields post one value per checked box.
    data["principles"] = [form_terms["principle"].pk]
    data["service_phases"] = [form_terms["phase"].pk]
    data.update(overrides)
    return data


def form_errors(response):
    assert response.status_code == 200, "the form should be shown again with errors"
    return response.context["form"].errors


def test_a_valid_form_publishes_the_model_with_everything_entered(
    editor_client, catalogue, make_model, form_terms
):
    related = make_model(title="Kansalaisraati")

    response = editor_client.post(add_url(catalogue), model_form(form_terms, related=[related]))

    assert response.status_code == 302, form_errors(response)
    page = ParticipationModelPage.objects.get(slug="asukasraati")
    assert page.live
    assert page.get_parent().pk == catalogue.pk
    assert BeautifulSoup(page.core_idea, "html.parser").get_text() == (
        "Satunnaisesti valitut asukkaat kokoontuvat."
    )
    assert [step.value["title"] for step in page.implementation] == [
        "Arvo osallistujat",
        "Kokoonnu",
    ]
    assert [role.value["actor"] for role in page.roles] == ["residents"]
    assert list(page.principles.all()) == [form_terms["principle"]]
    assert list(page.service_phases.all()) == [form_terms["phase"]]
    assert page.stage == form_terms["stage"]
    assert [(d.organisation, d.role) for d in page.developers.all()] == [
        (form_terms["organisation"], "maintainer")
    ]
    assert [link.model.pk for link in page.related_model_links.all()] == [related.pk]
    assert (page.project_start_year, page.project_end_year) == (2019, 2021)
    assert editor_client.get(page.url).status_code == 200


REQUIRED = ("title", "lead", "core_idea")


@pytest.mark.parametrize("how", ["left empty", "left out"])
def test_the_form_requires_title_lead_and_core_idea(editor_client, catalogue, form_terms, how):
    before = ParticipationModelPage.objects.count()
    data = model_form(form_terms)
    for field in REQUIRED:
        if how == "left out":
            del data[field]
        else:
            # An empty Draftail editor posts "null" (rich_text("") is an empty paragraph).
            data[field] = "null" if field == "core_idea" else ""

    errors = form_errors(editor_client.post(add_url(catalogue), data))

    assert set(REQUIRED) <= set(errors)
    assert ParticipationModelPage.objects.count() == before


def test_a_lead_longer_than_the_limit_is_rejected(editor_client, catalogue, form_terms):
    data = model_form(form_terms, lead="x" * (LEAD_MAX_LENGTH + 1))

    errors = form_errors(editor_client.post(add_url(catalogue), data))

    assert set(errors) == {"lead"}
    assert not ParticipationModelPage.objects.filter(slug="asukasraati").exists()


def test_a_lead_of_exactly_the_limit_is_accepted(editor_client, catalogue, form_terms):
    data = model_form(form_terms, lead="x" * LEAD_MAX_LENGTH)

    response = editor_client.post(add_url(catalogue), data)

    assert response.status_code == 302
    assert ParticipationModelPage.objects.get(slug="asukasraati").lead == data["lead"]


def test_a_cover_image_needs_alternative_text(editor_client, catalogue, form_terms):
    image = Image.objects.create(title="Kansikuva", file=get_test_image_file())

    response = editor_client.post(
        add_url(catalogue), model_form(form_terms, cover_image=image.pk, cover_image_alt="  ")
    )

    assert set(form_errors(response)) == {"cover_image_alt"}
    assert not ParticipationModelPage.objects.filter(slug="asukasraati").exists()

    response = editor_client.post(
        add_url(catalogue),
        model_form(form_terms, cover_image=image.pk, cover_image_alt="Asukkaita pöydän ääressä"),
    )
    assert response.status_code == 302
    assert ParticipationModelPage.objects.get(slug="asukasraati").cover_image == image


def test_the_project_cannot_end_before_it_starts(editor_client, catalogue, form_terms):
    data = model_form(form_terms, project_start_year="2022", project_end_year="2020")

    errors = form_errors(editor_client.post(add_url(catalogue), data))

    assert set(errors) == {"project_end_year"}
    assert not ParticipationModelPage.objects.filter(slug="asukasraati").exists()


def test_only_default_language_terms_are_offered(editor_client, catalogue, form_terms, locales):
    swedish = form_terms["principle"].copy_for_translation(locales["sv"])
    swedish.name = "Svensk princip"
    swedish.save()

    response = editor_client.get(add_url(catalogue))

    choices = response.context["form"].fields["principles"].queryset
    assert list(choices) == [form_terms["principle"]]


def menu_links(menu, request, path=()):
    """Every link of an admin menu as (names of the menus above it, URL)."""
    for item in menu.menu_items_for_request(request):
        if hasattr(item, "menu"):
            yield from menu_links(item.menu, request, (*path, item.name))
        else:
            yield path, item.url


def test_vocabularies_are_grouped_under_one_taxonomies_menu(superuser):
    request = RequestFactory().get("/admin/")
    request.user = superuser
    list_urls = {reverse(model.snippet_viewset.get_url_name("list")) for model in VOCABULARIES}

    links = list(menu_links(admin_menu, request))

    taxonomies = [
        item for item in admin_menu.menu_items_for_request(request) if item.name == "taxonomies"
    ]
    assert len(taxonomies) == 1
    assert str(taxonomies[0].label) == str(TaxonomyGroup.menu_label)
    assert {url for path, url in links if path == ("taxonomies",)} == list_urls
    # Each vocabulary is reachable from that menu only.
    assert sorted(path for path, url in links if url in list_urls) == [("taxonomies",)] * len(
        list_urls
    )


@pytest.mark.parametrize("model", VOCABULARIES, ids=lambda model: model.__name__)
def test_each_vocabulary_listing_shows_its_terms(editor_client, model):
    term = factories.VOCABULARY_FACTORIES[model](name=f"Näkyvä {model.__name__}")

    response = editor_client.get(reverse(model.snippet_viewset.get_url_name("list")))

    assert response.status_code == 200
    assert term.name in response.content.decode()


def test_edit_view_of_a_complete_model_opens(editor_client, full_model):
    response = editor_client.get(reverse("wagtailadmin_pages:edit", args=[full_model.pk]))

    assert response.status_code == 200
    form = response.context["form"]
    assert form.initial["title"] == full_model.title
    assert set(form.formsets) >= {"developers", "related_model_links"}
    assert form.formsets["developers"].total_form_count() == full_model.developers.count()
    for relation in TAG_RELATIONS:
        assert {term.pk for term in form.initial[relation]} == {
            term.pk for term in getattr(full_model, relation).all()
        }
