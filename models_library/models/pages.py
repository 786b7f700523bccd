"""Page types of the catalogue: the catalogue index and the participation model."""

from dataclasses import dataclass
from urllib.parse import urlencode

from django import forms
from django.conf import settings
from django.core.exceptions import ValidationError
from django.db import models
from django.db.models import Count, Q
from django.http import HttpResponseRedirect
from django.utils.html import strip_tags
from django.utils.translation import get_language
from django.utils.translation import gettext_lazy as _
from modelcluster.fields import ParentalKey, ParentalManyToManyField
from wagtail import hooks
from wagtail.admin.panels import (
    FieldPanel,
    FieldRowPanel,
    InlinePanel,
    MultiFieldPanel,
    ObjectList,
    TabbedInterface,
)
from wagtail.fields import RichTextField, StreamField
from wagtail.models import Orderable, Page
from wagtail.search import index
from wagtail_localize.fields import SynchronizedField, TranslatableField

from core.visibility import private_pages_q
from models_library import blocks
from models_library.classification import (
    CLASSIFICATIONS,
    Classification,
    Tab,
    chosen,
    relations,
    terms_of,
)
from models_library.languages import original_language_choices
from models_library.models.evaluation import latest_published
from models_library.page_tags import page_terms
from models_library.vocabulary import attach_labels, labels_for

TEXT_FEATURES = ["bold", "italic", "ol", "ul", "link"]
# The many-to-many classifications (models_library/classification.py).
TAG_RELATIONS = relations(many_only=True)
# The long descriptive texts of the template, in the order the page shows them.
RICH_TEXT_FIELDS = (
    "core_idea",
    "setting",
    "target_group_insight",
    "adoption_conditions",
    "resources",
    "intended_change",
    "change_measurement",
    "starting_point",
    "needs",
    "co_development",
)
# Relations that make two models alike enough to suggest one beside the other.
SIMILARITY_RELATIONS = relations("similarity", many_only=True)
# Short texts that count as body text for search.
PLAIN_TEXT_FIELDS = ("implemented_where", "project_name")
LEAD_MAX_LENGTH = 300
# Wagtail hook: functions (catalogue page, request) → extra context for the catalogue page.
CATALOGUE_CONTEXT_HOOK = "catalogue_context"
# Similar models for a model page: the search app answers from its in-memory facet index
# (search/similar.py); without it, one aggregate query does (similar_models below).
SIMILAR_MODELS_HOOK = "similar_models"


@dataclass(frozen=True)
class SearchContent:
    """What a model contributes to the catalogue search, by weight class. The search index
    weighs the classes (a title match counts most); it never reads the page's fields."""

    title: str
    lead: str
    tags: str  # labels of the searchable classifications, in the page's language
    body: str  # the description, plain text
    # The searchable classifications' (canonical) terms, whose labels in other languages
    # make an untranslated model findable in those languages' catalogues.
    tag_terms: tuple = ()


class ModelLibraryIndexPage(Page):
    """The catalogue of participation models."""

    intro = RichTextField(_("introduction"), blank=True, features=TEXT_FEATURES)

    content_panels = [*Page.content_panels, FieldPanel("intro")]
    parent_page_types = ["home.HomePage"]
    subpage_types = ["models_library.ParticipationModelPage"]
    max_count_per_parent = 1

    class Meta:
        verbose_name = _("model catalogue")

    def get_context(self, request, *args, **kwargs):
        """The catalogue page is the search page. The search app provides its context
        through the `catalogue_context` Wagtail hook, so the catalogue does not import
        search (search depends on the catalogue, not the other way)."""
        context = super().get_context(request, *args, **kwargs)
        for provide in hooks.get_hooks(CATALOGUE_CONTEXT_HOOK):
            context.update(provide(self, request))
        params = context.get("search_params")
        if params is not None and hasattr(params, "query_items"):
            # The language switcher keeps the search and its filters (facet values are the
            # same in every language): the cleaned state, not the raw query string.
            request.language_switch_query = urlencode(params.query_items())
        return context

    def serve(self, request, *args, **kwargs):
        response = super().serve(request, *args, **kwargs)
        if response.context_data.get("catalogue_redirect"):
            # The search form's URL, reduced to the state it means (e.g. no default sort).
            return HttpResponseRedirect(response.context_data["catalogue_redirect"])
        if response.context_data.get("search_unavailable"):
            response.status_code = 503  # the search server is down; the page says so
        return response


def canonical_vocabulary():
    """Pages link to the default-locale vocabulary terms, so facet ids are the same in
    every language; labels are shown in the reader's language through translation_key."""
    return Q(locale__language_code=settings.LANGUAGE_CODE)


def _classification_field(classification: Classification) -> models.Field:
    """The page's field for a classification: a relation to the canonical terms."""
    target = f"models_library.{classification.vocabulary}"
    if not classification.many:
        return models.ForeignKey(
            target,
            verbose_name=classification.field_label,
            null=True,
            blank=True,
            on_delete=models.SET_NULL,
            related_name="+",
            limit_choices_to=canonical_vocabulary,
        )
    return ParentalManyToManyField(
        target,
        blank=True,
        related_name="+",
        verbose_name=classification.field_label,
        limit_choices_to=canonical_vocabulary,
    )


def _classification_panels(tab: Tab) -> list[FieldPanel]:
    """Checkboxes for the many-to-many classifications of a tab, a select for the others."""
    return [
        FieldPanel(c.relation, widget=forms.CheckboxSelectMultiple if c.many else None)
        for c in CLASSIFICATIONS
        if c.tab == tab
    ]


class ParticipationModelPage(Page):
    """A participation model described with Innokylä's template."""

    lead = models.TextField(
        _("short description"),
        max_length=LEAD_MAX_LENGTH,
        help_text=_("One to three sentences, shown as the lead and in listings."),
    )
    core_idea = RichTextField(_("core idea"), features=TEXT_FEATURES)
    setting = RichTextField(_("setting"), blank=True, features=TEXT_FEATURES)
    target_group_insight = RichTextField(
        _("target group and client insight"), blank=True, features=TEXT_FEATURES
    )
    adoption_conditions = RichTextField(
        _("conditions for working and adoption"), blank=True, features=TEXT_FEATURES
    )
    implementation = StreamField(
        [("step", blocks.StepBlock())], blank=True, verbose_name=_("implementation")
    )
    roles = StreamField([("role", blocks.RoleBlock())], blank=True, verbose_name=_("roles"))
    resources = RichTextField(_("resources"), blank=True, features=TEXT_FEATURES)
    intended_change = RichTextField(_("intended change"), blank=True, features=TEXT_FEATURES)
    change_measurement = RichTextField(
        _("how the change is measured"), blank=True, features=TEXT_FEATURES
    )
    starting_point = RichTextField(
        _("starting point and strategic links"), blank=True, features=TEXT_FEATURES
    )
    needs = RichTextField(_("needs behind the work"), blank=True, features=TEXT_FEATURES)
    co_development = RichTextField(
        _("gathering the developers and co-development"), blank=True, features=TEXT_FEATURES
    )
    project_name = models.CharField(_("development project"), max_length=255, blank=True)
    project_start_year = models.PositiveSmallIntegerField(
        _("project start year"), null=True, blank=True
    )
    project_end_year = models.PositiveSmallIntegerField(
        _("project end year"), null=True, blank=True
    )
    implemented_where = models.CharField(_("where implemented"), max_length=255, blank=True)
    # The language the model was first described in; translations keep the source's value.
    original_language = models.CharField(
        _("original language"),
        max_length=10,
        choices=original_language_choices,
        blank=True,
        help_text=_("The language the description was first written in. Set automatically."),
    )
    contact = models.TextField(_("contact"), blank=True)
    links = StreamField(
        [("link", blocks.ExternalLinkBlock()), ("attachment", blocks.AttachmentBlock())],
        blank=True,
        verbose_name=_("attachments and links"),
    )
    cover_image = models.ForeignKey(
        "wagtailimages.Image",
        verbose_name=_("cover image"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    cover_image_alt = models.CharField(
        _("cover image alternative text"),
        max_length=255,
        blank=True,
        help_text=_("Describe what the image shows. Required when there is a cover image."),
    )

    # The classification fields (principles, service_phases, ..., stage) are added below the
    # class from models_library/classification.py.

    search_fields = [
        *Page.search_fields,
        index.SearchField("lead"),
        index.SearchField("core_idea"),
        index.SearchField("setting"),
        index.SearchField("target_group_insight"),
        index.SearchField("implemented_where"),
        index.SearchField("project_name"),
        index.AutocompleteField("title"),
    ]

    translatable_fields = [
        TranslatableField("title"),
        TranslatableField("slug"),
        TranslatableField("seo_title"),
        TranslatableField("search_description"),
        TranslatableField("lead"),
        TranslatableField("core_idea"),
        TranslatableField("setting"),
        TranslatableField("target_group_insight"),
        TranslatableField("adoption_conditions"),
        TranslatableField("implementation"),
        TranslatableField("roles"),
        TranslatableField("resources"),
        TranslatableField("intended_change"),
        TranslatableField("change_measurement"),
        TranslatableField("starting_point"),
        TranslatableField("needs"),
        TranslatableField("co_development"),
        TranslatableField("implemented_where"),
        TranslatableField("contact"),
        TranslatableField("links"),
        TranslatableField("cover_image_alt"),
        SynchronizedField("original_language"),
        SynchronizedField("project_name"),
        SynchronizedField("project_start_year"),
        SynchronizedField("project_end_year"),
        SynchronizedField("cover_image"),
        # Classifications link the canonical terms, the same in every language.
        *(SynchronizedField(c.relation) for c in CLASSIFICATIONS),
        SynchronizedField("developers"),
        TranslatableField("evaluations"),
        SynchronizedField("related_model_links"),
    ]

    basic_panels = [
        FieldPanel("title"),
        FieldPanel("lead"),
        FieldPanel("implemented_where"),
        *_classification_panels(Tab.BASIC),
        MultiFieldPanel(
            [FieldPanel("cover_image"), FieldPanel("cover_image_alt")], heading=_("Cover image")
        ),
        FieldPanel("links"),
        FieldPanel("contact"),
        FieldPanel("original_language"),
    ]
    description_panels = [
        FieldPanel("core_idea"),
        FieldPanel("setting"),
        FieldPanel("target_group_insight"),
        FieldPanel("adoption_conditions"),
        FieldPanel("implementation"),
        FieldPanel("roles"),
        FieldPanel("resources"),
        FieldPanel("intended_change"),
        FieldPanel("change_measurement"),
    ]
    classification_panels = _classification_panels(Tab.CLASSIFICATION)
    development_path_panels = [
        FieldPanel("starting_point"),
        FieldPanel("needs"),
        FieldPanel("co_development"),
    ]
    developer_panels = [
        FieldPanel("project_name"),
        FieldRowPanel([FieldPanel("project_start_year"), FieldPanel("project_end_year")]),
        *_classification_panels(Tab.DEVELOPERS),
        InlinePanel("developers", label=_("Organisation")),
        InlinePanel("related_model_links", label=_("Related model"), heading=_("Related models")),
    ]
    edit_handler = TabbedInterface(
        [
            ObjectList(basic_panels, heading=_("Basic data")),
            ObjectList(description_panels, heading=_("Description")),
            ObjectList(classification_panels, heading=_("Classification")),
            ObjectList(development_path_panels, heading=_("Development path")),
            ObjectList(developer_panels, heading=_("Developers")),
            ObjectList(
                [InlinePanel("evaluations", label=_("Evaluation"), heading=_("Evaluations"))],
                heading=_("Evaluation"),
            ),
            ObjectList(Page.promote_panels, heading=_("Promote")),
            ObjectList(Page.settings_panels, heading=_("Settings")),
        ]
    )

    parent_page_types = ["models_library.ModelLibraryIndexPage"]
    subpage_types = []

    class Meta:
        verbose_name = _("participation model")
        verbose_name_plural = _("participation models")

    def save(self, *args, **kwargs):
        if not self.original_language and self.locale_id:
            self.original_language = self.locale.language_code
        return super().save(*args, **kwargs)

    def search_content(self) -> SearchContent:
        """The page's texts for the search index (the searchable classifications' tags
        prefetched where many pages are indexed at once)."""
        language = self.locale.language_code
        terms = [term for c in chosen("indexed") for term in terms_of(self, c) if term is not None]
        body = [strip_tags(getattr(self, field) or "") for field in RICH_TEXT_FIELDS]
        body += [getattr(self, field) or "" for field in PLAIN_TEXT_FIELDS]
        body += [
            f"{step.value['title']} {step.value['description']}" for step in self.implementation
        ]
        body += [role.value["contribution"] for role in self.roles]
        return SearchContent(
            title=self.title,
            lead=self.lead,
            tags=" ".join(labels_for(terms, language)),
            body=" ".join(body),
            tag_terms=tuple(terms),
        )

    @property
    def is_translation(self):
        return bool(self.original_language) and self.original_language != self.locale.language_code

    def clean(self):
        super().clean()
        errors = {}
        if self.cover_image_id and not self.cover_image_alt.strip():
            errors["cover_image_alt"] = _("Describe the cover image for people who cannot see it.")
        start, end = self.project_start_year, self.project_end_year
        if start and end and end < start:
            errors["project_end_year"] = _("The end year cannot be before the start year.")
        if errors:
            raise ValidationError(errors)

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        tags = self._tags()
        evaluation = latest_published(self.evaluations.select_related("evaluator"))
        developers = list(self.developers.select_related("organisation"))
        self._label_terms(evaluation, developers)
        private_q = private_pages_q(request)
        related = self.explicitly_related(private_q)
        tag_ids = {
            relation: [term.pk for term in tags[relation]] for relation in SIMILARITY_RELATIONS
        }
        context.update(
            tags=tags,
            # The classification box; the developers' classifications (funders) go with
            # the developers.
            classified=[
                (c.heading, tags[c.relation])
                for c in chosen(many_only=True)
                if c.tab != Tab.DEVELOPERS
            ],
            evaluation=evaluation,
            developers=developers,
            related_models=related,
            similar_models=self.similar_models(tag_ids, private_q, exclude=[m.pk for m in related]),
        )
        return context

    def _tags(self):
        """The page's terms per many-valued classification, labelled in the reader's
        language, and its stage: one query (page_tags.py). A preview's page holds its
        draft's terms in memory, which only the relations themselves know."""
        in_memory = getattr(self, "_cluster_related_objects", {})
        if any(relation in in_memory for relation in TAG_RELATIONS):
            tags = {relation: list(getattr(self, relation).all()) for relation in TAG_RELATIONS}
            attach_labels([self.stage, *(term for terms in tags.values() for term in terms)])
            return tags
        terms = page_terms(self, get_language() or settings.LANGUAGE_CODE)
        for classification in chosen():
            if not classification.many:
                found = terms.pop(classification.relation)
                setattr(self, classification.relation, found[0] if found else None)
        return terms

    def _label_terms(self, evaluation, developers):
        """Vocabulary names in the reader's language: developer organisations, the
        evaluator and the evaluation's criteria (one query per vocabulary)."""
        terms = [developer.organisation for developer in developers]
        if evaluation:
            terms.append(evaluation.evaluator)
            terms += [block.value.get("criterion") for block in evaluation.criteria]
        attach_labels(terms)

    @property
    def latest_evaluation(self):
        """The published evaluation to show (uses prefetched evaluations when there are)."""
        return latest_published(self.evaluations.all())

    def explicitly_related(self, private_q):
        """The editor's picks that a visitor may see, in the editor's order, each in this
        page's language when it has a live translation (picks are synchronised across
        translations, so they point at the source-language pages)."""
        picks = list(self.related_model_links.values_list("model_id", "model__translation_key"))
        visible = ParticipationModelPage.objects.live().exclude(private_q)
        candidates = visible.filter(translation_key__in=[key for _pk, key in picks])
        by_id = {page.pk: page for page in candidates}
        in_locale = {p.translation_key: p for p in by_id.values() if p.locale_id == self.locale_id}
        chosen = [in_locale.get(key) or by_id.get(pk) for pk, key in picks]
        return [page for page in chosen if page is not None]

    def similar_models(self, tag_ids, private_q, exclude=(), limit=4):
        """Other live public models of this language, most shared tags first, then by
        title (1 query)."""
        for provide in hooks.get_hooks(SIMILAR_MODELS_HOOK):
            return provide(self, tag_ids, private_q, list(exclude), limit)
        shared, score = Q(), None
        for relation, ids in tag_ids.items():
            if ids:
                shared |= Q(**{f"{relation}__in": ids})
                count = Count(relation, filter=Q(**{f"{relation}__in": ids}), distinct=True)
                score = count if score is None else score + count
        if score is None:
            return []
        candidates = (
            ParticipationModelPage.objects.live()
            .exclude(private_q)
            .filter(shared, locale_id=self.locale_id)
            .exclude(pk__in=[self.pk, *exclude])
            .annotate(shared_tags=score)
            .order_by("-shared_tags", "title")
        )
        return list(candidates[:limit])


for _classification in CLASSIFICATIONS:
    ParticipationModelPage.add_to_class(
        _classification.relation, _classification_field(_classification)
    )


class ModelDeveloper(Orderable):
    """An organisation that develops or maintains a model."""

    class Role(models.TextChoices):
        MAINTAINER = "maintainer", _("Maintainer")
        DEVELOPER = "developer", _("Developer")

    page = ParentalKey(ParticipationModelPage, related_name="developers", on_delete=models.CASCADE)
    organisation = models.ForeignKey(
        "models_library.DeveloperOrganisation",
        verbose_name=_("organisation"),
        on_delete=models.PROTECT,
        related_name="+",
        limit_choices_to=canonical_vocabulary,
    )
    role = models.CharField(_("role"), max_length=20, choices=Role.choices, default=Role.DEVELOPER)

    panels = [FieldPanel("organisation"), FieldPanel("role")]

    class Meta(Orderable.Meta):
        verbose_name = _("developer organisation")


class RelatedModel(Orderable):
    """An editor's explicit pick of a related model."""

    page = ParentalKey(
        ParticipationModelPage, related_name="related_model_links", on_delete=models.CASCADE
    )
    model = models.ForeignKey(
        ParticipationModelPage,
        verbose_name=_("model"),
        on_delete=models.CASCADE,
        related_name="+",
    )

    panels = [FieldPanel("model")]

    class Meta(Orderable.Meta):
        verbose_name = _("related model")
