"""The Content-Security-Policy in a real browser.

Every browser test fails on a CSP violation (the `csp_violations` fixture in conftest.py);
these tests show that the watch sees violations, that the strict policy really blocks, and
that the Wagtail admin works under its own policy.
"""

import re
import time

import pytest
from django.contrib.auth import get_user_model
from playwright.sync_api import expect

from models_library.models import ParticipationModelPage

pytestmark = pytest.mark.browser

EDITOR = "csp-editor"
EDITOR_PASSWORD = "Csp-editori-2026-salasana"


def wait_for(violations, *patterns, timeout=10):
    """Wait until a recorded violation matches each pattern (reports arrive asynchronously)."""
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if all(any(re.search(p, line) for line in violations) for p in patterns):
            return
        violations.settle()
        time.sleep(0.1)
    pytest.fail(f"expected violations matching {patterns}, recorded: {list(violations)}")


def test_the_watch_records_what_the_strict_policy_blocks(page, csp_violations):
    response = page.goto("/fi/")
    assert "script-src 'self';" in response.headers["content-security-policy"] + ";"
    assert not csp_violations

    page.evaluate(
        """() => {
            const script = document.createElement("script");
            script.textContent = "window.inlineScriptRan = true;";
            document.head.append(script);
            document.body.setAttribute("style", "background: rgb(255, 0, 0)");
        }"""
    )

    wait_for(csp_violations, r"^script-src-elem blocked inline", r"^style-src-attr blocked inline")
    assert page.evaluate("() => window.inlineScriptRan") is None
    background = page.evaluate("() => getComputedStyle(document.body).backgroundColor")
    assert background != "rgb(255, 0, 0)"
    with pytest.raises(AssertionError, match="Content-Security-Policy violations"):
        csp_violations.assert_none()
    csp_violations.clear()  # seen and expected: this test passes


def test_the_watch_sees_violations_in_pages_without_javascript(
    browser, live_server, demo_site, csp_violations
):
    """No violation events without JavaScript, nor for framing: the console has them. The
    probe page frames the home page, whose frame-ancestors 'none' forbids that."""
    context = browser.new_context(base_url=live_server.url, java_script_enabled=False)
    probe = f"{live_server.url}/csp-probe/"
    context.route(
        probe,
        lambda route: route.fulfill(
            content_type="text/html; charset=utf-8",
            headers={"Content-Security-Policy": "default-src 'self'; style-src 'self'"},
            body='<!DOCTYPE html><html lang="fi"><title>Probe</title>'
            '<p style="color: red">Probe</p><iframe src="/fi/" title="Home"></iframe></html>',
        ),
    )
    page = context.new_page()
    page.goto(probe)

    wait_for(csp_violations, r"inline style violates", r"frame-ancestors 'none'")
    csp_violations.clear()
    context.close()


@pytest.fixture
def editor(demo_site):
    """A Wagtail superuser of the test's own, in the shared demo database."""
    user = get_user_model().objects.filter(username=EDITOR).first()
    if user is None:
        user = get_user_model().objects.create_superuser(EDITOR, "csp@example.org", "x")
    user.set_password(EDITOR_PASSWORD)
    user.save(update_fields=["password"])
    return user


def test_the_admin_works_under_its_own_policy(page, editor):
    """Sign in, the dashboard, the page listing, a model's edit form with its preview panel,
    an inline panel and a chooser, and a translation: no violations (the fixture)."""
    model = ParticipationModelPage.objects.live().filter(locale__language_code="fi").first()
    translation = ParticipationModelPage.objects.filter(locale__language_code="sv").first()

    response = page.goto("/admin/login/")
    policy = response.headers["content-security-policy"]
    assert "'unsafe-inline'" in policy
    assert "'unsafe-eval'" not in policy
    page.locator("#id_username").fill(EDITOR)
    page.locator("#id_password").fill(EDITOR_PASSWORD)
    page.locator("form button[type=submit]").click()
    expect(page).to_have_url(re.compile(r"/admin/$"))

    page.goto(f"/admin/pages/{model.get_parent().pk}/")
    expect(page.get_by_role("link", name=model.title, exact=True).first).to_be_visible()

    page.goto(f"/admin/pages/{model.pk}/edit/")
    expect(page.get_by_role("heading", level=1)).to_contain_text(model.title)
    with page.expect_response(
        lambda response: "/edit/preview/" in response.url and response.request.method == "GET"
    ) as preview:
        page.locator("[data-side-panel-toggle=preview]").click()
    preview_policy = preview.value.headers["content-security-policy"]
    assert "frame-ancestors 'self'" in preview_policy  # the panel may frame it
    assert "'unsafe-inline'" not in preview_policy  # else the public policy
    expect(
        page.frame_locator("#w-preview-iframe").last.get_by_role("heading", level=1)
    ).to_contain_text(model.title)

    add = page.locator("#id_developers-ADD")
    tab = add.evaluate("button => button.closest('[role=tabpanel]').id")
    page.locator(f"[role=tab][aria-controls='{tab}']").click()
    developers = page.locator("#id_developers-FORMS > [data-inline-panel-child]")
    count = developers.count()
    add.click()
    expect(developers).to_have_count(count + 1)
    page.locator(
        f"#id_developers-{count}-organisation-chooser [data-chooser-action-choose]"
    ).click()
    chooser = page.get_by_role("dialog")
    expect(chooser.get_by_role("textbox").first).to_be_visible()
    chooser.locator("[data-dismiss=modal]").click()
    expect(page.get_by_role("dialog")).to_have_count(0)

    page.goto(f"/admin/pages/{translation.pk}/edit/")  # wagtail-localize's editor
    expect(page.get_by_text(translation.title, exact=True).first).to_be_visible()
    # Away from the editors, which tell the server when they close: not after the test.
    page.goto("/admin/")
    expect(page.get_by_role("heading", level=1).first).to_be_visible()
