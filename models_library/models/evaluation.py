"""Evaluation summaries: Sokra-style participation assessments as structured data.

A model page has zero or more evaluations (the history is kept); the latest published
one is shown and filtered on. Ratings use one ordinal scale for THL's three areas of
participation; the promising-practice checklist uses an editable vocabulary of criteria.
"""

from django.core.exceptions import ValidationError
from django.db import models
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from modelcluster.fields import ParentalKey
from wagtail import blocks
from wagtail.admin.panels import FieldPanel, FieldRowPanel, MultiFieldPanel
from wagtail.fields import StreamField
from wagtail.models import Orderable, TranslatableMixin
from wagtail.snippets.blocks import SnippetChooserBlock
from wagtail_localize.fields import SynchronizedField, TranslatableField

from models_library.models.taxonomy import Vocabulary


class PromisingPracticeCriterion(Vocabulary):
    """A criterion of a promising practice (editable: the official list is not public)."""

    class Meta(Vocabulary.Meta):
        verbose_name = _("promising-practice criterion")
        verbose_name_plural = _("promising-practice criteria")


class Rating(models.TextChoices):
    """One ordinal scale for every participation area; the help texts define it."""

    NOT_IDENTIFIABLE = "not_identifiable", _("Not identifiable")
    PARTLY = "partly", _("Partly")
    CLEARLY = "clearly", _("Clearly")


RATING_DEFINITIONS = {
    Rating.NOT_IDENTIFIABLE: _("The documentation shows no way the model strengthens this area."),
    Rating.PARTLY: _(
        "The model strengthens this area in some of its activities or for some people."
    ),
    Rating.CLEARLY: _(
        "Strengthening this area is a stated aim of the model and shows in how it works."
    ),
}


class EvidenceLevel(models.TextChoices):
    """Ordinal, from weakest to strongest."""

    DESCRIBED = "described", _("Described only")
    DOCUMENTED = "documented", _("Evaluated from documentation")
    OUTCOME_DATA = "outcome_data", _("Outcome data collected")
    EFFECT_SHOWN = "effect_shown", _("Effect shown against a comparison")


EVIDENCE_DEFINITIONS = {
    EvidenceLevel.DESCRIBED: _("The model has been described, but not evaluated."),
    EvidenceLevel.DOCUMENTED: _("The model has been assessed from its project documentation."),
    EvidenceLevel.OUTCOME_DATA: _("Data on the model's outcomes has been collected and analysed."),
    EvidenceLevel.EFFECT_SHOWN: _(
        "An effect has been shown by comparing with people or places without the model."
    ),
}


class CriterionStatus(models.TextChoices):
    MET = "met", _("Met")
    PARTLY = "partly", _("Partly met")
    NOT_MET = "not_met", _("Not met")
    NOT_ASSESSED = "not_assessed", _("Not assessed")


# THL's three areas of participation: (field prefix, label, description).
AREAS = (
    (
        "own_life",
        _("Participation in one's own life"),
        _("Living the life one wants; choosing services and activities."),
    ),
    (
        "community",
        _("Participation in communities and influencing"),
        _("Belonging to communities and taking part in decisions."),
    ),
    (
        "common_good",
        _("Participation in the common good"),
        _("Doing together, enjoying and co-producing the common good."),
    ),
)


class CriterionBlock(blocks.StructBlock):
    criterion = SnippetChooserBlock(PromisingPracticeCriterion, label=_("Criterion"))
    status = blocks.ChoiceBlock(
        choices=CriterionStatus.choices, default=CriterionStatus.NOT_ASSESSED, label=_("Status")
    )

    class Meta:
        icon = "tick"
        label = _("Criterion")


def _rating_field(label):
    return models.CharField(label, max_length=20, choices=Rating.choices, blank=True)


def _justification_field():
    return models.TextField(_("justification"), blank=True, max_length=2000)


class Evaluation(TranslatableMixin, Orderable):
    class Basis(models.TextChoices):
        DOCUMENTATION = "documentation", _("Project documentation")
        INTERVIEWS = "interviews", _("Interviews")
        OUTCOME_DATA = "outcome_data", _("Outcome data")
        OTHER = "other", _("Other")

    class Status(models.TextChoices):
        DRAFT = "draft", _("Draft")
        PUBLISHED = "published", _("Published")

    page = ParentalKey(
        "models_library.ParticipationModelPage",
        related_name="evaluations",
        on_delete=models.CASCADE,
    )
    status = models.CharField(
        _("status"), max_length=10, choices=Status.choices, default=Status.DRAFT
    )
    evaluator = models.ForeignKey(
        "models_library.DeveloperOrganisation",
        verbose_name=_("evaluator"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    date = models.DateField(_("date"))
    basis = models.CharField(_("basis"), max_length=20, choices=Basis.choices)
    own_life_rating = _rating_field(_("participation in one's own life"))
    own_life_justification = _justification_field()
    community_rating = _rating_field(_("participation in communities and influencing"))
    community_justification = _justification_field()
    common_good_rating = _rating_field(_("participation in the common good"))
    common_good_justification = _justification_field()
    criteria = StreamField(
        [("criterion", CriterionBlock())],
        blank=True,
        verbose_name=_("promising-practice checklist"),
    )
    strengths = models.TextField(_("strengths"), blank=True, max_length=4000)
    development_needs = models.TextField(_("development needs"), blank=True, max_length=4000)
    transfer_conditions = models.TextField(
        _("conditions for transfer"), blank=True, max_length=4000
    )
    evidence_level = models.CharField(
        _("evidence level"), max_length=20, choices=EvidenceLevel.choices, blank=True
    )
    report_url = models.URLField(_("link to the full report"), blank=True)
    report_document = models.ForeignKey(
        "wagtaildocs.Document",
        verbose_name=_("full report as an attachment"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    illustrative = models.BooleanField(
        _("illustrative example"),
        default=False,
        help_text=_("Example data for demonstration, not a real evaluation's findings."),
    )

    panels = [
        FieldRowPanel([FieldPanel("status"), FieldPanel("date"), FieldPanel("basis")]),
        FieldRowPanel([FieldPanel("evaluator"), FieldPanel("evidence_level")]),
        *[
            MultiFieldPanel(
                [FieldPanel(f"{prefix}_rating"), FieldPanel(f"{prefix}_justification")],
                heading=label,
                help_text=description,
            )
            for prefix, label, description in AREAS
        ],
        FieldPanel("criteria"),
        FieldPanel("strengths"),
        FieldPanel("development_needs"),
        FieldPanel("transfer_conditions"),
        FieldRowPanel([FieldPanel("report_url"), FieldPanel("report_document")]),
        FieldPanel("illustrative"),
    ]

    translatable_fields = [
        TranslatableField("own_life_justification"),
        TranslatableField("community_justification"),
        TranslatableField("common_good_justification"),
        TranslatableField("strengths"),
        TranslatableField("development_needs"),
        TranslatableField("transfer_conditions"),
        *[
            SynchronizedField(name)
            for name in (
                "status",
                "evaluator",
                "date",
                "basis",
                "own_life_rating",
                "community_rating",
                "common_good_rating",
                "criteria",
                "evidence_level",
                "report_url",
                "report_document",
                "illustrative",
            )
        ],
    ]

    class Meta(TranslatableMixin.Meta, Orderable.Meta):
        verbose_name = _("evaluation")
        verbose_name_plural = _("evaluations")

    def __str__(self):
        return f"{self.page} – {self.date}"

    def clean(self):
        super().clean()
        errors = {}
        if self.date and self.date > timezone.localdate():
            errors["date"] = _("The date cannot be in the future.")
        for prefix, _label, _description in AREAS:
            rating = getattr(self, f"{prefix}_rating")
            if rating and not getattr(self, f"{prefix}_justification").strip():
                errors[f"{prefix}_justification"] = _("Justify the rating in a sentence or two.")
            if self.status == self.Status.PUBLISHED and not rating:
                errors[f"{prefix}_rating"] = _("Rate every area before publishing the evaluation.")
        if errors:
            raise ValidationError(errors)

    @property
    def areas(self):
        """(label, description, rating value, rating label, justification) per area."""
        return [
            {
                "key": prefix,
                "label": label,
                "description": description,
                "rating": getattr(self, f"{prefix}_rating"),
                "rating_label": getattr(self, f"get_{prefix}_rating_display")(),
                "justification": getattr(self, f"{prefix}_justification"),
            }
            for prefix, label, description in AREAS
        ]

    @property
    def evidence_definition(self):
        return EVIDENCE_DEFINITIONS.get(self.evidence_level, "")


def latest_published(evaluations):
    """The evaluation to show and filter on: the newest published one, or None."""
    published = [e for e in evaluations if e.status == Evaluation.Status.PUBLISHED]
    return max(published, key=lambda e: (e.date, e.pk or 0), default=None)
