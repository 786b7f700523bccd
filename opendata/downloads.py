"""The whole catalogue of a language as one JSON document or one CSV file, and the
catalogue's search results as CSV ("Download the results"). Every download states the
licence (CC BY 4.0): the JSON at its top, the CSV in a column of every row."""

import csv
import io
import json
from datetime import UTC, datetime
from typing import Any

from django.conf import settings
from django.http import HttpRequest, HttpResponse
from django.utils import timezone
from django.utils.translation import get_language
from django.utils.translation import gettext as _

from core.spreadsheet import neutralise
from models_library.classification import CLASSIFICATIONS
from models_library.models.evaluation import AREAS
from opendata import records
from opendata.http import NotFound, conditional, open_data_view, whole_catalogue
from search.params import SearchParams

# A cell starting with one of these is read as a formula by spreadsheet programs (CSV
# injection); a leading apostrophe makes it text (as programmes/export.py does).
JOIN = " | "
LICENCE_CELL = f"{records.LICENCE['name']} {records.LICENCE['url']}"
CSV_COLUMNS = (
    "id",
    "url",
    "language",
    "original_language",
    "title",
    "lead",
    "core_idea",
    "implemented_where",
    "project_name",
    "project_start_year",
    "project_end_year",
    *(c.relation for c in CLASSIFICATIONS),
    *(f"{c.relation}_slugs" for c in CLASSIFICATIONS),
    "developers",
    "evaluated",
    "evaluation_date",
    "evidence_level",
    *(f"{prefix}_rating" for prefix, _label, _description in AREAS),
    "translations",
    "related_models",
    "first_published_at",
    "last_published_at",
    "licence",
)
CSV_FIELDS = (
    "id",
    "url",
    "language",
    "original_language",
    "title",
    "lead",
    "core_idea",
    "implemented_where",
    "project",
    "classifications",
    "developers",
    "evaluations",
    "translations",
    "related_models",
    "first_published_at",
    "last_published_at",
)


def _terms(value: Any) -> list[dict[str, str]]:
    if value is None:
        return []
    return value if isinstance(value, list) else [value]


def csv_row(record: dict[str, Any]) -> list[str]:
    """One model as a CSV row: several values joined by " | ", formulas neutralised."""
    classes = record["classifications"]
    latest = record["evaluations"][0] if record["evaluations"] else None
    ratings = {area["area"]: area["rating"] or "" for area in latest["areas"]} if latest else {}
    project = record["project"]
    cells: list[object] = [
        record["id"],
        record["url"],
        record["language"],
        record["original_language"] or "",
        record["title"],
        record["lead"],
        records.plain_text(record["core_idea"]),
        record["implemented_where"],
        project["name"],
        project["start_year"] or "",
        project["end_year"] or "",
        *(JOIN.join(t["label"] for t in _terms(classes[c.relation])) for c in CLASSIFICATIONS),
        *(JOIN.join(t["slug"] for t in _terms(classes[c.relation])) for c in CLASSIFICATIONS),
        JOIN.join(d["label"] for d in record["developers"]),
        "yes" if latest else "no",
        latest["date"] if latest else "",
        (latest["evidence_level"] or "") if latest else "",
        *(ratings.get(prefix, "") for prefix, _label, _description in AREAS),
        JOIN.join(t["language"] for t in record["translations"]),
        JOIN.join(r["title"] for r in record["related_models"]),
        record["first_published_at"] or "",
        record["last_published_at"] or "",
        LICENCE_CELL,
    ]
    # Several values are joined with " | "; a value's own line breaks become spaces.
    return [neutralise(" ".join(str(cell).split()) if cell != "" else "") for cell in cells]


def to_csv(rows: list[dict[str, Any]]) -> bytes:
    """UTF-8 with a byte-order mark, so that Excel reads Finnish letters right."""
    buffer = io.StringIO()
    writer = csv.writer(buffer)
    writer.writerow(CSV_COLUMNS)
    writer.writerows(csv_row(record) for record in rows)
    return ("\ufeff" + buffer.getvalue()).encode("utf-8")


def catalogue_document(language: str, request: HttpRequest | None = None) -> dict[str, Any]:
    """The whole catalogue of `language`: every model it lists, with every field."""
    selection = records.select(language, SearchParams(), request)
    models = records.RecordBuilder(selection, request).build(selection.ids)
    return {
        "licence": records.LICENCE,
        "language": language,
        "generated_at": timezone.now().replace(microsecond=0).isoformat(),
        "count": len(models),
        "models": models,
    }


def _language(language: str) -> str:
    if language not in records.LANGUAGES:
        raise NotFound(_("There is no catalogue in the language %(lang)s.") % {"lang": language})
    return language


def _attachment(name: str) -> dict[str, str]:
    return {"Content-Disposition": f'attachment; filename="{name}"'}


def _stamp(body: bytes, last_modified: float) -> bytes:
    """The document with its generation time: when this content was first served."""
    generated = datetime.fromtimestamp(last_modified, tz=UTC).isoformat()
    return body[:-1] + f',"generated_at":"{generated}"}}'.encode()


@open_data_view
@whole_catalogue
def download_json(request: HttpRequest, language: str) -> HttpResponse:
    document = catalogue_document(_language(language), request)
    # The ETag covers the content; the generation time is when that content was first
    # served (its Last-Modified), so an unchanged catalogue keeps its ETag and gets 304s.
    document.pop("generated_at")
    body = json.dumps(document, ensure_ascii=False, separators=(",", ":")).encode()
    return conditional(
        request,
        body,
        "application/json",
        stamp=_stamp,
        headers={**_attachment(f"palaset-models-{language}.json"), "Content-Language": language},
    )


@open_data_view
@whole_catalogue
def download_csv(request: HttpRequest, language: str) -> HttpResponse:
    selection = records.select(_language(language), SearchParams(), request)
    rows = records.RecordBuilder(selection, request, CSV_FIELDS).build(selection.ids)
    return conditional(
        request,
        to_csv(rows),
        "text/csv; charset=utf-8",
        headers={**_attachment(f"palaset-models-{language}.csv"), "Content-Language": language},
    )


@open_data_view
@whole_catalogue
def results_csv(request: HttpRequest) -> HttpResponse:
    """Exactly the models the catalogue of the page's language lists for the same URL
    parameters (every result page), as CSV."""
    language = get_language() or settings.LANGUAGE_CODE
    if language not in records.LANGUAGES:
        raise NotFound(_("There is no catalogue in the language %(lang)s.") % {"lang": language})
    selection = records.select(language, records.search_params_from(request.GET), request)
    rows = records.RecordBuilder(selection, request, CSV_FIELDS).build(selection.ids)
    return conditional(
        request,
        to_csv(rows),
        "text/csv; charset=utf-8",
        headers={**_attachment(f"palaset-results-{language}.csv"), "Content-Language": language},
    )
