from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class SearchConfig(AppConfig):
    name = "search"
    label = "catalogue_search"
    verbose_name = _("Catalogue search")

    def ready(self):
        from django.core import checks

        from search import signals
        from search.checks import languages_have_analysers

        signals.connect()
        checks.register(languages_have_analysers)
