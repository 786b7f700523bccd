"""System checks of the search app."""

from collections.abc import Sequence
from typing import Any

from django.apps import AppConfig
from django.conf import settings
from django.core.checks import Error

from search.analysis import SNOWBALL_LANGUAGES, has_analyser


def languages_have_analysers(
    app_configs: Sequence[AppConfig] | None = None, **kwargs: Any
) -> list[Error]:
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


def search_engine_is_configured(
    app_configs: Sequence[AppConfig] | None = None, **kwargs: Any
) -> list[Error]:
    """search.E002: the catalogue's search engine is one we have, with a server URL when it
    needs one; a typo must not quietly fall back to another engine."""
    # Imported here: search.backends imports the models, which a check module must not
    # need at import time (checks are registered in AppConfig.ready()).
    from search.backends import ENGINES  # noqa: PLC0415

    engine = settings.CATALOGUE_SEARCH_ENGINE
    if engine not in ENGINES:
        return [
            Error(
                f"SEARCH_ENGINE is {engine!r}, which is not a search engine of Palaset.",
                hint=f"Set it to one of: {', '.join(ENGINES)}.",
                id="search.E002",
            )
        ]
    if engine != "database" and not settings.CATALOGUE_SEARCH_URL:
        return [
            Error(
                f"SEARCH_ENGINE is {engine!r} but SEARCH_URL is not set.",
                hint="Set SEARCH_URL to the server's address, e.g. http://127.0.0.1:9200.",
                id="search.E002",
            )
        ]
    return []
