"""A DCAT-AP description (JSON-LD) of the catalogue's open data: the dataset with its
downloads per language and format, and the API as a data service."""

from typing import Any

from django.http import HttpRequest, HttpResponse
from django.urls import reverse

from opendata.http import json_response, open_data_view
from opendata.records import LANGUAGES, LICENCE

LANGUAGE_URIS = {
    "fi": "http://publications.europa.eu/resource/authority/language/FIN",
    "sv": "http://publications.europa.eu/resource/authority/language/SWE",
    "en": "http://publications.europa.eu/resource/authority/language/ENG",
}
FORMATS = {
    "json": ("application/json", "http://publications.europa.eu/resource/authority/file-type/JSON"),
    "csv": ("text/csv", "http://publications.europa.eu/resource/authority/file-type/CSV"),
}
CONTEXT = {
    "dcat": "http://www.w3.org/ns/dcat#",
    "dct": "http://purl.org/dc/terms/",
    "foaf": "http://xmlns.com/foaf/0.1/",
    "xsd": "http://www.w3.org/2001/XMLSchema#",
}


def description(request: HttpRequest) -> dict[str, Any]:
    url = request.build_absolute_uri
    licence = {"@id": LICENCE["url"]}
    distributions = [
        {
            "@id": url(reverse(f"opendata_download_{kind}", args=[code])),
            "@type": "dcat:Distribution",
            "dct:title": f"Palaset participation models ({code}, {kind.upper()})",
            "dcat:accessURL": {"@id": url(reverse("opendata_page"))},
            "dcat:downloadURL": {"@id": url(reverse(f"opendata_download_{kind}", args=[code]))},
            "dcat:mediaType": {"@id": f"https://www.iana.org/assignments/media-types/{media}"},
            "dct:format": {"@id": file_type},
            "dct:language": {"@id": LANGUAGE_URIS[code]},
            "dct:license": licence,
            **(
                {"dct:conformsTo": {"@id": url(reverse("opendata_download_schema"))}}
                if kind == "json"
                else {}
            ),
        }
        for code in LANGUAGES
        for kind, (media, file_type) in FORMATS.items()
    ]
    service = {
        "@id": url(reverse("opendata_api_root")),
        "@type": "dcat:DataService",
        "dct:title": "Palaset open data API",
        "dcat:endpointURL": {"@id": url(reverse("opendata_api_root"))},
        "dcat:endpointDescription": {"@id": url(reverse("opendata_openapi"))},
        "dct:conformsTo": {"@id": "https://spec.openapis.org/oas/v3.1.0"},
        "dct:license": licence,
    }
    dataset_id = url(reverse("opendata_dcat")) + "#dataset"
    service["dcat:servesDataset"] = {"@id": dataset_id}
    return {
        "@context": CONTEXT,
        "@id": url(reverse("opendata_dcat")),
        "@type": "dcat:Catalog",
        "dct:title": [
            {"@value": "Palaset – avoin data", "@language": "fi"},
            {"@value": "Palaset – öppna data", "@language": "sv"},
            {"@value": "Palaset open data", "@language": "en"},
        ],
        "dct:publisher": {"@type": "foaf:Agent", "foaf:name": "Palaset"},
        "dct:license": licence,
        "dcat:dataset": [
            {
                "@id": dataset_id,
                "@type": "dcat:Dataset",
                "dct:title": [
                    {"@value": "Osallisuuden mallit", "@language": "fi"},
                    {"@value": "Delaktighetsmodeller", "@language": "sv"},
                    {"@value": "Participation models", "@language": "en"},
                ],
                "dct:description": [
                    {
                        "@value": "Julkisten toimijoiden osallisuuden mallit luokituksineen "
                        "ja arviointeineen.",
                        "@language": "fi",
                    },
                    {
                        "@value": "Participation models for Finnish public actors with their "
                        "classifications and evaluations.",
                        "@language": "en",
                    },
                ],
                "dct:language": [{"@id": LANGUAGE_URIS[code]} for code in LANGUAGES],
                "dct:license": licence,
                "dcat:landingPage": {"@id": url(reverse("opendata_page"))},
                "dcat:distribution": distributions,
            }
        ],
        "dcat:service": [service],
    }


@open_data_view
def dcat(request: HttpRequest) -> HttpResponse:
    return json_response(request, description(request), **{"Content-Type": "application/ld+json"})
