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
            old = (
                {(e.msgctxt, e.msgid): e.msgstr for e in polib.pofile(str(path))}
                if path.exists()
                else {}
            )
            po = source.export_po()
            po.metadata["Language"] = language
            for entry in po:
                entry.msgstr = old.get((entry.msgctxt, entry.msgid), "")
                untranslated += not entry.msgstr
            path.parent.mkdir(parents=True, exist_ok=True)
            po.save(str(path))
    return untranslated


def load_translations(default_locale, report):
    """Translate, import and publish each page whose PO file is complete, unless the page
    already has a translation in that language."""
    for page in source_pages(default_locale):
        for language in LANGUAGES:
            path = po_path(language, page.slug)
            locale = Locale.objects.get(language_code=language)
            if page.has_translation(locale) or not is_complete(path):
                report.count(f"page translation ({language})", False)
                continue
            with transaction.atomic():
                _translate(page, locale, polib.pofile(str(path)))
            report.count(f"page translation ({language})", True)


def is_complete(path):
    """A page is published in another language only when every string is translated:
    a half-translated page would show Finnish text under the wrong language tag."""
    return path.exists() and all(entry.msgstr for entry in polib.pofile(str(path)))


def _translate(page, locale, po):
    source, created = TranslationSource.get_or_create_from_instance(page)
    if not created:
        source.update_from_db()  # the page may have changed since the source was taken
    translation, _created = Translation.objects.get_or_create(source=source, target_locale=locale)
    translation.import_po(po)
    # What Translation.save_target() does, except that it publishes at once: its publish
    # is deferred to the end of the transaction, when the parents' tree data is stale.
    source.create_or_update_translation(
        locale, publish=False, copy_parent_pages=True, fallback=True
    )
    page.get_translation(locale).get_latest_revision().publish()
