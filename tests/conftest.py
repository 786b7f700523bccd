from datetime import UTC, datetime
from types import SimpleNamespace

import pytest
from django.conf import settings
from django.db import transaction
from wagtail.fields import RichTextField
from wagtail.models import Locale

from models_library.models import ParticipationModelPage
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

# The fixtures build their data for each test (tests/builders.py). A module whose tests
# start from the same data builds it once, in a module-scoped fixture that depends on
# `module_db`, and gives each test `fresh` copies.


@pytest.fixture(scope="module")
def module_db(django_db_setup, django_db_blocker):
    """Data made once for a whole test module and rolled back after its last test; each
    test runs in a savepoint inside, so what a test changes is undone before the next."""
    with django_db_blocker.unblock(), transaction.atomic():
        yield
        transaction.set_rollback(True)


def shared(request, name):
    """A fresh copy of the module's shared programme data called `name`, or None when
    the module does not use `programme_world`."""
    if "programme_world" not in request.fixturenames:
        return None
    value = getattr(request.getfixturevalue("programme_world"), name)
    if isinstance(value, dict):
        return {key: fresh(obj) for key, obj in value.items()}
    if isinstance(value, tuple):
        return tuple(fresh(obj) for obj in value)
    return fresh(value)


@pytest.fixture
def home(db, request):
    return shared(request, "home") or build_home()


@pytest.fixture
def catalogue(home, request):
    return shared(request, "catalogue") or build_catalogue(home)


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
            (factories.OrganisationFactory(name="Esimerkkikaupunki"), "maintainer"),
            (factories.OrganisationFactory(name="Järjestö ry"), "developer"),
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
    return shared(request, "organisations") or build_organisations()


@pytest.fixture
def organisation(organisations):
    return organisations[0]


@pytest.fixture
def other_organisation(organisations):
    return organisations[1]


@pytest.fixture
def people(organisation, other_organisation, request):
    return shared(request, "people") or build_people(organisation, other_organisation)


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
    return shared(request, "programme") or build_programme(organisation, people, make_model)


@pytest.fixture(scope="module")
def programme_world(module_db):
    """The data of the fixtures above, made once for a module that asks for it with
    `pytestmark = pytest.mark.usefixtures("programme_world")`; those fixtures then
    return fresh copies of it. For modules of many tests that each start from it."""
    home = build_home()
    catalogue = build_catalogue(home)
    organisations = build_organisations()
    people = build_people(*organisations)
    programme = build_programme(organisations[0], people, model_maker(catalogue))
    return SimpleNamespace(
        home=home,
        catalogue=catalogue,
        organisations=organisations,
        people=people,
        programme=programme,
    )


@pytest.fixture(scope="module")
def demo_loaded(module_db):
    """One load_demo for a whole test module (it takes seconds). Returns the output."""
    return run_load_demo()
