"""What a programme covers: principle × service phase, and target groups.

Each empty cell links to the catalogue filtered to the models that would fill it.
"""

from dataclasses import dataclass
from urllib.parse import urlencode

from django.db.models import Count

from models_library.models import GovernancePrinciple, ServicePhase, TargetGroup
from models_library.vocabulary import localized_terms
from programmes.models import ProgrammeItem


@dataclass(frozen=True)
class Cell:
    count: int
    url: str
    phase: object = None


def programme_coverage(programme, catalogue_url):
    """A constant 8 queries, whatever the number of items."""
    principles = localized_terms(GovernancePrinciple)
    phases = localized_terms(ServicePhase)
    items = ProgrammeItem.objects.filter(programme=programme)
    pairs = _count(
        items.filter(principles__isnull=False, service_phases__isnull=False),
        "principles",
        "service_phases",
    )
    rows = [
        (principle, [_matrix_cell(catalogue_url, pairs, principle, phase) for phase in phases])
        for principle in principles
    ]
    groups = _count(items.filter(page__isnull=False), "page__participationmodelpage__target_groups")
    target_groups = [
        (group, _cell(catalogue_url, groups.get((group.pk,), 0), target_group=group.slug))
        for group in localized_terms(TargetGroup)
    ]
    return {
        "phases": phases,
        "rows": rows,
        "target_groups": target_groups,
        "gaps": sum(cell.count == 0 for _, cells in rows for cell in cells),
        "uncovered_groups": sum(cell.count == 0 for _, cell in target_groups),
    }


def _count(items, *fields):
    rows = items.values(*fields).annotate(n=Count("pk", distinct=True)).order_by()
    return {tuple(row[f] for f in fields): row["n"] for row in rows}


def _matrix_cell(catalogue_url, pairs, principle, phase):
    query = urlencode({"principle": principle.slug, "service_phase": phase.slug})
    return Cell(pairs.get((principle.pk, phase.pk), 0), f"{catalogue_url}?{query}", phase)


def _cell(catalogue_url, count, **filters):
    return Cell(count, f"{catalogue_url}?{urlencode(filters)}")
