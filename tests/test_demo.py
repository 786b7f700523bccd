"""`manage.py load_demo`: the demo site a newcomer sees first, built idempotently."""

import io
import re

import pytest
from bs4 import BeautifulSoup
from django.apps import apps
from django.conf import settings
from django.contrib.auth import authenticate, get_user_model
from django.core.management import call_command
from wagtail.models import Page, Site

from home.demo import site_pages, translations
from home.models import ContentPage, GovernanceModelPage, HomePage
from models_library import models as catalogue_models
from models_library.demo.catalogue import MODELS
from models_library.demo.vocabularies import VOCABULARIES
from models_library.models import ModelLibraryIndexPage, ParticipationModelPage
from models_library.models.pages import TAG_RELATIONS

ON_SQLITE = settings.DATABASES["default"]["ENGINE"] == "django.db.backends.sqlite3"
PASSWORD_LINE = re.compile(r"user: admin\s+password: (\S+)")


def load_demo():
    out = io.StringIO()
    call_command("load_demo", stdout=out)
    return out.getvalue()


@pytest.fixture
def demo(demo_loaded, db):
    """The output of the first run (one run for the module)."""
    return demo_loaded


def row_counts():
    return {model._meta.label: model._default_manager.count() for model in apps.get_models()}


def test_demo_builds_the_site_tree(demo):
    home = Site.objects.get(is_default_site=True).root_page.specific

    assert isinstance(home, HomePage)
    assert home.live
    # Wagtail's placeholder welcome page is gone: the demo home (in Finnish, with its
    # Swedish and English translations) is the only top-level page.
    top_level = list(Page.get_first_root_node().get_children().select_related("locale"))
    assert top_level[0] == home.page_ptr
    assert {page.translation_key for page in top_level} == {home.translation_key}
    assert sorted(page.locale.language_code for page in top_level) == ["en", "fi", "sv"]
    expected = [
        (ModelLibraryIndexPage, site_pages.CATALOGUE),
        (GovernanceModelPage, site_pages.GOVERNANCE),
        (ContentPage, site_pages.ABOUT),
        (ContentPage, site_pages.ACCESSIBILITY),
    ]
    for page_class, data in expected:
        page = page_class.objects.child_of(home).get(slug=data["slug"])
        assert page.live, data["slug"]
        assert page.title == data["title"]


def test_demo_creates_the_20_models_with_their_facts(demo):
    models = ParticipationModelPage.objects.live().public().filter(locale__language_code="fi")

    assert models.count() == len(MODELS) == 20
    assert {page.title for page in models} == {data["title"] for data in MODELS}
    for data in MODELS:
        page = models.get(slug=data["slug"])
        assert page.title == data["title"]
        assert page.lead == data["lead"]
        assert page.project_name == data["project_name"]
        assert page.project_start_year == (data["project_start_year"] or None)
        assert page.project_end_year == (data["project_end_year"] or None)
        assert page.implemented_where == data["implemented_where"]
        for relation in TAG_RELATIONS:
            tagged = {term.slug for term in getattr(page, relation).all()}
            assert tagged == set(data[relation]), (data["slug"], relation)
        assert (page.stage.slug if page.stage else None) == (data["stage"] or None)
        assert [(d.organisation.slug, d.role) for d in page.developers.all()] == [
            tuple(developer) for developer in data["developers"]
        ]
        assert [link.model.slug for link in page.related_model_links.all()] == data["related"]
        assert [step.value["title"] for step in page.implementation] == [
            title for title, _text in data["implementation"]
        ]


def test_demo_vocabularies_are_translated_into_swedish_and_english(demo):
    assert {code for code, _name in settings.LANGUAGES} == {"fi", "sv", "en"}
    for model_name, terms in VOCABULARIES.items():
        model = getattr(catalogue_models, model_name)
        for code, _name in settings.LANGUAGES:
            assert model.objects.filter(locale__language_code=code).count() == len(terms)
        for data in terms:
            term = model.objects.get(slug=data["slug"], locale__language_code="fi")
            assert term.name == data["fi"]
            translations = {
                t.locale.language_code: t for t in term.get_translations().select_related("locale")
            }
            assert set(translations) == {"sv", "en"}, (model_name, data["slug"])
            for code, translation in translations.items():
                assert translation.translation_key == term.translation_key
                assert translation.name == data[code]


def test_running_load_demo_again_changes_nothing(demo):
    before = row_counts()

    second = load_demo()

    assert row_counts() == before
    assert "nothing changed" in second
    assert "Created" not in second
    # The counts compared include what matters most.
    for label in ["wagtailcore.Page", "wagtailcore.Revision", "models_library.GovernancePrinciple"]:
        assert before[label] > 0


@pytest.mark.skipif(
    not ON_SQLITE,
    reason="load_demo creates the local admin only on the SQLite default; "
    "on PostgreSQL operators run createsuperuser",
)
def test_the_local_admin_password_is_printed_once_and_kept(demo):
    password = PASSWORD_LINE.search(demo).group(1)
    admin = get_user_model().objects.get(username="admin")
    assert admin.is_superuser
    assert authenticate(username="admin", password=password) == admin
    stored = admin.password

    second = load_demo()

    assert password not in second
    assert PASSWORD_LINE.search(second) is None
    admin.refresh_from_db()
    assert admin.password == stored
    assert authenticate(username="admin", password=password) == admin


@pytest.mark.skipif(ON_SQLITE, reason="on the SQLite default load_demo does create an admin")
def test_no_admin_account_is_created_on_postgresql(demo):
    assert not get_user_model().objects.filter(username="admin").exists()
    assert PASSWORD_LINE.search(demo) is None


def test_every_demo_page_renders(demo, client):
    pages = [page.specific for page in Page.objects.live().filter(depth__gt=1)]
    # home, catalogue, governance model, evaluation overview, about, accessibility statement,
    # and the translations of some of them and some models into each other language
    assert len(pages) == 6 + len(MODELS) + len(translations.LANGUAGES) * len(
        translations.TRANSLATED_SLUGS
    )

    for page in pages:
        response = client.get(page.url)

        assert response.status_code == 200, page.url
        assert BeautifulSoup(response.content, "html.parser").h1.get_text(strip=True) == page.title


def test_demo_catalogue_and_matrix_show_the_demo_models(demo, client):
    # The Finnish ones (the Swedish and English translations are tested with the translations).
    catalogue = ModelLibraryIndexPage.objects.get(locale__language_code="fi")
    governance = GovernanceModelPage.objects.get(locale__language_code="fi")

    listing = BeautifulSoup(client.get(catalogue.url).content, "html.parser")
    matrix = BeautifulSoup(client.get(governance.url).content, "html.parser")

    assert len(listing.select(".model-card")) == min(len(MODELS), 20)
    counts = [int(cell.get_text()) for cell in matrix.select(".matrix__count")]
    principles = len(VOCABULARIES["GovernancePrinciple"])
    phases = len(VOCABULARIES["ServicePhase"])
    assert len(counts) == principles * phases
    assert sum(counts) == sum(
        len(data["principles"]) * len(data["service_phases"]) for data in MODELS
    )
