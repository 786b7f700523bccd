"""What a programme covers: principle × service phase, and target groups.

Each empty cell links to the catalogue filtered to the models that would fill it.
"""

from dataclasses import dataclass
from urllib.parse import urlencode

from models_library.matrix import count_pairs, principle_phase_matrix
from models_library.models import TargetGroup
from models_library.vocabulary import localized_terms
from programmes.models import ProgrammeItem


@dataclass(frozen=True)
class Cell:
    count: int
    url: str


def programme_coverage(programme, catalogue_url):
    """A constant 8 queries, whatever the number of items."""
    items = ProgrammeItem.objects.filter(programme=programme)
    pairs = count_pairs(
        items.filter(principles__isnull=False, service_phases__isnull=False),
        "principles",
        "service_phases",
    )

    def cell_url(principle, phase):
        query = urlencode({"principle": principle.slug, "service_phase": phase.slug})
        return f"{catalogue_url}?{query}"

    matrix = principle_phase_matrix(pairs, cell_url)
    rows = matrix["rows"]
    groups = count_pairs(
        items.filter(page__isnull=False), "page__participationmodelpage__target_groups"
    )
    target_groups = [
        (group, _cell(catalogue_url, groups.get((group.pk,), 0), target_group=group.slug))
        for group in localized_terms(TargetGroup)
    ]
    return {
        "phases": matrix["phases"],
        "rows": rows,
        "target_groups": target_groups,
        "gaps": sum(cell.count == 0 for _, cells in rows for cell in cells),
        "uncovered_groups": sum(cell.count == 0 for _, cell in target_groups),
    }


def _cell(catalogue_url, count, **filters):
    return Cell(count, f"{catalogue_url}?{urlencode(filters)}")
