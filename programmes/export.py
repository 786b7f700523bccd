"""A programme as CSV for spreadsheets."""

from __future__ import annotations

import csv
import io
from collections.abc import Callable, Iterable
from typing import TYPE_CHECKING, Any, Protocol

from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy

from core.spreadsheet import neutralise

if TYPE_CHECKING:
    from datetime import date

    from programmes.models import Programme


class ListedItem(Protocol):
    """A ProgrammeItem as programmes/listing.py's load_items() gives it: with its terms
    (each labelled in the reader's language by models_library.vocabulary) attached."""

    title: str
    page_is_available: bool
    principle_terms: list[Any]
    phase_terms: list[Any]
    goal: str
    actions: str
    responsible: str
    start_date: date | None
    end_date: date | None
    indicators: str
    notes: str

    def get_status_display(self) -> str: ...


def programme_csv(
    programme: Programme, items: Iterable[ListedItem], page_url: Callable[[ListedItem], str]
) -> str:
    """UTF-8 with a byte-order mark so that Excel reads Finnish letters right.

    `page_url(item)` gives the model's address, or "" when it is no longer published.
    """
    buffer = io.StringIO()
    buffer.write("\ufeff")
    writer = csv.writer(buffer)
    writer.writerow([str(header) for header in HEADERS])
    for position, item in enumerate(items, start=1):
        writer.writerow([neutralise(cell) for cell in _row(position, item, page_url)])
    return buffer.getvalue()


HEADERS = (
    gettext_lazy("Position"),
    gettext_lazy("Model"),
    gettext_lazy("Address"),
    gettext_lazy("Still published"),
    gettext_lazy("Governance principles"),
    gettext_lazy("Service phases"),
    gettext_lazy("Goal"),
    gettext_lazy("Actions"),
    gettext_lazy("Responsible"),
    gettext_lazy("Start"),
    gettext_lazy("End"),
    gettext_lazy("Indicators"),
    gettext_lazy("Status"),
    gettext_lazy("Notes"),
)


def _row(position: int, item: ListedItem, page_url: Callable[[ListedItem], str]) -> list[object]:
    return [
        position,
        item.title,
        page_url(item),
        _("yes") if item.page_is_available else _("no"),
        "; ".join(term.label for term in item.principle_terms),
        "; ".join(term.label for term in item.phase_terms),
        item.goal,
        item.actions,
        item.responsible,
        item.start_date.isoformat() if item.start_date else "",
        item.end_date.isoformat() if item.end_date else "",
        item.indicators,
        item.get_status_display(),
        item.notes,
    ]
