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
