"""System checks of the search app."""

from django.conf import settings
from django.core.checks import Error

from search.analysis import SNOWBALL_LANGUAGES, has_analyser


def languages_have_analysers(app_configs=None, **kwargs):
    """search.E001: every configured language needs an analyser in search/analysis.py;
    without one its models would be indexed and searched with another language's rules."""
    configured = dict(settings.LANGUAGES)
    for code, name in getattr(settings, "WAGTAIL_CONTENT_LANGUAGES", []):
        configured.setdefault(code, name)
    return [
        Error(
            f"The language {code!r} ({name}) in settings has no search analyser.",
            hint=(
                "Add it to SNOWBALL_LANGUAGES in search/analysis.py "
                f"(supported: {', '.join(sorted(SNOWBALL_LANGUAGES))}) or remove it from "
                "LANGUAGES and WAGTAIL_CONTENT_LANGUAGES."
            ),
            id="search.E001",
        )
        for code, name in configured.items()
        if not has_analyser(code)
    ]
