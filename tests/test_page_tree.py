"""Where each page type may live in the tree, and that each one routes and renders."""

from unittest import mock

from django.urls import resolve
from wagtail.coreutils import get_dummy_request
from wagtail.models import Page, Site
from wagtail.test.utils import WagtailPageTestCase

from home.models import ContentPage, EvaluationOverviewPage, GovernanceModelPage, HomePage
from models_library.models import ModelLibraryIndexPage, ParticipationModelPage
from tests import factories

PAGE_TYPES = [
    HomePage,
    ModelLibraryIndexPage,
    ParticipationModelPage,
    GovernanceModelPage,
    EvaluationOverviewPage,
    ContentPage,
]
PARENT_TYPES = [Page, *PAGE_TYPES]

# The site's information architecture: which page type may sit under which.
ALLOWED_PARENTS = {
    HomePage: {Page},
    ModelLibraryIndexPage: {HomePage},
    ParticipationModelPage: {ModelLibraryIndexPage},
    GovernanceModelPage: {HomePage},
    EvaluationOverviewPage: {HomePage},
    ContentPage: {HomePage, GovernanceModelPage, ContentPage},
}


def allowed_children(parent_model):
    return {child for child, parents in ALLOWED_PARENTS.items() if parent_model in parents}


def wagtail_serve_path(url):
    """The path Django hands to Wagtail's serve view for a URL (language prefix removed)."""
    match = resolve(url)
    assert match.url_name == "wagtail_serve", url
    return match.args[0]


class PageTreeTests(WagtailPageTestCase):
    @classmethod
    def setUpTestData(cls):
        cls.home = factories.HomePageFactory(parent=Page.get_first_root_node())
        Site.objects.update_or_create(
            is_default_site=True,
            defaults={"hostname": "localhost", "port": 80, "root_page": cls.home},
        )
        cls.catalogue = factories.ModelLibraryIndexPageFactory(parent=cls.home)
        cls.model = factories.ParticipationModelPageFactory(parent=cls.catalogue)
        cls.governance = factories.GovernanceModelPageFactory(parent=cls.home)
        cls.content = factories.ContentPageFactory(parent=cls.home)
        cls.nested_content = factories.ContentPageFactory(parent=cls.governance)
        cls.overview = factories.EvaluationOverviewPageFactory(parent=cls.home)

    def pages(self):
        return [
            self.home,
            self.catalogue,
            self.model,
            self.governance,
            self.content,
            self.nested_content,
            self.overview,
        ]

    def test_allowed_parent_page_types(self):
        for child_model, parents in ALLOWED_PARENTS.items():
            with self.subTest(child=child_model.__name__):
                self.assertAllowedParentPageTypes(child_model, parents)

    def test_allowed_subpage_types(self):
        for parent_model in PAGE_TYPES:
            with self.subTest(parent=parent_model.__name__):
                self.assertAllowedSubpageTypes(parent_model, allowed_children(parent_model))

    def test_each_page_type_can_be_created_only_where_allowed(self):
        for parent_model in PARENT_TYPES:
            allowed = allowed_children(parent_model)
            for child_model in PAGE_TYPES:
                with self.subTest(parent=parent_model.__name__, child=child_model.__name__):
                    if child_model in allowed:
                        self.assertCanCreateAt(parent_model, child_model)
                    else:
                        self.assertCanNotCreateAt(parent_model, child_model)

    def test_a_home_page_has_at_most_one_catalogue_and_one_overview(self):
        other_home = factories.HomePageFactory(parent=Page.get_first_root_node())
        for page_type in (ModelLibraryIndexPage, EvaluationOverviewPage):
            with self.subTest(page_type=page_type.__name__):
                self.assertTrue(page_type.can_create_at(other_home))
                self.assertFalse(page_type.can_create_at(self.home))

    def test_every_page_type_is_routable(self):
        for page in self.pages():
            with self.subTest(page=type(page).__name__):
                # Wagtail's assertion routes page.get_url() from the site root, but under
                # i18n_patterns that URL starts with the language prefix, which Django's URL
                # resolver strips before Wagtail sees the path. Give it the path Wagtail's
                # serve view really receives.
                url = page.get_url(self.dummy_request)
                self.assertTrue(url.startswith(f"/{page.locale.language_code}/"))
                wagtail_path = wagtail_serve_path(url)
                with mock.patch.object(page, "get_url", return_value="/" + wagtail_path):
                    self.assertPageIsRoutable(page)
                # route_for_request caches its answer on the request: use a fresh one.
                routed, _args, _kwargs = Page.route_for_request(get_dummy_request(), wagtail_path)
                self.assertEqual(routed.pk, page.pk)

    def test_every_page_type_is_renderable(self):
        for page in self.pages():
            with self.subTest(page=type(page).__name__):
                self.assertPageIsRenderable(page)
