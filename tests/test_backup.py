"""Backup and restore (issue 12): manage.py backup and manage.py restore (core/backup.py).

The round trips run the commands as an operator does, in their own processes, against a
database and a media folder of the test's own: never the suite's test database. Each side
is then probed in a process of its own: the row count of every table, a catalogue search,
a programme page and the media files must be as they were.
"""

import json
import os
import shutil
import subprocess
import sys
import uuid
from pathlib import Path
from urllib.parse import quote

import psycopg
import pytest
from django.conf import settings
from django.core.management import call_command
from django.core.management.base import CommandError
from django.db import connection

from core.backup import MANIFEST, read_manifest
from tests.test_settings import CONFIG_VARIABLES

# The test settings, with the media folder from the environment and sessions in signed
# cookies: the probe signs in, and that must not add a row to the database it counts.
SETTINGS_MODULE = """
import os

from config.settings.test import *  # noqa: F403

MEDIA_ROOT = os.environ["MEDIA_ROOT"]
SESSION_ENGINE = "django.contrib.sessions.backends.signed_cookies"
"""

# A small site: a catalogue with a model the search finds, a programme of three models
# with its organisation and members, and a document (a file in the media folder).
SMALL_SITE = """
import django

django.setup()
from tests.builders import (
    build_catalogue, build_home, build_organisations, build_people, build_programme, model_maker
)

make = model_maker(build_catalogue(build_home()))
make(title="Osallisuuskahvila", lead="Kahvila, jossa asukkaat ja päättäjät kohtaavat.")
organisation, other = build_organisations()
build_programme(organisation, build_people(organisation, other), make)
"""

ADD_DOCUMENT = """
import django

django.setup()
from django.core.files.base import ContentFile
from wagtail.documents.models import Document

Document.objects.create(
    title="Varmuuskopiotesti",
    file=ContentFile("Tämä tiedosto palautuu.\\n".encode(), name="varmuuskopiotesti.txt"),
)
"""

# What a restored site must show as the original did; JSON on the last line.
PROBE = r"""
import hashlib
import json
import re
import sys
from pathlib import Path

import django

django.setup()
from django.conf import settings
from django.db import connection
from django.test import Client
from django.urls import reverse
from django.utils import translation

from core.backup import row_counts
from programmes.models import Membership, Programme


def headings(html):
    found = re.findall(r"<h([1-3])[^>]*>(.*?)</h\1>", html, re.S)
    return [" ".join(re.sub(r"<[^>]+>", " ", text).split()) for _level, text in found]


result = {"counts": row_counts(connection)}
client = Client()
search = client.get("/fi/mallit/", {"q": sys.argv[1]})
result["search"] = [search.status_code] + re.findall(
    r'class="model-card__title"><a href="([^"]+)"', search.content.decode()
)
programme = Programme.objects.order_by("pk").first()
owner = Membership.objects.filter(organisation=programme.organisation, role="owner").first()
client.force_login(owner.user)
with translation.override("fi"):
    page = client.get(reverse("programme_detail", args=[programme.pk]))
result["programme"] = [page.status_code] + headings(page.content.decode())
root = Path(settings.MEDIA_ROOT)
result["media"] = {
    str(path.relative_to(root)): hashlib.sha256(path.read_bytes()).hexdigest()
    for path in sorted(root.rglob("*"))
    if path.is_file()
}
print(json.dumps(result, sort_keys=True))
"""


class Site:
    """A database and a media folder, driven through manage.py and scripts in processes
    of their own, as an operator's shell would."""

    def __init__(self, workdir, database_url, media):
        self.workdir = Path(workdir)
        self.media = Path(media)
        self.media.mkdir(parents=True, exist_ok=True)
        clean = {key: value for key, value in os.environ.items() if key not in CONFIG_VARIABLES}
        self.env = {
            **clean,
            "DJANGO_SETTINGS_MODULE": "backup_test_settings",
            "PYTHONPATH": os.pathsep.join([str(self.workdir), str(settings.BASE_DIR)]),
            "DATABASE_URL": database_url,
            "MEDIA_ROOT": str(self.media),
        }
        (self.workdir / "backup_test_settings.py").write_text(SETTINGS_MODULE)

    def run(self, *args, expect_success=True, timeout=300):
        # The suite's own interpreter, manage.py and scripts.
        result = subprocess.run(  # noqa: S603
            [sys.executable, *map(str, args)],
            cwd=settings.BASE_DIR,
            env=self.env,
            capture_output=True,
            text=True,
            timeout=timeout,
            check=False,
        )
        if expect_success:
            assert result.returncode == 0, f"{args}:\n{result.stdout}\n{result.stderr}"
        return result

    def manage(self, *args, **kwargs):
        return self.run("manage.py", *args, **kwargs)

    def script(self, code, *args):
        path = self.workdir / f"script_{uuid.uuid4().hex[:8]}.py"
        path.write_text(code)
        return self.run(path, *args)

    def probe(self, query):
        return json.loads(self.script(PROBE, query).stdout.strip().splitlines()[-1])


# Wagtail's own search index, which restore rebuilds with update_index: its rows describe
# the same objects but need not number the same as those written one save at a time.
REBUILT = "wagtailsearch_indexentry"


def assert_same_site(before, after, manifest):
    assert before["counts"] == manifest["database"]["row_counts"]
    kept = {table: n for table, n in before["counts"].items() if not table.startswith(REBUILT)}
    assert {table: after["counts"][table] for table in kept} == kept
    assert set(after["counts"]) == set(before["counts"])
    assert after["search"] == before["search"]
    assert after["programme"] == before["programme"]
    assert after["media"] == before["media"]


def check_round_trip(backup_dir, before, manifest):
    assert before["search"][0] == 200 and len(before["search"]) > 1, before["search"]
    assert before["programme"][0] == 200, before["programme"]
    assert any(name.endswith(".txt") for name in before["media"]), before["media"]
    assert manifest["media"]["files"] == len(before["media"])
    assert sorted(path.name for path in Path(backup_dir).iterdir()) == sorted(
        [MANIFEST, manifest["database"]["file"], manifest["media"]["file"]]
    )
    assert oct(Path(backup_dir).stat().st_mode & 0o777) == "0o700"


def test_sqlite_round_trip(tmp_path):
    """Back up a SQLite site, restore it into a new database file and media folder, then
    restore it again over that one with --replace (after refusing without)."""
    original = Site(tmp_path, f"sqlite:///{tmp_path / 'original.sqlite3'}", tmp_path / "media")
    original.manage("migrate", "--noinput")
    original.script(SMALL_SITE)
    original.script(ADD_DOCUMENT)
    before = original.probe("osallisuuskahvila")
    backup_dir = tmp_path / "backup"
    original.manage("backup", backup_dir)
    manifest = read_manifest(backup_dir)
    assert manifest["database"]["vendor"] == "sqlite"
    check_round_trip(backup_dir, before, manifest)

    restored = Site(tmp_path, f"sqlite:///{tmp_path / 'restored.sqlite3'}", tmp_path / "new")
    output = restored.manage("restore", backup_dir).stdout
    assert "as in the backup" in output
    assert_same_site(before, restored.probe("osallisuuskahvila"), manifest)

    # A restore never overwrites by accident.
    (restored.media / "uploaded-since.txt").write_text("newer")
    refused = restored.manage("restore", backup_dir, expect_success=False)
    assert refused.returncode != 0
    assert "not empty" in refused.stderr and "--replace" in refused.stderr
    restored.manage("restore", backup_dir, "--replace")
    assert_same_site(before, restored.probe("osallisuuskahvila"), manifest)
    assert not (restored.media / "uploaded-since.txt").exists()


def require_postgresql():
    """The suite's PostgreSQL server, or a skip: CI's second run sets DATABASE_URL to one.
    Where the suite runs on PostgreSQL, pg_dump and pg_restore must exist; in CI their
    absence fails the test instead of skipping it."""
    if connection.vendor != "postgresql":
        pytest.skip("needs PostgreSQL: run the suite with DATABASE_URL=postgres://…")
    missing = [program for program in ("pg_dump", "pg_restore") if not shutil.which(program)]
    if missing:
        reason = f"{', '.join(missing)} not found; install PostgreSQL's client programs"
        if os.environ.get("CI"):
            pytest.fail(f"{reason} (the backup test must run in CI)")
        pytest.skip(reason)
    return connection.settings_dict


@pytest.fixture
def scratch_database():
    """A database of the test's own on the suite's PostgreSQL server, dropped afterwards:
    (URL, drop-and-create-again)."""
    server = require_postgresql()
    name = f"palaset_backup_test_{uuid.uuid4().hex[:10]}"
    params = {
        "host": server["HOST"] or None,
        "port": server["PORT"] or None,
        "user": server["USER"] or None,
        "password": server["PASSWORD"] or None,
        "dbname": "postgres",
        "autocommit": True,
    }

    def recreate():
        with psycopg.connect(**params) as admin:
            admin.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')
            admin.execute(f'CREATE DATABASE "{name}"')

    credentials = quote(server["USER"] or "", safe="")
    if server["PASSWORD"]:
        credentials += ":" + quote(server["PASSWORD"], safe="")
    address = f"{server['HOST'] or '127.0.0.1'}:{server['PORT'] or 5432}"
    recreate()
    try:
        yield f"postgres://{credentials}@{address}/{name}", recreate
    finally:
        with psycopg.connect(**params) as admin:
            admin.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')


def test_postgresql_round_trip(scratch_database, tmp_path):
    """The demo site on PostgreSQL: backed up, the database dropped and created empty, the
    media folder lost, restored; every table's rows, a search, a programme page and the
    media files are as before, and the search indexes were rebuilt."""
    url, recreate = scratch_database
    original = Site(tmp_path, url, tmp_path / "media")
    original.manage("migrate", "--noinput")
    original.manage("load_demo")
    original.script(ADD_DOCUMENT)
    before = original.probe("osallisuus")
    backup_dir = tmp_path / "backup"
    original.manage("backup", backup_dir)
    manifest = read_manifest(backup_dir)
    assert manifest["database"]["vendor"] == "postgresql"
    assert manifest["database"]["row_counts"]["programmes_programme"] >= 1
    check_round_trip(backup_dir, before, manifest)

    recreate()  # dropdb, createdb: the database is gone
    shutil.rmtree(original.media)  # and so are the media files
    restored = Site(tmp_path, url, tmp_path / "media")
    output = restored.manage("restore", backup_dir).stdout
    assert "as in the backup" in output
    assert "Indexed " in output  # reindex_catalogue ran
    assert_same_site(before, restored.probe("osallisuus"), manifest)

    # --replace over a site that has moved on: a table of a newer migration, which refers
    # to a table of the backup's (so pg_restore could not drop that one while it exists),
    # and a newer upload. Both go; the rest is as in the backup again.
    with psycopg.connect(url, autocommit=True) as db:
        db.execute(
            "CREATE TABLE newer_feature (id serial PRIMARY KEY, "
            "page_id integer REFERENCES wagtailcore_page (id))"
        )
        db.execute("INSERT INTO newer_feature (page_id) SELECT min(id) FROM wagtailcore_page")
    (restored.media / "uploaded-since.txt").write_text("newer")
    refused = restored.manage("restore", backup_dir, expect_success=False)
    assert refused.returncode != 0 and "--replace" in refused.stderr
    restored.manage("restore", backup_dir, "--replace")
    after = restored.probe("osallisuus")
    assert "newer_feature" not in after["counts"]
    assert_same_site(before, after, manifest)


# The commands' refusals, in the test process.


def test_backup_refuses_a_folder_that_is_not_empty(tmp_path):
    (tmp_path / "something.txt").write_text("x")
    with pytest.raises(CommandError, match="not an empty folder"):
        call_command("backup", tmp_path)


def test_restore_refuses_a_folder_without_a_manifest(tmp_path):
    with pytest.raises(CommandError, match="not a backup"):
        call_command("restore", tmp_path)


def test_restore_refuses_a_damaged_backup(tmp_path):
    (tmp_path / MANIFEST).write_text(
        json.dumps(
            {
                "format": 1,
                "database": {"file": "database.sqlite3", "sha256": "0" * 64},
                "media": {"file": "media.tar.gz", "sha256": "0" * 64},
            }
        )
    )
    (tmp_path / "database.sqlite3").write_bytes(b"not what was saved")
    (tmp_path / "media.tar.gz").write_bytes(b"")
    with pytest.raises(CommandError, match="damaged"):
        call_command("restore", tmp_path)
