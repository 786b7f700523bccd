"""Choices built from the configured languages, as callables: a migration then refers to the
function instead of copying the list, so adding or removing a language needs no migration."""

from django.conf import settings


def original_language_choices():
    """ParticipationModelPage.original_language: each configured language, named in the
    reader's interface language (settings.LANGUAGE_NAMES_IN_ENGLISH are gettext_lazy)."""
    return list(settings.LANGUAGE_NAMES_IN_ENGLISH.items())
