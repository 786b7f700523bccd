"""The search app's system checks: a configured language without an analyser is an error."""

import pytest
from django.conf import settings
from django.core import checks
from django.test import override_settings

from search.analysis import UnsupportedLanguage, word_terms
from search.checks import languages_have_analysers, search_engine_is_configured


def test_the_real_settings_pass():
    assert languages_have_analysers() == []
    assert [error for error in checks.run_checks() if error.id == "search.E001"] == []


def test_a_language_without_an_analyser_is_an_error():
    with override_settings(LANGUAGES=[*settings.LANGUAGES, ("de", "Deutsch")]):
        errors = languages_have_analysers()
        registered = [error for error in checks.run_checks() if error.id == "search.E001"]

    assert [error.id for error in errors] == ["search.E001"]
    assert errors[0].level == checks.ERROR
    assert "'de'" in errors[0].msg
    assert "Deutsch" in errors[0].msg
    assert [error.msg for error in registered] == [errors[0].msg]


def test_a_content_language_without_an_analyser_is_an_error_too():
    content = [*settings.WAGTAIL_CONTENT_LANGUAGES, ("de", "Deutsch")]
    with override_settings(WAGTAIL_CONTENT_LANGUAGES=content):
        errors = languages_have_analysers()

    assert [(error.id, "'de'" in error.msg) for error in errors] == [("search.E001", True)]


def test_an_unsupported_language_is_not_analysed_as_english():
    with pytest.raises(UnsupportedLanguage, match="'de'"):
        word_terms("häuser", "de")


def test_the_configured_engine_passes():
    assert search_engine_is_configured() == []


@pytest.mark.parametrize(
    ("engine", "url", "message"),
    [
        ("opensaerch", "http://127.0.0.1:9200", "'opensaerch', which is not a search engine"),
        ("opensearch", "", "SEARCH_URL is not set"),
        ("elasticsearch", "", "SEARCH_URL is not set"),
    ],
)
def test_an_unknown_engine_or_a_server_without_url_is_an_error(engine, url, message):
    with override_settings(CATALOGUE_SEARCH_ENGINE=engine, CATALOGUE_SEARCH_URL=url):
        errors = search_engine_is_configured()
        registered = [error for error in checks.run_checks() if error.id == "search.E002"]

    assert [error.id for error in errors] == ["search.E002"]
    assert message in errors[0].msg
    assert [error.msg for error in registered] == [errors[0].msg]
