"""Vocabulary terms as readers see them.

Pages link to the default-locale ("canonical") terms so that ids and slugs are
the same in every language; labels come from the term's translation when the
reader's language has one.
"""

from django.conf import settings
from django.utils.translation import get_language


def canonical_terms(model):
    return model.objects.filter(locale__language_code=settings.LANGUAGE_CODE)


def localized_terms(model, language_code=None):
    """Canonical terms in sort order, each with `label` in the reader's language (2 queries)."""
    terms = list(canonical_terms(model))
    language_code = language_code or get_language() or settings.LANGUAGE_CODE
    labels = {}
    if language_code != settings.LANGUAGE_CODE:
        labels = dict(
            model.objects.filter(
                locale__language_code=language_code,
                translation_key__in=[term.translation_key for term in terms],
            ).values_list("translation_key", "name")
        )
    for term in terms:
        term.label = labels.get(term.translation_key, term.name)
    return terms


def labels_for(terms, language_code):
    """Names of the given canonical terms in a language (1 query; Finnish needs none)."""
    terms = list(terms)
    if language_code == settings.LANGUAGE_CODE or not terms:
        return [term.name for term in terms]
    by_key = {}
    for model in {type(term) for term in terms}:
        by_key.update(
            model.objects.filter(
                locale__language_code=language_code,
                translation_key__in=[t.translation_key for t in terms if type(t) is model],
            ).values_list("translation_key", "name")
        )
    return [by_key.get(term.translation_key, term.name) for term in terms]


def attach_labels(terms, language_code=None):
    """Set `label` on canonical terms of any vocabularies: the name in the reader's
    language (one query per vocabulary present; none in the default language)."""
    terms = [term for term in terms if term is not None]
    language_code = language_code or get_language() or settings.LANGUAGE_CODE
    for term, label in zip(terms, labels_for(terms, language_code), strict=True):
        term.label = label
    return terms
