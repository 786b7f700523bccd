from datetime import UTC, datetime

import pytest
from django.conf import settings
from django.db import transaction
from wagtail.fields import RichTextField
from wagtail.models import Locale

from models_library.models import ParticipationModelPage
from search import lexicon
from tests import factories
from tests.builders import (
    build_catalogue,
    build_home,
    build_organisations,
    build_people,
    build_programme,
    evaluate_page,
    fresh,
    model_maker,
    run_load_demo,
)


@pytest.fixture(autouse=True)
def fresh_lexicon(monkeypatch):
    """Each test starts with an empty in-memory lexicon (search/lexicon.py): a test's rows
    are rolled back afterwards, and the next test's must not meet what a process kept of
    them (in production rows are only removed by a rebuild, which the lexicon notices)."""
    monkeypatch.setattr(lexicon, "_current", lexicon.Lexicon())


# The fixtures build their data for each test (tests/builders.py). A module whose tests
# start from the same data builds it once: it defines a module-scoped fixture `module_data`
# on top of `module_db`, returning a namespace, and marks its tests with
# `pytestmark = pytest.mark.usefixtures("module_data")`. The fixtures below then return
# fresh copies of the namespace's attribute of their name where it has one.


@pytest.fixture(scope="module")
def module_db(django_db_setup, django_db_blocker):
    """Data made once for a whole test module and rolled back after its last test; each
    test runs in a savepoint inside, so what a test changes is undone before the next."""
    with django_db_blocker.unblock(), transaction.atomic():
        yield
        transaction.set_rollback(True)


def shared_copy(request, name):
    """A fresh copy of the module's `module_data` attribute `name`, or None."""
    if "module_data" not in request.fixturenames:
        return None
    value = getattr(request.getfixturevalue("module_data"), name, None)
    return None if value is None else fresh(value)


@pytest.fixture
def home(db, request):
    return shared_copy(request, "home") or build_home()


@pytest.fixture
def catalogue(home, request):
    return shared_copy(request, "catalogue") or build_catalogue(home)


@pytest.fixture
def governance(home):
    return factories.GovernanceModelPageFactory(parent=home)


@pytest.fixture
def locales(db):
    """Every site language's Locale (Wagtail's migration creates only the default one)."""
    return {
        code: Locale.objects.get_or_create(language_code=code)[0]
        for code, _name in settings.LANGUAGES
    }


@pytest.fixture
def make_model(catalogue):
    return model_maker(catalogue)


# Every rich text section of the model template.
MODEL_TEXT_FIELDS = [
    field.name
    for field in ParticipationModelPage._meta.get_fields()
    if isinstance(field, RichTextField)
]


@pytest.fixture
def full_model(make_model):
    """A model like the demo ones: every section, two terms of every vocabulary, a stage,
    steps, roles, a project, two developers, an explicit related model and fixed dates."""
    related = make_model(title="Lähisukuinen malli")
    tags = {
        relation: [factory(name=f"{relation} {n}") for n in range(2)]
        for relation, factory in factories.TAG_FACTORIES.items()
    }
    page = make_model(
        title="Osallistuva budjetointi",
        lead="Asukkaat päättävät osasta budjettia.",
        stage=factories.DevelopmentStageFactory(name="Levitysvalmis"),
        implemented_where="Esimerkkikaupunki",
        **{field: f"<p>Teksti: {field}</p>" for field in MODEL_TEXT_FIELDS},
        implementation=[
            ("step", {"title": "Valmistele", "description": "Sovi budjetista."}),
            ("step", {"title": "Ideoi", "description": "Kerää ideat."}),
            ("step", {"title": "Äänestä", "description": ""}),
        ],
        roles=[
            ("role", {"actor": "residents", "contribution": "Ideoivat ja äänestävät."}),
            ("role", {"actor": "professionals", "contribution": "Arvioivat kustannukset."}),
        ],
        links=[("link", {"title": "Hankkeen sivu", "url": "https://example.org/hanke"})],
        contact="Osallisuuskoordinaattori\nosallisuus@example.org",
        project_name="OmaBudjetti-hanke",
        project_start_year=2019,
        project_end_year=2022,
        developers=[
            (factories.DeveloperOrganisationFactory(name="Esimerkkikaupunki"), "maintainer"),
            (factories.DeveloperOrganisationFactory(name="Järjestö ry"), "developer"),
        ],
        related=[related],
        **tags,
    )
    ParticipationModelPage.objects.filter(pk=page.pk).update(
        first_published_at=datetime(2021, 3, 4, 22, 30, tzinfo=UTC),
        last_published_at=datetime(2024, 5, 6, 8, 0, tzinfo=UTC),
    )
    page.refresh_from_db()
    return page


@pytest.fixture
def evaluate(db):
    return evaluate_page


# Programmes (issue 6): one organisation with a member of each role, an outsider from
# another organisation and a Wagtail editor who is no member, each with a signed-in client.


@pytest.fixture
def organisations(db, request):
    return shared_copy(request, "organisations") or build_organisations()


@pytest.fixture
def organisation(organisations):
    return organisations[0]


@pytest.fixture
def other_organisation(organisations):
    return organisations[1]


@pytest.fixture
def people(organisation, other_organisation, request):
    return shared_copy(request, "people") or build_people(organisation, other_organisation)


@pytest.fixture
def client_for(people):
    """client_for("editor") → a test client signed in as that person; "anonymous" → none."""
    from django.test import Client

    def make(who):
        client = Client()
        if who != "anonymous":
            client.force_login(people[who])
        return client

    return make


@pytest.fixture
def programme(organisation, people, make_model, request):
    return shared_copy(request, "programme") or build_programme(organisation, people, make_model)


@pytest.fixture(scope="module")
def demo_loaded(module_db):
    """One load_demo for a whole test module (it takes seconds). Returns the output."""
    return run_load_demo()
