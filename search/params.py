"""Reading search parameters from a URL: an allow-list, never request.GET unpacked."""

import unicodedata
from dataclasses import dataclass, field
from urllib.parse import urlencode

from django.utils.translation import gettext_lazy as _

from search.facets import all_facets

MAX_QUERY_LENGTH = 200
MAX_VALUES_PER_FACET = 50
MAX_VALUE_LENGTH = 100
SORTS = {
    "relevance": _("Relevance"),
    "newest": _("Newest"),
    "updated": _("Last updated"),
    "title": _("Title (A–Ö)"),
}


@dataclass(frozen=True)
class SearchParams:
    q: str = ""
    truncated: bool = False
    sort: str = "title"
    page: str = "1"
    selected: dict = field(default_factory=dict)  # facet name → tuple of slugs

    def query_items(self, **overrides):
        """The state as URL items (q, facets, sort, page), with some parts replaced."""
        state = {"q": self.q, "sort": self.sort, "page": None, **overrides}
        selected = overrides.get("selected", self.selected)
        items = [("q", state["q"])] if state["q"] else []
        for facet in all_facets():
            items += [(facet.name, value) for value in selected.get(facet.name, ())]
        if state["sort"] != default_sort(state["q"]):
            items.append(("sort", state["sort"]))
        if state["page"] not in (None, 1, "1"):
            items.append(("page", state["page"]))
        return items

    def url(self, **overrides):
        items = self.query_items(**overrides)
        return "?" + urlencode(items) if items else "?"

    @property
    def is_filtered(self):
        return bool(self.q or any(self.selected.values()))


def default_sort(query):
    return "relevance" if query else "title"


def clean_query(raw):
    """Control characters become spaces, runs of space collapse, the length is capped."""
    text = "".join(" " if unicodedata.category(ch).startswith("C") else ch for ch in raw)
    text = " ".join(text.split())
    if len(text) <= MAX_QUERY_LENGTH:
        return text, False
    cut = text[: MAX_QUERY_LENGTH + 1]
    # Cut at the last space, so that no half word remains to match nothing.
    return (cut.rsplit(" ", 1)[0] if " " in cut else cut[:MAX_QUERY_LENGTH]), True


def _clean_values(values):
    seen = []
    for value in values[: MAX_VALUES_PER_FACET * 2]:
        value = value.strip()[:MAX_VALUE_LENGTH]
        if value and value not in seen:
            seen.append(value)
    return tuple(seen[:MAX_VALUES_PER_FACET])


def parse(query_dict):
    q, truncated = clean_query(query_dict.get("q", ""))
    sort = query_dict.get("sort", "")
    if sort not in SORTS or (sort == "relevance" and not q):
        sort = default_sort(q)
    selected = {}
    for facet in all_facets():
        values = _clean_values(query_dict.getlist(facet.name))
        if values:
            selected[facet.name] = values
    return SearchParams(
        q=q, truncated=truncated, sort=sort, page=query_dict.get("page", "1"), selected=selected
    )
