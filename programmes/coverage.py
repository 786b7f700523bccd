"""What a programme covers: principle × service phase, and target groups.

Each empty cell links to the catalogue filtered to the models that would fill it.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from models_library.matrix import count_pairs, principle_phase_matrix
from models_library.models import TargetGroup
from models_library.vocabulary import localized_terms
from programmes.models import ProgrammeItem
from search.params import catalogue_url

if TYPE_CHECKING:
    from programmes.models import Programme


@dataclass(frozen=True)
class Cell:
    count: int
    url: str


def programme_coverage(programme: Programme, base_url: str) -> dict[str, Any]:
    """A constant 8 queries, whatever the number of items; `base_url` is the catalogue's."""
    items = ProgrammeItem.objects.filter(programme=programme)
    pairs = count_pairs(
        items.filter(principles__isnull=False, service_phases__isnull=False),
        "principles",
        "service_phases",
    )

    # principle_phase_matrix() passes the terms (a principle, a phase) as plain objects.
    def cell_url(principle: Any, phase: Any) -> str:
        return catalogue_url(base_url, principle=principle.slug, service_phase=phase.slug)

    matrix = principle_phase_matrix(pairs, cell_url)
    rows = matrix["rows"]
    groups = count_pairs(
        items.filter(page__isnull=False), "page__participationmodelpage__target_groups"
    )
    target_groups = [
        (group, Cell(groups.get((group.pk,), 0), catalogue_url(base_url, target_group=group.slug)))
        for group in localized_terms(TargetGroup)
    ]
    return {
        "phases": matrix["phases"],
        "rows": rows,
        "target_groups": target_groups,
        "gaps": sum(cell.count == 0 for _, cells in rows for cell in cells),
        "uncovered_groups": sum(cell.count == 0 for _, cell in target_groups),
    }
