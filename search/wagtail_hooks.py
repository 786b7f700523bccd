"""The search app serves the catalogue page's search (models_library declares the hook)."""

from wagtail import hooks

from models_library.models.pages import CATALOGUE_CONTEXT_HOOK
from search.views import catalogue_context

hooks.register(CATALOGUE_CONTEXT_HOOK, catalogue_context)
