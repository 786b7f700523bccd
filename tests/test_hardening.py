"""Findings of the production probe (issue 12) that are not about sign-in: races decided by
the database, NUL bytes in addresses, oversized query strings and the static manifest."""

import io
import re
import threading
from pathlib import Path

import pytest
import requests
from django.contrib.auth.models import Group
from django.core import mail
from django.core.exceptions import PermissionDenied
from django.core.files.base import ContentFile
from django.core.management import call_command
from django.db import IntegrityError, connection, transaction
from django.test import Client

from core.storage import StaticFilesStorage
from programmes import items as item_service
from programmes import membership as rules
from programmes.models import Invitation, Membership, ProgrammeItem, Role
from tests.pages import page_text, url

POSTGRES = connection.vendor == "postgresql"
needs_row_locks = pytest.mark.skipif(
    not POSTGRES, reason="real concurrency needs PostgreSQL's row locks (CI's second run)"
)


def translated(page, locale):
    copy = page.copy_for_translation(locale, copy_parents=True)
    copy.save_revision().publish()
    copy.refresh_from_db()
    return copy


# 4. A model once per programme, in any language, whatever the interleaving


def test_the_database_refuses_a_model_twice_in_a_programme_in_any_language(
    programme, make_model, locales
):
    model = make_model(title="Kaksoismalli")
    item_service.add_model(programme, model, None)
    swedish = translated(model, locales["sv"])

    with pytest.raises(IntegrityError), transaction.atomic():
        ProgrammeItem.objects.create(programme=programme, page=swedish, page_title="x")


def test_the_loser_of_a_race_gets_the_already_in_programme_answer(
    programme, make_model, locales, monkeypatch
):
    """As if the other request's item appeared between the check and the insert."""
    model = make_model(title="Kilpailtu malli")
    english = translated(model, locales["en"])
    item_service.add_model(programme, model, None)
    real_filter = programme.items.filter

    class CheckSeesNothing:
        def exists(self):
            return False

    monkeypatch.setattr(
        type(programme.items),
        "filter",
        lambda self, **kw: CheckSeesNothing() if "model_key" in kw else real_filter(**kw),
    )

    with pytest.raises(item_service.AlreadyInProgramme):
        item_service.add_model(programme, english, None)

    assert (
        ProgrammeItem.objects.filter(programme=programme, model_key=model.translation_key).count()
        == 1
    )


@pytest.fixture
def editors_group(django_db_blocker):
    """Wagtail's "Editors" group, which the `people` fixture puts its Wagtail editor in. A
    transactional test that ran before on this worker may have emptied every table, data
    migrations' rows included; these tests need only this one back."""
    with django_db_blocker.unblock():
        Group.objects.get_or_create(name="Editors")


def run_at_once(count, work):
    """`work(n)` in `count` threads released together; returns what each returned or raised."""
    barrier = threading.Barrier(count)
    results = [None] * count

    def run(n):
        try:
            barrier.wait(10)
            results[n] = work(n)
        except Exception as error:  # noqa: BLE001 - the test inspects what each thread met
            results[n] = error
        finally:
            connection.close()

    threads = [threading.Thread(target=run, args=(n,)) for n in range(count)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(30)
    return results


@needs_row_locks
@pytest.mark.django_db(transaction=True, serialized_rollback=True)
def test_simultaneous_adds_of_every_language_version_leave_one_item(programme, make_model, locales):
    model = make_model(title="Samanaikainen malli")
    versions = [model, translated(model, locales["sv"]), translated(model, locales["en"])]

    results = run_at_once(6, lambda n: item_service.add_model(programme, versions[n % 3], None))

    added = [r for r in results if isinstance(r, ProgrammeItem)]
    refused = [r for r in results if isinstance(r, item_service.AlreadyInProgramme)]
    assert (len(added), len(refused)) == (1, 5), results
    assert programme.items.filter(model_key=model.translation_key).count() == 1


# 7. Simultaneous accepts of one invitation


def test_an_invitation_accepted_meanwhile_gives_the_used_link_answer(organisation, people):
    invitation, _token = Invitation.issue(
        organisation, "uusi@testikunta.example", Role.VIEWER, None
    )

    def account_taken():
        raise IntegrityError("duplicate key value violates unique constraint auth_user_username")

    assert rules.join_with_new_account(invitation, account_taken) is None
    invitation.refresh_from_db()
    assert invitation.accepted_at is None


@needs_row_locks
@pytest.mark.django_db(transaction=True, serialized_rollback=True)
def test_simultaneous_accepts_of_one_invitation_make_one_account(
    editors_group, organisation, people, live_server
):
    _invitation, token = Invitation.issue(
        organisation, "uusi@testikunta.example", Role.VIEWER, None
    )
    link = live_server.url + url("accept_invitation", token)
    form = {
        "first_name": "Uusi",
        "last_name": "Jäsen",
        "new_password1": "Uusi-vahva-salasana-2026",
        "new_password2": "Uusi-vahva-salasana-2026",
    }

    def accept(_n):
        session = requests.Session()
        page = session.get(link, timeout=20)
        token = page.cookies.get("csrftoken") or session.cookies.get("csrftoken")
        return session.post(
            link, data={**form, "csrfmiddlewaretoken": token}, headers={"Referer": link}, timeout=20
        ).status_code

    statuses = run_at_once(6, accept)

    assert 500 not in statuses, statuses
    assert Membership.objects.filter(user__email="uusi@testikunta.example").count() == 1


# 8. Two owners demoting each other


def test_an_owner_demoted_meanwhile_cannot_demote_the_other(organisation, people):
    first = Membership.objects.get(user=people["owner"])
    second = Membership.objects.create(
        organisation=organisation, user=people["outsider"], role=Role.OWNER
    )
    rules.change_role(second, Role.VIEWER, by=people["owner"])

    with pytest.raises(PermissionDenied):
        rules.change_role(first, Role.VIEWER, by=people["outsider"])

    first.refresh_from_db()
    assert first.role == Role.OWNER


@needs_row_locks
@pytest.mark.django_db(transaction=True, serialized_rollback=True)
def test_owners_demoting_each_other_at_once_keep_an_owner_without_errors(
    editors_group, organisation, people
):
    owners = [people["owner"], people["outsider"]]
    Membership.objects.create(organisation=organisation, user=owners[1], role=Role.OWNER)
    memberships = [Membership.objects.get(organisation=organisation, user=u) for u in owners]

    for _trial in range(3):
        Membership.objects.filter(pk__in=[m.pk for m in memberships]).update(role=Role.OWNER)
        results = run_at_once(
            4,
            lambda n: rules.change_role(memberships[(n + 1) % 2], Role.VIEWER, by=owners[n % 2]),
        )
        unexpected = [
            r
            for r in results
            if r is not None and not isinstance(r, PermissionDenied | rules.LastOwner)
        ]
        assert unexpected == []
        assert Membership.objects.filter(organisation=organisation, role=Role.OWNER).exists()


# 5. NUL bytes in addresses


@pytest.mark.parametrize(
    "path",
    [
        "/fi/programmes/shared/%00/",
        "/fi/programmes/shared/abc%00def/",
        "/fi/accounts/invitation/%00/",
        "/fi/accounts/password/reset/%00/%00/",
        "/fi/mallit/%00/",
        "/fi/%00",
        "/admin/pages/%00/",
        "/documents/%00/",
    ],
)
def test_a_nul_byte_in_an_address_is_a_bad_request(home, catalogue, path):
    response = Client(raise_request_exception=False).get(path)

    assert response.status_code == 400


# 15. A query string is not copied into every language link


def test_thousands_of_compare_parameters_give_a_small_page(catalogue, make_model):
    first, second = make_model(title="Ensimmäinen"), make_model(title="Toinen")
    query = f"model={first.pk}&model={second.pk}&" + "&".join(
        f"model={n}" for n in range(10**6, 10**6 + 5000)
    )

    response = Client().get(f"/fi/compare/?{query}")

    assert response.status_code == 200
    assert "Ensimmäinen" in page_text(response)
    assert len(response.content) < 40_000
    # The switcher keeps the comparison itself, in the other languages.
    assert (
        f'href="/sv/compare/?model={first.pk}&amp;model={second.pk}"' in response.content.decode()
    )


def test_the_static_manifest_is_kept_out_of_the_served_folder(tmp_path, settings):
    settings.STATIC_ROOT = tmp_path / "static"
    storage = StaticFilesStorage(location=settings.STATIC_ROOT)
    storage.save("site.css", ContentFile(b"body{}"))

    storage.save_manifest()

    served = {p.name for p in Path(settings.STATIC_ROOT).rglob("*")}
    assert "staticfiles.json" not in served
    assert (tmp_path / "static-manifest" / "staticfiles.json").exists()


# 12. Links leaving the site use the public address


def test_after_migrate_the_sitemap_lists_pages_at_the_public_address(home, catalogue, settings):
    settings.PUBLIC_URL = "https://palaset.example"

    call_command("migrate", verbosity=0)  # nothing to apply; post_migrate still runs
    sitemap = Client().get("/sitemap.xml", HTTP_HOST="localhost").content.decode()

    locations = re.findall(r"<loc>([^<]+)</loc>", sitemap)
    assert locations
    assert all(location.startswith("https://palaset.example/") for location in locations)


def test_invitation_links_use_the_public_address_from_the_site_and_the_command_line(
    organisation, people, settings
):
    settings.WAGTAILADMIN_BASE_URL = "https://palaset.example"
    owner = Client(HTTP_HOST="127.0.0.1:8000")
    owner.force_login(people["owner"])
    owner.post(
        url("organisation_invite", organisation.pk),
        {"email": "uusi@testikunta.example", "role": Role.VIEWER},
    )
    out = io.StringIO()
    call_command("create_organisation", "Uusikunta", owner="johtaja@uusikunta.example", stdout=out)

    links = [re.search(r"https?://\S+", message.body).group() for message in mail.outbox]
    assert len(links) == 2
    assert all(link.startswith("https://palaset.example/fi/accounts/invitation/") for link in links)
    assert links[1] in out.getvalue()
