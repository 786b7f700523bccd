"""Real-browser tests: Playwright driving Debian's Chromium, axe-core for WCAG 2.1 AA.

Playwright never downloads a browser here; it launches the system Chromium. Where
Chromium is missing the tests skip with the reason, except in CI, where they fail.

Every browser context a test opens is watched for Content-Security-Policy violations (the
`csp_violations` fixture); a test that passes otherwise fails if the page broke the policy.
"""

import contextlib
import os
from pathlib import Path

import pytest
from django.db import connections
from django.test import override_settings

from tests.builders import run_load_demo

# Playwright's sync API runs an event loop in this thread; Django's ORM calls made
# by the test itself (fixtures, assertions) are still synchronous and safe.
os.environ.setdefault("DJANGO_ALLOW_ASYNC_UNSAFE", "true")

CHROMIUM = Path(os.environ.get("CHROMIUM_PATH", "/usr/bin/chromium"))
# The closed network refuses Chromium's background calls; these flags stop it making them.
CHROMIUM_ARGS = [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--no-first-run",
]
WCAG_21_AA = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"]
# Runs in every page before its own scripts (Playwright injects it past the CSP) and reports
# each violation event to Python. Chromium also logs every violation to the console, which
# covers what no event reports: pages without JavaScript, and framing (frame-ancestors).
CSP_LISTENER = """
document.addEventListener("securitypolicyviolation", (event) => {
    window.__palasetCspViolation([
        event.effectiveDirective, event.blockedURI, event.sourceFile || document.URL,
        event.lineNumber, event.sample,
    ]);
}, true);
"""


class CSPViolations(list):
    """The policy violations seen in the contexts of one test, as readable lines."""

    def __init__(self):
        super().__init__()
        self.scripted_contexts = []

    def watch(self, context, javascript=True):
        if javascript:
            self.scripted_contexts.append(context)
        context.expose_binding("__palasetCspViolation", self._record_event)
        context.add_init_script(CSP_LISTENER)
        context.on("console", self._record_console)
        return context

    def _record_event(self, _source, details):
        directive, blocked, where, line, sample = details
        self.append(f"{directive} blocked {blocked or 'inline'} at {where}:{line} {sample}")

    def _record_console(self, message):
        if "Content Security Policy" in message.text:
            self.append(f"console on {message.page.url if message.page else '?'}: {message.text}")

    def settle(self):
        """Let every open page deliver the reports still queued in it. (Not in contexts
        without JavaScript: page.evaluate would wait there for ever.)"""
        from playwright.sync_api import Error

        for context in self.scripted_contexts:
            for page in context.pages:
                # Closed or navigating: then nothing is queued in it.
                with contextlib.suppress(Error):
                    page.evaluate("() => new Promise((done) => setTimeout(done, 50))")

    def assert_none(self):
        self.settle()
        assert not self, "Content-Security-Policy violations:\n" + "\n".join(self)


@pytest.fixture(scope="session")
def browser():
    if not CHROMIUM.exists():
        reason = f"Chromium not found at {CHROMIUM}; install it with: apt-get install -y chromium"
        if os.environ.get("CI"):
            pytest.fail(f"{reason} (browser tests must run in CI)")
        pytest.skip(reason)
    from playwright.sync_api import sync_playwright

    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(
            executable_path=str(CHROMIUM), args=CHROMIUM_ARGS, headless=True
        )
        yield browser
        browser.close()


@pytest.fixture(autouse=True)
def _live_server_helper():
    """Replaces pytest-django's fixture of this name, which gives every test that uses
    `live_server` a transactional database, emptied after the test. Loading the demo
    content again for each test took most of the browser tests' time; they share it.
    (Its other task, adding the server's host to ALLOWED_HOSTS, the test settings make
    unnecessary: they allow every host.)"""


@pytest.fixture(scope="session")
def demo_database(django_db_setup, django_db_blocker):
    """The demo content, loaded once per test process and committed, so that the server's
    thread sees it through its own connection. pytest-django runs these tests after every
    test that uses `db`, so no such test sees it. Browser tests share it: one that changes
    data makes names of its own (a new programme, say) that no other test looks for."""
    with django_db_blocker.unblock():
        run_load_demo()


@pytest.fixture(scope="session")
def live_server(demo_database, live_server):
    """pytest-django's server, started after the test database exists and so stopped
    (closing its thread's connection) before the database is dropped. Its address is the
    site's public address for these tests (PUBLIC_URL in production), so that links the
    site gives out, such as share links, lead back to it."""
    with override_settings(WAGTAILADMIN_BASE_URL=live_server.url):
        yield live_server


@pytest.fixture
def demo_site(demo_database, django_db_blocker):
    """Database access, for the test and the server's thread, to the shared demo content."""
    with django_db_blocker.unblock():
        yield
        # While Playwright's event loop runs in this thread, Django (through asgiref) gives
        # it a connection apart from its usual one; closed here, or it would outlive the
        # test database and stop it being dropped.
        connections.close_all()


@pytest.fixture(autouse=True)
def csp_violations(browser, monkeypatch):
    """Records CSP violations in every context the test opens (the `page` fixture's and
    any from browser.new_context); pytest_runtest_call below fails the test if any."""
    violations = CSPViolations()
    new_context = browser.new_context

    def watched_context(**options):
        javascript = options.get("java_script_enabled", True)
        return violations.watch(new_context(**options), javascript=javascript)

    monkeypatch.setattr(browser, "new_context", watched_context)
    return violations


@pytest.hookimpl(wrapper=True)
def pytest_runtest_call(item):
    """After a test that passed, while its pages are still open: no CSP violations."""
    result = yield  # a test that failed keeps its own failure
    violations = item.funcargs.get("csp_violations")
    if violations is not None:
        violations.assert_none()
    return result


@pytest.fixture
def page(browser, live_server, demo_site):
    context = browser.new_context(base_url=live_server.url, locale="fi-FI")
    context.set_default_timeout(20_000)
    page = context.new_page()
    yield page
    context.close()


def assert_accessible(page):
    """Zero axe-core violations of WCAG 2.1 levels A and AA on the current page."""
    from axe_playwright_python.sync_playwright import Axe

    results = Axe().run(page, options={"runOnly": {"type": "tag", "values": WCAG_21_AA}})
    assert results.violations_count == 0, results.generate_report()
