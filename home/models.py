"""Site pages: home, the governance model explainer, the evaluation overview and plain
content pages."""

from django.db import models
from django.utils.translation import gettext_lazy as _
from wagtail import blocks
from wagtail.admin.panels import FieldPanel
from wagtail.fields import RichTextField, StreamField
from wagtail.models import Page
from wagtail.search import index

from core.routing import DirectRoute
from home.coverage import principle_phase_matrix
from home.evaluation_stats import evaluation_overview
from models_library.catalogue import catalogue_page
from models_library.listing import newest_models
from models_library.models import GovernancePrinciple

TEXT_FEATURES = ["h2", "h3", "bold", "italic", "ol", "ul", "link"]


class IntroducedPage(Page):
    """A page with a plain-text lead and a rich-text body."""

    lead = models.TextField(_("lead"), blank=True)
    body = RichTextField(_("body"), blank=True, features=TEXT_FEATURES)

    content_panels = [*Page.content_panels, FieldPanel("lead"), FieldPanel("body")]
    search_fields = [*Page.search_fields, index.SearchField("lead"), index.SearchField("body")]

    class Meta:
        abstract = True


class HomePage(DirectRoute, IntroducedPage):
    parent_page_types = ["wagtailcore.Page"]
    subpage_types = [
        "models_library.ModelLibraryIndexPage",
        "home.GovernanceModelPage",
        "home.EvaluationOverviewPage",
        "home.ContentPage",
    ]
    NEWEST_COUNT = 6

    class Meta:
        verbose_name = _("home page")

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        context["newest_models"] = newest_models(self.locale, self.NEWEST_COUNT, request)
        context["principles"] = GovernancePrinciple.objects.filter(locale=self.locale)
        context["catalogue"] = catalogue_page(self.locale)
        return context


class GovernanceModelPage(IntroducedPage):
    """Explains the governance model with a principle × service phase matrix."""

    parent_page_types = ["home.HomePage"]
    subpage_types = ["home.ContentPage"]

    class Meta:
        verbose_name = _("governance model page")

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        context["matrix"] = principle_phase_matrix(self.locale, request)
        return context


class EvaluationOverviewPage(IntroducedPage):
    """How the catalogue's models have been evaluated, with links into the catalogue."""

    parent_page_types = ["home.HomePage"]
    subpage_types = []
    max_count_per_parent = 1

    class Meta:
        verbose_name = _("evaluation overview page")

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        context["overview"] = evaluation_overview(self.locale_id, request)
        return context


class ContentPage(Page):
    """A plain page, such as the accessibility statement or "about"."""

    lead = models.TextField(_("lead"), blank=True)
    body = StreamField(
        [
            ("heading", blocks.CharBlock(label=_("Heading"), form_classname="title")),
            ("paragraph", blocks.RichTextBlock(label=_("Paragraph"), features=TEXT_FEATURES)),
        ],
        blank=True,
        verbose_name=_("body"),
    )

    content_panels = [*Page.content_panels, FieldPanel("lead"), FieldPanel("body")]
    search_fields = [*Page.search_fields, index.SearchField("lead"), index.SearchField("body")]
    parent_page_types = ["home.HomePage", "home.GovernanceModelPage", "home.ContentPage"]
    subpage_types = ["home.ContentPage"]

    class Meta:
        verbose_name = _("content page")
