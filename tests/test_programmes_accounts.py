"""Programme accounts: invitations, sign-in and -out, passwords, rate limits, members and the
operator's create_organisation command."""

import io
import re
import smtplib
from datetime import timedelta
from types import SimpleNamespace
from urllib.parse import parse_qs, urlsplit

import django_ratelimit.core
import pytest
from django.conf import settings
from django.contrib.auth import authenticate, get_user_model
from django.core import mail
from django.core.cache import cache
from django.core.mail.backends.base import BaseEmailBackend
from django.core.management import CommandError, call_command
from django.test import Client, override_settings
from django.urls import reverse
from django.utils import timezone, translation

from core.management.commands import load_demo as load_demo_command
from programmes.demo.programme import OWNER
from programmes.models import Invitation, Membership, Organisation, Role
from tests.builders import run_load_demo
from tests.pages import fi, messages, page_text, parse, url

PASSWORD = "a-long-test-password"  # the password of the conftest `people`
NEW_PASSWORD = "Uusi-vahva-salasana-2026"
INVITEE = "uusi.jasen@testikunta.example"
LINK = re.compile(r"https?://\S+")


@pytest.fixture(autouse=True)
def empty_cache():
    """Rate-limit counters live in the cache: every test starts with none."""
    cache.clear()
    yield
    cache.clear()


@pytest.fixture
def steady_clock(monkeypatch):
    """Rate-limit windows are aligned to the clock; pin it so that a test's requests never
    straddle the end of a window (which would reset the counter mid-test)."""
    monkeypatch.setattr(django_ratelimit.core, "time", SimpleNamespace(time=lambda: 1.8e9))


def signed_in_user(client):
    """Who the client's session belongs to (AnonymousUser if nobody)."""
    response = client.get(url("programme_list"))
    return response.wsgi_request.user


def link_in(message):
    """The path of the single link in an e-mail."""
    (link,) = LINK.findall(message.body)
    return urlsplit(link).path


def invite(client, organisation, email=INVITEE, role=Role.EDITOR):
    """An owner's invitation through the members page; returns the link's path."""
    sent = len(mail.outbox)
    response = client.post(
        url("organisation_invite", organisation.pk), {"email": email, "role": role}
    )
    assert response.status_code == 302, response.content
    assert len(mail.outbox) == sent + 1
    return link_in(mail.outbox[-1])


def accept(client, link, first_name="Uusi", last_name="Jäsen", password=NEW_PASSWORD):
    return client.post(
        link,
        {
            "first_name": first_name,
            "last_name": last_name,
            "new_password1": password,
            "new_password2": password,
        },
    )


def is_invalid_invitation(response):
    return response.status_code == 404 and fi("Invitation not valid") in page_text(response)


def sign_in(client, username, password, **extra):
    return client.post(url("login"), {"username": username, "password": password, **extra})


# Invitations


def test_owner_invites_by_email_with_a_one_time_link(client_for, organisation):
    owner = client_for("owner")

    response = owner.post(
        url("organisation_invite", organisation.pk),
        {"email": " Uusi.Jasen@Testikunta.example ", "role": Role.EDITOR},
        follow=True,
    )

    assert response.redirect_chain[-1][0] == url("organisation_members", organisation.pk)
    assert fi("Invitation sent to %(email)s.") % {"email": INVITEE} in messages(response)
    (message,) = mail.outbox
    assert message.to == [INVITEE]
    assert organisation.name in message.subject
    token = link_in(message).rstrip("/").rsplit("/", 1)[-1]
    assert link_in(message) == url("accept_invitation", token)
    invitation = Invitation.objects.get()
    assert (invitation.email, invitation.role) == (INVITEE, Role.EDITOR)
    # Only a hash of the token is stored: the database does not hold a working link.
    assert token not in repr(Invitation.objects.values().get())
    assert Invitation.find_pending(token) == invitation
    # The pending invitation is listed for the owner.
    assert INVITEE in page_text(owner.get(url("organisation_members", organisation.pk)))


def test_inviting_a_member_or_a_pending_address_again_sends_nothing(
    client_for, organisation, people
):
    owner = client_for("owner")
    invite(owner, organisation)

    for email in [people["viewer"].email, INVITEE]:
        response = owner.post(
            url("organisation_invite", organisation.pk), {"email": email, "role": Role.VIEWER}
        )

        assert response.status_code == 400
        assert parse(response).select(".field--error")
    assert len(mail.outbox) == 1
    assert Invitation.objects.count() == 1


def test_invitee_sets_name_and_password_and_joins_signed_in(client_for, organisation):
    link = invite(client_for("owner"), organisation, role=Role.EDITOR)
    invitee = Client()

    form = invitee.get(link)
    assert form.status_code == 200
    assert parse(form).select_one("input[name=new_password1]") is not None

    response = accept(invitee, link)

    assert response.status_code == 302
    assert response["Location"] == url("programme_list")
    welcome = invitee.get(response["Location"])
    assert welcome.status_code == 200
    welcomed = fi("Welcome to %(organisation)s.") % {"organisation": organisation.name}
    assert welcomed in messages(welcome)
    user = get_user_model().objects.get(email=INVITEE)
    assert (user.username, user.first_name, user.last_name) == (INVITEE, "Uusi", "Jäsen")
    assert welcome.wsgi_request.user == user
    assert Membership.objects.get(user=user).organisation == organisation
    assert Membership.objects.get(user=user).role == Role.EDITOR
    assert authenticate(username=INVITEE, password=NEW_PASSWORD) == user


def test_a_weak_or_mismatched_password_creates_no_account(client_for, organisation):
    link = invite(client_for("owner"), organisation)
    invitee = Client()

    weak = accept(invitee, link, password="12345678")
    mismatched = invitee.post(
        link,
        {
            "first_name": "Uusi",
            "last_name": "Jäsen",
            "new_password1": NEW_PASSWORD,
            "new_password2": NEW_PASSWORD + "x",
        },
    )

    assert weak.status_code == mismatched.status_code == 400
    assert not get_user_model().objects.filter(email=INVITEE).exists()
    assert invitee.get(link).status_code == 200  # the link still works


def test_an_accepted_link_is_not_valid_again(client_for, organisation):
    link = invite(client_for("owner"), organisation)
    accept(Client(), link)
    stranger = Client()

    assert is_invalid_invitation(stranger.get(link))
    assert is_invalid_invitation(accept(stranger, link, first_name="Toinen"))
    assert get_user_model().objects.filter(email=INVITEE).count() == 1
    assert signed_in_user(stranger).is_anonymous


def test_an_invitation_expires_after_14_days(client_for, organisation):
    link = invite(client_for("owner"), organisation)
    invitation = Invitation.objects.get()
    validity = invitation.expires_at - timezone.now()
    assert timedelta(days=14) - timedelta(minutes=1) < validity <= timedelta(days=14)

    Invitation.objects.update(expires_at=invitation.expires_at - timedelta(days=14))

    assert is_invalid_invitation(Client().get(link))
    assert is_invalid_invitation(accept(Client(), link))
    assert not get_user_model().objects.filter(email=INVITEE).exists()


def test_a_revoked_invitation_is_not_valid(client_for, organisation):
    owner = client_for("owner")
    link = invite(owner, organisation)
    invitation = Invitation.objects.get()

    response = owner.post(url("invitation_revoke", organisation.pk, invitation.pk), follow=True)

    assert fi("Invitation revoked.") in messages(response)
    revoke_action = url("invitation_revoke", organisation.pk, invitation.pk)
    assert parse(response).select_one(f"form[action='{revoke_action}']") is None
    assert is_invalid_invitation(Client().get(link))
    assert is_invalid_invitation(accept(Client(), link))
    assert not get_user_model().objects.filter(email=INVITEE).exists()


def test_an_unknown_or_overlong_token_is_not_valid(db):
    assert is_invalid_invitation(Client().get(url("accept_invitation", "x" * 43)))
    assert is_invalid_invitation(Client().get(url("accept_invitation", "x" * 5000)))


def test_an_existing_account_signs_in_and_joins_with_a_post(
    client_for, organisation, other_organisation, people
):
    outsider = people["outsider"]
    link = invite(client_for("owner"), organisation, email=outsider.email, role=Role.VIEWER)
    visitor = Client()

    page = visitor.get(link)
    # No second account: the page asks to sign in and come back to the link.
    assert page.status_code == 200
    assert parse(page).select_one("input[name=new_password1]") is None
    sign_in_link = parse(page).select_one(f"main a[href^='{url('login')}']")["href"]
    assert parse_qs(urlsplit(sign_in_link).query) == {"next": [link]}
    accept(visitor, link)
    assert get_user_model().objects.filter(email__iexact=outsider.email).count() == 1
    assert not Membership.objects.filter(organisation=organisation, user=outsider).exists()

    signed_in = sign_in(visitor, outsider.email, PASSWORD, next=link)
    assert signed_in["Location"] == link
    join_page = visitor.get(link)
    assert join_page.status_code == 200
    assert not Membership.objects.filter(organisation=organisation, user=outsider).exists()

    joined = visitor.post(link)

    assert joined.status_code == 302
    assert Membership.objects.get(organisation=organisation, user=outsider).role == Role.VIEWER
    # Still an owner of their own organisation.
    assert Membership.objects.get(organisation=other_organisation, user=outsider).role == "owner"
    assert is_invalid_invitation(visitor.get(link))


def test_another_signed_in_account_cannot_take_someone_elses_invitation(
    client_for, organisation, people
):
    outsider = people["outsider"]
    link = invite(client_for("owner"), organisation, email=outsider.email, role=Role.EDITOR)
    someone_else = client_for("wagtail_editor")

    response = someone_else.post(link)

    assert response.status_code == 200
    assert not Membership.objects.filter(user=people["wagtail_editor"]).exists()
    assert not Membership.objects.filter(organisation=organisation, user=outsider).exists()
    assert Invitation.objects.pending().count() == 1


# Signing in and out, passwords


def test_a_member_signs_in_with_the_email_address_as_user_name(people):
    client = Client()

    response = sign_in(client, people["editor"].email, PASSWORD)

    assert response.status_code == 302
    assert response["Location"] == reverse(settings.LOGIN_REDIRECT_URL)
    assert signed_in_user(client) == people["editor"]


def test_a_wrong_password_does_not_sign_in(people):
    client = Client()

    response = sign_in(client, people["editor"].email, "not-the-password")

    assert response.status_code == 200
    assert parse(response).select_one(".form-errors")
    assert signed_in_user(client).is_anonymous


def test_private_pages_send_anonymous_visitors_to_sign_in(db):
    response = Client().get(url("programme_list"))

    assert response.status_code == 302
    assert response["Location"].startswith(url("login") + "?next=")


def test_sign_out_is_post_only(client_for, people):
    client = client_for("editor")

    refused = client.get(url("logout"))
    assert refused.status_code == 405
    assert signed_in_user(client) == people["editor"]

    response = client.post(url("logout"))

    assert response.status_code == 302
    assert response["Location"] == reverse(settings.LOGOUT_REDIRECT_URL)
    assert signed_in_user(client).is_anonymous


def test_a_member_changes_their_password_and_stays_signed_in(client_for, people):
    client = client_for("editor")
    assert client.get(url("password_change")).status_code == 200

    response = client.post(
        url("password_change"),
        {
            "old_password": PASSWORD,
            "new_password1": NEW_PASSWORD,
            "new_password2": NEW_PASSWORD,
        },
    )

    assert response["Location"] == url("password_change_done")
    assert authenticate(username=people["editor"].username, password=NEW_PASSWORD)
    assert authenticate(username=people["editor"].username, password=PASSWORD) is None
    assert signed_in_user(client) == people["editor"]


def test_a_password_change_needs_the_old_password(client_for, people):
    client = client_for("editor")

    response = client.post(
        url("password_change"),
        {
            "old_password": "wrong-old-password",
            "new_password1": NEW_PASSWORD,
            "new_password2": NEW_PASSWORD,
        },
    )

    assert response.status_code == 200
    assert parse(response).select(".field--error")
    assert authenticate(username=people["editor"].username, password=PASSWORD)


def test_password_reset_mails_a_link_that_sets_a_new_password_once(people):
    editor = people["editor"]
    client = Client()

    response = client.post(url("password_reset"), {"email": editor.email})

    assert response["Location"] == url("password_reset_done")
    (message,) = mail.outbox
    assert message.to == [editor.email]
    link = link_in(message)
    form_page = client.get(link, follow=True)
    assert form_page.status_code == 200
    set_password_url = form_page.redirect_chain[-1][0]
    done = client.post(
        set_password_url, {"new_password1": NEW_PASSWORD, "new_password2": NEW_PASSWORD}
    )
    assert done["Location"] == url("password_reset_complete")
    assert authenticate(username=editor.username, password=NEW_PASSWORD) == editor
    assert authenticate(username=editor.username, password=PASSWORD) is None

    used_again = Client().get(link, follow=True)

    assert parse(used_again).select_one("input[name=new_password1]") is None
    assert fi(
        "This link is not valid any more: it has been used or it is too old. Ask for a new one."
    ) in page_text(used_again)


def test_password_reset_for_an_unknown_address_looks_the_same_and_sends_nothing(db):
    response = Client().post(url("password_reset"), {"email": "ei.ketaan@example.org"})

    assert response["Location"] == url("password_reset_done")
    assert mail.outbox == []


# Rate limits


def is_rate_limited(response):
    return (
        response.status_code == 429
        and fi("Too many attempts") in page_text(response)
        and int(response["Retry-After"]) > 0
    )


@override_settings(RATELIMIT_SIGN_IN="2/m")
def test_sign_in_posts_beyond_the_limit_are_refused(people, steady_clock):
    client = Client()
    editor = people["editor"]
    for _attempt in range(2):
        assert sign_in(client, editor.email, "guess").status_code == 200

    blocked = sign_in(client, editor.email, PASSWORD)

    assert is_rate_limited(blocked)
    assert signed_in_user(client).is_anonymous
    # Reading the form is not limited, and the limit is per client address.
    assert client.get(url("login")).status_code == 200
    elsewhere = Client(REMOTE_ADDR="192.0.2.7")
    assert sign_in(elsewhere, editor.email, PASSWORD).status_code == 302


@override_settings(RATELIMIT_SIGN_IN="100/m", RATELIMIT_SIGN_IN_PER_ACCOUNT="2/m")
def test_sign_in_is_also_limited_per_account_across_addresses(people, steady_clock):
    editor = people["editor"]
    for n in range(2):
        attempt = sign_in(Client(REMOTE_ADDR=f"192.0.2.{n + 1}"), editor.email, "guess")
        assert attempt.status_code == 200

    assert is_rate_limited(sign_in(Client(REMOTE_ADDR="192.0.2.9"), editor.email, PASSWORD))
    # Another account from the same address is not affected.
    other = sign_in(Client(REMOTE_ADDR="192.0.2.9"), people["viewer"].email, PASSWORD)
    assert other.status_code == 302


@override_settings(RATELIMIT_EMAIL="2/m")
def test_password_reset_requests_beyond_the_limit_are_refused(people, steady_clock):
    client = Client()
    for _attempt in range(2):
        client.post(url("password_reset"), {"email": people["editor"].email})

    blocked = client.post(url("password_reset"), {"email": people["editor"].email})

    assert is_rate_limited(blocked)
    assert len(mail.outbox) == 2


@override_settings(RATELIMIT_INVITATION="2/m")
def test_guessing_invitation_tokens_is_limited(client_for, organisation, steady_clock):
    link = invite(client_for("owner"), organisation)
    guesser = Client()
    for n in range(2):
        assert is_invalid_invitation(guesser.get(url("accept_invitation", f"guess-{n}")))

    assert is_rate_limited(guesser.get(link))
    assert is_rate_limited(accept(guesser, link))
    assert not get_user_model().objects.filter(email=INVITEE).exists()


# The members page


def membership(people, role):
    return Membership.objects.get(user=people[role])


def test_owner_changes_a_members_role(client_for, organisation, people):
    editor = membership(people, "editor")

    response = client_for("owner").post(
        url("member_role", organisation.pk, editor.pk), {"role": Role.VIEWER}, follow=True
    )

    assert fi("Role changed.") in messages(response)
    editor.refresh_from_db()
    assert editor.role == Role.VIEWER


def test_owner_removes_a_member_who_then_loses_access(client_for, organisation, people):
    editor = membership(people, "editor")
    editor_client = client_for("editor")

    response = client_for("owner").post(
        url("member_remove", organisation.pk, editor.pk), follow=True
    )

    assert fi("Member removed.") in messages(response)
    assert not Membership.objects.filter(pk=editor.pk).exists()
    assert editor_client.get(url("organisation_members", organisation.pk)).status_code == 404


@pytest.mark.parametrize(
    ("path", "data"),
    [("member_role", {"role": Role.EDITOR}), ("member_remove", {})],
    ids=["demote", "remove"],
)
def test_the_last_owner_cannot_be_demoted_or_removed(client_for, organisation, people, path, data):
    owner = membership(people, "owner")

    response = client_for("owner").post(url(path, organisation.pk, owner.pk), data, follow=True)

    assert fi("The organisation needs at least one owner.") in messages(response)
    owner.refresh_from_db()
    assert owner.role == Role.OWNER
    assert Membership.objects.filter(organisation=organisation).count() == 3


def test_an_owner_can_step_down_when_another_owner_remains(client_for, organisation, people):
    Membership.objects.filter(user=people["editor"]).update(role=Role.OWNER)
    owner = membership(people, "owner")

    client_for("owner").post(url("member_role", organisation.pk, owner.pk), {"role": "editor"})

    owner.refresh_from_db()
    assert owner.role == Role.EDITOR


@pytest.mark.parametrize(("who", "status"), [("editor", 403), ("outsider", 404)])
def test_only_owners_manage_members(client_for, organisation, people, who, status):
    viewer = membership(people, "viewer")
    client = client_for(who)

    changed = client.post(url("member_role", organisation.pk, viewer.pk), {"role": "owner"})
    removed = client.post(url("member_remove", organisation.pk, viewer.pk))
    invited = client.post(
        url("organisation_invite", organisation.pk), {"email": INVITEE, "role": "owner"}
    )

    assert changed.status_code == removed.status_code == invited.status_code == status
    viewer.refresh_from_db()
    assert viewer.role == Role.VIEWER
    assert mail.outbox == []


# The operator's command


def test_create_organisation_mails_its_first_owner_an_invitation(db):
    out = io.StringIO()

    call_command("create_organisation", "Uusikunta", owner="Johtaja@Uusikunta.example", stdout=out)

    organisation = Organisation.objects.get(name="Uusikunta")
    assert organisation.kind == Organisation.Kind.MUNICIPALITY
    (message,) = mail.outbox
    assert message.to == ["johtaja@uusikunta.example"]
    (link,) = LINK.findall(message.body)
    assert link.startswith(settings.WAGTAILADMIN_BASE_URL.rstrip("/") + "/")
    assert link in out.getvalue()

    invitee = Client()
    assert accept(invitee, urlsplit(link).path).status_code == 302
    owner = get_user_model().objects.get(email="johtaja@uusikunta.example")
    assert Membership.objects.get(organisation=organisation, user=owner).role == Role.OWNER


def test_create_organisation_refuses_an_existing_name(organisation):
    with pytest.raises(CommandError):
        call_command("create_organisation", organisation.name, owner="toinen@example.org")

    assert Organisation.objects.filter(name=organisation.name).count() == 1
    assert mail.outbox == []


class UnreachableMailServer(BaseEmailBackend):
    """An e-mail backend whose server does not answer."""

    def send_messages(self, email_messages):
        raise smtplib.SMTPConnectError(421, "Service not available")


def test_an_owner_can_invite_again_after_the_mail_server_failed(people, organisation):
    owner = Client(raise_request_exception=False)
    owner.force_login(people["owner"])
    with override_settings(EMAIL_BACKEND=f"{__name__}.UnreachableMailServer"):
        failed = owner.post(
            url("organisation_invite", organisation.pk), {"email": INVITEE, "role": "viewer"}
        )
    assert failed.status_code == 503
    assert fi("The invitation e-mail could not be sent. Try again later.") in page_text(failed)
    assert not Invitation.objects.filter(email=INVITEE).exists()

    link = invite(owner, organisation, role=Role.VIEWER)

    assert Client().get(link).status_code == 200


def test_create_organisation_can_be_rerun_after_the_mail_server_failed(db):
    with (
        override_settings(EMAIL_BACKEND=f"{__name__}.UnreachableMailServer"),
        pytest.raises(smtplib.SMTPException),
    ):
        call_command("create_organisation", "Uusikunta", owner="johtaja@uusikunta.example")

    call_command("create_organisation", "Uusikunta", owner="johtaja@uusikunta.example")

    assert len(mail.outbox) == 1
    assert Invitation.objects.pending().filter(organisation__name="Uusikunta").count() == 1


# The demo accounts on PostgreSQL (tests/test_programmes_demo.py tests the SQLite default,
# in a module that loads the demo once; this test needs a database of its own).


@pytest.fixture
def demo_as_on_postgresql(db, monkeypatch):
    """load_demo taking its PostgreSQL branch whatever the test database is."""
    monkeypatch.setattr(load_demo_command, "uses_default_sqlite", lambda: False)
    return run_load_demo()


def test_demo_accounts_whose_password_was_not_printed_can_reset_it(demo_as_on_postgresql, client):
    owner = get_user_model().objects.get(username=OWNER["email"])

    with translation.override("fi"):
        client.post(reverse("password_reset"), {"email": owner.email})

    assert [message.to for message in mail.outbox] == [[owner.email]]
