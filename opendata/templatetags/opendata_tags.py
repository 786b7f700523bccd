"""Linked data in every page's head: schema.org JSON-LD for model pages and the catalogue,
OpenGraph tags for every page. Built from what the page's context already has (no query)."""

import json
from typing import Any

from django import template
from django.urls import reverse
from django.utils.html import format_html, format_html_join
from django.utils.safestring import SafeString, mark_safe

from models_library.models import ModelLibraryIndexPage, ParticipationModelPage
from opendata.records import LANGUAGES, LICENCE

register = template.Library()
OG_LOCALES = {"fi": "fi_FI", "sv": "sv_FI", "en": "en_GB"}
# What a JSON text must not contain inside <script>: "</script>", "<!--" (as json_script).
JSON_ESCAPES = {ord(">"): "\\u003E", ord("<"): "\\u003C", ord("&"): "\\u0026"}


def json_ld(data: dict[str, Any]) -> SafeString:
    text = json.dumps(data, ensure_ascii=False).translate(JSON_ESCAPES)
    return mark_safe(f'<script type="application/ld+json">{text}</script>')  # noqa: S308


def _model(page: ParticipationModelPage, url: str, language: str, context) -> dict[str, Any]:
    tags = context.get("tags") or {}
    keywords = [
        getattr(term, "label", term.name) for terms in tags.values() for term in terms if term
    ]
    data: dict[str, Any] = {
        "@context": "https://schema.org",
        "@type": "CreativeWork",
        "@id": url,
        "url": url,
        "name": page.title,
        "description": page.lead,
        "inLanguage": language,
        "license": LICENCE["url"],
        "isPartOf": {"@type": "DataCatalog", "name": "Palaset"},
        "identifier": str(page.translation_key),
    }
    if keywords:
        data["keywords"] = keywords
    if page.first_published_at:
        data["datePublished"] = page.first_published_at.isoformat()
    if page.last_published_at:
        data["dateModified"] = page.last_published_at.isoformat()
    return data


def _catalogue(page: ModelLibraryIndexPage, url: str, language: str, request) -> dict[str, Any]:
    absolute = request.build_absolute_uri
    return {
        "@context": "https://schema.org",
        "@type": "Dataset",
        "@id": url,
        "url": url,
        "name": page.title,
        "inLanguage": language,
        "license": LICENCE["url"],
        "isAccessibleForFree": True,
        "distribution": [
            {
                "@type": "DataDownload",
                "encodingFormat": media,
                "inLanguage": code,
                "contentUrl": absolute(reverse(f"opendata_download_{kind}", args=[code])),
            }
            for code in LANGUAGES
            for kind, media in (("json", "application/json"), ("csv", "text/csv"))
        ],
    }


@register.simple_tag(takes_context=True)
def linked_data(context) -> SafeString:
    page = context.get("page")
    request = context.get("request")
    if page is None or request is None or not hasattr(page, "get_full_url"):
        return mark_safe("")  # noqa: S308
    url = request.build_absolute_uri(page.url) if page.url else ""
    language = page.locale.language_code
    description = getattr(page, "lead", "") or page.search_description
    og = [
        ("og:type", "article" if isinstance(page, ParticipationModelPage) else "website"),
        ("og:title", page.seo_title or page.title),
        ("og:url", url),
        ("og:site_name", "Palaset"),
        ("og:locale", OG_LOCALES.get(language, language)),
    ]
    if description:
        og.append(("og:description", description))
    tags = format_html_join("\n", '<meta property="{}" content="{}">', og)
    if isinstance(page, ParticipationModelPage):
        return format_html("{}\n{}", tags, json_ld(_model(page, url, language, context)))
    if isinstance(page, ModelLibraryIndexPage):
        return format_html("{}\n{}", tags, json_ld(_catalogue(page, url, language, request)))
    return tags
