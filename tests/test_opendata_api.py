"""The open data API (/api/v1/, docs/opendata.md): what anonymous visitors see, filtered
with the catalogue's own parameters, in each language, with validators, CORS and limits."""

import json
import uuid
from datetime import UTC, datetime

import pytest
from django.core.cache import cache
from wagtail.models import PageViewRestriction

from tests import factories

OLD = datetime(2020, 1, 1, tzinfo=UTC)


def translate(page, locale, title):
    translated = page.copy_for_translation(locale, copy_parents=True)
    translated.title = title
    translated.save_revision().publish()
    translated.refresh_from_db()
    return translated


@pytest.fixture(autouse=True)
def empty_cache():
    cache.clear()  # rate-limit counters and first-seen dates of one test stay in it
    yield
    cache.clear()


@pytest.fixture
def principles(db):
    return {
        "kumppanuus": factories.GovernancePrincipleFactory(name="Kumppanuus", slug="kumppanuus"),
        "avoimuus": factories.GovernancePrincipleFactory(name="Avoimuus", slug="avoimuus"),
    }


def get(client, url, **headers):
    response = client.get(url, **headers)
    return response, (json.loads(response.content) if response.content else None)


def test_list_gives_live_public_models_in_catalogue_order_with_licence(client, make_model):
    make_model(title="Beta")
    make_model(title="Alfa")
    make_model(title="Luonnos", publish=False)
    hidden = make_model(title="Salainen")
    PageViewRestriction.objects.create(page=hidden, restriction_type=PageViewRestriction.LOGIN)

    response, data = get(client, "/api/v1/models/")

    assert response.status_code == 200
    assert response["Access-Control-Allow-Origin"] == "*"
    assert [m["title"] for m in data["results"]] == ["Alfa", "Beta"]
    assert data["count"] == 2
    assert data["licence"]["id"] == "CC-BY-4.0"


def test_filters_use_the_catalogue_parameters(client, make_model, principles):
    make_model(title="Kumppani", principles=[principles["kumppanuus"]])
    make_model(title="Avoin", principles=[principles["avoimuus"]])
    make_model(title="Molemmat", principles=list(principles.values()))

    _response, data = get(client, "/api/v1/models/?principle=kumppanuus")

    assert [m["title"] for m in data["results"]] == ["Kumppani", "Molemmat"]
    assert data["results"][0]["classifications"]["principles"] == [
        {"slug": "kumppanuus", "label": "Kumppanuus"}
    ]


def test_full_record_has_every_public_field(client, full_model):
    _response, data = get(client, "/api/v1/models/?q=budjetointi")

    record = next(m for m in data["results"] if m["title"] == "Osallistuva budjetointi")
    assert record["id"] == str(full_model.translation_key)
    assert record["implementation"][0] == {"title": "Valmistele", "description": "Sovi budjetista."}
    assert record["links"] == [{"title": "Hankkeen sivu", "url": "https://example.org/hanke"}]
    assert record["core_idea"] == "<p>Teksti: core_idea</p>"
    assert record["classifications"]["stage"] == {
        "slug": record["classifications"]["stage"]["slug"],
        "label": "Levitysvalmis",
    }
    assert len(record["developers"]) == 2
    assert record["related_models"][0]["title"] == "Lähisukuinen malli"
    assert record["evaluations"] == []
    assert record["first_published_at"] == "2021-03-04T22:30:00+00:00"


def test_published_evaluations_only_newest_first(client, make_model, evaluate):
    page = make_model(title="Arvioitu")
    evaluate(
        page,
        factories.EvaluationFactory.build(date=datetime(2023, 1, 1).date()),
        factories.EvaluationFactory.build(
            date=datetime(2024, 2, 2).date(), evidence_level="documented"
        ),
        factories.EvaluationFactory.build(date=datetime(2025, 1, 1).date(), status="draft"),
    )

    _response, data = get(client, "/api/v1/models/")

    evaluations = data["results"][0]["evaluations"]
    assert [e["date"] for e in evaluations] == ["2024-02-02", "2023-01-01"]
    assert evaluations[0]["evidence_level"] == "documented"
    assert evaluations[0]["areas"][1] == {
        "area": "community",
        "label": "Osallisuus yhteisöissä ja vaikuttamisen prosesseissa",
        "rating": "clearly",
        "rating_label": "Selvästi",
        "justification": "Asukkaat päättävät yhdessä toiminnan suunnasta.",
    }


def test_swedish_catalogue_lists_translations_and_untranslated_finnish_models(
    client, make_model, locales, principles
):
    swedish_term = principles["kumppanuus"].copy_for_translation(locales["sv"])
    swedish_term.name = "Partnerskap"
    swedish_term.save()
    translated = make_model(title="Käännetty", principles=[principles["kumppanuus"]])
    swedish = translate(translated, locales["sv"], "Översatt")
    make_model(title="Vain suomeksi")

    _response, data = get(client, "/api/v1/models/?lang=sv&sort=title")

    by_title = {m["title"]: m for m in data["results"]}
    assert set(by_title) == {"Översatt", "Vain suomeksi"}
    assert by_title["Översatt"]["language"] == "sv"
    assert by_title["Översatt"]["id"] == str(translated.translation_key)
    assert by_title["Översatt"]["page_id"] == swedish.pk
    assert by_title["Översatt"]["classifications"]["principles"] == [
        {"slug": "kumppanuus", "label": "Partnerskap"}
    ]
    assert by_title["Översatt"]["translations"][0]["language"] == "fi"
    assert by_title["Vain suomeksi"]["language"] == "fi"


def test_one_model_by_its_stable_id_in_a_language(client, make_model, locales):
    page = make_model(title="Malli")
    translate(page, locales["en"], "Model")

    _r, finnish = get(client, f"/api/v1/models/{page.translation_key}/")
    _r, english = get(client, f"/api/v1/models/{page.translation_key}/?lang=en")
    _r, swedish = get(client, f"/api/v1/models/{page.translation_key}/?lang=sv")

    assert finnish["model"]["title"] == "Malli"
    assert english["model"]["title"] == "Model"
    assert swedish["model"]["title"] == "Malli"  # no Swedish translation: the original


@pytest.mark.parametrize(
    "path",
    [
        f"/api/v1/models/{uuid.UUID(int=1)}/",
        "/api/v1/models/not-a-uuid/",
        "/api/v1/models/%27%20OR%201=1--/",
        "/api/v1/nothing-here/",
    ],
)
def test_unknown_ids_and_addresses_are_404_with_a_message(client, db, path):
    response, data = get(client, path)

    assert response.status_code == 404
    assert data["error"]["status"] == 404
    assert data["error"]["message"]


def test_a_private_or_draft_model_is_not_found(client, make_model):
    hidden = make_model(title="Salainen")
    PageViewRestriction.objects.create(page=hidden, restriction_type=PageViewRestriction.LOGIN)
    draft = make_model(title="Luonnos", publish=False)

    assert client.get(f"/api/v1/models/{hidden.translation_key}/").status_code == 404
    assert client.get(f"/api/v1/models/{draft.translation_key}/").status_code == 404


def test_fields_chooses_what_comes(client, make_model):
    make_model(title="Malli")

    _response, data = get(client, "/api/v1/models/?fields=title,lead")

    assert list(data["results"][0]) == ["id", "title", "lead"]


@pytest.mark.parametrize(
    ("query", "message_part"),
    [
        ("fields=title,password", "password"),
        ("lang=de", "de"),
        ("page=abc", "page"),
        ("page=0", "page"),
        ("page_size=1000", "page_size"),
        ("q=%00", "NUL"),
    ],
)
def test_bad_parameters_are_400_with_a_clear_message(client, make_model, query, message_part):
    make_model()

    response, data = get(client, f"/api/v1/models/?{query}")

    assert response.status_code == 400
    assert message_part in data["error"]["message"]


def test_hostile_query_strings_are_searched_not_failed(client, make_model):
    make_model(title="Malli")

    response, data = get(
        client, "/api/v1/models/?q=" + "%27%22%3Cscript%3E%01" * 200 + "&principle=%FF"
    )

    assert response.status_code == 200
    assert data["count"] == 0


def test_pages_link_to_each_other_and_past_the_end_is_404(client, make_model):
    for title in ("A", "B", "C"):
        make_model(title=title)

    _r, first = get(client, "/api/v1/models/?page_size=2")
    _r, second = get(client, first["next"])
    past, error = get(client, "/api/v1/models/?page_size=2&page=3")

    assert [m["title"] for m in first["results"]] == ["A", "B"]
    assert first["previous"] is None
    assert [m["title"] for m in second["results"]] == ["C"]
    assert second["next"] is None
    assert (past.status_code, "2" in error["error"]["message"]) == (404, True)


def test_etag_and_last_modified_give_304_until_the_content_changes(client, make_model):
    page = make_model(title="Malli")
    first = client.get("/api/v1/models/")

    by_etag = client.get("/api/v1/models/", HTTP_IF_NONE_MATCH=first["ETag"])
    by_date = client.get("/api/v1/models/", HTTP_IF_MODIFIED_SINCE=first["Last-Modified"])
    page.title = "Uusi nimi"
    page.save_revision().publish()
    changed = client.get("/api/v1/models/", HTTP_IF_NONE_MATCH=first["ETag"])
    changed_since = client.get("/api/v1/models/", HTTP_IF_MODIFIED_SINCE=first["Last-Modified"])

    assert (by_etag.status_code, by_date.status_code) == (304, 304)
    assert changed.status_code == 200
    assert changed["ETag"] != first["ETag"]
    assert changed_since.status_code == 200


def test_other_methods_are_405_and_preflight_allows_get_from_anywhere(client, db):
    post = client.post("/api/v1/models/", {"title": "x"})
    delete = client.delete("/api/v1/models/")
    preflight = client.options("/api/v1/models/", HTTP_ORIGIN="https://example.org")

    assert post.status_code == 405
    assert "GET" in post["Allow"]
    assert json.loads(post.content)["error"]["message"]
    assert delete.status_code == 405
    assert preflight.status_code == 204
    assert preflight["Access-Control-Allow-Origin"] == "*"
    assert "GET" in preflight["Access-Control-Allow-Methods"]


def test_too_many_requests_get_429_with_retry_after(client, db, settings):
    settings.RATELIMIT_OPEN_DATA = "2/m"

    statuses = [client.get("/api/v1/vocabularies/").status_code for _ in range(3)]
    limited = client.get("/api/v1/vocabularies/")

    assert statuses == [200, 200, 429]
    assert 1 <= int(limited["Retry-After"]) <= 60
    assert json.loads(limited.content)["error"]["status"] == 429


def test_vocabularies_in_the_requested_language(client, locales, principles):
    swedish = principles["avoimuus"].copy_for_translation(locales["sv"])
    swedish.name = "Öppenhet"
    swedish.save()

    _response, data = get(client, "/api/v1/vocabularies/?lang=sv")

    principle = next(v for v in data["vocabularies"] if v["classification"] == "principles")
    assert principle["parameter"] == "principle"
    assert [(t["slug"], t["label"]) for t in principle["terms"]] == [
        ("kumppanuus", "Kumppanuus"),
        ("avoimuus", "Öppenhet"),
    ]


def test_a_list_page_costs_a_fixed_number_of_queries(
    client, make_model, principles, evaluate, django_assert_num_queries
):
    """Every kind of related data present (developers, picks, evaluations with criteria),
    so each of its queries runs; the count is the same for 3 models and for 20."""
    organisation = factories.DeveloperOrganisationFactory()
    criterion = factories.PromisingPracticeCriterionFactory()
    first = make_model(title="Malli 0")

    def add(n):
        page = make_model(
            title=f"Malli {n}",
            principles=list(principles.values()),
            developers=[(organisation, "developer")],
            related=[first],
        )
        evaluate(
            page,
            factories.EvaluationFactory.build(
                evaluator=organisation,
                criteria=[("criterion", {"criterion": criterion, "status": "met"})],
            ),
        )

    for n in range(1, 3):
        add(n)
    client.get("/api/v1/models/")  # the facet index is built once per process

    with django_assert_num_queries(QUERIES):
        assert client.get("/api/v1/models/?page_size=3").status_code == 200
    for n in range(3, 20):
        add(n)
    client.get("/api/v1/models/")
    with django_assert_num_queries(QUERIES):
        response = client.get("/api/v1/models/?page_size=20")
    assert len(json.loads(response.content)["results"]) == 20
    assert (
        json.loads(response.content)["results"][1]["evaluations"][0]["criteria"][0]["status"]
        == "met"
    )


QUERIES = 13


@pytest.mark.parametrize("meta", [{"REMOTE_ADDR": ""}, {"REMOTE_ADDR": "not-an-address"}])
def test_a_request_without_a_readable_client_address_is_still_answered(client, db, meta):
    response = client.get("/api/v1/vocabularies/", **meta)

    assert response.status_code == 200
