"""Open data downloads, feeds and linked metadata (docs/opendata.md): the whole catalogue
per language as JSON (valid against its published schema) and CSV, the search results as
CSV, Atom feeds, DCAT-AP, JSON-LD and OpenGraph, and the "Open data" page."""

import csv
import io
import json
from datetime import UTC, datetime, timedelta
from xml.etree import ElementTree  # our own feed, not untrusted input

import jsonschema_rs
import pytest
from bs4 import BeautifulSoup
from django.core.cache import cache
from wagtail.models import PageViewRestriction

from tests import factories

OLD = datetime(2020, 1, 1, tzinfo=UTC)
ATOM = "{http://www.w3.org/2005/Atom}"


@pytest.fixture(autouse=True)
def empty_cache():
    cache.clear()
    yield
    cache.clear()


def rows(response):
    text = response.content.decode("utf-8")
    assert text.startswith("\ufeff")
    return list(csv.DictReader(io.StringIO(text[1:])))


def test_json_download_is_valid_against_its_published_schema(client, full_model, evaluate):
    evaluate(full_model, factories.EvaluationFactory.build())
    schema = json.loads(client.get("/api/v1/schema/download.json").content)

    response = client.get("/api/v1/downloads/models-fi.json")
    document = json.loads(response.content)

    assert response.status_code == 200
    assert "attachment" in response["Content-Disposition"]
    jsonschema_rs.validate(schema, document)
    assert document["licence"]["url"] == "https://creativecommons.org/licenses/by/4.0/"
    assert document["count"] == 2  # the model and its related model
    assert {m["title"] for m in document["models"]} == {
        "Osallistuva budjetointi",
        "Lähisukuinen malli",
    }


def test_the_schema_rejects_a_record_missing_a_field(client, full_model):
    schema = json.loads(client.get("/api/v1/schema/model.json").content)
    record = json.loads(client.get("/api/v1/downloads/models-fi.json").content)["models"][0]
    del record["title"]

    assert not jsonschema_rs.is_valid(schema, record)


def test_json_download_gets_304_while_the_catalogue_is_unchanged(client, make_model):
    make_model(title="Malli")
    first = client.get("/api/v1/downloads/models-fi.json")

    again = client.get("/api/v1/downloads/models-fi.json", HTTP_IF_NONE_MATCH=first["ETag"])

    assert again.status_code == 304
    generated = json.loads(first.content)["generated_at"]
    assert generated.startswith(str(datetime.now(tz=UTC).year))


def test_csv_download_one_row_per_model_joined_values_and_licence(client, make_model):
    principles = [
        factories.GovernancePrincipleFactory(name="Kumppanuus", slug="kumppanuus"),
        factories.GovernancePrincipleFactory(name="Avoimuus", slug="avoimuus"),
    ]
    make_model(title="Malli", principles=principles)

    response = client.get("/api/v1/downloads/models-fi.csv")
    (row,) = rows(response)

    assert response["Content-Type"] == "text/csv; charset=utf-8"
    assert row["title"] == "Malli"
    assert row["principles"] == "Kumppanuus | Avoimuus"
    assert row["principles_slugs"] == "kumppanuus | avoimuus"
    assert row["licence"].startswith("Creative Commons Attribution 4.0")


@pytest.mark.parametrize("start", ["=", "+", "-", "@"])
def test_csv_cells_that_look_like_formulas_are_neutralised(client, make_model, start):
    make_model(title=f'{start}HYPERLINK("http://evil.example")', lead=f"{start}1+1")

    (row,) = rows(client.get("/api/v1/downloads/models-fi.csv"))

    assert row["title"] == f'\'{start}HYPERLINK("http://evil.example")'
    assert row["lead"] == f"'{start}1+1"


def test_unknown_download_language_is_404(client, db):
    response = client.get("/api/v1/downloads/models-de.json")

    assert response.status_code == 404
    assert "de" in json.loads(response.content)["error"]["message"]


def test_results_csv_exports_exactly_the_filtered_set_across_result_pages(client, make_model):
    principle = factories.GovernancePrincipleFactory(name="Kumppanuus", slug="kumppanuus")
    for n in range(23):
        make_model(title=f"Kumppani {n:02}", principles=[principle])
    make_model(title="Muu")

    catalogue = client.get("/fi/mallit/?principle=kumppanuus")
    link = BeautifulSoup(catalogue.content, "html.parser").select_one("a.results-download")
    exported = rows(client.get(link["href"]))

    assert link.get_text() == "Lataa tulokset (CSV)"
    assert link["href"] == "/fi/opendata/results.csv?principle=kumppanuus"
    assert [row["title"] for row in exported] == [f"Kumppani {n:02}" for n in range(23)]


def test_feeds_list_new_and_updated_public_models_per_language(client, make_model):
    make_model(title="Vanha", published_at=OLD)
    make_model(title="Uusi", published_at=OLD + timedelta(days=10))
    hidden = make_model(title="Salainen", published_at=OLD + timedelta(days=20))
    PageViewRestriction.objects.create(page=hidden, restriction_type=PageViewRestriction.LOGIN)

    new = client.get("/fi/opendata/feeds/new/")
    updated = client.get("/sv/opendata/feeds/updated/")
    feed = ElementTree.fromstring(new.content)  # noqa: S314

    assert new["Content-Type"].startswith("application/atom+xml")
    assert [e.findtext(f"{ATOM}title") for e in feed.iter(f"{ATOM}entry")] == ["Uusi", "Vanha"]
    assert "CC BY 4.0" in feed.findtext(f"{ATOM}rights")
    assert updated.status_code == 200
    swedish = ElementTree.fromstring(updated.content)  # noqa: S314
    assert list(swedish.iter(f"{ATOM}entry")) == []  # no Swedish models


def test_dcat_describes_each_download_and_the_api(client, db):
    response = client.get("/api/v1/dcat.jsonld")
    data = json.loads(response.content)

    dataset = data["dcat:dataset"][0]
    downloads = {d["dcat:downloadURL"]["@id"] for d in dataset["dcat:distribution"]}
    assert response["Content-Type"] == "application/ld+json"
    assert "http://testserver/api/v1/downloads/models-sv.csv" in downloads
    assert len(downloads) == 6
    assert data["dcat:service"][0]["dcat:endpointDescription"]["@id"].endswith("/openapi.json")
    assert dataset["dct:license"]["@id"] == "https://creativecommons.org/licenses/by/4.0/"


def ld_json(soup):
    return [json.loads(s.string) for s in soup.select('script[type="application/ld+json"]')]


def test_model_page_has_schema_org_json_ld_and_opengraph(client, make_model):
    principle = factories.GovernancePrincipleFactory(name="Kumppanuus")
    page = make_model(title="Malli </script><script>alert(1)</script>", principles=[principle])

    response = client.get(page.url)
    soup = BeautifulSoup(response.content, "html.parser")
    (data,) = ld_json(soup)

    assert "<script>alert(1)" not in response.content.decode()
    assert data["@type"] == "CreativeWork"
    assert data["name"] == page.title
    assert data["keywords"] == ["Kumppanuus"]
    assert data["license"] == "https://creativecommons.org/licenses/by/4.0/"
    assert soup.select_one('meta[property="og:title"]')["content"] == page.title
    assert soup.select_one('meta[property="og:type"]')["content"] == "article"


def test_catalogue_page_describes_the_dataset_and_its_downloads(client, catalogue):
    soup = BeautifulSoup(client.get("/fi/mallit/").content, "html.parser")
    (data,) = ld_json(soup)

    assert data["@type"] == "Dataset"
    assert {d["encodingFormat"] for d in data["distribution"]} == {"application/json", "text/csv"}
    assert soup.select_one('meta[property="og:locale"]')["content"] == "fi_FI"


@pytest.mark.parametrize(
    ("language", "heading"), [("fi", "Avoin data"), ("sv", "Öppna data"), ("en", "Open data")]
)
def test_open_data_page_links_api_downloads_feeds_and_dcat(client, db, language, heading):
    response = client.get(f"/{language}/opendata/")
    soup = BeautifulSoup(response.content, "html.parser")
    links = {a["href"] for a in soup.select("main a")}

    assert soup.h1.get_text() == heading
    assert {
        "/api/v1/",
        "/api/v1/openapi.json",
        "/api/v1/dcat.jsonld",
        "/api/v1/downloads/models-fi.json",
        "/api/v1/downloads/models-en.csv",
        f"/{language}/opendata/feeds/new/",
        f"/{language}/opendata/feeds/updated/",
        "https://creativecommons.org/licenses/by/4.0/",
    } <= links


def test_whole_catalogue_downloads_have_their_own_smaller_limit(client, db, settings):
    settings.RATELIMIT_OPEN_DATA_DOWNLOADS = "2/h"

    downloads = [client.get("/api/v1/downloads/models-fi.csv").status_code for _ in range(3)]
    results = client.get("/fi/opendata/results.csv")
    api = client.get("/api/v1/models/")

    assert downloads == [200, 200, 429]
    assert results.status_code == 429
    assert int(results["Retry-After"]) > 60  # the hour's window, not a minute's
    assert api.status_code == 200
