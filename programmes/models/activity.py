"""The change log of a programme: who did what, and when."""

from django.conf import settings
from django.db import models
from django.utils.translation import gettext_lazy as _


class Activity(models.Model):
    class Action(models.TextChoices):
        CREATED = "created", _("created the programme")
        UPDATED = "updated", _("changed the programme's details")
        ITEM_ADDED = "item_added", _("added a model")
        ITEM_UPDATED = "item_updated", _("changed an item")
        ITEM_REMOVED = "item_removed", _("removed an item")
        ITEMS_REORDERED = "items_reordered", _("changed the order of items")
        SHARED = "shared", _("created a share link")
        UNSHARED = "unshared", _("revoked the share link")
        DELETED = "deleted", _("deleted the programme")
        RESTORED = "restored", _("restored the programme")

    programme = models.ForeignKey(
        "programmes.Programme", on_delete=models.CASCADE, related_name="activities"
    )
    user = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, on_delete=models.SET_NULL, related_name="+"
    )
    action = models.CharField(max_length=20, choices=Action.choices)
    # What the action was about, as it was named then (an item's model title).
    subject = models.CharField(max_length=255, blank=True)
    # Field names that changed, for updates.
    fields = models.JSONField(default=list, blank=True)
    created_at = models.DateTimeField(auto_now_add=True, db_index=True)

    class Meta:
        ordering = ["-created_at", "-pk"]
        verbose_name = _("change log entry")
        verbose_name_plural = _("change log entries")

    def __str__(self):
        return f"{self.user} {self.action} {self.subject}"
