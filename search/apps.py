from django.apps import AppConfig
from django.core import checks
from django.utils.translation import gettext_lazy as _

from search.checks import languages_have_analysers


class SearchConfig(AppConfig):
    name = "search"
    label = "catalogue_search"
    verbose_name = _("Catalogue search")

    def ready(self):
        # Imported here, not at the top: signals imports models, which exist only once the
        # app registry is ready.
        from search import signals  # noqa: PLC0415

        signals.connect()
        checks.register(languages_have_analysers)
