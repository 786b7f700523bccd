"""Side-by-side comparison of 2–4 models: what the catalogue knows of each, in one table."""

from dataclasses import dataclass, field

from django.utils.translation import gettext_lazy as _

from models_library.classification import chosen, relations, terms_of
from models_library.listing import classified_terms
from models_library.models import ParticipationModelPage
from models_library.models.evaluation import AREAS, latest_published
from models_library.vocabulary import attach_labels

MIN_MODELS, MAX_MODELS = 2, 4
# Only this many ids are even looked at, whatever the URL carries.
MAX_IDS_READ = 20


@dataclass
class Row:
    label: str
    cells: list  # one list of strings per model
    models: list = field(default_factory=list)  # the compared models, in the cells' order

    @property
    def pairs(self):
        """(model, cell) for each model: a phone shows each cell under its model's title."""
        return list(zip(self.models, self.cells, strict=True))


def parse_ids(values):
    """Distinct positive integer ids in the order given; anything else is ignored."""
    ids = []
    for value in values[:MAX_IDS_READ]:
        value = value.strip()
        if value.isascii() and value.isdigit() and 0 < int(value) < 2**63 and int(value) not in ids:
            ids.append(int(value))
    return ids


def visible_models(ids, private_q):
    """The live public models among the ids, in the order asked, with what the table needs."""
    pages = (
        ParticipationModelPage.objects.live()
        .filter(pk__in=ids)
        .exclude(private_q)
        .select_related(*(c.relation for c in chosen("compared") if not c.many))
        .prefetch_related(*relations("compared", many_only=True), "evaluations")
    )
    by_id = {page.pk: page for page in pages}
    models = [by_id[pk] for pk in ids if pk in by_id]
    attach_labels(term for model in models for term in classified_terms(model, "compared"))
    return models


def _names(model, classification):
    return [term.label for term in terms_of(model, classification)]


def comparison_rows(models):
    evaluations = [latest_published(m.evaluations.all()) for m in models]
    rows = [Row(c.heading, [_names(m, c) for m in models]) for c in chosen("compared")]
    rows += [
        Row(
            _("Evidence level"),
            [
                [e.get_evidence_level_display()] if e and e.evidence_level else []
                for e in evaluations
            ],
        ),
    ]
    for prefix, label, _description in AREAS:
        cells = [[getattr(e, f"get_{prefix}_rating_display")()] if e else [] for e in evaluations]
        rows.append(Row(label, cells))
    for row in rows:
        row.models = models
    return rows
