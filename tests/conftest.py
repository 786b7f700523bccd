from datetime import UTC, datetime

import pytest
from django.conf import settings
from wagtail.fields import RichTextField
from wagtail.models import Locale, Page, Site

from models_library.models import ModelDeveloper, ParticipationModelPage, RelatedModel
from tests import factories

TAG_FIELDS = {
    "principles",
    "service_phases",
    "procurement_phases",
    "target_groups",
    "topics",
    "regions",
    "funders",
}


@pytest.fixture
def home(db):
    """A HomePage as the default site's root, in place of Wagtail's placeholder."""
    root = Page.get_first_root_node()
    home = factories.HomePageFactory(parent=root)
    Site.objects.update_or_create(
        is_default_site=True,
        defaults={"hostname": "localhost", "port": 80, "root_page": home, "site_name": "Palaset"},
    )
    return home


@pytest.fixture
def catalogue(home):
    return factories.ModelLibraryIndexPageFactory(parent=home)


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
    """Publish a participation model in the catalogue, with tags given as lists of terms.

    Also accepts `developers` (a list of (organisation, role) pairs), `related` (the
    editor's explicit picks, a list of pages) and `published_at` (a datetime that
    replaces first_published_at, for ordering by "newest").
    """

    def make(publish=True, developers=(), related=(), published_at=None, **fields):
        relations = {name: fields.pop(name) for name in list(fields) if name in TAG_FIELDS}
        page = factories.ParticipationModelPageFactory.build(live=False, **fields)
        for name, terms in relations.items():
            setattr(page, name, terms)
        page.developers = [
            ModelDeveloper(organisation=organisation, role=role)
            for organisation, role in developers
        ]
        page.related_model_links = [RelatedModel(model=model) for model in related]
        catalogue.add_child(instance=page)
        if publish:
            page.save_revision().publish()
        if published_at is not None:
            ParticipationModelPage.objects.filter(pk=page.pk).update(
                first_published_at=published_at, last_published_at=published_at
            )
            page.refresh_from_db()
        return page

    return make


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
    """Add evaluations to a model page as an editor does: in a new revision, published
    unless `publish=False` (then they exist only in the unpublished revision). Returns
    the page fresh from the database."""

    def attach(page, *evaluations, publish=True):
        page = ParticipationModelPage.objects.get(pk=page.pk)
        page.evaluations = [*page.evaluations.all(), *evaluations]
        revision = page.save_revision()
        if publish:
            revision.publish()
        return ParticipationModelPage.objects.get(pk=page.pk)

    return attach


# Programmes (issue 6): one organisation with a member of each role, an outsider from
# another organisation and a Wagtail editor who is no member, each with a signed-in client.
PROGRAMME_ROLES = ("viewer", "editor", "owner")


@pytest.fixture
def organisation(db):
    from programmes.models import Organisation

    return Organisation.objects.create(name="Testikunta")


@pytest.fixture
def other_organisation(db):
    from programmes.models import Organisation

    return Organisation.objects.create(name="Naapurikunta")


def _user(username, **extra):
    from django.contrib.auth import get_user_model

    return get_user_model().objects.create_user(
        username=username, email=username, password="a-long-test-password", **extra
    )


@pytest.fixture
def people(organisation, other_organisation):
    """Users by role name: viewer, editor, owner, outsider (owner elsewhere) and
    wagtail_editor (may use the Wagtail admin, belongs to no organisation)."""
    from django.contrib.auth.models import Group

    from programmes.models import Membership

    users = {}
    for role in PROGRAMME_ROLES:
        users[role] = _user(f"{role}@testikunta.example", first_name=role.title())
        Membership.objects.create(organisation=organisation, user=users[role], role=role)
    users["outsider"] = _user("owner@naapurikunta.example")
    Membership.objects.create(organisation=other_organisation, user=users["outsider"], role="owner")
    users["wagtail_editor"] = _user("editor@palaset.example", is_staff=True)
    users["wagtail_editor"].groups.add(Group.objects.get(name="Editors"))
    return users


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
def programme(organisation, people, make_model):
    """A programme of three items, each on its own published model."""
    from programmes.items import add_model
    from programmes.models import Programme

    programme = Programme.objects.create(
        organisation=organisation,
        name="Osallisuusohjelma",
        start_year=2026,
        end_year=2029,
        created_by=people["owner"],
    )
    for n in range(3):
        add_model(programme, make_model(title=f"Malli {n}"), people["editor"])
    return programme


def run_load_demo():
    """`manage.py load_demo`, returning what it printed."""
    import io

    from django.core.management import call_command

    out = io.StringIO()
    call_command("load_demo", stdout=out)
    return out.getvalue()


@pytest.fixture(scope="module")
def demo_loaded(django_db_setup, django_db_blocker):
    """One load_demo for a whole test module (it takes seconds), rolled back after the
    module's last test; each test runs in a savepoint inside it. Returns the output."""
    from django.db import transaction

    with django_db_blocker.unblock(), transaction.atomic():
        yield run_load_demo()
        transaction.set_rollback(True)
