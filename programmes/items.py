"""Adding, saving, moving and removing programme items."""

from __future__ import annotations

from typing import TYPE_CHECKING

from django.db import IntegrityError, transaction
from django.db.models import Max

from programmes.activity_log import record
from programmes.models import Activity, ProgrammeItem

if TYPE_CHECKING:
    from django.contrib.auth.models import User

    from models_library.models import ParticipationModelPage
    from programmes.forms import ItemForm
    from programmes.models import Programme


class AlreadyInProgramme(Exception):
    """The model (in any language) is already an item of the programme."""


def add_model(programme: Programme, page: ParticipationModelPage, user: User) -> ProgrammeItem:
    """A new item for a catalogue model, serving the principles and phases the model is
    tagged with until the team says otherwise."""
    with transaction.atomic():
        if programme.items.filter(model_key=page.translation_key).exists():
            raise AlreadyInProgramme
        last = programme.items.aggregate(last=Max("sort_order"))["last"]
        try:
            with transaction.atomic():
                item = ProgrammeItem.objects.create(
                    programme=programme,
                    page=page,
                    page_title=page.title[:255],
                    sort_order=0 if last is None else last + 1,
                    updated_by=user,
                )
        except IntegrityError:
            # A simultaneous request added the model first (model_once_per_programme_*).
            raise AlreadyInProgramme from None
        item.principles.set(page.principles.all())
        item.service_phases.set(page.service_phases.all())
        record(programme, user, Activity.Action.ITEM_ADDED, page.title)
    return item


def save_item(form: ItemForm, expected_version: int, user: User) -> tuple[bool, ProgrammeItem]:
    """Save an edited item unless someone else saved it since the form was opened.

    Returns (True, item) on success and (False, current item) on an edit conflict, in which
    case nothing is written.
    """
    with transaction.atomic():
        current = ProgrammeItem.objects.select_for_update().get(pk=form.instance.pk)
        if current.version != expected_version:
            return False, current
        item = form.save(commit=False)
        item.version = current.version + 1
        item.updated_by = user
        item.save()
        form.save_m2m()
        changed = [name for name in form.changed_data if name != "version"]
        if changed:
            record(item.programme, user, Activity.Action.ITEM_UPDATED, item.title, changed)
    return True, item


def move_item(item: ProgrammeItem, offset: int, user: User) -> bool:
    """Move an item up (-1) or down (+1); the order is renumbered in one query."""
    with transaction.atomic():
        items = list(item.programme.items.select_for_update().order_by("sort_order", "pk"))
        index = next(i for i, other in enumerate(items) if other.pk == item.pk)
        target = index + offset
        if not 0 <= target < len(items):
            return False
        items[index], items[target] = items[target], items[index]
        for position, other in enumerate(items):
            other.sort_order = position
        ProgrammeItem.objects.bulk_update(items, ["sort_order"])
        record(item.programme, user, Activity.Action.ITEMS_REORDERED, item.title)
    return True


def remove_item(item: ProgrammeItem, user: User) -> None:
    with transaction.atomic():
        record(item.programme, user, Activity.Action.ITEM_REMOVED, item.title)
        item.delete()
