"""A model page's terms in every classification in one query, labelled in the reader's
language: the model page's box would otherwise cost a query per classification, and
another per vocabulary for the labels outside Finnish."""

from collections.abc import Iterable
from typing import Any

from django.db.models import CharField, OuterRef, QuerySet, Subquery, Value

from models_library.classification import Classification, chosen

# The columns every vocabulary has (models/taxonomy.py: Vocabulary); a term built from
# them loads any other field of its own class on first use.
TERM_FIELDS = ("id", "translation_key", "locale_id", "name", "slug", "sort_order")


def _terms_query(page: Any, classification: Classification, language: str) -> QuerySet:
    model = classification.model
    field = type(page)._meta.get_field(classification.relation)
    if classification.many:
        through = field.remote_field.through
        target = field.m2m_reverse_field_name()
        ids = through.objects.filter(**{field.m2m_field_name(): page.pk}).values(target)
        terms = model._default_manager.filter(pk__in=ids)
    else:
        terms = model._default_manager.filter(pk=getattr(page, field.attname))
    label = Subquery(
        model._default_manager.filter(
            translation_key=OuterRef("translation_key"), locale__language_code=language
        ).values("name")[:1]
    )
    return (
        terms.annotate(relation=Value(classification.relation, output_field=CharField()))
        .annotate(label=label)
        .values_list("relation", "label", *TERM_FIELDS)
        .order_by()
    )


def page_terms(page: Any, language: str, classifications: Iterable[Classification] = ()) -> dict:
    """{relation: [term, …]} for the classifications (every one by default), each list in
    the vocabulary's order, each term with `label` in `language` (one query)."""
    wanted = tuple(classifications) or chosen()
    parts = [_terms_query(page, c, language) for c in wanted]
    rows = parts[0].union(*parts[1:], all=True) if len(parts) > 1 else parts[0]
    models = {c.relation: c.model for c in wanted}
    result: dict[str, list] = {c.relation: [] for c in wanted}
    for relation, label, *values in rows:
        term = models[relation].from_db(None, TERM_FIELDS, values)
        term.label = label or term.name
        result[relation].append(term)
    for terms in result.values():
        terms.sort(key=lambda term: (term.sort_order, term.name))
    return result
