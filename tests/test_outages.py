"""Outages (issue 12, finding 11): while the database or the search server is down, pages
answer 503 with Retry-After and a short page in the reader's language, and a run of
identical failures is logged once in full and then counted (core/outage.py,
core/logging.py).

The first tests break the database inside the test process: every query fails as it does
when PostgreSQL is down. The last one runs a real server against a PostgreSQL server of
its own, stops that server mid-stream and starts it again.
"""

import http.client
import io
import logging
import os
import pwd
import shutil
import socket
import subprocess
import sys
import tempfile
import threading
import time
import uuid
from collections import Counter
from contextlib import contextmanager, suppress
from dataclasses import dataclass
from pathlib import Path
from unittest import mock

import elastic_transport
import psycopg
import pytest
from django.conf import settings
from django.db import InterfaceError, OperationalError, connection
from django.test import Client, override_settings

from core.logging import RepeatFilter, WithoutTraceback
from core.outage import RETRY_AFTER, is_outage
from tests.test_settings import CONFIG_VARIABLES

FINNISH = "Palvelu on tilapäisesti poissa käytöstä"
SWEDISH = "Tjänsten är tillfälligt otillgänglig"
ENGLISH = "Service temporarily unavailable"


@contextmanager
def database_down(message="connection to server at 127.0.0.1, port 5432 failed"):
    """Every query fails with the error psycopg gives when the server is gone."""
    error = OperationalError(f"{message} ({uuid.uuid4().hex[:8]})")
    with (
        mock.patch.object(connection, "cursor", side_effect=error),
        mock.patch.object(connection, "chunked_cursor", side_effect=error),
    ):
        yield error


@contextmanager
def failing_view(error):
    """The Wagtail page view fails with `error` before it renders anything."""
    with mock.patch("wagtail.models.Site.find_for_request", side_effect=error):
        yield


@pytest.fixture
def signed_in(django_user_model):
    user = django_user_model.objects.create_user("reader@example.org", password="a-long-one")
    client = Client(raise_request_exception=False)
    client.force_login(user)
    return client


@pytest.fixture
def anonymous(db):
    return Client(raise_request_exception=False)


def assert_outage_page(response, text=FINNISH, language="fi"):
    assert response.status_code == 503
    assert response["Retry-After"] == str(RETRY_AFTER)
    assert response["Content-Language"] == language
    assert "no-cache" in response["Cache-Control"] and "no-store" in response["Cache-Control"]
    body = response.content.decode()
    # The template, not the plain fallback: it rendered without a single query.
    assert f"<h1>{text}</h1>" in body
    assert f'<html lang="{language}">' in body


@pytest.mark.parametrize("path", ["/fi/", "/fi/mallit/?q=osallisuus", "/fi/arvioinnit/"])
def test_database_down_anonymous_gets_503(anonymous, path):
    with database_down():
        response = anonymous.get(path)
    assert_outage_page(response)


def test_database_down_pages_that_need_no_database_still_work(anonymous):
    """A signed-out reader's way to the sign-in page needs no query."""
    with database_down():
        response = anonymous.get("/fi/programmes/")
    assert response.status_code == 302
    assert response["Location"].startswith("/fi/accounts/sign-in/")


@pytest.mark.parametrize("path", ["/fi/", "/fi/programmes/", "/fi/mallit/"])
def test_database_down_signed_in_gets_503_and_stays_signed_in(signed_in, path):
    """The view fails first (process_exception); then the signed-in user's session is
    loaded after the view and fails too, in a middleware (handler500). Both answer 503,
    and the session cookie is neither changed nor deleted."""
    with database_down():
        response = signed_in.get(path)
    assert_outage_page(response)
    assert "sessionid" not in response.cookies


def test_database_down_in_a_middleware_only(signed_in):
    """A failure outside any view goes through handler500 and still answers 503. Here
    the view (the language switch, which reads no session on GET) needs no database,
    and the signed-in user is loaded only afterwards, by a middleware."""
    assert signed_in.get("/i18n/setlang/").status_code in {204, 302}
    with mock.patch(
        "django.contrib.sessions.backends.db.SessionStore.load",
        side_effect=InterfaceError("connection already closed"),
    ):
        response = signed_in.get("/i18n/setlang/", HTTP_ACCEPT_LANGUAGE="en")
    assert_outage_page(response, ENGLISH, "en")
    assert "sessionid" not in response.cookies


@pytest.mark.parametrize(
    ("path", "headers", "text", "language"),
    [
        ("/sv/", {}, SWEDISH, "sv"),
        ("/en/", {}, ENGLISH, "en"),
        ("/fi/", {"HTTP_ACCEPT_LANGUAGE": "sv"}, FINNISH, "fi"),
        ("/sitemap.xml", {"HTTP_ACCEPT_LANGUAGE": "en"}, ENGLISH, "en"),
        ("/sitemap.xml", {"HTTP_ACCEPT_LANGUAGE": "sv-FI,sv;q=0.9"}, SWEDISH, "sv"),
        ("/sitemap.xml", {}, FINNISH, "fi"),
    ],
)
def test_outage_page_is_in_the_readers_language(anonymous, path, headers, text, language):
    """The address's language first, then the browser's; Finnish by default."""
    with database_down():
        response = anonymous.get(path, **headers)
    assert_outage_page(response, text, language)


def test_search_server_down_gives_503(anonymous):
    error = elastic_transport.ConnectionError("Connection refused")
    with failing_view(error):
        response = anonymous.get("/fi/")
    assert_outage_page(response)


def test_other_errors_still_give_500(anonymous):
    with failing_view(ValueError("a bug")):
        response = anonymous.get("/fi/")
    assert response.status_code == 500
    assert "Retry-After" not in response


def meta(status):
    return elastic_transport.ApiResponseMeta(
        status=status, http_version="1.1", headers={}, duration=0.0, node=None
    )


@pytest.mark.parametrize(
    ("exception", "outage"),
    [
        (OperationalError("server closed the connection unexpectedly"), True),
        (InterfaceError("connection already closed"), True),
        (elastic_transport.ConnectionError("refused"), True),
        (elastic_transport.ConnectionTimeout("timed out"), True),
        (elastic_transport.SerializationError("bad JSON"), False),
        (elastic_transport.ApiError("unavailable", meta(503), body={}), True),
        (elastic_transport.ApiError("too many requests", meta(429), body={}), True),
        (elastic_transport.ApiError("bad query", meta(400), body={}), False),
        (ValueError("a bug"), False),
    ],
)
def test_which_errors_are_outages(exception, outage):
    assert is_outage(exception) is outage


def test_an_error_raised_from_an_outage_is_an_outage():
    """search.backends raises SearchUnavailable from the client's error; a view may wrap
    a database error in its own exception."""

    class Wrapped(Exception):
        pass

    try:
        try:
            raise elastic_transport.ConnectionError("refused")
        except elastic_transport.ConnectionError as error:
            raise Wrapped("search failed") from error
    except Wrapped as wrapped:
        assert is_outage(wrapped)
    assert not is_outage(None)


# Logging


class Records(logging.Handler):
    def __init__(self):
        super().__init__()
        self.records = []

    def emit(self, record):
        self.records.append(record)


@contextmanager
def captured(logger_name, *filters):
    """Records that reach a handler on `logger_name` through `filters`."""
    handler = Records()
    for log_filter in filters:
        handler.addFilter(log_filter)
    logger = logging.getLogger(logger_name)
    logger.addHandler(handler)
    try:
        yield handler.records
    finally:
        logger.removeHandler(handler)


def log_failure(logger, message):
    try:
        raise OperationalError(message)
    except OperationalError:
        logger.error("Service Unavailable: %s", "/fi/", exc_info=True)


def test_repeated_failures_are_logged_once_then_counted():
    repeats = RepeatFilter(window=0.5)
    logger = logging.getLogger(f"tests.outages.{uuid.uuid4().hex}")
    logger.propagate = False
    with captured(logger.name, repeats) as records:
        for _ in range(100):
            log_failure(logger, "connection refused")
        log_failure(logger, "another failure")
        logger.warning("a warning")
        logger.warning("a warning")
        logger.info("below the threshold")
        assert [r.getMessage() for r in records] == [
            "Service Unavailable: /fi/",
            "Service Unavailable: /fi/",
            "a warning",
        ]
        assert records[0].exc_info and records[1].exc_info
        # When the window ends, a timer writes the count, though nothing else is logged.
        deadline = time.monotonic() + 5
        while len(records) < 5 and time.monotonic() < deadline:
            time.sleep(0.05)
    summaries = sorted(r.getMessage() for r in records[3:])
    assert len(summaries) == 2
    assert summaries[0].startswith("Repeated 1 times in the last 1 s")
    assert summaries[0].endswith(": a warning")
    assert summaries[1].startswith("Repeated 99 times in the last 1 s")
    assert summaries[1].endswith(": OperationalError: connection refused")
    # After the window, the next failure is logged in full again.
    with captured(logger.name, repeats) as records:
        log_failure(logger, "connection refused")
    assert len(records) == 1 and records[0].exc_info


def test_a_record_seen_by_two_handlers_of_one_filter_counts_once():
    """One filter may serve several handlers: a record passes each of them."""
    repeats = RepeatFilter(window=60)
    logger = logging.getLogger(f"tests.outages.{uuid.uuid4().hex}")
    logger.propagate = False
    with captured(logger.name, repeats) as first, captured(logger.name, repeats) as second:
        log_failure(logger, "once")
        log_failure(logger, "once")
        repeats.flush(everything=True)
    assert [r.getMessage() for r in first] == [r.getMessage() for r in second]
    assert [r.getMessage() for r in first] == [
        "Service Unavailable: /fi/",
        "Repeated 1 times in the last 1 s: OperationalError: once",
    ]


def test_counts_go_only_to_the_handlers_that_held_records_back():
    """A handler without the filter (a test's log capture, a second output) got every
    record in full, so it gets no count."""
    repeats = RepeatFilter(window=60)
    logger = logging.getLogger(f"tests.outages.{uuid.uuid4().hex}")
    logger.propagate = False
    with captured(logger.name) as everything, captured(logger.name, repeats) as filtered:
        for _ in range(3):
            log_failure(logger, "again")
        repeats.flush(everything=True)
    assert len(everything) == 3
    assert [r.getMessage() for r in filtered][1:] == [
        "Repeated 2 times in the last 1 s: OperationalError: again"
    ]


def console_filter():
    """The RepeatFilter settings.LOGGING puts on the console handler."""
    console = next(h for h in logging.getLogger().handlers if getattr(h, "name", "") == "console")
    return next(f for f in console.filters if isinstance(f, RepeatFilter))


def test_a_database_outage_logs_one_traceback_not_one_per_request(anonymous):
    """What reaches the console: Django's "Service Unavailable" record with the traceback
    once, not once for each of the 30 requests."""
    with captured("django.request", console_filter()) as records, database_down() as error:
        for _ in range(30):
            assert anonymous.get("/fi/").status_code == 503
    failures = [r for r in records if r.exc_info and str(r.exc_info[1]) == str(error)]
    assert len(failures) == 1
    assert failures[0].getMessage() == "Service Unavailable: /fi/"


@override_settings(ALLOWED_HOSTS=["palaset.example"])
def test_a_bad_host_header_logs_one_line_without_traceback(anonymous):
    host = f"{uuid.uuid4().hex[:8]}.attacker.example"
    stream = io.StringIO()
    output = logging.StreamHandler(stream)
    output.addFilter(console_filter())
    with captured("django.security.DisallowedHost") as records:
        logging.getLogger("django.security.DisallowedHost").addHandler(output)
        try:
            for _ in range(3):
                assert anonymous.get("/fi/", HTTP_HOST=host).status_code == 400
        finally:
            logging.getLogger("django.security.DisallowedHost").removeHandler(output)
    assert len(records) == 3
    assert all(record.exc_info is None for record in records)
    # The console's output: one line for the three.
    assert stream.getvalue().count("\n") == 1
    assert host in stream.getvalue() and "Traceback" not in stream.getvalue()
    logger = logging.getLogger("django.security.DisallowedHost")
    assert any(isinstance(f, WithoutTraceback) for f in logger.filters)


# A real outage: a server process, a PostgreSQL server of the test's own, stopped mid-stream.

PG_ROOT = Path("/usr/lib/postgresql")
# The server's worker processes each count their own repeats: a short window, so that the
# counts are written while the test still reads the log.
LOG_WINDOW = 4
WORKERS = 2


def postgres_bin():
    """The newest installed PostgreSQL's server binaries, or None."""
    versions = sorted(
        (path for path in PG_ROOT.glob("*/bin") if (path / "initdb").exists()),
        key=lambda path: [int(part) for part in path.parent.name.split(".") if part.isdigit()],
    )
    return versions[-1] if versions else None


def require_postgres_server():
    """The binaries' directory; skips where PostgreSQL's server is not installed, except
    in CI (CI=true), where the outage test must run and so fails instead."""
    bin_dir = postgres_bin()
    reason = None
    if bin_dir is None or not (bin_dir / "pg_ctl").exists():
        reason = (
            f"PostgreSQL's server binaries (initdb, pg_ctl) not found under {PG_ROOT}; "
            "install them with: apt-get install -y postgresql"
        )
    elif os.geteuid() == 0:
        try:
            pwd.getpwnam("postgres")
        except KeyError:
            reason = "running as root without a 'postgres' user to run PostgreSQL's server as"
    if reason:
        if os.environ.get("CI"):
            pytest.fail(f"{reason} (the outage test must run in CI)")
        pytest.skip(reason)
    return bin_dir


def free_port():
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


class ThrowawayCluster:
    """A PostgreSQL server in a temporary directory on a free port: never the machine's
    own. As root, its files belong to the postgres user and its commands run as that
    user (PostgreSQL refuses to run as root)."""

    def __init__(self, bin_dir, directory):
        self.bin = bin_dir
        self.dir = Path(directory)
        self.data = self.dir / "data"
        self.port = free_port()
        self.as_user = []
        if os.geteuid() == 0:
            user = pwd.getpwnam("postgres")
            os.chown(self.dir, user.pw_uid, user.pw_gid)
            self.as_user = ["runuser", "-u", "postgres", "--"]

    def run(self, program, *args, timeout=60):
        command = [*self.as_user, str(self.bin / program), *map(str, args)]
        # The suite's own fixed commands.
        result = subprocess.run(  # noqa: S603
            command, cwd=self.dir, capture_output=True, text=True, timeout=timeout, check=False
        )
        assert result.returncode == 0, f"{program} failed:\n{result.stdout}\n{result.stderr}"

    def create(self):
        self.run(
            "initdb",
            "-D",
            self.data,
            "-U",
            "postgres",
            "--auth=trust",
            "-E",
            "UTF8",
            "--locale=C",
            "--no-sync",
        )
        self.start()

    def start(self):
        options = (
            f"-p {self.port} -k {self.dir} -c listen_addresses=127.0.0.1 "
            "-c fsync=off -c synchronous_commit=off -c full_page_writes=off"
        )
        self.run(
            "pg_ctl",
            "start",
            "-D",
            self.data,
            "-w",
            "-t",
            "30",
            "-l",
            self.dir / "server.log",
            "-o",
            options,
        )

    def stop(self, mode="fast"):
        self.run("pg_ctl", "stop", "-D", self.data, "-m", mode, "-w", "-t", "30")

    def url(self, database="postgres"):
        return f"postgres://postgres@127.0.0.1:{self.port}/{database}"


@dataclass
class Answer:
    started: float
    finished: float
    path: str
    status: int
    retry_after: str | None
    set_cookie: str
    body: str


def fetch(port, path, cookie=None, timeout=10):
    started = time.monotonic()
    headers = {"Host": "localhost"}
    if cookie:
        headers["Cookie"] = f"sessionid={cookie}"
    conn = http.client.HTTPConnection("127.0.0.1", port, timeout=timeout)
    try:
        conn.request("GET", path, headers=headers)
        response = conn.getresponse()
        body = response.read().decode("utf-8", "replace")
        return Answer(
            started,
            time.monotonic(),
            path,
            response.status,
            response.getheader("Retry-After"),
            ", ".join(response.headers.get_all("Set-Cookie") or []),
            body,
        )
    finally:
        conn.close()


class Stream(threading.Thread):
    """Requests one after another, anonymous and signed in, until stopped."""

    def __init__(self, port, session):
        super().__init__(daemon=True)
        self.targets = [("/fi/", None), ("/fi/programmes/", session)]
        self.port = port
        self.answers = []
        self.errors = []
        self.stopping = threading.Event()

    def run(self):
        while not self.stopping.is_set():
            for path, cookie in self.targets:
                try:
                    self.answers.append(fetch(self.port, path, cookie))
                except OSError as error:
                    self.errors.append(f"{path}: {error!r}")
                    time.sleep(0.05)

    def stop(self):
        self.stopping.set()
        self.join(timeout=30)


def wait_for(check, seconds, what):
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        try:
            if check():
                return
        except OSError:
            pass
        time.sleep(0.2)
    pytest.fail(f"timed out after {seconds} s waiting for {what}")


def manage(env, *args, timeout=180):
    # The suite's own interpreter and manage.py.
    result = subprocess.run(  # noqa: S603
        [sys.executable, "manage.py", *args],
        cwd=settings.BASE_DIR,
        env=env,
        capture_output=True,
        text=True,
        timeout=timeout,
        check=False,
    )
    assert result.returncode == 0, f"manage.py {' '.join(args)}:\n{result.stdout}\n{result.stderr}"
    return result.stdout


SIGNED_IN_SESSION = """
from django.contrib.auth import get_user_model
from django.test import Client
user = get_user_model().objects.create_user("outage@example.org", password="a-long-password")
client = Client()
client.force_login(user)
print(client.cookies["sessionid"].value)
"""


@pytest.fixture
def cluster():
    bin_dir = require_postgres_server()
    directory = tempfile.mkdtemp(prefix="palaset-outage-pg-")
    cluster = ThrowawayCluster(bin_dir, directory)
    try:
        cluster.create()
        yield cluster
    finally:
        with suppress(Exception):
            cluster.stop("immediate")
        shutil.rmtree(directory, ignore_errors=True)


def test_a_database_outage_gives_503_then_recovers_without_restart(cluster, tmp_path):
    """A server (gunicorn, two workers) on a PostgreSQL server of the test's own: the
    server is stopped in the middle of a stream of anonymous and signed-in requests,
    and started again. Every answer meanwhile is 503 with Retry-After (none is 500), the
    log holds a few tracebacks and counts rather than one traceback per request, and the
    site answers again without restarting anything."""
    with psycopg.connect(cluster.url(), autocommit=True) as admin:
        admin.execute("CREATE DATABASE palaset")
    clean = {key: value for key, value in os.environ.items() if key not in CONFIG_VARIABLES}
    env = {
        **clean,
        "DJANGO_SETTINGS_MODULE": "config.settings.test",
        "DATABASE_URL": cluster.url("palaset"),
        "LOG_REPEAT_WINDOW": str(LOG_WINDOW),
    }
    manage(env, "migrate", "--noinput")
    session = manage(env, "shell", "-c", SIGNED_IN_SESSION).strip().splitlines()[-1]

    port = free_port()
    log_path = tmp_path / "server.log"  # Django's log and gunicorn's own messages
    with log_path.open("w") as log:
        # The production server and its settings file, on a port of the test's own; the
        # access log (one line per request, by design) goes elsewhere.
        server = subprocess.Popen(  # noqa: S603 - the suite's own interpreter and arguments
            [
                *(sys.executable, "-m", "gunicorn", "--config", "config/gunicorn.py"),
                *("--bind", f"127.0.0.1:{port}", "--workers", str(WORKERS)),
                *("--access-logfile", str(tmp_path / "access.log"), "--no-control-socket"),
                "config.wsgi:application",
            ],
            cwd=settings.BASE_DIR,
            env=env,
            stdout=log,
            stderr=subprocess.STDOUT,
        )
    stream = Stream(port, session)
    try:
        wait_for(lambda: fetch(port, "/fi/").status == 200, 90, "the server to answer 200")
        assert fetch(port, "/fi/programmes/", session).status == 200
        log_before = log_path.read_text()

        stream.start()
        time.sleep(1.5)
        cluster.stop("fast")
        stopped = time.monotonic()
        time.sleep(1)
        in_languages = {language: fetch(port, f"/{language}/") for language in ("fi", "sv", "en")}
        time.sleep(2)
        restarting = time.monotonic()
        cluster.start()
        started = time.monotonic()

        def recovered():
            recent = [a for a in stream.answers if a.started > started]
            return {a.path for a in recent if a.status == 200} == {"/fi/", "/fi/programmes/"}

        wait_for(recovered, 30, "both pages to answer 200 again")
        time.sleep(0.5)
        stream.stop()
        # The counts are written when each worker's window ends.
        wait_for(lambda: "Repeated " in log_path.read_text(), LOG_WINDOW + 10, "the counts")
        assert server.poll() is None, "the server exited"
    finally:
        stream.stop()
        server.terminate()
        try:
            server.wait(timeout=15)
        except subprocess.TimeoutExpired:
            server.kill()
            server.wait(timeout=5)
    log_text = log_path.read_text()

    answers = stream.answers
    assert not stream.errors, stream.errors[:5]
    statuses = Counter(a.status for a in answers)
    assert set(statuses) <= {200, 503}, statuses
    outage = [a for a in answers if a.status == 503]
    during = [a for a in answers if a.started > stopped and a.finished < restarting]
    assert len(during) >= 20, statuses
    assert all(a.status == 503 for a in during), Counter(a.status for a in during)
    assert {a.path for a in during} == {"/fi/", "/fi/programmes/"}
    for answer in outage:
        assert answer.retry_after == str(RETRY_AFTER)
        assert "sessionid" not in answer.set_cookie  # nobody is signed out
    assert FINNISH in in_languages["fi"].body
    assert SWEDISH in in_languages["sv"].body
    assert ENGLISH in in_languages["en"].body
    assert all(a.status == 503 for a in in_languages.values())
    # Signed in still: the session survived the outage.
    assert [a.status for a in answers if a.path == "/fi/programmes/"][-1] == 200

    # The log: one record in full per kind of failure, per worker and per window at most,
    # then a count; not a traceback per request.
    outage_log = log_text[len(log_before) :]
    records = outage_log.count("Service Unavailable: ")
    lines = outage_log.count("\n")
    print(f"{len(outage)} answers 503; the log has {records} records in {lines} lines")
    assert 1 <= records <= 4 * WORKERS * 2, records
    assert len(outage) >= 10 * records
    assert lines < 3000, lines
    assert "Repeated " in outage_log
    assert "Internal Server Error" not in outage_log
