"""Items grouped for follow-up: what is late, what is due this year, what is under way."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from django.utils.functional import Promise
from django.utils.translation import gettext_lazy as _

if TYPE_CHECKING:
    from datetime import date

    from programmes.models import ProgrammeItem


@dataclass
class Group:
    key: str
    title: str | Promise
    description: str | Promise
    items: list[ProgrammeItem] = field(default_factory=list)


def follow_up_groups(items: Iterable[ProgrammeItem], today: date) -> list[Group]:
    """Every item lands in exactly one group, the first that applies."""
    groups = [
        Group("late", _("Late"), _("Open items whose end date has passed.")),
        Group("due", _("Due this year"), _("Open items that end this year.")),
        Group("open", _("Open: later or not scheduled"), _("Planned or in progress.")),
        Group("done", _("Done"), ""),
        Group("dropped", _("Dropped"), ""),
    ]
    by_key = {group.key: group for group in groups}
    for item in items:
        by_key[_group_of(item, today)].items.append(item)
    for group in groups:
        group.items.sort(key=lambda item: (item.end_date is None, item.end_date, item.sort_order))
    return groups


def _group_of(item: ProgrammeItem, today: date) -> str:
    if not item.is_open:
        return item.status
    if item.is_late(today):
        return "late"
    if item.end_date and item.end_date.year == today.year:
        return "due"
    return "open"
