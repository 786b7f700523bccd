"""Liveness (/healthz) and readiness (/readyz) probes (core/health.py), through the whole
middleware stack of the test client. The real server answering them: tests/test_server.py."""

import json
import logging
from unittest import mock

import pytest
from django.db import OperationalError, connections
from django.test import override_settings
from django.urls import reverse

from search.backends import SERVER_ENGINES

# A cache nobody listens on: port 1 on loopback refuses at once.
UNREACHABLE_REDIS = {
    "default": {
        "BACKEND": "django.core.cache.backends.redis.RedisCache",
        "LOCATION": "redis://127.0.0.1:1/0",
    }
}


def body(response):
    assert response["Content-Type"] == "application/json"
    return json.loads(response.content)


def assert_never_cached(response):
    assert response["Cache-Control"] == "no-store"


def test_the_probes_live_outside_the_language_prefix():
    assert reverse("healthz") == "/healthz"
    assert reverse("readyz") == "/readyz"


def test_healthz_answers_without_touching_the_database(client):
    # No `db` fixture: pytest-django fails any query, so this proves there is none.
    response = client.get("/healthz")

    assert response.status_code == 200
    assert body(response) == {"status": "ok"}
    assert_never_cached(response)
    assert int(response["Content-Length"]) == len(response.content)


@pytest.mark.django_db
def test_readyz_checks_database_and_cache_with_one_query(client, django_assert_num_queries):
    with django_assert_num_queries(1):
        response = client.get("/readyz")

    assert response.status_code == 200
    assert body(response) == {
        "status": "ok",
        "checks": {"database": "ok", "cache": "ok", "search": "not configured"},
    }
    assert_never_cached(response)


@pytest.mark.django_db
@pytest.mark.parametrize("path", ["/healthz", "/readyz"])
def test_head_answers_like_get_without_a_body(client, path):
    response = client.head(path)

    assert response.status_code == 200
    assert response.content == b""
    assert_never_cached(response)


@pytest.mark.parametrize("path", ["/healthz", "/readyz"])
@pytest.mark.parametrize("method", ["post", "put", "patch", "delete", "options"])
def test_other_methods_are_refused_with_405(client, path, method):
    # No `db` fixture: a refused method runs no check either.
    response = getattr(client, method)(path)

    assert response.status_code == 405
    assert response["Allow"] == "GET, HEAD"
    assert_never_cached(response)


@pytest.mark.django_db
def test_readyz_is_503_naming_the_database_when_it_fails(client, caplog):
    failure = OperationalError('connection to server failed: password "hunter2" refused')
    with mock.patch.object(connections["default"], "cursor", side_effect=failure):
        response = client.get("/readyz")

    assert response.status_code == 503
    assert body(response) == {
        "status": "unavailable",
        "failed": ["database"],
        "checks": {"database": "failed", "cache": "ok", "search": "not configured"},
    }
    assert_never_cached(response)
    # The operator's log says why, in one line without a traceback; the body does not.
    assert b"hunter2" not in response.content
    (record,) = [r for r in caplog.records if r.name == "core.health"]
    assert record.levelno == logging.WARNING
    assert record.exc_info is None
    assert "database" in record.getMessage()
    assert "OperationalError" in record.getMessage()


@pytest.mark.django_db
def test_readyz_is_503_naming_the_cache_when_it_is_unreachable(client, caplog):
    with override_settings(CACHES=UNREACHABLE_REDIS):
        response = client.get("/readyz")

    assert response.status_code == 503
    assert body(response)["failed"] == ["cache"]
    assert body(response)["checks"]["database"] == "ok"
    assert all(record.exc_info is None for record in caplog.records)


@pytest.mark.django_db
@pytest.mark.parametrize("engine", ["opensearch", "elasticsearch"])
def test_readyz_pings_the_search_server_when_one_is_configured(client, engine):
    server = {"CATALOGUE_SEARCH_ENGINE": engine, "CATALOGUE_SEARCH_URL": "http://127.0.0.1:1"}
    with override_settings(**server):
        down = client.get("/readyz")
        with mock.patch.object(SERVER_ENGINES[engine], "ping", return_value=True) as ping:
            up = client.get("/readyz")

    assert down.status_code == 503
    assert body(down)["failed"] == ["search"]
    assert up.status_code == 200
    assert body(up)["checks"]["search"] == "ok"
    ping.assert_called_once_with()


@pytest.mark.django_db
def test_readyz_has_no_search_server_to_ping_on_the_database_engine(client):
    response = client.get("/readyz")

    assert response.status_code == 200
    assert body(response)["checks"]["search"] == "not configured"


@pytest.mark.django_db
@override_settings(ALLOWED_HOSTS=["palaset.example"])
def test_probes_answer_a_load_balancer_probing_by_address(client, caplog):
    """The prober's Host (the instance's address) is not an allowed host: the probes answer
    anyway, with nothing in the log, while the site itself refuses that host."""
    healthz = client.get("/healthz", HTTP_HOST="10.0.0.7:8000")
    readyz = client.get("/readyz", HTTP_HOST="10.0.0.7:8000")

    assert (healthz.status_code, readyz.status_code) == (200, 200)
    assert caplog.records == []
    assert client.get("/fi/", HTTP_HOST="10.0.0.7:8000").status_code == 400


@pytest.mark.django_db
def test_probes_are_never_redirected_to_a_language(client):
    for path in ("/healthz", "/readyz"):
        response = client.get(path, HTTP_ACCEPT_LANGUAGE="sv")

        assert response.status_code == 200
        assert "Content-Language" not in response
        assert "Set-Cookie" not in response


@pytest.mark.django_db
def test_probes_stay_uncached_for_signed_in_users(client, django_user_model):
    client.force_login(django_user_model.objects.create_user("probe", password="x"))

    for path in ("/healthz", "/readyz"):
        response = client.get(path)

        assert response.status_code == 200
        assert_never_cached(response)
