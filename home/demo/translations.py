"""Demo translations: Swedish and English versions of some demo pages, made the way an editor
makes them in wagtail-localize (a translation of the Finnish source, its strings imported
from a PO file, then published).

The PO files live in home/demo/translations/<language>/<slug>.po. After the Finnish demo
texts change, `manage.py export_demo_translations` refreshes them: new strings appear with
an empty msgstr, translations of unchanged strings are kept.
"""

from pathlib import Path

import polib
from django.db import transaction
from wagtail.models import Locale, Page
from wagtail_localize.models import Translation, TranslationSource

DIRECTORY = Path(__file__).resolve().parent / "translations"
# Parents before children: a translated page needs its parent translated.
TRANSLATED_SLUGS = [
    "palaset",
    "mallit",
    "hallintomalli",
    "arvioinnit",
    "tietoa",
    "saavutettavuusseloste",
    "asiakasosallisuusryhmat-vammaispalveluissa",
    "kokemusasiantuntija-ohjausryhmassa",
    "osallisuus-sote-palvelujen-hankinnassa",
    "osallistuva-budjetointi-lahiossa",
    "palvelusafari",
]
LANGUAGES = ["sv", "en"]


def source_pages(default_locale):
    pages = {
        p.slug: p for p in Page.objects.filter(locale=default_locale, slug__in=TRANSLATED_SLUGS)
    }
    return [pages[slug].specific for slug in TRANSLATED_SLUGS if slug in pages]


def po_path(language, slug):
    return DIRECTORY / language / f"{slug}.po"


def export(default_locale):
    """Write or refresh every PO file; returns the number of untranslated entries."""
    untranslated = 0
    for page in source_pages(default_locale):
        source, _created = TranslationSource.get_or_create_from_instance(page)
        source.update_from_db()
        for language in LANGUAGES:
            path = po_path(language, page.slug)
            old = polib.pofile(str(path)) if path.exists() else polib.POFile()
            po = fitted(source, old)
            po.metadata["Language"] = language
            untranslated += sum(not entry.msgstr for entry in po)
            path.parent.mkdir(parents=True, exist_ok=True)
            po.save(str(path))
    return untranslated


def fitted(source, po):
    """The source's strings as a PO file, with the translations `po` has for them.

    StreamField blocks and inline evaluations get new random ids whenever the demo is built,
    and their ids are part of a string's context. So a translation is matched by its context,
    or failing that by its field and Finnish text."""
    by_context = {(e.msgctxt, e.msgid): e.msgstr for e in po if e.msgstr}
    by_field = {(_field(e.msgctxt), e.msgid): e.msgstr for e in po if e.msgstr}
    result = source.export_po()
    for entry in result:
        entry.msgstr = by_context.get((entry.msgctxt, entry.msgid)) or by_field.get(
            (_field(entry.msgctxt), entry.msgid), ""
        )
    return result


def _field(context):
    return (context or "").split(".")[0]


def demo_translations(run):
    """Demo step (settings.DEMO_STEPS): the demo pages' translations, once the pages exist."""
    load_translations(run.default_locale, run.report)


def load_translations(default_locale, report):
    """Translate, import and publish each page whose every string has a translation in its
    PO file, unless the page already has a translation in that language."""
    for page in source_pages(default_locale):
        for language in LANGUAGES:
            path = po_path(language, page.slug)
            locale = Locale.objects.get(language_code=language)
            if page.has_translation(locale) or not path.exists():
                report.count(f"page translation ({language})", False)
                continue
            with transaction.atomic():
                done = _translate(page, locale, polib.pofile(str(path)))
            report.count(f"page translation ({language})", done)
            if not done:
                report.warn(f"Not translated into {language}: {path} lacks some strings.")


def _translate(page, locale, po):
    """Publish the page's translation, or do nothing (False) if any string is missing:
    a half-translated page would show Finnish text under the wrong language tag."""
    source, created = TranslationSource.get_or_create_from_instance(page)
    if not created:
        source.update_from_db()  # the page may have changed since the source was taken
    strings = fitted(source, po)
    if not all(entry.msgstr for entry in strings):
        return False
    translation, _created = Translation.objects.get_or_create(source=source, target_locale=locale)
    translation.import_po(strings)
    # What Translation.save_target() does, except that it publishes at once: its publish
    # is deferred to the end of the transaction, when the parents' tree data is stale.
    # The fallback only concerns related snippets (an evaluator organisation) not yet
    # translated; every string has a translation.
    source.create_or_update_translation(
        locale, publish=False, copy_parent_pages=True, fallback=True
    )
    page.get_translation(locale).get_latest_revision().publish()
    return True
