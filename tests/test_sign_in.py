"""Every way into an account has the same limits (issue 12): the site's sign-in, the Wagtail
admin's sign-in and both password resets. Guessing is stopped without locking the real owner
out, the wait is told truthfully, and a reset's answer tells nothing about the address."""

import re
import smtplib
import threading
from types import SimpleNamespace
from urllib.parse import urlsplit

import django_ratelimit.core
import pytest
from django.core import mail
from django.core.cache import cache
from django.core.mail.backends.locmem import EmailBackend as LocmemBackend
from django.test import Client, override_settings
from django.utils import translation

from core import mail as background_mail
from core.sign_in import DEVICE_COOKIE
from tests.pages import fi, page_text, url

PASSWORD = "a-long-test-password"  # the password of the conftest `people`
ADMIN_LOGIN = "/admin/login/"
ADMIN_RESET = "/admin/password_reset/"
WRONG_PASSWORD = fi(
    "Please enter a correct %(username)s and password. Note that both fields may be case-sensitive."
)
NOW = 1.8e9


@pytest.fixture(autouse=True)
def empty_cache():
    """Rate-limit counters live in the cache: every test starts with none."""
    cache.clear()
    yield
    cache.clear()


@pytest.fixture(autouse=True)
def steady_clock(monkeypatch):
    """Windows are aligned to the clock; a pinned clock keeps a test inside one window."""
    monkeypatch.setattr(django_ratelimit.core, "time", SimpleNamespace(time=lambda: NOW))


def client(address="192.0.2.1"):
    return Client(REMOTE_ADDR=address)


def site_sign_in(browser, username, password):
    return browser.post(url("login"), {"username": username, "password": password})


def admin_sign_in(browser, username, password):
    return browser.post(ADMIN_LOGIN, {"username": username, "password": password})


def signed_in(browser):
    return "_auth_user_id" in browser.session


def is_limited(response):
    return response.status_code == 429 and int(response["Retry-After"]) > 0


# The admin's sign-in


def test_the_admin_sign_in_refuses_a_programme_member_as_if_the_password_were_wrong(people):
    member = people["owner"]
    browser = client()

    right = admin_sign_in(browser, member.email, PASSWORD)
    wrong = admin_sign_in(client("192.0.2.2"), member.email, "guess")

    assert right.status_code == wrong.status_code == 200
    assert not signed_in(browser)
    refusal = right.context["form"].non_field_errors()
    assert refusal == wrong.context["form"].non_field_errors()
    assert [error.code for error in right.context["form"].errors.as_data()["__all__"]] == [
        "invalid_login"
    ]
    # Word for word the same refusal: the form says nothing about whether the password fit.
    assert re.sub(r"\s+", " ", page_text(right)) == re.sub(r"\s+", " ", page_text(wrong))


def test_the_admin_sign_in_admits_an_editor(people):
    browser = client()

    response = admin_sign_in(browser, people["wagtail_editor"].email, PASSWORD)

    assert response.status_code == 302
    assert signed_in(browser)
    assert browser.get("/admin/").status_code == 200


@override_settings(RATELIMIT_SIGN_IN="2/m")
def test_the_admin_and_the_site_sign_in_share_the_limit_per_address(people):
    browser = client()
    assert site_sign_in(browser, people["editor"].email, "guess").status_code == 200
    assert admin_sign_in(browser, people["editor"].email, "guess").status_code == 200

    blocked = admin_sign_in(browser, people["wagtail_editor"].email, PASSWORD)

    assert is_limited(blocked)
    assert fi("Too many attempts") in page_text(blocked)
    assert not signed_in(browser)
    # The admin's own form can still be read.
    assert browser.get(ADMIN_LOGIN).status_code == 200


@override_settings(RATELIMIT_SIGN_IN="100/m", RATELIMIT_SIGN_IN_PER_ACCOUNT_AND_ADDRESS="3/h")
@pytest.mark.parametrize(
    "padded", ["{} ", "\t{}", " {}\n", "{upper}"], ids=["space", "tab", "both", "case"]
)
def test_a_padded_or_recased_name_counts_against_the_same_account(people, padded):
    email = people["wagtail_editor"].email
    browser = client()
    for attempt in range(3):
        sign = admin_sign_in if attempt % 2 else site_sign_in
        assert sign(browser, email, "guess").status_code == 200

    name = padded.format(email, upper=email.upper())
    blocked = admin_sign_in(browser, name, PASSWORD)

    assert is_limited(blocked)
    assert not signed_in(browser)


# Guessing from many addresses does not lock the owner out


@override_settings(RATELIMIT_SIGN_IN="100/m", RATELIMIT_SIGN_IN_PER_ACCOUNT="3/h")
def test_guessing_from_many_addresses_stops_but_the_owner_still_signs_in(people):
    owner = people["owner"].email
    own_browser = client("198.51.100.1")
    assert site_sign_in(own_browser, owner, PASSWORD).status_code == 302
    assert own_browser.cookies[DEVICE_COOKIE].value
    own_browser.post(url("logout"))

    # Every attempt counts, the owner's own included: 1 + 2 guesses reach the ceiling.
    for n in range(2):
        assert site_sign_in(client(f"192.0.2.{n + 10}"), owner, "guess").status_code == 200
    guesser = client("192.0.2.99")
    blocked = site_sign_in(guesser, owner, PASSWORD)

    assert is_limited(blocked)
    # The guess limit is hourly, and the wait says so: up to an hour, not a fixed minute.
    assert 0 < int(blocked["Retry-After"]) <= 3600
    assert not signed_in(guesser)
    # In the browser where the account signed in before, the right password still works.
    assert site_sign_in(own_browser, owner, PASSWORD).status_code == 302
    assert signed_in(own_browser)


@override_settings(RATELIMIT_SIGN_IN="100/m", RATELIMIT_SIGN_IN_PER_ACCOUNT="3/h")
def test_a_forged_device_cookie_gives_a_guesser_nothing(people):
    owner = people["owner"].email
    for n in range(3):
        site_sign_in(client(f"192.0.2.{n + 10}"), owner, "guess")
    guesser = client("192.0.2.99")
    guesser.cookies[DEVICE_COOKIE] = '["owner@testikunta.example"]'

    assert is_limited(site_sign_in(guesser, owner, PASSWORD))


@override_settings(RATELIMIT_SIGN_IN="2/m")
def test_retry_after_is_the_time_left_in_the_window(db):
    browser = client()
    for _attempt in range(2):
        site_sign_in(browser, "nobody@example.org", "guess")

    blocked = site_sign_in(browser, "nobody@example.org", "guess")

    usage = django_ratelimit.core.get_usage(
        blocked.wsgi_request, group="sign-in", key="ip", rate="2/m", method="POST"
    )
    assert int(blocked["Retry-After"]) == usage["time_left"]
    assert 0 < usage["time_left"] <= 60


# Password resets


@override_settings(RATELIMIT_EMAIL="2/m")
def test_the_admin_password_reset_shares_the_sites_limit(people):
    browser = client()
    browser.post(url("password_reset"), {"email": "a@example.org"})
    browser.post(ADMIN_RESET, {"email": "b@example.org"})

    blocked = browser.post(ADMIN_RESET, {"email": people["wagtail_editor"].email})

    assert is_limited(blocked)
    assert mail.outbox == []


@override_settings(RATELIMIT_EMAIL="100/m", RATELIMIT_EMAIL_PER_RECIPIENT="2/h")
def test_one_mailbox_gets_a_few_resets_however_many_addresses_ask(people):
    email = people["editor"].email
    for n in range(2):
        client(f"192.0.2.{n + 1}").post(url("password_reset"), {"email": email})

    blocked = client("192.0.2.50").post(url("password_reset"), {"email": f" {email.upper()} "})

    assert is_limited(blocked)
    assert len(mail.outbox) == 2


def test_the_admin_password_reset_mails_editors_only(people):
    client().post(ADMIN_RESET, {"email": people["owner"].email})
    client("192.0.2.2").post(ADMIN_RESET, {"email": people["wagtail_editor"].email})

    assert [message.to for message in mail.outbox] == [[people["wagtail_editor"].email]]


@override_settings(
    PUBLIC_URL="https://palaset.example", WAGTAILADMIN_BASE_URL="https://palaset.example"
)
@pytest.mark.parametrize("address", [lambda: url("password_reset"), lambda: ADMIN_RESET])
def test_reset_links_point_at_the_public_address_whatever_the_host_header(people, address):
    who = people["wagtail_editor"].email
    client().post(address(), {"email": who}, HTTP_HOST="attacker.example")

    (message,) = mail.outbox
    (link,) = re.findall(r"https?://\S+", message.body)
    assert urlsplit(link)[:2] == ("https", "palaset.example")


class HeldMailServer(LocmemBackend):
    """Delivers only when the test lets it: shows whether a request waited for sending."""

    release = threading.Event()

    def send_messages(self, messages):
        assert self.release.wait(10)
        return super().send_messages(messages)


@override_settings(
    SEND_MAIL_IN_BACKGROUND=True, EMAIL_BACKEND=f"{__name__}.HeldMailServer", LANGUAGE_CODE="fi"
)
def test_a_reset_answers_before_its_mail_is_sent_and_alike_for_unknown_addresses(people):
    HeldMailServer.release.clear()
    known = client().post(url("password_reset"), {"email": people["editor"].email})
    unknown = client("192.0.2.2").post(url("password_reset"), {"email": "ei.ketaan@example.org"})
    swedish = client("192.0.2.3").post(
        url("password_reset").replace("/fi/", "/sv/"), {"email": people["viewer"].email}
    )

    # All three answered while the mail server was still holding the known addresses' mail.
    assert known.status_code == unknown.status_code == swedish.status_code == 302
    assert known["Location"] == unknown["Location"]
    assert mail.outbox == []
    HeldMailServer.release.set()
    background_mail.wait_for_background_mail()

    assert sorted(message.to[0] for message in mail.outbox) == sorted(
        [people["editor"].email, people["viewer"].email]
    )
    by_recipient = {message.to[0]: message.body for message in mail.outbox}
    with translation.override("sv"):
        swedish_text = translation.gettext(
            "Someone asked to set a new password for your Palaset account."
        )
    assert swedish_text != "Someone asked to set a new password for your Palaset account."
    assert swedish_text in by_recipient[people["viewer"].email]
    assert (
        fi("Someone asked to set a new password for your Palaset account.")
        in by_recipient[people["editor"].email]
    )


class DownMailServer(LocmemBackend):
    def open(self):
        raise smtplib.SMTPConnectError(421, "Service not available")


@override_settings(EMAIL_BACKEND=f"{__name__}.DownMailServer")
@pytest.mark.parametrize("address", [lambda: url("password_reset"), lambda: ADMIN_RESET])
def test_a_reset_says_so_when_mail_cannot_be_sent_whoever_asks(people, address):
    known = client().post(address(), {"email": people["wagtail_editor"].email})
    unknown = client("192.0.2.2").post(address(), {"email": "ei.ketaan@example.org"})

    for response in (known, unknown):
        assert response.status_code == 503
        assert int(response["Retry-After"]) > 0
        assert fi("E-mail cannot be sent just now") in page_text(response)
    assert page_text(known) == page_text(unknown)
    assert mail.outbox == []


@pytest.mark.parametrize("address", ["", "not an address"])
def test_a_request_without_a_readable_address_is_limited_not_failed(people, address):
    """No REMOTE_ADDR (or garbage in it) counts as the client "unknown": the sign-in answers
    as usual, and such clients share one counter rather than escaping the limit."""
    answers = [site_sign_in(client(address), people["owner"].username, "wrong") for _ in range(11)]

    assert [response.status_code for response in answers[:10]] == [200] * 10
    assert is_limited(answers[10])
