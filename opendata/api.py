"""The read API under /api/v1/ (docs/opendata.md): models filtered with the catalogue's
own parameters, one model, the vocabularies, and the OpenAPI and JSON Schema documents."""

import uuid
from typing import Any
from urllib.parse import urlencode

from django.conf import settings
from django.http import HttpRequest, HttpResponse
from django.urls import reverse
from django.utils.translation import gettext as _

from core.visibility import private_pages_q
from models_library.models import ParticipationModelPage
from opendata import records, schema
from opendata.http import BadRequest, NotFound, json_response, open_data_view
from search.engine import load_options
from search.facets import all_facets


def language_of(request: HttpRequest) -> str:
    language = request.GET.get("lang", settings.LANGUAGE_CODE)
    if language not in records.LANGUAGES:
        raise BadRequest(
            _("Unknown language %(lang)s; use one of: %(languages)s.")
            % {"lang": language[:20], "languages": ", ".join(records.LANGUAGES)}
        )
    return language


def fields_of(request: HttpRequest) -> tuple[str, ...]:
    raw = request.GET.get("fields", "")
    if not raw.strip():
        return records.FIELDS
    wanted = [name.strip() for name in raw.split(",") if name.strip()]
    unknown = [name for name in wanted if name not in records.FIELDS]
    if unknown:
        raise BadRequest(
            _("Unknown field %(field)s; the fields are: %(fields)s.")
            % {"field": unknown[0][:40], "fields": ", ".join(records.FIELDS)}
        )
    return tuple(name for name in records.FIELDS if name in wanted or name == "id")


def positive_int(request: HttpRequest, name: str, default: int, maximum: int | None = None) -> int:
    raw = request.GET.get(name)
    if raw is None or raw == "":
        return default
    try:
        value = int(raw)
    except ValueError:
        value = 0
    if value < 1 or (maximum is not None and value > maximum):
        message = (
            _("%(name)s must be a whole number from 1 to %(maximum)s.")
            if maximum
            else _("%(name)s must be a whole number of 1 or more.")
        )
        raise BadRequest(message % {"name": name, "maximum": maximum})
    return value


@open_data_view
def root(request: HttpRequest) -> HttpResponse:
    base = request.build_absolute_uri
    return json_response(
        request,
        {
            "licence": records.LICENCE,
            "models": base(reverse("opendata_api_models")),
            "vocabularies": base(reverse("opendata_api_vocabularies")),
            "openapi": base(reverse("opendata_openapi")),
            "schema": base(reverse("opendata_record_schema")),
            "downloads": {
                code: {
                    "json": base(reverse("opendata_download_json", args=[code])),
                    "csv": base(reverse("opendata_download_csv", args=[code])),
                }
                for code in records.LANGUAGES
            },
            "dcat": base(reverse("opendata_dcat")),
        },
    )


@open_data_view
def models(request: HttpRequest) -> HttpResponse:
    """One page of the models the catalogue of `lang` lists for the same parameters."""
    language = language_of(request)
    fields = fields_of(request)
    number = positive_int(request, "page", 1)
    size = positive_int(
        request, "page_size", settings.OPEN_DATA_PAGE_SIZE, settings.OPEN_DATA_MAX_PAGE_SIZE
    )
    selection = records.select(language, records.search_params_from(request.GET), request)
    try:
        ids, pages = records.page_of(selection.ids, number, size)
    except ValueError as exc:
        raise NotFound(
            _("There is no page %(page)s; the last page is %(last)s.")
            % {"page": number, "last": max(1, -(-len(selection.ids) // size))}
        ) from exc
    results = records.RecordBuilder(selection, request, fields).build(ids)
    return json_response(
        request,
        {
            "count": len(selection.ids),
            "page": number,
            "pages": pages,
            "page_size": size,
            "next": _page_url(request, number + 1) if number < pages else None,
            "previous": _page_url(request, number - 1) if number > 1 else None,
            "language": language,
            "licence": records.LICENCE,
            "results": results,
        },
        **{"Content-Language": language},
    )


def _page_url(request: HttpRequest, number: int) -> str:
    items = [(k, v) for k, values in request.GET.lists() if k != "page" for v in values]
    return request.build_absolute_uri(request.path + "?" + urlencode([*items, ("page", number)]))


@open_data_view
def model(request: HttpRequest, model_id: str) -> HttpResponse:
    """One model in `lang`: its live public translation, or, as the catalogue of that
    language does, the Finnish original when it has none."""
    language = language_of(request)
    fields = fields_of(request)
    try:
        key = uuid.UUID(model_id)
    except ValueError as exc:
        raise NotFound(_("No model has the id %(id)s.") % {"id": model_id[:60]}) from exc
    candidates = {
        code: pk
        for pk, code in ParticipationModelPage.objects.live()
        .exclude(private_pages_q(request))
        .filter(translation_key=key)
        .values_list("pk", "locale__language_code")
    }
    page_id = candidates.get(language) or candidates.get(settings.LANGUAGE_CODE)
    if page_id is None:
        raise NotFound(_("No model has the id %(id)s.") % {"id": model_id[:60]})
    selection = records.Selection(
        language, [page_id], _labels(language), locales=records.all_locales()
    )
    record = records.RecordBuilder(selection, request, fields).build([page_id])[0]
    return json_response(
        request,
        {"licence": records.LICENCE, "model": record},
        **{"Content-Language": language},
    )


def _labels(language: str) -> dict[str, dict[int, tuple[str, str]]]:
    """Every vocabulary facet's terms as (slug, label) in `language` (1 query)."""
    options = load_options(language, all_facets())
    return {
        name: {o.term_id: (o.value, o.label) for o in opts if isinstance(o.term_id, int)}
        for name, opts in options.items()
    }


@open_data_view
def vocabularies(request: HttpRequest) -> HttpResponse:
    language = language_of(request)
    return json_response(
        request,
        {
            "licence": records.LICENCE,
            "language": language,
            "vocabularies": records.vocabularies(language),
        },
        **{"Content-Language": language},
    )


@open_data_view
def openapi(request: HttpRequest) -> HttpResponse:
    return json_response(request, schema.openapi())


@open_data_view
def record_schema(request: HttpRequest) -> HttpResponse:
    return json_response(request, schema.record_schema())


@open_data_view
def download_schema(request: HttpRequest) -> HttpResponse:
    return json_response(request, schema.download_schema())


def not_found(request: HttpRequest, *args: Any, **kwargs: Any) -> HttpResponse:
    raise NotFound(_("Nothing here. The API's resources are listed at /api/v1/."))
