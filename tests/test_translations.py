"""The translation commands: compile_translations (no GNU gettext needed) and check_translations."""

import gettext
import io
import os

import polib
import pytest
from django.conf import settings
from django.core.management import call_command
from django.core.management.base import CommandError
from django.test import override_settings

from core.management.commands import check_translations

CODES = [code for code, _name in settings.LANGUAGES]


def write_catalogue(locale_dir, code, entries):
    """A django.po for code with entries given as (msgid, msgstr, fuzzy)."""
    po = polib.POFile()
    po.metadata = {
        "Content-Type": "text/plain; charset=UTF-8",
        "Language": code,
    }
    for msgid, msgstr, fuzzy in entries:
        po.append(polib.POEntry(msgid=msgid, msgstr=msgstr, flags=["fuzzy"] if fuzzy else []))
    path = locale_dir / code / "LC_MESSAGES" / "django.po"
    path.parent.mkdir(parents=True, exist_ok=True)
    po.save(str(path))
    return path


def compile_translations(locale_dir):
    out = io.StringIO()
    with override_settings(LOCALE_PATHS=[str(locale_dir)]):
        call_command("compile_translations", stdout=out)
    return out.getvalue()


def read_mo(path):
    with open(path, "rb") as mo:
        return gettext.GNUTranslations(mo)


def test_compile_translations_writes_mo_files(tmp_path):
    fi_po = write_catalogue(tmp_path, "fi", [("Search", "Hae", False)])
    sv_po = write_catalogue(tmp_path, "sv", [("Search", "Sök", False)])

    output = compile_translations(tmp_path)

    assert read_mo(fi_po.with_suffix(".mo")).gettext("Search") == "Hae"
    assert read_mo(sv_po.with_suffix(".mo")).gettext("Search") == "Sök"
    assert "Compiled 2 catalogue(s)." in output


def test_compile_translations_recompiles_only_changed_catalogues(tmp_path):
    fi_po = write_catalogue(tmp_path, "fi", [("Search", "Hae", False)])
    write_catalogue(tmp_path, "sv", [("Search", "Sök", False)])
    compile_translations(tmp_path)

    assert "Compiled 0 catalogue(s)." in compile_translations(tmp_path)

    write_catalogue(tmp_path, "fi", [("Search", "Etsi", False)])
    mo_time = fi_po.with_suffix(".mo").stat().st_mtime
    os.utime(fi_po, (mo_time + 10, mo_time + 10))

    assert "Compiled 1 catalogue(s)." in compile_translations(tmp_path)
    assert read_mo(fi_po.with_suffix(".mo")).gettext("Search") == "Etsi"


@pytest.fixture
def without_xgettext(monkeypatch):
    """Check the catalogues as written, without re-extracting the project's sources."""
    monkeypatch.setattr(check_translations.shutil, "which", lambda _name: None)


def check(locale_dir):
    out, err = io.StringIO(), io.StringIO()
    with override_settings(LOCALE_PATHS=[str(locale_dir)]):
        call_command("check_translations", stdout=out, stderr=err)
    return out.getvalue()


def test_check_translations_passes_for_complete_catalogues(tmp_path, without_xgettext):
    for code in CODES:
        write_catalogue(tmp_path, code, [("Search", f"Search ({code})", False)])

    output = check(tmp_path)

    assert all(code in output for code in CODES)


def test_check_translations_names_untranslated_and_fuzzy_entries(tmp_path, without_xgettext):
    write_catalogue(tmp_path, "fi", [("Search", "Hae", False), ("Next page", "", False)])
    write_catalogue(tmp_path, "sv", [("Search", "Sök", False), ("Next page", "Nästa", True)])
    write_catalogue(tmp_path, "en", [("Search", "Search", False), ("Next page", "Next", False)])

    with pytest.raises(CommandError) as error:
        check(tmp_path)

    message = str(error.value)
    assert "fi: untranslated: 'Next page'" in message
    assert "sv: fuzzy: 'Next page'" in message
    assert "Search" not in message
    assert "en:" not in message


def test_check_translations_fails_when_a_language_has_no_catalogue(tmp_path, without_xgettext):
    for code in CODES[:-1]:
        write_catalogue(tmp_path, code, [("Search", "x", False)])

    with pytest.raises(CommandError) as error:
        check(tmp_path)

    assert f"{CODES[-1]}: no catalogue" in str(error.value)
