"""The production server: config/gunicorn.py's settings, its access log, the production
HSTS default, and the shipped command really serving, reloading and stopping.

The live test runs `gunicorn -c config/gunicorn.py config.wsgi:application` exactly as
docs/operations.md gives it, with production settings, on a copy of this test process's
database (SQLite) or the test database itself (PostgreSQL). It needs Redis (production
refuses to start without REDIS_URL): where Redis is not reachable it is skipped with the
reason, except in CI, where it fails.
"""

import http.client
import os
import re
import runpy
import signal
import socket
import sqlite3
import subprocess
import sys
import time
from pathlib import Path
from types import SimpleNamespace
from urllib.parse import quote

import pytest
from django.conf import settings
from django.db import connection
from gunicorn.config import Config

from tests.test_settings import CONFIG_VARIABLES, read_settings

ROOT = Path(settings.BASE_DIR)
CONFIG_FILE = ROOT / "config" / "gunicorn.py"
GUNICORN = Path(sys.executable).parent / "gunicorn"
COMMAND = [str(GUNICORN), "-c", "config/gunicorn.py", "config.wsgi:application"]
REDIS = ("127.0.0.1", 6379)
REDIS_URL = "redis://127.0.0.1:6379/15"
SERVER_VARIABLES = [
    *CONFIG_VARIABLES,
    "PUBLIC_URL",
    "STATIC_ROOT",
    "MEDIA_ROOT",
    "WEB_CONCURRENCY",
    "GUNICORN_BIND",
    "GUNICORN_CMD_ARGS",
    "GUNICORN_TIMEOUT",
    "GUNICORN_GRACEFUL_TIMEOUT",
    "GUNICORN_MAX_REQUESTS",
    "GUNICORN_LOG_LEVEL",
    "GUNICORN_CONTROL_SOCKET",
    "SECURE_HSTS_SECONDS",
    "TRUST_X_FORWARDED_PROTO",
]
PRODUCTION = {
    "SECRET_KEY": "k" * 50,
    "REDIS_URL": REDIS_URL,
    "PUBLIC_URL": "https://palaset.example",
}


# config/gunicorn.py


def load_config(monkeypatch, **env):
    for name in SERVER_VARIABLES:
        monkeypatch.delenv(name, raising=False)
    for name, value in env.items():
        monkeypatch.setenv(name, value)
    return runpy.run_path(str(CONFIG_FILE))


def as_gunicorn_reads_it(namespace):
    """Every setting the file defines, through gunicorn's own validation."""
    config = Config()
    for name, value in namespace.items():
        if name in config.settings:
            config.set(name, value)
    return config


def test_the_config_defaults_suit_production(monkeypatch):
    namespace = load_config(monkeypatch)
    config = as_gunicorn_reads_it(namespace)
    cores = len(os.sched_getaffinity(0))

    assert config.bind == ["127.0.0.1:8000"]
    assert config.workers == min(2 * cores + 1, 12)
    assert config.preload_app is True
    assert config.worker_class_str == "sync"
    assert (config.timeout, config.graceful_timeout) == (30, 30)
    assert (config.max_requests, config.max_requests_jitter) == (1000, 100)
    assert config.accesslog == "-"
    assert config.errorlog == "-"
    assert config.control_socket_disable is True
    assert config.logger_class is namespace["RedactingLogger"]
    if os.access(namespace["SHARED_MEMORY"], os.W_OK):
        assert config.worker_tmp_dir == namespace["SHARED_MEMORY"] == "/dev/shm"  # noqa: S108


@pytest.mark.parametrize(("cores", "workers"), [(1, 3), (2, 5), (4, 9), (64, 12)])
def test_default_workers_grow_with_the_cores_up_to_a_cap(monkeypatch, cores, workers):
    assert load_config(monkeypatch)["default_workers"](cores) == workers


def test_the_environment_overrides_the_defaults(monkeypatch):
    config = as_gunicorn_reads_it(
        load_config(
            monkeypatch,
            GUNICORN_BIND="unix:/run/palaset/gunicorn.sock, 127.0.0.1:8001",
            WEB_CONCURRENCY="3",
            GUNICORN_TIMEOUT="60",
            GUNICORN_GRACEFUL_TIMEOUT="20",
            GUNICORN_MAX_REQUESTS="0",
            GUNICORN_CONTROL_SOCKET="/run/palaset/gunicorn.ctl",
        )
    )

    assert config.bind == ["unix:/run/palaset/gunicorn.sock", "127.0.0.1:8001"]
    assert config.workers == 3
    assert (config.timeout, config.graceful_timeout) == (60, 20)
    assert (config.max_requests, config.max_requests_jitter) == (0, 0)
    assert config.control_socket == "/run/palaset/gunicorn.ctl"
    assert config.control_socket_disable is False


@pytest.mark.parametrize(
    ("line", "logged"),
    [
        (
            "GET /fi/programmes/shared/Zm9vYmFyYmF6cXV4cXV1eHF1dXhxdXV4cXV1eHF1dXg/ HTTP/1.1",
            "GET /fi/programmes/shared/[redacted]/ HTTP/1.1",
        ),
        (
            "GET /sv/accounts/invitation/abc-DEF_123/?next=/sv/ HTTP/1.1",
            "GET /sv/accounts/invitation/[redacted]/?next=/sv/ HTTP/1.1",
        ),
        (
            "GET /fi/accounts/password/reset/MQ/c3k2ab-0123456789abcdef/ HTTP/1.1",
            "GET /fi/accounts/password/reset/MQ/[redacted]/ HTTP/1.1",
        ),
        (
            "GET /admin/password_reset/confirm/MQ/c3k2ab-0123456789abcdef/ HTTP/1.1",
            "GET /admin/password_reset/confirm/MQ/[redacted]/ HTTP/1.1",
        ),
        # What is no secret stays as it is.
        (
            "GET /fi/accounts/password/reset/MQ/set-password/ HTTP/1.1",
            "GET /fi/accounts/password/reset/MQ/set-password/ HTTP/1.1",
        ),
        ("GET /fi/mallit/?q=nuoret&principle=yhteistuotanto HTTP/1.1", None),
        ("POST /fi/accounts/password/reset/ HTTP/1.1", None),
    ],
)
def test_the_access_log_hides_secret_links(monkeypatch, line, logged):
    namespace = load_config(monkeypatch)
    logger = namespace["RedactingLogger"](as_gunicorn_reads_it(namespace))
    method, uri, protocol = line.split()
    environ = {
        "REQUEST_METHOD": method,
        "RAW_URI": uri,
        "PATH_INFO": uri.split("?")[0],
        "QUERY_STRING": "",
        "SERVER_PROTOCOL": protocol,
        "HTTP_REFERER": f"https://palaset.example{uri}",
    }
    response = SimpleNamespace(status="200 OK", sent=10, headers=[])
    request = SimpleNamespace(headers=[("REFERER", environ["HTTP_REFERER"])])
    elapsed = SimpleNamespace(seconds=0, microseconds=1500)

    atoms = logger.atoms(response, request, environ, elapsed)

    expected = logged or line
    assert atoms["r"] == expected
    assert atoms["f"] == f"https://palaset.example{expected.split()[1]}"
    assert atoms["{referer}i"] == atoms["f"]
    assert atoms["M"] == 1


# Production HSTS


def test_production_sends_hsts_for_a_year_by_default():
    values = read_settings("config.settings.production", "SECURE_HSTS_SECONDS", **PRODUCTION)

    assert values["SECURE_HSTS_SECONDS"] == 31_536_000


@pytest.mark.parametrize("seconds", ["3600", "0"])
def test_the_hsts_time_comes_from_the_environment(seconds):
    values = read_settings(
        "config.settings.production",
        "SECURE_HSTS_SECONDS",
        SECURE_HSTS_SECONDS=seconds,
        **PRODUCTION,
    )

    assert values["SECURE_HSTS_SECONDS"] == int(seconds)


# The shipped command, live


def redis_or_skip():
    try:
        with socket.create_connection(REDIS, timeout=2) as sock:
            sock.sendall(b"PING\r\n")
            if sock.recv(16).startswith(b"+PONG"):
                return
    except OSError:
        pass
    reason = (
        f"Redis not reachable on {REDIS[0]}:{REDIS[1]}; production needs it "
        "(start it with: bash ../shared/services/up)"
    )
    if os.environ.get("CI"):
        pytest.fail(f"{reason} (the production-server test must run in CI)")
    pytest.skip(reason)


def server_database_url(tmp_path):
    """The test database, migrated, as a DATABASE_URL the server process can open: a file
    copy of SQLite's in-memory database, or the PostgreSQL test database itself."""
    connection.ensure_connection()
    db = connection.settings_dict
    if connection.vendor == "sqlite":
        path = tmp_path / "server.sqlite3"
        with sqlite3.connect(path) as copy:
            connection.connection.backup(copy)
        copy.close()
        return f"sqlite:///{path}"
    assert connection.vendor == "postgresql"
    credentials = quote(db["USER"] or "", safe="")
    if db["PASSWORD"]:
        credentials += ":" + quote(db["PASSWORD"], safe="")
    address = f"{db['HOST'] or '127.0.0.1'}:{db['PORT'] or 5432}"
    return f"postgres://{credentials}@{address}/{db['NAME']}"


def production_environment(tmp_path, database_url):
    clean = {key: value for key, value in os.environ.items() if key not in SERVER_VARIABLES}
    return {
        **clean,
        "DJANGO_SETTINGS_MODULE": "config.settings.production",
        "SECRET_KEY": "a-long-random-production-key-for-the-server-test",
        "ALLOWED_HOSTS": "127.0.0.1",
        "PUBLIC_URL": "http://127.0.0.1",
        "REDIS_URL": REDIS_URL,
        "DATABASE_URL": database_url,
        "STATIC_ROOT": str(tmp_path / "static"),
        "MEDIA_ROOT": str(tmp_path / "media"),
        "GUNICORN_BIND": "127.0.0.1:0",  # a free port, read back from the log
        "WEB_CONCURRENCY": "1",  # one worker, so a replaced worker is the one answering
        "GUNICORN_GRACEFUL_TIMEOUT": "10",
        "PYTHONUNBUFFERED": "1",
    }


def run_manage(env, *args):
    # Our own fixed command and arguments.
    result = subprocess.run(  # noqa: S603
        [sys.executable, "manage.py", *args],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )
    assert result.returncode == 0, result.stderr


def worker_pids(master):
    """The master's child processes, from /proc."""
    children = set()
    for stat in Path("/proc").glob("[0-9]*/stat"):
        try:
            fields = stat.read_text().rsplit(")", 1)[1].split()
        except OSError:  # the process ended meanwhile
            continue
        if int(fields[1]) == master:
            children.add(int(stat.parent.name))
    return children


class Server:
    def __init__(self, env, tmp_path):
        self.out, self.err = tmp_path / "access.log", tmp_path / "server.log"
        with self.out.open("wb") as out, self.err.open("wb") as err:
            # The documented command, from the project directory.
            self.process = subprocess.Popen(  # noqa: S603
                COMMAND, cwd=ROOT, env=env, stdout=out, stderr=err, start_new_session=True
            )
        self.port = None

    def log(self):
        return self.err.read_text(errors="replace")

    def access_log(self):
        return self.out.read_text(errors="replace")

    def wait_for_port(self, timeout):
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            found = re.search(r"Listening at: http://127\.0\.0\.1:(\d+)", self.log())
            if found:
                self.port = int(found.group(1))
                return
            assert self.process.poll() is None, f"gunicorn exited:\n{self.log()}"
            time.sleep(0.1)
        pytest.fail(f"gunicorn did not start listening within {timeout} s:\n{self.log()}")

    def get(self, path, headers=None, timeout=20):
        conn = http.client.HTTPConnection("127.0.0.1", self.port, timeout=timeout)
        try:
            conn.request("GET", path, headers={"Host": "127.0.0.1", **(headers or {})})
            response = conn.getresponse()
            return response.status, dict(response.getheaders()), response.read()
        finally:
            conn.close()

    def wait_until_answering(self, path, timeout):
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            try:
                status, _headers, _body = self.get(path, timeout=5)
                if status == 200:
                    return
            except OSError:
                pass
            assert self.process.poll() is None, f"gunicorn exited:\n{self.log()}"
            time.sleep(0.1)
        pytest.fail(f"{path} did not answer 200 within {timeout} s:\n{self.log()}")

    def workers(self):
        return worker_pids(self.process.pid)

    def signal(self, number):
        self.process.send_signal(number)

    def stop(self):
        if self.process.poll() is None:
            # The process group is the server this test started, and only it.
            os.killpg(self.process.pid, signal.SIGKILL)
            self.process.wait(timeout=10)


@pytest.fixture
def server(tmp_path, django_db_setup, django_db_blocker):
    redis_or_skip()
    assert GUNICORN.exists(), f"{GUNICORN} missing: pip install -r requirements.lock"
    with django_db_blocker.unblock():
        database_url = server_database_url(tmp_path)
    env = production_environment(tmp_path, database_url)
    run_manage(env, "collectstatic", "--noinput", "-v0")
    server = Server(env, tmp_path)
    yield server
    server.stop()


# The database mark makes pytest-django create the test database (copied by `server`).
@pytest.mark.django_db
def test_the_shipped_command_serves_reloads_on_hup_and_stops(server):
    server.wait_for_port(timeout=60)
    server.wait_until_answering("/healthz", timeout=60)

    # Liveness, readiness (database, Redis), a page with its static file, and a probe that
    # comes by address, not by the allowed host name.
    status, headers, body = server.get("/readyz")
    assert status == 200, body
    assert b'"database": "ok"' in body and b'"cache": "ok"' in body
    assert headers["Cache-Control"] == "no-store"
    status, headers, _body = server.get("/")
    assert (status, headers["Location"]) == (302, "/fi/")
    status, _headers, page = server.get("/fi/ei-tallaista-sivua/")
    assert status == 404
    stylesheet = re.search(rb'href="(/static/css/palaset\.[0-9a-f]{12}\.css)"', page)
    assert stylesheet, page[:1000]
    status, headers, _css = server.get(stylesheet.group(1).decode())
    assert status == 200
    assert "immutable" in headers["Cache-Control"]
    assert server.get("/healthz", headers={"Host": "10.1.2.3:8000"})[0] == 200
    assert server.get("/fi/")[0] == 200

    # HUP: a new worker is forked, the old one finishes and leaves; nothing is refused.
    before = server.workers()
    assert len(before) == 1
    server.signal(signal.SIGHUP)
    statuses, deadline = [], time.monotonic() + 30
    while (server.workers() & before or not server.workers()) and time.monotonic() < deadline:
        statuses.append(server.get("/fi/")[0])
        time.sleep(0.05)
    assert not server.workers() & before, f"the old worker did not leave:\n{server.log()}"
    statuses.append(server.get("/fi/")[0])
    assert set(statuses) == {200}
    assert "Handling signal: hup" in server.log()

    # A worker replaced (as after max_requests, a crash or a timeout) answers its first
    # request within seconds of being forked: the application was loaded before the fork.
    (old,) = server.workers()
    started = time.monotonic()
    os.kill(old, signal.SIGTERM)
    while old in server.workers() and time.monotonic() - started < 10:
        time.sleep(0.01)
    assert server.get("/fi/")[0] == 200
    first_answer = time.monotonic() - started
    (new,) = server.workers()
    assert new != old
    print(f"\nreplaced worker: first page answered {first_answer:.2f} s after the old one's TERM")
    assert first_answer < 5, server.log()

    # TERM: a graceful stop, exit status 0.
    server.signal(signal.SIGTERM)
    assert server.process.wait(timeout=30) == 0, server.log()
    log, access = server.log(), server.access_log()
    assert "Shutting down: Master" in log
    assert "Traceback" not in log and "DisallowedHost" not in log, log
    assert '"GET /readyz HTTP/1.1" 200' in access
    assert re.search(r'"GET /fi/ HTTP/1\.1" 200 \d+ \d+ms', access), access
