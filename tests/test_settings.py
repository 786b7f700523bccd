"""Settings an operator controls through the environment (see README's configuration table).

Settings are read once per process, so each case runs Django in a fresh subprocess.
"""

import json
import os
import re
import subprocess
import sys
from importlib import import_module

import pytest
from django.conf import settings
from django.core.exceptions import ImproperlyConfigured

from config.settings.base import require_secret_key, search_backends

# Variables of the README's configuration table: removed so the machine running the
# suite (for example with DATABASE_URL set for PostgreSQL) does not leak into a case.
CONFIG_VARIABLES = [
    "DJANGO_SETTINGS_MODULE",
    "DATABASE_URL",
    "SECRET_KEY",
    "ALLOWED_HOSTS",
    "DEBUG",
    "SEARCH_URL",
    "SEARCH_INDEX",
    "SECURE_COOKIES",
    "REDIS_URL",
    "PUBLIC_URL",
    "TRUST_X_FORWARDED_PROTO",
    "SECURE_HSTS_SECONDS",
    # Set by the browser tests' conftest for Playwright's event loop; production never has
    # it, and `check --deploy` rightly warns of it.
    "DJANGO_ALLOW_ASYNC_UNSAFE",
]
# Production needs a shared cache for rate limiting; cases about other settings supply one.
REDIS_URL = "redis://cache.example:6379/0"
PUBLIC_URL = "https://palaset.example"
PRINT_SETTINGS = (
    "import json, django; from django.conf import settings; django.setup(); "
    "print(json.dumps({{name: getattr(settings, name) for name in {names!r}}}, default=str))"
)


def run_django(module, code, **env):
    clean = {key: value for key, value in os.environ.items() if key not in CONFIG_VARIABLES}
    # The interpreter and code are the suite's own; nothing comes from outside.
    return subprocess.run(  # noqa: S603
        [sys.executable, "-c", code],
        cwd=settings.BASE_DIR,
        env={**clean, "DJANGO_SETTINGS_MODULE": module, **env},
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )


def read_settings(module, *names, **env):
    result = run_django(module, PRINT_SETTINGS.format(names=list(names)), **env)
    assert result.returncode == 0, result.stderr
    return json.loads(result.stdout.strip().splitlines()[-1])


def secret_key_message():
    with pytest.raises(ImproperlyConfigured) as error:
        require_secret_key("")
    return str(error.value)


def test_production_refuses_to_start_without_a_secret_key():
    result = run_django(
        "config.settings.production",
        "import django; django.setup()",
        REDIS_URL=REDIS_URL,
        PUBLIC_URL=PUBLIC_URL,
    )

    assert result.returncode != 0
    assert "ImproperlyConfigured" in result.stderr
    assert secret_key_message() in result.stderr
    assert "SECRET_KEY environment variable" in secret_key_message()


def test_production_refuses_an_empty_secret_key():
    result = run_django(
        "config.settings.production",
        "import django; django.setup()",
        SECRET_KEY="",
        REDIS_URL=REDIS_URL,
        PUBLIC_URL=PUBLIC_URL,
    )

    assert result.returncode != 0
    assert secret_key_message() in result.stderr


def test_production_starts_with_a_secret_key_and_is_locked_down():
    values = read_settings(
        "config.settings.production",
        "SECRET_KEY",
        "DEBUG",
        "ALLOWED_HOSTS",
        "SESSION_COOKIE_SECURE",
        "CSRF_COOKIE_SECURE",
        SECRET_KEY="a-long-random-production-key",
        ALLOWED_HOSTS="palaset.example, www.palaset.example",
        REDIS_URL=REDIS_URL,
        PUBLIC_URL=PUBLIC_URL,
    )

    assert values == {
        "SECRET_KEY": "a-long-random-production-key",
        "DEBUG": False,
        "ALLOWED_HOSTS": ["palaset.example", "www.palaset.example"],
        "SESSION_COOKIE_SECURE": True,
        "CSRF_COOKIE_SECURE": True,
    }


def test_production_shares_the_redis_cache_named_by_redis_url():
    values = read_settings(
        "config.settings.production",
        "CACHES",
        SECRET_KEY="k" * 50,
        REDIS_URL=REDIS_URL,
        PUBLIC_URL=PUBLIC_URL,
    )

    cache = values["CACHES"]["default"]
    assert cache["BACKEND"] == "django.core.cache.backends.redis.RedisCache"
    assert cache["LOCATION"] == REDIS_URL


@pytest.mark.parametrize("redis_url", [None, ""], ids=["unset", "empty"])
def test_production_refuses_to_start_without_redis_url(redis_url):
    env = {"SECRET_KEY": "k" * 50, "PUBLIC_URL": PUBLIC_URL}
    env |= {} if redis_url is None else {"REDIS_URL": redis_url}

    result = run_django("config.settings.production", "import django; django.setup()", **env)

    assert result.returncode != 0
    assert "ImproperlyConfigured" in result.stderr
    # The message names the variable and what it is for, so an operator knows what to set.
    message = result.stderr.strip().splitlines()[-1]
    assert "REDIS_URL" in message
    assert "rate limiting" in message


def test_production_allows_no_host_unless_told():
    values = read_settings(
        "config.settings.production",
        "ALLOWED_HOSTS",
        SECRET_KEY="k" * 50,
        REDIS_URL=REDIS_URL,
        PUBLIC_URL=PUBLIC_URL,
    )

    assert values["ALLOWED_HOSTS"] == []


@pytest.mark.parametrize("public_url", [None, "", "palaset.example", "https://palaset.example/fi/"])
def test_production_refuses_to_start_without_a_public_address(public_url):
    env = {"SECRET_KEY": "k" * 50, "REDIS_URL": REDIS_URL}
    env |= {} if public_url is None else {"PUBLIC_URL": public_url}

    result = run_django("config.settings.production", "import django; django.setup()", **env)

    assert result.returncode != 0
    message = result.stderr.strip().splitlines()[-1]
    assert "PUBLIC_URL" in message
    assert "e-mails, the sitemap" in message


def test_production_links_use_the_public_address_and_trust_no_forwarded_scheme():
    base = {"SECRET_KEY": "k" * 50, "REDIS_URL": REDIS_URL, "PUBLIC_URL": PUBLIC_URL + "/"}
    names = ("PUBLIC_URL", "WAGTAILADMIN_BASE_URL", "SECURE_PROXY_SSL_HEADER")

    values = read_settings("config.settings.production", *names, **base)
    behind_proxy = read_settings(
        "config.settings.production", *names, **base, TRUST_X_FORWARDED_PROTO="true"
    )

    assert values == {
        "PUBLIC_URL": PUBLIC_URL,
        "WAGTAILADMIN_BASE_URL": PUBLIC_URL,
        # Not trusted from clients: only when the operator says a proxy sets it.
        "SECURE_PROXY_SSL_HEADER": None,
    }
    assert behind_proxy["SECURE_PROXY_SSL_HEADER"] == ["HTTP_X_FORWARDED_PROTO", "https"]


def test_a_postgres_database_url_enables_django_contrib_postgres():
    values = read_settings(
        "config.settings.base",
        "INSTALLED_APPS",
        "DATABASES",
        DATABASE_URL="postgres://palaset:salasana@db.example:5433/palaset",
    )

    assert "django.contrib.postgres" in values["INSTALLED_APPS"]
    database = values["DATABASES"]["default"]
    assert database["ENGINE"] == "django.db.backends.postgresql"
    assert (database["NAME"], database["USER"], database["PASSWORD"]) == (
        "palaset",
        "palaset",
        "salasana",
    )
    assert (database["HOST"], database["PORT"]) == ("db.example", 5433)


def test_the_default_database_is_sqlite_under_var_without_postgres_app():
    values = read_settings("config.settings.base", "INSTALLED_APPS", "DATABASES", "BASE_DIR")

    assert "django.contrib.postgres" not in values["INSTALLED_APPS"]
    database = values["DATABASES"]["default"]
    assert database["ENGINE"] == "django.db.backends.sqlite3"
    assert database["NAME"] == os.path.join(values["BASE_DIR"], "var", "palaset.sqlite3")


def test_the_database_engine_uses_wagtails_database_search_backend():
    assert search_backends("database", "") == {
        "default": {"BACKEND": "wagtail.search.backends.database"}
    }


@pytest.mark.parametrize(
    ("engine", "module"),
    [
        ("opensearch", "modelsearch.backends.opensearch3"),
        ("elasticsearch", "wagtail.search.backends.elasticsearch9"),
    ],
)
def test_a_server_engine_puts_wagtails_index_on_the_same_server(engine, module, monkeypatch):
    monkeypatch.delenv("SEARCH_INDEX", raising=False)

    backend = search_backends(engine, "http://127.0.0.1:9200")["default"]

    assert backend["BACKEND"] == module
    assert backend["URLS"] == ["http://127.0.0.1:9200"]
    assert backend["INDEX"] == "palaset"
    # The configured backend exists in the installed Wagtail (a typo would only fail at runtime).
    import_module(backend["BACKEND"])


def test_search_index_name_comes_from_the_environment(monkeypatch):
    monkeypatch.setenv("SEARCH_INDEX", "palaset-staging")

    backend = search_backends("opensearch", "https://search.example")["default"]

    assert backend["INDEX"] == "palaset-staging"


def test_search_engine_and_url_are_read_from_the_environment():
    values = read_settings(
        "config.settings.base",
        "WAGTAILSEARCH_BACKENDS",
        "CATALOGUE_SEARCH_ENGINE",
        "CATALOGUE_SEARCH_URL",
        SEARCH_URL="http://search.example:9200",
        SEARCH_ENGINE="opensearch",
    )

    assert values["CATALOGUE_SEARCH_ENGINE"] == "opensearch"
    assert values["CATALOGUE_SEARCH_URL"] == "http://search.example:9200"
    expected = search_backends("opensearch", "http://search.example:9200")
    assert values["WAGTAILSEARCH_BACKENDS"] == expected


def test_a_search_url_alone_keeps_the_database_engine():
    """The engine is always chosen explicitly: a URL without it changes nothing."""
    values = read_settings(
        "config.settings.base",
        "CATALOGUE_SEARCH_ENGINE",
        "WAGTAILSEARCH_BACKENDS",
        SEARCH_URL="http://search.example:9200",
    )

    assert values["CATALOGUE_SEARCH_ENGINE"] == "database"
    assert values["WAGTAILSEARCH_BACKENDS"] == search_backends("database", "")


# Warnings of `check --deploy` that are decisions, each explained in docs/operations.md
# ("Security checks"): HTTPS redirection and HSTS for subdomains and preloading are the
# operator's choice for their own domain and proxy.
DECIDED_DEPLOY_WARNINGS = {"security.W005", "security.W008", "security.W021"}


def test_check_deploy_with_production_settings_warns_only_of_decided_things(tmp_path):
    result = run_django(
        "config.settings.production",
        "import django, sys; django.setup(); from django.core.management import call_command; "
        "call_command('check', deploy=True)",
        SECRET_KEY="a-long-random-production-key-" + "x" * 40,
        ALLOWED_HOSTS="palaset.example",
        REDIS_URL=REDIS_URL,
        PUBLIC_URL=PUBLIC_URL,
        DATABASE_URL=f"sqlite:///{tmp_path / 'db.sqlite3'}",
    )

    assert result.returncode == 0, result.stderr
    reported = set(re.findall(r"\((\w+\.[EW]\d+)\)", result.stdout + result.stderr))
    assert reported == DECIDED_DEPLOY_WARNINGS
