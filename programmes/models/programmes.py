"""A municipality's participation programme (osallisuusohjelma) and its items."""

import secrets
from datetime import timedelta

from django.conf import settings
from django.core.exceptions import ValidationError
from django.core.validators import MaxValueValidator, MinValueValidator
from django.db import models
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

RESTORE_WINDOW = timedelta(days=30)
YEAR_VALIDATORS = [MinValueValidator(2000), MaxValueValidator(2100)]


class ProgrammeQuerySet(models.QuerySet):
    def active(self):
        return self.filter(deleted_at__isnull=True)

    def restorable(self):
        return self.filter(deleted_at__gt=timezone.now() - RESTORE_WINDOW)

    def expired(self):
        return self.filter(deleted_at__lte=timezone.now() - RESTORE_WINDOW)


class Programme(models.Model):
    class Status(models.TextChoices):
        DRAFT = "draft", _("Draft")
        ADOPTED = "adopted", _("Adopted")
        ARCHIVED = "archived", _("Archived")

    organisation = models.ForeignKey(
        "programmes.Organisation", on_delete=models.CASCADE, related_name="programmes"
    )
    name = models.CharField(_("name"), max_length=200)
    start_year = models.PositiveSmallIntegerField(_("start year"), validators=YEAR_VALIDATORS)
    end_year = models.PositiveSmallIntegerField(_("end year"), validators=YEAR_VALIDATORS)
    description = models.TextField(_("description"), max_length=4000, blank=True)
    status = models.CharField(
        _("status"), max_length=10, choices=Status.choices, default=Status.DRAFT
    )
    # Set while a read-only share link exists; revoking clears it, so the old link 404s.
    share_token = models.CharField(
        max_length=64, null=True, blank=True, unique=True, editable=False
    )
    created_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, on_delete=models.SET_NULL, related_name="+"
    )
    created_at = models.DateTimeField(auto_now_add=True)
    updated_at = models.DateTimeField(auto_now=True)
    deleted_at = models.DateTimeField(null=True, blank=True, db_index=True)
    deleted_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )

    objects = ProgrammeQuerySet.as_manager()

    class Meta:
        ordering = ["-start_year", "name"]
        verbose_name = _("participation programme")
        verbose_name_plural = _("participation programmes")

    def __str__(self):
        return self.name

    def clean(self):
        if self.start_year and self.end_year and self.end_year < self.start_year:
            raise ValidationError({"end_year": _("The end year cannot be before the start year.")})

    @property
    def is_shared(self):
        return bool(self.share_token)

    def new_share_token(self):
        self.share_token = secrets.token_urlsafe(32)

    @property
    def restore_deadline(self):
        return self.deleted_at + RESTORE_WINDOW if self.deleted_at else None


class ProgrammeItem(models.Model):
    class Status(models.TextChoices):
        PLANNED = "planned", _("Planned")
        IN_PROGRESS = "in_progress", _("In progress")
        DONE = "done", _("Done")
        DROPPED = "dropped", _("Dropped")

    programme = models.ForeignKey(Programme, on_delete=models.CASCADE, related_name="items")
    # The catalogue model. If the page is deleted the item stays with the title it had.
    page = models.ForeignKey(
        "wagtailcore.Page",
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="programme_items",
    )
    page_title = models.CharField(_("model"), max_length=255)
    # The model in every language (its pages' translation key), kept when the page goes:
    # the constraint below refuses a model twice in one programme, whichever language
    # version is added and however the requests interleave.
    model_key = models.UUIDField(null=True, blank=True, editable=False)
    principles = models.ManyToManyField(
        "models_library.GovernancePrinciple",
        blank=True,
        related_name="+",
        verbose_name=_("governance principles"),
    )
    service_phases = models.ManyToManyField(
        "models_library.ServicePhase",
        blank=True,
        related_name="+",
        verbose_name=_("service phases"),
    )
    goal = models.TextField(_("goal"), max_length=2000, blank=True)
    actions = models.TextField(_("actions"), max_length=4000, blank=True)
    responsible = models.CharField(_("responsible person or unit"), max_length=200, blank=True)
    start_date = models.DateField(_("start"), null=True, blank=True)
    end_date = models.DateField(_("end"), null=True, blank=True)
    indicators = models.TextField(_("indicators for follow-up"), max_length=2000, blank=True)
    status = models.CharField(
        _("status"), max_length=12, choices=Status.choices, default=Status.PLANNED
    )
    notes = models.TextField(_("notes"), max_length=4000, blank=True)
    sort_order = models.PositiveIntegerField(default=0)
    # Raised on every save; a save carrying an older version is an edit conflict.
    version = models.PositiveIntegerField(default=1)
    updated_at = models.DateTimeField(auto_now=True)
    updated_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )

    class Meta:
        ordering = ["sort_order", "pk"]
        constraints = [
            models.UniqueConstraint(fields=["programme", "page"], name="model_once_per_programme"),
            models.UniqueConstraint(
                fields=["programme", "model_key"], name="model_once_per_programme_any_language"
            ),
        ]
        verbose_name = _("programme item")
        verbose_name_plural = _("programme items")

    def __str__(self):
        return self.page_title

    def save(self, *args, **kwargs):
        if self.model_key is None and self.page_id is not None:
            self.model_key = self.page.translation_key
        super().save(*args, **kwargs)

    def clean(self):
        if self.start_date and self.end_date and self.end_date < self.start_date:
            raise ValidationError({"end_date": _("The end cannot be before the start.")})

    @property
    def page_is_available(self):
        """The model is still published in the catalogue."""
        return self.page_id is not None and self.page.live

    @property
    def title(self):
        return self.page.title if self.page_is_available else self.page_title

    @property
    def is_open(self):
        return self.status in (self.Status.PLANNED, self.Status.IN_PROGRESS)

    def is_late(self, today):
        return self.is_open and self.end_date is not None and self.end_date < today
