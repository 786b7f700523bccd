"""The published descriptions: the JSON Schema of one model record (the download's and the
API's) and the API's OpenAPI 3.1 document. Both are built from the same declarations as
the records (records.FIELDS, the classification registry, the search's facets), so a new
classification or facet shows in them without editing this file."""

from typing import Any

from django.conf import settings

from models_library.classification import CLASSIFICATIONS
from models_library.models.pages import RICH_TEXT_FIELDS
from opendata.records import FIELDS, LANGUAGES, LICENCE
from search.facets import all_facets
from search.params import SORTS

STRING = {"type": "string"}
NULLABLE_STRING = {"type": ["string", "null"]}
TERM = {
    "type": "object",
    "required": ["slug", "label"],
    "properties": {"slug": STRING, "label": STRING},
    "additionalProperties": False,
}
LINK = {
    "type": "object",
    "required": ["title", "url"],
    "properties": {"title": STRING, "url": STRING},
    "additionalProperties": False,
}


def _object(properties: dict[str, Any]) -> dict[str, Any]:
    return {
        "type": "object",
        "required": list(properties),
        "properties": properties,
        "additionalProperties": False,
    }


def _array(items: dict[str, Any]) -> dict[str, Any]:
    return {"type": "array", "items": items}


EVALUATION = _object(
    {
        "date": {"type": "string", "format": "date"},
        "basis": STRING,
        "basis_label": STRING,
        "evaluator": {"anyOf": [TERM, {"type": "null"}]},
        "areas": _array(
            _object(
                {
                    "area": STRING,
                    "label": STRING,
                    "rating": NULLABLE_STRING,
                    "rating_label": STRING,
                    "justification": STRING,
                }
            )
        ),
        "criteria": _array(
            _object({"slug": STRING, "label": STRING, "status": STRING, "status_label": STRING})
        ),
        "strengths": STRING,
        "development_needs": STRING,
        "transfer_conditions": STRING,
        "evidence_level": NULLABLE_STRING,
        "evidence_label": STRING,
        "report_url": STRING,
        "illustrative": {"type": "boolean"},
    }
)
OTHER_PAGE = _object({"language": STRING, "title": STRING, "url": STRING})
RELATED = _object({"id": {"type": "string", "format": "uuid"}, **OTHER_PAGE["properties"]})


def _field_schemas() -> dict[str, dict[str, Any]]:
    datetime = {"type": ["string", "null"], "format": "date-time"}
    return {
        "id": {
            "type": "string",
            "format": "uuid",
            "description": "Stable identifier of the model, the same in every language.",
        },
        "page_id": {"type": "integer", "description": "The page of this language version."},
        "url": {"type": "string", "description": "The model's page on the site."},
        "language": {"enum": list(LANGUAGES), "description": "Language of the texts."},
        "original_language": {"type": ["string", "null"]},
        "is_translation": {"type": "boolean"},
        "title": STRING,
        "lead": STRING,
        **{name: {"type": "string", "description": "HTML"} for name in RICH_TEXT_FIELDS},
        "implementation": _array(_object({"title": STRING, "description": STRING})),
        "roles": _array(_object({"actor": STRING, "actor_label": STRING, "contribution": STRING})),
        "implemented_where": STRING,
        "contact": STRING,
        "links": _array(LINK),
        "project": _object(
            {
                "name": STRING,
                "start_year": {"type": ["integer", "null"]},
                "end_year": {"type": ["integer", "null"]},
            }
        ),
        "classifications": _object(
            {
                c.relation: _array(TERM) if c.many else {"anyOf": [TERM, {"type": "null"}]}
                for c in CLASSIFICATIONS
            }
        ),
        "developers": _array(
            _object(
                {
                    "slug": STRING,
                    "label": STRING,
                    "type": STRING,
                    "type_label": STRING,
                    "role": STRING,
                    "role_label": STRING,
                }
            )
        ),
        "evaluations": _array(EVALUATION),
        "translations": _array(OTHER_PAGE),
        "related_models": _array(RELATED),
        "first_published_at": datetime,
        "last_published_at": datetime,
    }


def record_schema(*, standalone: bool = True) -> dict[str, Any]:
    """The JSON Schema (2020-12) of one model record with every field."""
    fields = _field_schemas()
    schema: dict[str, Any] = {
        "title": "Palaset participation model",
        "type": "object",
        "required": list(FIELDS),
        "properties": {name: fields[name] for name in FIELDS},
        "additionalProperties": False,
    }
    if standalone:
        schema = {
            "$schema": "https://json-schema.org/draft/2020-12/schema",
            "$id": "/api/v1/schema/model.json",
            "description": f"Licence: {LICENCE['name']}, {LICENCE['url']}",
            **schema,
        }
    return schema


def download_schema() -> dict[str, Any]:
    """The JSON Schema of a whole download: licence, language, time and the records."""
    return {
        "$schema": "https://json-schema.org/draft/2020-12/schema",
        "$id": "/api/v1/schema/download.json",
        "title": "Palaset catalogue download",
        "type": "object",
        "required": ["licence", "language", "generated_at", "count", "models"],
        "properties": {
            "licence": LICENCE_SCHEMA,
            "language": {"enum": list(LANGUAGES)},
            "generated_at": {"type": "string", "format": "date-time"},
            "count": {"type": "integer", "minimum": 0},
            "models": _array(record_schema(standalone=False)),
        },
        "additionalProperties": False,
    }


LICENCE_SCHEMA = _object(dict.fromkeys(LICENCE, STRING))


# A text parameter: anything but a NUL character, which is answered 400.
TEXT_PARAMETER = {"type": "string", "pattern": "^[^\\u0000]*$"}


def _error() -> dict[str, Any]:
    return {
        "description": "Error",
        "content": {
            "application/json": {
                "schema": _object(
                    {"error": _object({"status": {"type": "integer"}, "message": STRING})}
                )
            }
        },
    }


def openapi() -> dict[str, Any]:
    """The API's OpenAPI 3.1 description."""
    lang = {
        "name": "lang",
        "in": "query",
        "required": False,
        "description": "Language of the texts and labels (default fi).",
        "schema": {"type": "string", "enum": list(LANGUAGES), "default": settings.LANGUAGE_CODE},
    }
    fields = {
        "name": "fields",
        "in": "query",
        "required": False,
        "description": "Comma-separated fields to return (id always comes).",
        "schema": {"type": "array", "items": {"enum": list(FIELDS)}},
        "style": "form",
        "explode": False,
    }
    facets = [
        {
            "name": facet.name,
            "in": "query",
            "required": False,
            "description": f"Filter: {facet.label} (slugs; several combine with OR).",
            "schema": {"type": "array", "items": TEXT_PARAMETER},
            "style": "form",
            "explode": True,
        }
        for facet in all_facets()
    ]
    model = {
        **record_schema(standalone=False),
        "required": ["id"],  # fields= leaves out the others
    }
    common = {"400": _error(), "429": _error(), "503": _error()}
    json_ok = {"description": "OK", "content": {"application/json": {"schema": {}}}}
    return {
        "openapi": "3.1.0",
        "info": {
            "title": "Palaset open data API",
            "version": "1.0.0",
            "description": "Participation models of the Palaset catalogue, as anonymous "
            "visitors see them. Filters use the catalogue's own URL parameters.",
            "license": {"name": LICENCE["name"], "identifier": LICENCE["id"]},
        },
        "servers": [{"url": "/"}],
        "components": {"schemas": {"Model": model, "Term": TERM, "Licence": LICENCE_SCHEMA}},
        "paths": {
            "/api/v1/models/": {
                "get": {
                    "operationId": "listModels",
                    "summary": "Participation models, filtered like the catalogue",
                    "parameters": [
                        lang,
                        fields,
                        {
                            "name": "q",
                            "in": "query",
                            "required": False,
                            "description": "Words to search (as in the catalogue).",
                            "schema": TEXT_PARAMETER,
                        },
                        {
                            "name": "sort",
                            "in": "query",
                            "required": False,
                            "schema": {"type": "string", "enum": list(SORTS)},
                        },
                        {
                            "name": "page",
                            "in": "query",
                            "required": False,
                            "schema": {"type": "integer", "minimum": 1, "default": 1},
                        },
                        {
                            "name": "page_size",
                            "in": "query",
                            "required": False,
                            "schema": {
                                "type": "integer",
                                "minimum": 1,
                                "maximum": settings.OPEN_DATA_MAX_PAGE_SIZE,
                                "default": settings.OPEN_DATA_PAGE_SIZE,
                            },
                        },
                        *facets,
                    ],
                    "responses": {
                        "200": {
                            "description": "One page of models",
                            "content": {
                                "application/json": {
                                    "schema": _object(
                                        {
                                            "count": {"type": "integer", "minimum": 0},
                                            "page": {"type": "integer", "minimum": 1},
                                            "pages": {"type": "integer", "minimum": 1},
                                            "page_size": {"type": "integer", "minimum": 1},
                                            "next": NULLABLE_STRING,
                                            "previous": NULLABLE_STRING,
                                            "language": {"enum": list(LANGUAGES)},
                                            "licence": {"$ref": "#/components/schemas/Licence"},
                                            "results": _array(
                                                {"$ref": "#/components/schemas/Model"}
                                            ),
                                        }
                                    )
                                }
                            },
                        },
                        "304": {"description": "Not modified"},
                        "404": _error(),
                        **common,
                    },
                }
            },
            "/api/v1/models/{id}/": {
                "get": {
                    "operationId": "getModel",
                    "summary": "One participation model in a language",
                    "parameters": [
                        {
                            "name": "id",
                            "in": "path",
                            "required": True,
                            "schema": {"type": "string"},
                        },
                        lang,
                        fields,
                    ],
                    "responses": {
                        "200": {
                            "description": "The model",
                            "content": {
                                "application/json": {
                                    "schema": _object(
                                        {
                                            "licence": {"$ref": "#/components/schemas/Licence"},
                                            "model": {"$ref": "#/components/schemas/Model"},
                                        }
                                    )
                                }
                            },
                        },
                        "304": {"description": "Not modified"},
                        "404": _error(),
                        **common,
                    },
                }
            },
            "/api/v1/vocabularies/": {
                "get": {
                    "operationId": "listVocabularies",
                    "summary": "The classifications' vocabularies with labels in a language",
                    "parameters": [lang],
                    "responses": {
                        "200": {
                            "description": "Every vocabulary",
                            "content": {
                                "application/json": {
                                    "schema": _object(
                                        {
                                            "licence": {"$ref": "#/components/schemas/Licence"},
                                            "language": {"enum": list(LANGUAGES)},
                                            "vocabularies": _array(
                                                _object(
                                                    {
                                                        "classification": STRING,
                                                        "parameter": NULLABLE_STRING,
                                                        "label": STRING,
                                                        "many": {"type": "boolean"},
                                                        "terms": _array(
                                                            _object(
                                                                {
                                                                    "slug": STRING,
                                                                    "label": STRING,
                                                                    "description": STRING,
                                                                    "yso_uri": NULLABLE_STRING,
                                                                    "sort_order": {
                                                                        "type": "integer"
                                                                    },
                                                                }
                                                            )
                                                        ),
                                                    }
                                                )
                                            ),
                                        }
                                    )
                                }
                            },
                        },
                        "304": {"description": "Not modified"},
                        **common,
                    },
                }
            },
            "/api/v1/": {
                "get": {
                    "operationId": "apiRoot",
                    "summary": "Links to the API's resources and the downloads",
                    "responses": {"200": json_ok, "304": {"description": "Not modified"}},
                }
            },
        },
    }
