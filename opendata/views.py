"""The "Open data" page: what is offered, under which licence, and where."""

from django.http import HttpRequest, HttpResponse
from django.shortcuts import render
from django.urls import reverse
from django.utils.translation import get_language

from opendata.records import LANGUAGES, LICENCE


def page(request: HttpRequest) -> HttpResponse:
    language = get_language()
    downloads = [
        {
            "language": code,
            "json": reverse("opendata_download_json", args=[code]),
            "csv": reverse("opendata_download_csv", args=[code]),
        }
        for code in LANGUAGES
    ]
    return render(
        request,
        "opendata/open_data_page.html",
        {
            "licence": LICENCE,
            "downloads": downloads,
            "api_url": reverse("opendata_api_root"),
            "openapi_url": reverse("opendata_openapi"),
            "schema_url": reverse("opendata_download_schema"),
            "record_schema_url": reverse("opendata_record_schema"),
            "dcat_url": reverse("opendata_dcat"),
            "feed_new_url": reverse("opendata_feed_new"),
            "feed_updated_url": reverse("opendata_feed_updated"),
            "api_example": reverse("opendata_api_models") + f"?lang={language}&page_size=5",
        },
    )
