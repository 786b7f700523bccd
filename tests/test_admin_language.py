"""The Wagtail admin in Finnish by default, in the editor's own choice when they made one, and
with nothing on its pages that calls an outside service (issue 16)."""

import pytest
from bs4 import BeautifulSoup
from django.conf import settings
from wagtail.users.models import UserProfile

pytestmark = pytest.mark.django_db


def admin_lang(client, path="/admin/", **headers):
    response = client.get(path, **headers)
    assert response.status_code == 200
    return BeautifulSoup(response.content, "html.parser").html["lang"], response


@pytest.mark.parametrize("browser_language", ["en", "sv", "en-GB,en;q=0.9"])
def test_admin_is_finnish_whatever_the_browser_asks(admin_client, browser_language):
    lang, _response = admin_lang(admin_client, HTTP_ACCEPT_LANGUAGE=browser_language)

    assert lang == "fi"


def test_the_sign_in_page_is_finnish_too(client):
    lang, _response = admin_lang(client, "/admin/login/", HTTP_ACCEPT_LANGUAGE="en")

    assert lang == "fi"


@pytest.mark.parametrize("chosen", ["sv", "en"])
def test_an_editors_own_choice_is_kept(admin_client, admin_user, chosen):
    profile = UserProfile.get_for_user(admin_user)
    profile.preferred_language = chosen
    profile.save()

    lang, _response = admin_lang(admin_client, HTTP_ACCEPT_LANGUAGE="fi")

    assert lang == chosen


def test_the_public_site_still_follows_its_url(client):
    assert client.get("/", HTTP_ACCEPT_LANGUAGE="en")["Location"] == "/en/"


def test_no_outside_services_in_the_admin(admin_client):
    assert settings.WAGTAIL_GRAVATAR_PROVIDER_URL is None
    assert settings.WAGTAIL_ENABLE_UPDATE_CHECK is False
    assert settings.WAGTAIL_ENABLE_WHATS_NEW_BANNER is False
    _lang, response = admin_lang(admin_client)
    html = response.content.decode()
    assert "gravatar" not in html.lower()
    assert "releases.wagtail.io" not in html
