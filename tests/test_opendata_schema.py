"""The API keeps its published OpenAPI description (issue 17's CI check): schemathesis
generates requests from /api/v1/openapi.json and sends them to the running API (Django's
WSGI application over the demo content); every answer must be free of server errors and
match the described status codes, content types and schemas.

`python3 dev.py test -n 0 tests/test_opendata_schema.py` runs it; set OPEN_DATA_FUZZ_EXAMPLES
for a longer run (CI: the default)."""

import os

import pytest
import schemathesis
from django.core.cache import cache
from django.core.signals import request_finished, request_started
from django.core.wsgi import get_wsgi_application
from django.db import close_old_connections
from hypothesis import HealthCheck, given
from hypothesis import settings as hypothesis_settings

EXAMPLES = int(os.environ.get("OPEN_DATA_FUZZ_EXAMPLES", "40"))


@pytest.fixture
def api_schema(demo_loaded, db, settings):
    settings.RATELIMIT_OPEN_DATA = "100000/m"  # the fuzzer asks fast; limits have their test
    settings.RATELIMIT_OPEN_DATA_DOWNLOADS = "100000/m"
    cache.clear()
    # As Django's test client does: the test's transaction is the connection's, so the
    # WSGI handler's end-of-request hook must not close it (PostgreSQL would lose it).
    request_started.disconnect(close_old_connections)
    request_finished.disconnect(close_old_connections)
    try:
        yield schemathesis.openapi.from_wsgi("/api/v1/openapi.json", get_wsgi_application())
    finally:
        request_started.connect(close_old_connections)
        request_finished.connect(close_old_connections)


# Every operation of the description; schemathesis's pytest plugin does not run under
# pytest 9 (it sets Function._nodeid), so each operation's strategy is run here.
OPERATIONS = [
    ("GET", "/api/v1/"),
    ("GET", "/api/v1/models/"),
    ("GET", "/api/v1/models/{id}/"),
    ("GET", "/api/v1/vocabularies/"),
]


@pytest.mark.parametrize(("method", "path"), OPERATIONS)
def test_api_answers_as_described_without_server_errors(api_schema, method, path):
    operation = api_schema[path][method]

    @hypothesis_settings(
        max_examples=EXAMPLES,
        deadline=None,
        database=None,
        suppress_health_check=list(HealthCheck),
    )
    @given(case=operation.as_strategy())
    def call(case):
        # Django's GZipMiddleware compresses for clients that ask; this client cannot read it.
        case.call_and_validate(headers={"Accept-Encoding": "identity"})

    call()


def test_every_operation_is_fuzzed(api_schema):
    described = {
        (result.ok().method.upper(), result.ok().path) for result in api_schema.get_all_operations()
    }

    assert described == set(OPERATIONS)


def test_the_description_covers_the_catalogue_filters(client, db):
    description = client.get("/api/v1/openapi.json").json()

    names = {p["name"] for p in description["paths"]["/api/v1/models/"]["get"]["parameters"]}
    assert {"principle", "service_phase", "target_group", "q", "lang", "fields", "page"} <= names
    assert description["openapi"].startswith("3.1")
