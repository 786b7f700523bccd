"""The demo site, built by `manage.py load_demo` from steps that each app contributes.

Each step is a function `step(run: DemoRun) -> None` in its app's `demo/` package, named
by its dotted path in `settings.DEMO_STEPS`, run in that order in one transaction. The list
lives in settings rather than in each AppConfig.ready because the steps depend on each other
(the vocabularies before the models, the page tree before the models, the catalogue before
the programmes), so their order is one decision best read in one place; and because naming
them in settings imports nothing while apps load. So core knows no app of ours, and no app
knows the others' demos: each step reads what earlier steps left in `run.pages`.
"""

from collections import Counter
from dataclasses import dataclass, field

from django.conf import settings
from django.utils.module_loading import import_string
from wagtail.models import Locale, Page


class Report:
    """Counts what a run created and what it found already in place."""

    def __init__(self):
        self.created = Counter()
        self.existing = Counter()
        self.warnings = []

    def count(self, label, created):
        (self.created if created else self.existing)[label] += 1

    def warn(self, message):
        self.warnings.append(message)

    def lines(self):
        if not self.created:
            return ["Demo content is already loaded; nothing changed.", *self.warnings]
        created = [f"Created {n} {label}." for label, n in sorted(self.created.items())]
        return created + self.warnings


@dataclass
class DemoRun:
    """What the steps of one load_demo share."""

    report: Report
    default_locale: Locale
    # Accounts get a password printed once (only on the local SQLite default).
    with_passwords: bool
    # Pages built by earlier steps, by name: "home" and "catalogue" (home's page tree step).
    pages: dict[str, Page] = field(default_factory=dict)
    # Sign-in lines with passwords of accounts created now, printed once after the run.
    sign_ins: list[str] = field(default_factory=list)


def site_locales():
    """The default locale first, then the others; created when missing."""
    codes = [settings.LANGUAGE_CODE] + [
        code for code, _name in settings.LANGUAGES if code != settings.LANGUAGE_CODE
    ]
    return [Locale.objects.get_or_create(language_code=code)[0] for code in codes]


def demo_steps():
    """The configured steps, in order."""
    return [import_string(path) for path in settings.DEMO_STEPS]


def load_demo(with_passwords):
    """Run every step once (the caller holds the transaction); returns the run."""
    run = DemoRun(Report(), site_locales()[0], with_passwords)
    for step in demo_steps():
        step(run)
    return run
