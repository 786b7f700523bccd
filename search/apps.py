from django.apps import AppConfig
from django.core import checks
from django.utils.translation import gettext_lazy as _

from core import health
from search.checks import languages_have_analysers, search_engine_is_configured


class SearchConfig(AppConfig):
    name = "search"
    label = "catalogue_search"
    verbose_name = _("Catalogue search")

    def ready(self) -> None:
        # Imported here, not at the top: signals imports models, which exist only once the
        # app registry is ready.
        from search import readiness, signals  # noqa: PLC0415

        signals.connect()
        health.READINESS_CHECKS["search"] = readiness.check_search_server
        checks.register(languages_have_analysers)
        checks.register(search_engine_is_configured)
