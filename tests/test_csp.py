"""Content-Security-Policy (core/csp.py, settings.CONTENT_SECURITY_POLICY*): every public
page type sends the strict policy and has no inline code it would block; the Wagtail
admin gets its own policy, and a preview the public one, framable by the admin."""

import re
from pathlib import Path

import pytest
from django.conf import settings
from django.contrib.auth import get_user_model
from django.test import Client

from models_library.models import ParticipationModelPage
from programmes import lifecycle
from programmes.demo.programme import OWNER, PROGRAMME
from programmes.models import Programme
from tests.pages import parse

# Types of <script> that hold data and are never run.
DATA_SCRIPT_TYPES = {"application/json", "application/ld+json"}
INLINE_HANDLER = re.compile(r"on[a-z]+")

ROOT = Path(__file__).resolve().parent.parent
SOURCE_DIRS = [
    path for path in ROOT.iterdir() if path.is_dir() and not path.name.startswith((".", "var"))
]
TEMPLATES = sorted(path for folder in SOURCE_DIRS for path in folder.glob("**/templates/**/*.html"))
SCRIPTS = sorted(path for folder in SOURCE_DIRS for path in folder.glob("**/static/**/*.js"))
# In a template's source: what the strict policy blocks (the Django comments taken out).
TEMPLATE_COMMENT = re.compile(r"{#.*?#}|{% comment %}.*?{% endcomment %}", re.DOTALL)
INLINE_IN_TEMPLATE = re.compile(
    r"""<style\b|<script(?![^>]*\b(?:src=|type="application/(?:ld\+)?json"))[^>]*>"""
    r"""|\sstyle=|\son[a-z]+=|javascript:""",
    re.IGNORECASE,
)
# In the site's scripts: code from strings (eval), and markup written as HTML strings,
# whose style="" attributes and inline handlers the policy would block.
UNSAFE_IN_SCRIPT = re.compile(
    r"""\beval\(|new\s+Function\(|set(?:Timeout|Interval)\(\s*["'`]|document\.write"""
    r"""|\.(?:inner|outer)HTML\s*=|insertAdjacentHTML|setAttribute\(\s*["'](?:style|on[a-z]+)["']"""
)


def policy(response):
    """The Content-Security-Policy header as {directive: [sources]}."""
    header = response.headers.get("Content-Security-Policy")
    assert header, f"no Content-Security-Policy on {response.request['PATH_INFO']}"
    directives = {}
    for part in header.split(";"):
        name, *sources = part.split()
        directives[name] = sources
    return directives


def as_sets(directives):
    return {name: set(sources) for name, sources in directives.items()}


def inline_code(response):
    """What the strict policy would block in the page: inline scripts, <style> elements,
    style="" attributes, on*= handlers and javascript: addresses."""
    found = []
    for tag in parse(response).find_all(True):
        if tag.name == "style":
            found.append("<style>")
        if (
            tag.name == "script"
            and not tag.get("src")
            and tag.get("type", "").lower() not in DATA_SCRIPT_TYPES
        ):
            found.append(f"inline <script>: {tag.get_text()[:60]!r}")
        for name, value in tag.attrs.items():
            inline = name == "style" or INLINE_HANDLER.fullmatch(name)
            if inline or str(value).strip().lower().startswith("javascript:"):
                found.append(f'<{tag.name} {name}="{value}">')
    return found


def assert_strict(response, frame_ancestors="'none'"):
    directives = policy(response)
    assert directives["default-src"] == ["'self'"]
    assert directives["script-src"] == ["'self'"]
    assert directives["style-src"] == ["'self'"]
    assert directives["object-src"] == ["'none'"]
    assert directives["base-uri"] == ["'self'"]
    assert directives["form-action"] == ["'self'"]
    assert directives["frame-ancestors"] == [frame_ancestors]
    sources = {source for values in directives.values() for source in values}
    assert not sources & {"'unsafe-inline'", "'unsafe-eval'", "'unsafe-hashes'", "*"}
    assert "Content-Security-Policy-Report-Only" not in response.headers
    if response["Content-Type"].startswith("text/html"):
        assert inline_code(response) == [], response.request["PATH_INFO"]


@pytest.fixture
def demo(demo_loaded, db):
    return demo_loaded


@pytest.fixture
def owner(demo):
    return get_user_model().objects.get(username=OWNER["email"])


@pytest.fixture
def superuser(demo):
    return get_user_model().objects.create_superuser("csp-editor", "csp@example.org", "x")


def signed_in(user):
    client = Client()
    client.force_login(user)
    return client


def public_pages():
    models = ParticipationModelPage.objects.live().filter(locale__language_code="fi")
    model = models.filter(evaluations__isnull=False).first() or models.first()
    others = models.exclude(pk=model.pk)[:2]
    compare = "&".join(f"model={page.pk}" for page in [model, *others])
    return {
        "home": "/fi/",
        "catalogue": "/fi/mallit/",
        "catalogue with a search and filters": "/fi/mallit/?q=osallisuus&evaluated=yes",
        "model page": model.url,
        "governance model": "/fi/hallintomalli/",
        "evaluation overview": "/fi/arvioinnit/",
        "content page": "/fi/tietoa/",
        "comparison": f"/fi/compare/?{compare}",
        "site search": "/fi/search/?q=osallisuus",
        "search suggestions": "/fi/search/suggestions/?q=osal",
        "sign-in": "/fi/accounts/sign-in/",
        "password reset": "/fi/accounts/password/reset/",
        "Swedish home": "/sv/",
        "English catalogue": "/en/models/",
        "sitemap": "/sitemap.xml",
    }


def test_every_public_page_type_sends_the_strict_policy(demo):
    client = Client()
    for name, path in public_pages().items():
        response = client.get(path, follow=True)
        assert response.status_code == 200, f"{name}: {path} answered {response.status_code}"
        assert_strict(response)


def test_the_catalogues_live_results_send_the_strict_policy(demo):
    response = Client().get("/fi/mallit/?q=osallisuus", headers={"X-Requested-With": "fetch"})
    assert response.status_code == 200
    assert_strict(response)


def test_the_not_found_page_sends_the_strict_policy(demo):
    response = Client().get("/fi/ei-ole-olemassa/")
    assert response.status_code == 404
    assert_strict(response)


def test_every_programme_page_sends_the_strict_policy(demo, owner):
    programme = Programme.objects.get(name=PROGRAMME["name"])
    lifecycle.share(programme, owner)
    item = programme.items.first()
    outside = ParticipationModelPage.objects.live().exclude(
        pk__in=programme.items.values("page_id")
    )[0]
    base = f"/fi/programmes/{programme.pk}"
    pages = {
        "programme list": "/fi/programmes/",
        "new programme": "/fi/programmes/new/",
        "add to programme": f"/fi/programmes/add/?page={outside.pk}&next=/fi/mallit/",
        "detail": f"{base}/",
        "edit": f"{base}/edit/",
        "item": f"{base}/items/{item.pk}/",
        "coverage": f"{base}/coverage/",
        "follow-up": f"{base}/follow-up/",
        "change log": f"{base}/activity/",
        "print view": f"{base}/print/",
        "CSV export": f"{base}/export.csv",
        "delete": f"{base}/delete/",
        "members": f"/fi/programmes/organisations/{programme.organisation_id}/",
    }
    client = signed_in(owner)
    for name, path in pages.items():
        response = client.get(path)
        assert response.status_code == 200, f"{name}: {path} answered {response.status_code}"
        assert_strict(response)

    shared = Client().get(f"/fi/programmes/shared/{programme.share_token}/")
    assert shared.status_code == 200
    assert_strict(shared)


def test_an_editor_on_the_public_site_gets_the_strict_policy(demo, superuser):
    assert_strict(signed_in(superuser).get("/fi/"))


def assert_admin_policy(response):
    directives = policy(response)
    assert as_sets(directives) == as_sets(settings.CONTENT_SECURITY_POLICY_ADMIN["DIRECTIVES"])
    # What Wagtail's admin needs, and no more: see the settings.
    assert directives["script-src"] == ["'self'", "'unsafe-inline'"]
    assert directives["style-src"] == ["'self'", "'unsafe-inline'"]
    assert directives["object-src"] == ["'none'"]
    assert directives["frame-ancestors"] == ["'self'"]


def test_the_admin_has_its_own_policy(demo, superuser):
    model = ParticipationModelPage.objects.live().first()

    assert_admin_policy(Client().get("/admin/login/"))
    client = signed_in(superuser)
    for path in ["/admin/", "/admin/pages/", f"/admin/pages/{model.pk}/edit/"]:
        response = client.get(path)
        assert response.status_code == 200, path
        assert_admin_policy(response)


def test_a_preview_has_the_public_policy_and_the_admin_may_frame_it(demo, superuser):
    model = ParticipationModelPage.objects.live().first()

    response = signed_in(superuser).get(f"/admin/pages/{model.pk}/view_draft/")

    assert response.status_code == 200
    assert_strict(response, frame_ancestors="'self'")


def test_the_public_policy_is_the_settings(demo):
    directives = policy(Client().get("/fi/"))
    assert as_sets(directives) == as_sets(settings.CONTENT_SECURITY_POLICY["DIRECTIVES"])


def test_the_source_lists_are_not_empty():
    assert any(path.name == "base.html" for path in TEMPLATES)
    assert any(path.name == "catalogue.js" for path in SCRIPTS)


@pytest.mark.parametrize("template", TEMPLATES, ids=lambda path: str(path.relative_to(ROOT)))
def test_no_template_has_inline_code(template):
    """Also the templates no test renders: inline code would break the page under the policy."""
    source = TEMPLATE_COMMENT.sub("", template.read_text(encoding="utf-8"))
    assert INLINE_IN_TEMPLATE.findall(source) == []


@pytest.mark.parametrize("script", SCRIPTS, ids=lambda path: str(path.relative_to(ROOT)))
def test_no_script_evaluates_strings_or_writes_inline_markup(script):
    """Elements made with createElement and styled through element.style (CSSOM) are fine."""
    assert UNSAFE_IN_SCRIPT.findall(script.read_text(encoding="utf-8")) == []
