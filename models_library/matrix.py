"""The principle × service phase matrix, shared by the governance model page and a
programme's coverage: one builder, drawn by one include
(models_library/includes/matrix_table.html)."""

from collections.abc import Callable
from dataclasses import dataclass

from django.db.models import Count

from models_library.models import GovernancePrinciple, ServicePhase
from models_library.vocabulary import localized_terms


@dataclass(frozen=True)
class MatrixCell:
    phase: object
    count: int
    url: str

    @property
    def level(self) -> int:
        """The cell's shade, 0–4 (the heat--N classes): 0, 1, 2–3, 4–5, 6 or more models.
        The number itself is the text equivalent of the shade."""
        return next(
            level
            for level, floor in ((4, 6), (3, 4), (2, 2), (1, 1), (0, 0))
            if self.count >= floor
        )


def count_pairs(queryset, *fields):
    """{(value of each field, …): number of distinct rows}, in one grouped query."""
    rows = queryset.values(*fields).annotate(n=Count("pk", distinct=True)).order_by()
    return {tuple(row[f] for f in fields): row["n"] for row in rows}


def principle_phase_matrix(counts, cell_url: Callable[[object, object], str]):
    """Rows of (principle, cells) over every principle and service phase in the reader's
    language. `counts` maps (principle pk, phase pk) to a number (missing pairs are 0);
    `cell_url(principle, phase)` gives each cell's link. Two queries per vocabulary."""
    principles = localized_terms(GovernancePrinciple)
    phases = localized_terms(ServicePhase)
    return {
        "phases": phases,
        "rows": [
            (principle, [_cell(counts, cell_url, principle, phase) for phase in phases])
            for principle in principles
        ],
    }


def _cell(counts, cell_url, principle, phase):
    return MatrixCell(phase, counts.get((principle.pk, phase.pk), 0), cell_url(principle, phase))
