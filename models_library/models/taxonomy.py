"""Controlled vocabularies that classify participation models.

Every vocabulary is a small translatable snippet with a stable slug (used in
URLs and facets) and an explicit sort order, sharing one abstract base.
"""

from django.db import models
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel
from wagtail.models import TranslatableMixin
from wagtail.search import index


class Vocabulary(TranslatableMixin, index.Indexed, models.Model):
    name = models.CharField(_("name"), max_length=255)
    slug = models.SlugField(
        _("slug"),
        max_length=100,
        help_text=_("Stable identifier used in addresses and filters. Keep it unchanged."),
    )
    description = models.TextField(_("description"), blank=True)
    sort_order = models.PositiveIntegerField(_("sort order"), default=0)
    yso_uri = models.URLField(
        _("YSO URI"),
        blank=True,
        help_text=_("Optional link to the matching concept in the General Finnish Ontology YSO."),
    )

    panels = [
        FieldPanel("name"),
        FieldPanel("slug"),
        FieldPanel("description"),
        FieldPanel("sort_order"),
        FieldPanel("yso_uri"),
    ]
    search_fields = [index.SearchField("name"), index.AutocompleteField("name")]

    class Meta(TranslatableMixin.Meta):
        abstract = True
        ordering = ["sort_order", "name"]
        unique_together = [("translation_key", "locale"), ("slug", "locale")]

    def __str__(self):
        return self.name


class GovernancePrinciple(Vocabulary):
    """The three principles of the participation-promoting governance model."""

    class Meta(Vocabulary.Meta):
        verbose_name = _("governance principle")
        verbose_name_plural = _("governance principles")


class ServicePhase(Vocabulary):
    class Meta(Vocabulary.Meta):
        verbose_name = _("service phase")
        verbose_name_plural = _("service phases")


class ProcurementPhase(Vocabulary):
    class Meta(Vocabulary.Meta):
        verbose_name = _("procurement phase")
        verbose_name_plural = _("procurement phases")


class TargetGroup(Vocabulary):
    class Meta(Vocabulary.Meta):
        verbose_name = _("target group")
        verbose_name_plural = _("target groups")


class Topic(Vocabulary):
    """Topic area (aihealue)."""

    class Meta(Vocabulary.Meta):
        verbose_name = _("topic")
        verbose_name_plural = _("topics")


class Region(Vocabulary):
    """Municipality, region or wellbeing services county, or the whole country."""

    class Kind(models.TextChoices):
        MUNICIPALITY = "municipality", _("Municipality")
        REGION = "region", _("Region")
        WELLBEING_COUNTY = "wellbeing_county", _("Wellbeing services county")
        NATIONAL = "national", _("National")

    kind = models.CharField(_("kind"), max_length=20, choices=Kind.choices)

    panels = [*Vocabulary.panels, FieldPanel("kind")]

    class Meta(Vocabulary.Meta):
        verbose_name = _("region")
        verbose_name_plural = _("regions")


class Funder(Vocabulary):
    class Meta(Vocabulary.Meta):
        verbose_name = _("funder")
        verbose_name_plural = _("funders")


class DevelopmentStage(Vocabulary):
    """Ordered: idea, in development, ready to spread, in established use."""

    class Meta(Vocabulary.Meta):
        verbose_name = _("development stage")
        verbose_name_plural = _("development stages")


class DeveloperOrganisation(Vocabulary):
    """An organisation that develops or maintains participation models (not to be confused
    with programmes.models.Organisation, whose members plan participation programmes)."""

    class Type(models.TextChoices):
        PUBLIC = "public", _("Public")
        PRIVATE = "private", _("Private")
        NGO = "ngo", _("NGO")
        CITIZENS = "citizens", _("Citizens' group")
        RESEARCH_EDUCATION = "research_education", _("Research and education")

    org_type = models.CharField(_("type"), max_length=20, choices=Type.choices)

    panels = [*Vocabulary.panels, FieldPanel("org_type")]

    class Meta(Vocabulary.Meta):
        verbose_name = _("developer organisation")
        verbose_name_plural = _("developer organisations")
