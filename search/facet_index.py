"""Facet counts from an in-memory index of bitsets, rebuilt when the tags change.

For each facet value the index keeps the set of pages tagged with it as a Python int
used as a bitset. A search fetches the ids of the pages it matches (one query), and
every facet's disjunctive counts are then AND + popcount over those bitsets:
microseconds, whatever the catalogue size, instead of one GROUP BY per facet.

Tags change only when a page is published, so publishing bumps IndexState.version;
every process compares its copy's version with the database's (one tiny query) and
rebuilds when they differ. Whether a page is live and public is never taken from the
index: that comes with the page ids of each search.
"""

import threading
from collections.abc import Iterable
from dataclasses import dataclass, field
from typing import Self

from models_library.models import ParticipationModelPage
from search.facets import (
    EVALUATION_FACETS,
    LANGUAGE_FACET,
    FacetValue,
    all_facets,
    latest_evaluations,
    vocabulary_facets,
)
from search.models import IndexState

_lock = threading.Lock()
_cached: "FacetIndex | None" = None
# A facet value of the index: (facet name, value).
Key = tuple[str, FacetValue]


@dataclass
class FacetIndex:
    """Read it through its methods, not its dicts. A value is what the index stores: a
    term's id for a vocabulary facet ("principle", 4), the value itself for the others
    ("evidence", "documented"). A set of pages is a bitset (`bitset(page ids)`); the
    methods taking `among` limit their answer to those pages."""

    version: int
    positions: dict[int, int] = field(default_factory=dict)  # page id → bit position
    bits: dict[Key, int] = field(default_factory=dict)  # (facet name, value) → bitset of pages
    page_terms: dict[int, list[Key]] = field(default_factory=dict)  # page id → [(name, value)]
    facet_names: frozenset[str] = field(
        default_factory=lambda: frozenset(f.name for f in all_facets())
    )

    @classmethod
    def build(cls, version: int) -> Self:
        """Every model's facet values: four queries, whatever the catalogue size."""
        index = cls(version)
        for page_id in ParticipationModelPage.objects.values_list("pk", flat=True):
            index.positions[page_id] = len(index.positions)
        parts = [facet.links_for(None) for facet in vocabulary_facets()]
        index._add(parts[0].union(*parts[1:], all=True))
        latest = latest_evaluations()
        for facet in EVALUATION_FACETS:
            index._add(facet.links(latest))
            if facet.missing:
                index._add(
                    (facet.name, pk, facet.missing) for pk in index.positions if pk not in latest
                )
        index._add(LANGUAGE_FACET.links())
        return index

    def _add(self, rows: Iterable[tuple[str, int, FacetValue]]) -> None:
        for name, page_id, value in rows:
            position = self.positions.get(page_id)
            if position is None:  # created after the ids were read; the next build has it
                continue
            key = (name, value)
            self.bits[key] = self.bits.get(key, 0) | (1 << position)
            self.page_terms.setdefault(page_id, []).append(key)

    def bitset(self, page_ids: Iterable[int]) -> int:
        """The pages as a bitset (a page created since the build has no bit yet)."""
        positions = self.positions
        buffer = bytearray((len(positions) + 8) // 8)
        for page_id in page_ids:
            position = positions.get(page_id)
            if position is not None:
                buffer[position >> 3] |= 1 << (position & 7)
        return int.from_bytes(buffer, "little")

    def _bits(self, facet_name: str, value: FacetValue) -> int:
        if facet_name not in self.facet_names:
            raise KeyError(f"the facet index has no facet named {facet_name!r}")
        return self.bits.get((facet_name, value), 0)

    def having(self, facet_name: str, value: FacetValue, among: int | None = None) -> int:
        """The pages with `value` in the facet, as a bitset (within the bitset `among`)."""
        pages = self._bits(facet_name, value)
        return pages if among is None else pages & among

    def count(self, facet_name: str, value: FacetValue, among: int | None = None) -> int:
        """How many pages (of the bitset `among`, or of all) have `value` in the facet."""
        return self.having(facet_name, value, among).bit_count()

    def pages_with(self, facet_name: str, value: FacetValue, among: int | None = None) -> set[int]:
        """The ids of the pages (of the bitset `among`, or of all) with `value`."""
        return set(self.keep(self.positions, self.having(facet_name, value, among)))

    def any_of(self, facet_name: str, term_ids: Iterable[FacetValue]) -> int:
        """The pages with any of the values in the facet, as a bitset."""
        result = 0
        for term_id in term_ids:
            result |= self._bits(facet_name, term_id)
        return result

    def keep(self, page_ids: Iterable[int], pages: int) -> list[int]:
        """The ids (in their order) whose bit is set in the bitset `pages`."""
        data = pages.to_bytes((len(self.positions) + 8) // 8, "little")
        kept: list[int] = []
        for page_id in page_ids:
            position = self.positions.get(page_id)
            if position is not None and data[position >> 3] >> (position & 7) & 1:
                kept.append(page_id)
        return kept


def current_index() -> FacetIndex:
    """The facet index matching the database's version (1 query; a rebuild when stale)."""
    global _cached
    version = IndexState.current()
    index = _cached
    if index is None or index.version != version:
        with _lock:
            if _cached is None or _cached.version != version:
                _cached = FacetIndex.build(version)
            index = _cached
    return index
