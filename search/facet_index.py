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
from dataclasses import dataclass, field

from search.facets import EVALUATION_FACETS, LANGUAGE_FACET, latest_evaluations, vocabulary_facets
from search.models import IndexState

_lock = threading.Lock()
_cached = None


@dataclass
class FacetIndex:
    version: int
    positions: dict = field(default_factory=dict)  # page id → bit position
    bits: dict = field(default_factory=dict)  # (facet name, value) → bitset of pages
    page_terms: dict = field(default_factory=dict)  # page id → [(facet name, value)]

    @classmethod
    def build(cls, version):
        """Every model's facet values: four queries, whatever the catalogue size."""
        from models_library.models import ParticipationModelPage

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

    def _add(self, rows):
        for name, page_id, value in rows:
            position = self.positions.get(page_id)
            if position is None:  # created after the ids were read; the next build has it
                continue
            key = (name, value)
            self.bits[key] = self.bits.get(key, 0) | (1 << position)
            self.page_terms.setdefault(page_id, []).append(key)

    def bitset(self, page_ids):
        """The pages as a bitset (a page created since the build has no bit yet)."""
        positions = self.positions
        buffer = bytearray((len(positions) + 8) // 8)
        for page_id in page_ids:
            position = positions.get(page_id)
            if position is not None:
                buffer[position >> 3] |= 1 << (position & 7)
        return int.from_bytes(buffer, "little")

    def any_of(self, facet_name, term_ids):
        result = 0
        for term_id in term_ids:
            result |= self.bits.get((facet_name, term_id), 0)
        return result

    def keep(self, page_ids, pages):
        """The ids (in their order) whose bit is set in the bitset `pages`."""
        data = pages.to_bytes((len(self.positions) + 8) // 8, "little")
        kept = []
        for page_id in page_ids:
            position = self.positions.get(page_id)
            if position is not None and data[position >> 3] >> (position & 7) & 1:
                kept.append(page_id)
        return kept

    def count(self, pages, facet_name, term_id):
        return (pages & self.bits.get((facet_name, term_id), 0)).bit_count()


def current_index():
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
