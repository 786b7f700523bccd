"""Site-shell template tags: the language switcher and hreflang alternates."""

from django import template
from django.conf import settings
from django.urls import reverse, translate_url
from django.utils.translation import get_language, override
from wagtail.models import Page

from core.visibility import private_pages_q
from home.navigation import menus
from models_library.catalogue import catalogue_urls_by_language
from models_library.models import ParticipationModelPage

register = template.Library()


def language_versions(request, page=None):
    """One entry per site language: the page's live translation when it exists, otherwise
    that language's catalogue with a notice (the language's home if it has no catalogue);
    for views that are not pages, the same address in that language.
    Cached on the request: the switcher and the hreflang links share the queries."""
    cached = getattr(request, "_palaset_language_versions", None)
    if cached is not None:
        return cached
    translations = {}
    if isinstance(page, Page) and page.pk:
        translated = page.get_translations(inclusive=True).live().exclude(private_pages_q(request))
        for translation in translated.select_related("locale"):
            translations[translation.locale.language_code] = translation
    current = get_language()
    versions = []
    for code, name in settings.LANGUAGES:
        translation = translations.get(code)
        if translation is not None:
            url = translation.get_url(request) + _kept_query(request)
        elif isinstance(page, ParticipationModelPage) and page.pk:
            # A page in that language that names the model and links to it.
            with override(code):
                url = reverse("untranslated_model", args=[page.pk])
        elif page is not None:
            url = catalogue_urls_by_language(request).get(code, f"/{code}/")
        else:
            url = translate_url(request.path, code) + _kept_query(request)
        versions.append(
            {
                "code": code,
                "name": name,
                "url": url,
                "is_current": code == current,
                "has_translation": translation is not None,
            }
        )
    request._palaset_language_versions = versions
    return versions


@register.inclusion_tag("includes/language_switcher.html", takes_context=True)
def language_switcher(context):
    request = context["request"]
    return {"versions": language_versions(request, context.get("page"))}


@register.simple_tag(takes_context=True)
def site_menus(context):
    return menus(context["request"], context.get("page"))


@register.inclusion_tag("includes/hreflang.html", takes_context=True)
def hreflang_alternates(context):
    request = context["request"]
    page = context.get("page")
    versions = [v for v in language_versions(request, page) if v["has_translation"]]
    return {"versions": versions, "base_url": request.build_absolute_uri("/").rstrip("/")}


def _kept_query(request):
    """The query a view chose to keep across languages (`request.language_switch_query`,
    already cleaned by the view); never the raw query string, which could be of any size."""
    query = getattr(request, "language_switch_query", "")
    return f"?{query}" if query else ""
