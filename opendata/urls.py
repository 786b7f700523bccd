"""Open data addresses: the API and downloads without a language prefix (the language is a
parameter), the page, feeds and the results download under each language's prefix."""

from django.urls import path, re_path

from opendata import api, dcat, downloads, feeds, views
from opendata.http import open_data_view

api_urls = [
    path("", api.root, name="opendata_api_root"),
    path("models/", api.models, name="opendata_api_models"),
    path("models/<str:model_id>/", api.model, name="opendata_api_model"),
    path("vocabularies/", api.vocabularies, name="opendata_api_vocabularies"),
    path("openapi.json", api.openapi, name="opendata_openapi"),
    path("schema/model.json", api.record_schema, name="opendata_record_schema"),
    path("schema/download.json", api.download_schema, name="opendata_download_schema"),
    path(
        "downloads/models-<str:language>.json",
        downloads.download_json,
        name="opendata_download_json",
    ),
    path(
        "downloads/models-<str:language>.csv", downloads.download_csv, name="opendata_download_csv"
    ),
    path("dcat.jsonld", dcat.dcat, name="opendata_dcat"),
    re_path(r"^.*$", open_data_view(api.not_found)),
]

site_urls = [
    path("", views.page, name="opendata_page"),
    path("results.csv", downloads.results_csv, name="opendata_results_csv"),
    path("feeds/new/", feeds.NewModelsFeed(), name="opendata_feed_new"),
    path("feeds/updated/", feeds.UpdatedModelsFeed(), name="opendata_feed_updated"),
]
