import pytest
from wagtail.models import Page, Site

from tests import factories


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
def make_model(catalogue):
    """Publish a participation model in the catalogue, with tags given as lists of terms."""

    def make(publish=True, **fields):
        relations = {
            name: fields.pop(name)
            for name in list(fields)
            if name
            in {
                "principles",
                "service_phases",
                "procurement_phases",
                "target_groups",
                "topics",
                "regions",
                "funders",
            }
        }
        page = factories.ParticipationModelPageFactory.build(live=False, **fields)
        for name, terms in relations.items():
            setattr(page, name, terms)
        catalogue.add_child(instance=page)
        if publish:
            page.save_revision().publish()
        return page

    return make
