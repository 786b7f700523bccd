"""Creating, sharing, deleting and restoring programmes."""

from __future__ import annotations

from typing import TYPE_CHECKING

from django.db import transaction
from django.utils import timezone

from programmes.activity_log import record
from programmes.models import Activity, Programme

if TYPE_CHECKING:
    from django.contrib.auth.models import User

    from programmes.forms import ProgrammeForm
    from programmes.models import Organisation


def create_programme(form: ProgrammeForm, organisation: Organisation, user: User) -> Programme:
    with transaction.atomic():
        programme = form.save(commit=False)
        programme.organisation = organisation
        programme.created_by = user
        programme.save()
        record(programme, user, Activity.Action.CREATED, programme.name)
    return programme


def update_programme(form: ProgrammeForm, user: User) -> Programme:
    with transaction.atomic():
        programme = form.save()
        if form.changed_data:
            record(programme, user, Activity.Action.UPDATED, programme.name, form.changed_data)
    return programme


def share(programme: Programme, user: User) -> None:
    """A new share link; an earlier link stops working."""
    with transaction.atomic():
        programme.new_share_token()
        programme.save(update_fields=["share_token", "updated_at"])
        record(programme, user, Activity.Action.SHARED)


def unshare(programme: Programme, user: User) -> None:
    with transaction.atomic():
        programme.share_token = None
        programme.save(update_fields=["share_token", "updated_at"])
        record(programme, user, Activity.Action.UNSHARED)


def soft_delete(programme: Programme, user: User) -> None:
    """Hide the programme; an owner can restore it within the restore window. The share
    link dies with it and is not revived by a restore."""
    with transaction.atomic():
        programme.deleted_at = timezone.now()
        programme.deleted_by = user
        programme.share_token = None
        programme.save(update_fields=["deleted_at", "deleted_by", "share_token", "updated_at"])
        record(programme, user, Activity.Action.DELETED, programme.name)


def restore(programme: Programme, user: User) -> None:
    with transaction.atomic():
        programme.deleted_at = None
        programme.deleted_by = None
        programme.save(update_fields=["deleted_at", "deleted_by", "updated_at"])
        record(programme, user, Activity.Action.RESTORED, programme.name)


def purge_expired() -> int:
    """Delete for good the programmes whose restore window has passed."""
    expired = Programme.objects.expired()
    count = expired.count()
    expired.delete()
    return count
