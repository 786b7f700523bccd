"""The search app serves the catalogue page's search (models_library declares the hook)
and gives editors the synonyms."""

from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import SnippetViewSet

from models_library.models.pages import CATALOGUE_CONTEXT_HOOK, SIMILAR_MODELS_HOOK
from search.models import SynonymGroup
from search.similar import similar_models
from search.views import catalogue_context

hooks.register(CATALOGUE_CONTEXT_HOOK, catalogue_context)
hooks.register(SIMILAR_MODELS_HOOK, similar_models)


class SynonymViewSet(SnippetViewSet):
    model = SynonymGroup
    menu_label = _("Search synonyms")
    menu_icon = "search"
    menu_order = 310
    add_to_admin_menu = True
    list_display = ["words", "locale"]
    search_fields = ["words"]


register_snippet(SynonymViewSet)
