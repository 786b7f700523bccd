"""Creating, sharing, deleting and restoring programmes."""

from django.db import transaction
from django.utils import timezone

from programmes.activity_log import record
from programmes.models import Activity, Programme


def create_programme(form, organisation, user):
    with transaction.atomic():
        programme = form.save(commit=False)
        programme.organisation = organisation
        programme.created_by = user
        programme.save()
        record(programme, user, Activity.Action.CREATED, programme.name)
    return programme


def update_programme(form, user):
    with transaction.atomic():
        programme = form.save()
        if form.changed_data:
            record(programme, user, Activity.Action.UPDATED, programme.name, form.changed_data)
    return programme


def share(programme, user):
    """A new share link; an earlier link stops working."""
    with transaction.atomic():
        programme.new_share_token()
        programme.save(update_fields=["share_token", "updated_at"])
        record(programme, user, Activity.Action.SHARED)


def unshare(programme, user):
    with transaction.atomic():
        programme.share_token = None
        programme.save(update_fields=["share_token", "updated_at"])
        record(programme, user, Activity.Action.UNSHARED)


def soft_delete(programme, user):
    """Hide the programme; an owner can restore it within the restore window. The share
    link dies with it and is not revived by a restore."""
    with transaction.atomic():
        programme.deleted_at = timezone.now()
        programme.deleted_by = user
        programme.share_token = None
        programme.save(update_fields=["deleted_at", "deleted_by", "share_token", "updated_at"])
        record(programme, user, Activity.Action.DELETED, programme.name)


def restore(programme, user):
    with transaction.atomic():
        programme.deleted_at = None
        programme.deleted_by = None
        programme.save(update_fields=["deleted_at", "deleted_by", "updated_at"])
        record(programme, user, Activity.Action.RESTORED, programme.name)


def purge_expired():
    """Delete for good the programmes whose restore window has passed."""
    expired = Programme.objects.expired()
    count = expired.count()
    expired.delete()
    return count
