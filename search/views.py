"""Thin HTTP layer over the search engine: the catalogue page, suggestions, site search."""

from typing import Any
from urllib.parse import urlencode

from django.conf import settings
from django.db.models import Q
from django.http import (
    Http404,
    HttpRequest,
    HttpResponsePermanentRedirect,
    HttpResponseRedirect,
    JsonResponse,
)
from django.shortcuts import redirect
from django.utils.translation import get_language
from django.utils.translation import gettext as _
from django.views.decorators.http import require_GET
from wagtail.models import Locale

from core.visibility import private_pages_q
from models_library.catalogue import catalogue_page
from models_library.models import ModelLibraryIndexPage, ParticipationModelPage
from search import params as search_params
from search.analysis import words
from search.backends import SearchUnavailable
from search.engine import CatalogueSearch

MIN_SUGGESTION_LENGTH = 2
MAX_SUGGESTIONS = 10


def catalogue_context(index_page: ModelLibraryIndexPage, request: HttpRequest) -> dict[str, Any]:
    """Template context for the catalogue page: the search state and its results, or
    (for a form's URL with its extra fields) where to redirect to the canonical URL."""
    params = search_params.parse(request.GET)
    if not search_params.is_canonical(request.GET, params):
        return {"catalogue_redirect": index_page.url + params.url()}
    context: dict[str, Any] = {
        # The catalogue's template draws the search through these, without naming search.
        "search_template": "search/catalogue_search.html",
        "search_script": "search/catalogue.js",
        "search_params": params,
        "search_notices": _notices(params, request),
        "noindex": bool(request.GET),
    }
    try:
        # The query is analysed in the reader's language.
        search = CatalogueSearch(
            params,
            index_page.locale_id,
            get_language(),
            private_pages_q(request),
            fallback_locale=_default_locale_id(index_page),
        )
        context["results"] = search.run()
    except SearchUnavailable:
        context["search_unavailable"] = True
    return context


def _notices(params: search_params.SearchParams, request: HttpRequest) -> list[str]:
    notices: list[str] = []
    if "untranslated" in request.GET:  # set by the language switcher
        notices.append(
            _(
                "The page you were reading is not available in this language yet. "
                "Here is the catalogue in this language instead."
            )
        )
    if params.truncated:
        notices.append(
            _("Your search was shortened to %(limit)s characters.")
            % {"limit": search_params.MAX_QUERY_LENGTH}
        )
    return notices


def _default_locale_id(index_page: ModelLibraryIndexPage) -> int | None:
    """Outside the default language, untranslated default-language models are listed too."""
    if get_language() == settings.LANGUAGE_CODE:
        return None
    return (
        Locale.objects.filter(language_code=settings.LANGUAGE_CODE)
        .values_list("pk", flat=True)
        .first()
    )


def _active_locale() -> Locale | None:
    return Locale.objects.filter(language_code=get_language()).first()


@require_GET
def suggestions(request: HttpRequest) -> JsonResponse:
    """Up to 10 titles of live public models of the active language for what was typed."""
    typed = " ".join(words(search_params.clean_query(request.GET.get("q", ""))[0]))
    locale = _active_locale()
    if len(typed) < MIN_SUGGESTION_LENGTH or locale is None:
        return JsonResponse({"suggestions": []})
    pages = (
        ParticipationModelPage.objects.filter(live=True, locale=locale)
        .exclude(private_pages_q(request))
        .filter(
            Q(search_entry__title_lower__startswith=typed)
            | Q(search_entry__title_lower__contains=" " + typed)
        )
        .order_by("search_entry__sort_key")
        .only("id", "title", "url_path")[:MAX_SUGGESTIONS]
    )
    return JsonResponse(
        {"suggestions": [{"title": p.title, "url": p.get_url(request)} for p in pages]}
    )


@require_GET
def site_search(request: HttpRequest) -> HttpResponseRedirect | HttpResponsePermanentRedirect:
    """The site-wide search box: the catalogue of the active language with the query."""
    locale = _active_locale()
    catalogue = catalogue_page(locale)
    if catalogue is None:
        raise Http404
    items = search_params.parse(request.GET).query_items()
    return redirect(catalogue.get_url(request) + ("?" + urlencode(items) if items else ""))
