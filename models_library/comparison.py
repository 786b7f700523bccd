"""Side-by-side comparison of 2–4 models: what the catalogue knows of each, in one table."""

from dataclasses import dataclass

from django.utils.translation import gettext_lazy as _

from models_library.models.evaluation import AREAS, latest_published
from models_library.vocabulary import attach_labels

MIN_MODELS, MAX_MODELS = 2, 4
# Only this many ids are even looked at, whatever the URL carries.
MAX_IDS_READ = 20


@dataclass
class Row:
    label: str
    cells: list  # one list of strings per model


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
    from models_library.models import ParticipationModelPage

    pages = (
        ParticipationModelPage.objects.live()
        .filter(pk__in=ids)
        .exclude(private_q)
        .select_related("stage")
        .prefetch_related(
            "principles", "service_phases", "procurement_phases", "target_groups", "evaluations"
        )
    )
    by_id = {page.pk: page for page in pages}
    models = [by_id[pk] for pk in ids if pk in by_id]
    relations = ("principles", "service_phases", "procurement_phases", "target_groups")
    attach_labels(
        [model.stage for model in models]
        + [
            term
            for model in models
            for relation in relations
            for term in getattr(model, relation).all()
        ]
    )
    return models


def _names(terms):
    return [term.label for term in terms]


def comparison_rows(models):
    evaluations = [latest_published(m.evaluations.all()) for m in models]
    rows = [
        Row(_("Governance principles"), [_names(m.principles.all()) for m in models]),
        Row(_("Service phases"), [_names(m.service_phases.all()) for m in models]),
        Row(_("Procurement phases"), [_names(m.procurement_phases.all()) for m in models]),
        Row(_("Target groups"), [_names(m.target_groups.all()) for m in models]),
        Row(_("Development stage"), [[m.stage.label] if m.stage else [] for m in models]),
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
    return rows
