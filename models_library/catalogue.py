"""The catalogue page of a language: the one place that answers "where is the catalogue?"."""

from core.visibility import private_pages_q
from models_library.models import ModelLibraryIndexPage


def catalogue_page(locale, *, any_language_fallback=False):
    """The live catalogue page (ModelLibraryIndexPage) of `locale` (a Locale or its id), or None.
    One query; with `any_language_fallback`, a second one for the first live catalogue of any
    language when this language has none. Live is the only test, as for every page the site
    links to: the catalogue is never in a private section."""
    catalogue = ModelLibraryIndexPage.objects.live().filter(locale=locale).first()
    if catalogue is None and any_language_fallback:
        catalogue = ModelLibraryIndexPage.objects.live().first()
    return catalogue


def public_catalogues(request):
    """{language code: its public catalogue page} (1 query, once per request; catalogues in
    private sections left out; the first in the tree wins)."""
    if not hasattr(request, "_palaset_catalogues"):
        catalogues = (
            ModelLibraryIndexPage.objects.live()
            .exclude(private_pages_q(request))
            .select_related("locale")
            .order_by("-path")  # the first in the tree wins below
        )
        request._palaset_catalogues = {
            catalogue.locale.language_code: catalogue for catalogue in catalogues
        }
    return request._palaset_catalogues


def catalogue_urls_by_language(request):
    """{language code: its catalogue's address, flagged so the catalogue explains why the
    reader landed there} (1 query, once per request; catalogues in private sections left out)."""
    return {
        code: f"{catalogue.get_url(request)}?untranslated=1"
        for code, catalogue in public_catalogues(request).items()
    }
