"""Backups of the database and the media files, and restoring them.

    manage.py backup DIR            DIR/database.dump (PostgreSQL, pg_dump's custom format)
                                    or DIR/database.sqlite3 (SQLite's backup API),
                                    DIR/media.tar.gz (MEDIA_ROOT) and DIR/manifest.json
    manage.py restore DIR           into an empty database and media folder
    manage.py restore DIR --replace over existing ones

The manifest is written last, so a folder with one holds a complete backup. It records the
date, the versions of Palaset, Django, Wagtail, Python and the database server, the applied
migrations, the row count of every table and the SHA-256 of each file. Restoring checks the
files against it, refuses a backup made by a newer version of the code, restores, checks
the row counts against it, applies newer migrations if the backup is older than the code,
then rebuilds the search indexes (reindex_catalogue, update_index).

On PostgreSQL the row counts and pg_dump read one snapshot of the database (a repeatable-read
transaction whose snapshot pg_dump shares), so they agree even while the site is in use.
pg_dump and pg_restore must be installed, of the server's major version or newer.
"""

import hashlib
import json
import os
import platform
import shutil
import sqlite3
import subprocess
import tarfile
import tempfile
import tomllib
from datetime import UTC, datetime
from pathlib import Path

import django
import wagtail
from django.conf import settings
from django.core.cache import caches
from django.core.management import call_command
from django.db import transaction
from django.db.backends.postgresql.client import DatabaseClient
from django.db.backends.sqlite3.base import DatabaseWrapper
from django.db.migrations.executor import MigrationExecutor
from django.db.migrations.loader import MigrationLoader
from django.db.migrations.recorder import MigrationRecorder

FORMAT = 1
MANIFEST = "manifest.json"
POSTGRESQL_FILE = "database.dump"
SQLITE_FILE = "database.sqlite3"
MEDIA_FILE = "media.tar.gz"
VENDORS = {"postgresql": POSTGRESQL_FILE, "sqlite": SQLITE_FILE}


class BackupError(Exception):
    """What the operator is told; the commands turn it into a CommandError."""


# What a backup records


def palaset_version():
    try:
        with (Path(settings.BASE_DIR) / "pyproject.toml").open("rb") as file:
            return tomllib.load(file)["project"]["version"]
    except (OSError, KeyError, tomllib.TOMLDecodeError):
        return "unknown"


def server_version(connection):
    if connection.vendor == "postgresql":
        number = connection.pg_version  # e.g. 150010
        return f"{number // 10000}.{number % 10000}"
    return sqlite3.sqlite_version


def table_names(connection):
    with connection.cursor() as cursor:
        if connection.vendor == "sqlite":
            # Every table, Django's or not, but none of SQLite's own.
            cursor.execute(
                "SELECT name FROM sqlite_master WHERE type = 'table' "
                "AND name NOT LIKE 'sqlite\\_%' ESCAPE '\\' ORDER BY name"
            )
            return [row[0] for row in cursor.fetchall()]
        return sorted(connection.introspection.table_names(cursor))


def row_counts(connection):
    counts = {}
    with connection.cursor() as cursor:
        for table in table_names(connection):
            # Table names from the database's own catalogue, quoted.
            cursor.execute(f"SELECT COUNT(*) FROM {connection.ops.quote_name(table)}")  # noqa: S608
            counts[table] = cursor.fetchone()[0]
    return counts


def applied_migrations(connection):
    """Applied migrations as "app.name", read with plain SQL (so that it works for a
    connection that is not one of settings.DATABASES, like a SQLite copy)."""
    table = MigrationRecorder.Migration._meta.db_table
    if table not in table_names(connection):
        return []
    with connection.cursor() as cursor:
        cursor.execute(f"SELECT app, name FROM {connection.ops.quote_name(table)}")  # noqa: S608
        return sorted(f"{app}.{name}" for app, name in cursor.fetchall())


def sha256(path):
    digest = hashlib.sha256()
    with Path(path).open("rb") as file:
        for block in iter(lambda: file.read(1 << 20), b""):
            digest.update(block)
    return digest.hexdigest()


def media_files(root):
    """Regular files under the media folder (symbolic links are not followed)."""
    root = Path(root)
    if not root.is_dir():
        return []
    return sorted(path for path in root.rglob("*") if path.is_file() and not path.is_symlink())


# Backup


def backup(directory, connection, log=print):
    """Writes a backup of `connection`'s database and of MEDIA_ROOT into `directory`, which
    must be new or empty. Returns the manifest."""
    directory = Path(directory)
    if directory.exists() and (not directory.is_dir() or any(directory.iterdir())):
        raise BackupError(f"{directory} is not an empty folder; back up into a new one.")
    if connection.vendor not in VENDORS:
        raise BackupError(f"Backing up a {connection.vendor} database is not supported.")
    # Password hashes and personal data: readable by the owner only.
    directory.mkdir(parents=True, exist_ok=True, mode=0o700)
    directory.chmod(0o700)
    database_file = directory / VENDORS[connection.vendor]
    if connection.vendor == "postgresql":
        counts, migrations = _dump_postgresql(connection, database_file)
    else:
        counts, migrations = _copy_sqlite(connection, database_file)
    database_file.chmod(0o600)
    log(f"Database: {sum(counts.values())} rows in {len(counts)} tables -> {database_file.name}")

    media_root = Path(settings.MEDIA_ROOT)
    files = media_files(media_root)
    archive = directory / MEDIA_FILE
    with tarfile.open(archive, "w:gz", compresslevel=6) as tar:
        for path in files:
            tar.add(path, arcname=str(path.relative_to(media_root)), recursive=False)
    archive.chmod(0o600)
    media_bytes = sum(path.stat().st_size for path in files)
    log(f"Media: {len(files)} files, {media_bytes} bytes from {media_root} -> {archive.name}")

    manifest = {
        "format": FORMAT,
        "created": datetime.now(UTC).isoformat(timespec="seconds"),
        "versions": {
            "palaset": palaset_version(),
            "django": django.get_version(),
            "wagtail": wagtail.__version__,
            "python": platform.python_version(),
            "database_server": server_version(connection),
        },
        "database": {
            "vendor": connection.vendor,
            "name": str(connection.settings_dict["NAME"]),
            "file": database_file.name,
            "sha256": sha256(database_file),
            "tables": len(counts),
            "row_counts": counts,
            "migrations": migrations,
        },
        "media": {
            "file": archive.name,
            "sha256": sha256(archive),
            "files": len(files),
            "bytes": media_bytes,
        },
    }
    written = directory / f".{MANIFEST}.partial"
    written.write_text(json.dumps(manifest, indent=2, sort_keys=True) + "\n")
    written.chmod(0o600)
    written.rename(directory / MANIFEST)
    return manifest


def libpq_environment(connection):
    """The connection's settings as libpq's environment variables, so that no password
    appears on a command line."""
    settings_dict = connection.settings_dict
    _args, extra = DatabaseClient.settings_to_cmd_args_env(settings_dict, [])
    env = {**os.environ, **(extra or {})}
    for key, variable in (("HOST", "PGHOST"), ("PORT", "PGPORT"), ("USER", "PGUSER")):
        if settings_dict.get(key):
            env[variable] = str(settings_dict[key])
    return env


def _run(command, env):
    program = shutil.which(command[0])
    if program is None:
        raise BackupError(
            f"{command[0]} not found: install PostgreSQL's client programs "
            "(Debian: apt-get install postgresql-client)."
        )
    # Fixed programs; the arguments are the connection's own settings and our file names.
    result = subprocess.run(  # noqa: S603
        [program, *command[1:]], env=env, capture_output=True, text=True, check=False
    )
    if result.returncode:
        raise BackupError(f"{command[0]} failed ({result.returncode}):\n{result.stderr.strip()}")
    return result


def _dump_postgresql(connection, target):
    env = libpq_environment(connection)
    dump = ["pg_dump", "--format=custom", "--no-password", f"--file={target}"]
    name = str(connection.settings_dict["NAME"])
    if connection.in_atomic_block:
        # Inside a transaction already (a test): no shared snapshot, the same data.
        counts, migrations = row_counts(connection), applied_migrations(connection)
        _run([*dump, f"--dbname={name}"], env)
        return counts, migrations
    connection.ensure_connection()
    with transaction.atomic(using=connection.alias), connection.cursor() as cursor:
        cursor.execute("SET TRANSACTION ISOLATION LEVEL REPEATABLE READ, READ ONLY")
        cursor.execute("SELECT pg_export_snapshot()")
        snapshot = cursor.fetchone()[0]
        counts, migrations = row_counts(connection), applied_migrations(connection)
        _run([*dump, f"--snapshot={snapshot}", f"--dbname={name}"], env)
    return counts, migrations


def _copy_sqlite(connection, target):
    """SQLite's online backup: a consistent copy even while the site writes. The counts
    are taken from the copy, so they describe exactly what was saved."""
    if connection.in_atomic_block:
        # SQLite's backup would wait forever for this connection's own transaction.
        raise BackupError("A SQLite database cannot be backed up from inside a transaction.")
    connection.ensure_connection()
    copy = sqlite3.connect(target)
    try:
        connection.connection.backup(copy)
    finally:
        copy.close()
    saved = DatabaseWrapper({**connection.settings_dict, "NAME": str(target)}, alias="backup")
    try:
        return row_counts(saved), applied_migrations(saved)
    finally:
        saved.close()


# Restore


def read_manifest(directory):
    directory = Path(directory)
    try:
        manifest = json.loads((directory / MANIFEST).read_text())
    except FileNotFoundError:
        raise BackupError(
            f"{directory / MANIFEST} not found: not a backup, or an unfinished one."
        ) from None
    if manifest.get("format") != FORMAT:
        raise BackupError(f"Unknown backup format {manifest.get('format')!r}.")
    for part in ("database", "media"):
        path = directory / manifest[part]["file"]
        if not path.is_file():
            raise BackupError(f"{path} is missing.")
        if sha256(path) != manifest[part]["sha256"]:
            raise BackupError(f"{path} is damaged: its checksum differs from the manifest's.")
    return manifest


def check_versions(manifest, connection):
    if manifest["database"]["vendor"] != connection.vendor:
        raise BackupError(
            f"The backup is of a {manifest['database']['vendor']} database; this site uses "
            f"{connection.vendor}."
        )
    known = {f"{app}.{name}" for app, name in MigrationLoader(None).disk_migrations}
    unknown = sorted(set(manifest["database"]["migrations"]) - known)
    if unknown:
        raise BackupError(
            "The backup was made by a newer version of Palaset "
            f"({manifest['versions']['palaset']}): this code lacks the migrations "
            f"{', '.join(unknown[:5])}{' …' if len(unknown) > 5 else ''}. Restore it with the "
            "version that made it."
        )


def existing_content(connection):
    """What restoring would overwrite: (tables, media files)."""
    return table_names(connection), media_files(settings.MEDIA_ROOT)


def restore(directory, connection, replace=False, log=print, stdout=None):
    """Restores the backup in `directory` into `connection`'s database and MEDIA_ROOT, then
    applies newer migrations and rebuilds the search indexes (output to `stdout`)."""
    directory = Path(directory)
    manifest = read_manifest(directory)
    check_versions(manifest, connection)
    tables, files = existing_content(connection)
    if not hasattr(tarfile, "data_filter"):  # Python before 3.11.4
        raise BackupError("Restoring media safely needs Python 3.11.4 or newer.")
    if (tables or files) and not replace:
        found = [f"the database has {len(tables)} tables"] if tables else []
        found += [f"the media folder {settings.MEDIA_ROOT} has {len(files)} files"] if files else []
        raise BackupError(
            f"The target is not empty: {' and '.join(found)}. Restore into an empty database "
            "and media folder, or add --replace to delete what is there."
        )
    log(
        f"Restoring the backup of {manifest['created']} (Palaset {manifest['versions']['palaset']})"
    )

    database_file = directory / manifest["database"]["file"]
    if connection.vendor == "postgresql":
        # Tables the backup does not have (a newer migration's) would stay behind, or keep
        # pg_restore from dropping a table they refer to: they go first. Everything else
        # is replaced in pg_restore's one transaction, so a failure leaves it as it was.
        extra = sorted(set(tables) - set(manifest["database"]["row_counts"]))
        _restore_postgresql(connection, database_file, extra)
    else:
        _restore_sqlite(connection, database_file)
    counts = row_counts(connection)
    expected = manifest["database"]["row_counts"]
    if counts != expected:
        differences = sorted(
            f"{table}: {expected.get(table)} in the backup, {counts.get(table)} restored"
            for table in set(counts) | set(expected)
            if counts.get(table) != expected.get(table)
        )
        raise BackupError("The restored row counts differ:\n" + "\n".join(differences))
    log(f"Database: {sum(counts.values())} rows in {len(counts)} tables, as in the backup.")

    media_root = Path(settings.MEDIA_ROOT)
    _restore_media(directory / manifest["media"]["file"], media_root, replace)
    log(f"Media: {len(media_files(media_root))} files into {media_root}")

    executor = MigrationExecutor(connection)
    if executor.migration_plan(executor.loader.graph.leaf_nodes()):
        log("The backup is older than the code: applying the newer migrations.")
        call_command("migrate", interactive=False, database=connection.alias, stdout=stdout)
    for cache in caches.all(initialized_only=False):
        cache.clear()  # page URLs and site roots cached from the old content
    log("Rebuilding the search indexes.")
    call_command("reindex_catalogue", stdout=stdout)
    call_command("update_index", stdout=stdout)
    return manifest


def _restore_postgresql(connection, dump, tables_to_drop):
    if tables_to_drop:
        quote = connection.ops.quote_name
        with transaction.atomic(using=connection.alias), connection.cursor() as cursor:
            cursor.execute(
                f"DROP TABLE IF EXISTS {', '.join(quote(t) for t in tables_to_drop)} CASCADE"
            )
    connection.close()  # pg_restore drops and creates tables: no open transaction of ours
    name = str(connection.settings_dict["NAME"])
    _run(
        [
            "pg_restore",
            "--clean",
            "--if-exists",
            "--no-owner",
            "--no-privileges",
            "--single-transaction",
            "--exit-on-error",
            "--no-password",
            f"--dbname={name}",
            str(dump),
        ],
        libpq_environment(connection),
    )


def _restore_sqlite(connection, copy):
    """SQLite's backup API in reverse: every page of the copy replaces the database's."""
    connection.close()
    connection.ensure_connection()
    source = sqlite3.connect(f"file:{copy}?mode=ro", uri=True)
    try:
        source.backup(connection.connection)
    finally:
        source.close()


def _restore_media(archive, root, replace):
    """Unpacks into a folder inside `root` first (the same file system, whatever is mounted
    where), so that a damaged archive leaves the media as they were; then swaps."""
    root.mkdir(parents=True, exist_ok=True)
    unpacked = Path(tempfile.mkdtemp(prefix=".restoring-", dir=root))
    try:
        with tarfile.open(archive, "r:gz") as tar:
            # "data": no absolute paths, no "..", no links out of the folder, no devices.
            tar.extractall(unpacked, filter="data")
        if replace:
            for child in root.iterdir():
                if child == unpacked:
                    continue
                if child.is_dir() and not child.is_symlink():
                    shutil.rmtree(child)
                else:
                    child.unlink()
        for child in unpacked.iterdir():
            child.rename(root / child.name)
    finally:
        shutil.rmtree(unpacked, ignore_errors=True)
