"""Reading search parameters from a URL: an allow-list, never request.GET unpacked."""

import unicodedata
from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import Any
from urllib.parse import urlencode

from django.http import QueryDict
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
    # The words as typed, without typo correction (the "search instead for" link).
    exact: bool = False
    sort: str = "title"
    page: str = "1"
    selected: dict[str, tuple[str, ...]] = field(default_factory=dict)  # facet → its slugs

    # `overrides` replace parts of the state: q, sort, page (a number) or selected.
    def query_items(self, **overrides: Any) -> list[tuple[str, Any]]:
        """The state as URL items (q, facets, sort, page), with some parts replaced."""
        state = {"q": self.q, "sort": self.sort, "page": None, **overrides}
        selected = overrides.get("selected", self.selected)
        items = [("q", state["q"])] if state["q"] else []
        if state["q"] and overrides.get("exact", self.exact):
            items.append(("exact", "1"))
        for facet in all_facets():
            items += [(facet.name, value) for value in selected.get(facet.name, ())]
        # Relevance needs a query: a link without one drops it.
        if state["sort"] != default_sort(state["q"]) and (
            state["q"] or state["sort"] != "relevance"
        ):
            items.append(("sort", state["sort"]))
        if state["page"] not in (None, 1, "1"):
            items.append(("page", state["page"]))
        return items

    def url(self, **overrides: Any) -> str:
        items = self.query_items(**overrides)
        return "?" + urlencode(items) if items else "?"

    @property
    def default_sort(self) -> str:
        return default_sort(self.q)

    @property
    def is_filtered(self) -> bool:
        return bool(self.q or any(self.selected.values()))


# A selection is one value or an iterable of them (slugs, fixed values; str() of each).
def catalogue_url(base_url: str, /, **selections: Any) -> str:
    """The catalogue at `base_url` filtered by `selections`, e.g.
    `catalogue_url(catalogue.url, principle="4p-kumppanuus", evaluated="yes")`.

    Each keyword is a facet's name, which is its URL parameter (the registry's `param` for
    a vocabulary, search/facets.py for the rest); each value is one value or a sequence of
    them: a term's slug, or a fixed facet's value ("yes", "documented", "clearly"). The
    query string is the one the catalogue's own chips and links build (SearchParams.url):
    same parameters, same order, same encoding. An unknown facet name is a programming
    error and raises TypeError. No selection gives `base_url` itself."""
    names = {facet.name for facet in all_facets()}
    unknown = sorted(name for name in selections if name not in names)
    if unknown:
        raise TypeError(f"catalogue_url(): no facet named {', '.join(map(repr, unknown))}")
    selected: dict[str, tuple[str, ...]] = {}
    for name, values in selections.items():
        if isinstance(values, str) or not hasattr(values, "__iter__"):
            values = (values,)
        selected[name] = tuple(str(value) for value in values)
    if not any(selected.values()):
        return base_url
    return base_url + SearchParams(selected=selected).url()


def default_sort(query: str) -> str:
    return "relevance" if query else "title"


def clean_query(raw: str) -> tuple[str, bool]:
    """Control characters become spaces, runs of space collapse, the length is capped."""
    text = "".join(" " if unicodedata.category(ch).startswith("C") else ch for ch in raw)
    text = " ".join(text.split())
    if len(text) <= MAX_QUERY_LENGTH:
        return text, False
    cut = text[: MAX_QUERY_LENGTH + 1]
    # Cut at the last space, so that no half word remains to match nothing.
    return (cut.rsplit(" ", 1)[0] if " " in cut else cut[:MAX_QUERY_LENGTH]), True


def _clean_values(values: Sequence[str]) -> tuple[str, ...]:
    seen: list[str] = []
    for value in values[: MAX_VALUES_PER_FACET * 2]:
        value = value.strip()[:MAX_VALUE_LENGTH]
        if value and value not in seen:
            seen.append(value)
    return tuple(seen[:MAX_VALUES_PER_FACET])


def parse(query_dict: QueryDict) -> "SearchParams":
    q, truncated = clean_query(query_dict.get("q", ""))
    sort = query_dict.get("sort", "")
    if sort not in SORTS or (sort == "relevance" and not q) or _query_changed(query_dict, q):
        sort = default_sort(q)
    selected: dict[str, tuple[str, ...]] = {}
    for facet in all_facets():
        values = _clean_values(query_dict.getlist(facet.name))
        if values:
            selected[facet.name] = values
    return SearchParams(
        q=q,
        truncated=truncated,
        sort=sort,
        page=query_dict.get("page", "1"),
        selected=selected,
        exact=bool(q) and query_dict.get("exact") == "1",
    )


# The search form sends the query its sort was chosen for; a new query drops that sort.
SORTED_FOR = "sorted_for"


def _query_changed(query_dict: QueryDict, q: str) -> bool:
    """Whether the form brings a new query: a new query is ranked by relevance again,
    while a sort chosen for the current one lasts (links carry no SORTED_FOR)."""
    return SORTED_FOR in query_dict and clean_query(query_dict.get(SORTED_FOR, ""))[0] != q


def is_canonical(query_dict: QueryDict, params: SearchParams) -> bool:
    """Whether the URL is the one the state itself would build: a form's extra fields
    (the sort's query, a sort that is the default) are not, and get redirected."""
    return SORTED_FOR not in query_dict and (
        "sort" not in query_dict or params.sort != default_sort(params.q)
    )
