"""Gunicorn settings for production (docs/operations.md):

    gunicorn -c config/gunicorn.py config.wsgi:application

Environment (defaults in brackets):

    GUNICORN_BIND              [127.0.0.1:8000] address(es) to listen on, comma-separated;
                               e.g. unix:/run/palaset/gunicorn.sock. Keep it private: Django
                               trusts the X-Forwarded-Proto header, so only the reverse proxy
                               may reach this address.
    WEB_CONCURRENCY            [2 × cores + 1, at most 12] worker processes
    GUNICORN_TIMEOUT           [30] seconds a worker may spend on one request before the
                               master kills and replaces it ("WORKER TIMEOUT" in the log)
    GUNICORN_GRACEFUL_TIMEOUT  [30] seconds workers get to finish their requests on stop,
                               restart or reload
    GUNICORN_MAX_REQUESTS      [1000] a worker is replaced after this many requests (+ up to
                               10 % jitter, so they are not all replaced at once); 0: never
    GUNICORN_LOG_LEVEL         [info] the server's own messages (stderr)
    GUNICORN_CONTROL_SOCKET    [unset: no control socket] path of gunicorn's control socket
                               for `gunicornc`; off by default because its default path
                               ($HOME/.gunicorn/gunicorn.ctl) is shared by every instance

Anything else can be set on the command line or in GUNICORN_CMD_ARGS, which win over this
file (e.g. GUNICORN_CMD_ARGS="--workers 3").

Signals to the master process:

    HUP        re-reads this file, reopens the logs and replaces every worker gracefully
               (new ones start first; old ones finish their requests). It does NOT load
               new code: with preload_app the new workers are forked from the master, which
               keeps the code it imported at start. Nor does it see a changed environment
               (an edited systemd EnvironmentFile): the master keeps the one it started
               with. So HUP is for this file's settings, e.g. the number of workers.
    USR2       re-executes the master with new code, beside the old one and sharing its
               listening socket, but with the environment the old one started with; then
               WINCH to the old master stops its workers and QUIT/TERM stops it. For new
               code without a moment of refused connections when not under systemd.
    restart    (systemctl restart, or TERM then start) loads new code AND a new
               environment: the way to deploy a release (docs/operations.md, "Upgrading").
    TERM       graceful stop (waits up to GUNICORN_GRACEFUL_TIMEOUT); INT/QUIT: immediate.
    TTIN/TTOU  one worker more / fewer (to the master only: a worker stops on TTIN).
"""

import gc
import os
import re

from gunicorn.glogging import Logger


def env_int(name, default):
    value = os.environ.get(name, "").strip()
    return int(value) if value else default


def cores():
    """CPUs this process may run on (a container's or taskset's limit, not the host's)."""
    try:
        return len(os.sched_getaffinity(0))
    except AttributeError:  # not Linux
        return os.cpu_count() or 1


def default_workers(count):
    # Gunicorn's rule of thumb (2 × cores + 1) suits this application: a request spends
    # part of its time waiting for the database. Capped so that a big machine does not
    # exhaust PostgreSQL's connections: each worker keeps one open (CONN_MAX_AGE).
    return min(2 * count + 1, 12)


bind = [
    address.strip()
    for address in os.environ.get("GUNICORN_BIND", "127.0.0.1:8000").split(",")
    if address.strip()
]
workers = env_int("WEB_CONCURRENCY", default_workers(cores()))
# Sync workers: one request at a time per process. Slow clients are the reverse proxy's
# problem (nginx buffers requests and responses), so a worker is never held by one.
worker_class = "sync"

# Import Django, the whole application and the Finnish analyser (config/wsgi.py warms it
# up, about 1.5 s) once in the master, then fork: workers share that memory and answer
# their first request at once. The price: HUP does not load new code (see above).
preload_app = True

timeout = env_int("GUNICORN_TIMEOUT", 30)
graceful_timeout = env_int("GUNICORN_GRACEFUL_TIMEOUT", 30)
max_requests = env_int("GUNICORN_MAX_REQUESTS", 1000)
max_requests_jitter = max_requests // 10

# The workers' heartbeat files: in memory, so a slow or full disk cannot make the master
# think a worker hangs.
SHARED_MEMORY = "/dev/shm"  # noqa: S108 - a directory name, gunicorn makes its own files
if os.path.isdir(SHARED_MEMORY) and os.access(SHARED_MEMORY, os.W_OK):
    worker_tmp_dir = SHARED_MEMORY

proc_name = "palaset"
if os.environ.get("GUNICORN_CONTROL_SOCKET"):
    control_socket = os.environ["GUNICORN_CONTROL_SOCKET"]
else:
    control_socket_disable = True

# Access log to stdout, the server's own messages to stderr (journald keeps both).
# Fields: client address as the proxy saw it (X-Real-IP; "-" without a proxy), the peer
# (the proxy), time, request line, status, bytes, milliseconds, referrer, user agent.
accesslog = "-"
errorlog = "-"
loglevel = os.environ.get("GUNICORN_LOG_LEVEL", "info")
access_log_format = '%({x-real-ip}i)s %(h)s %(t)s "%(r)s" %(s)s %(b)s %(M)sms "%(f)s" "%(a)s"'

# Secrets that travel in URL paths: programme share links, invitations and password-reset
# links (the site's and the admin's). Whoever reads the log must not be able to use them.
SECRET_IN_PATH = re.compile(
    r"(/(?:shared|invitation)/|/password/reset/[^/?#\s]+/|/password_reset/confirm/[^/?#\s]+/)"
    r"(?!set-password/)[^/?#\s]+"
)


def redact(text):
    return SECRET_IN_PATH.sub(r"\1[redacted]", text) if isinstance(text, str) else text


class RedactingLogger(Logger):
    """Gunicorn's logger, with the secret parts of URLs replaced in the access log."""

    def atoms(self, resp, req, environ, request_time):
        atoms = super().atoms(resp, req, environ, request_time)
        for key in ("r", "U", "f", "{referer}i", "{raw_uri}e", "{path_info}e"):
            if key in atoms:
                atoms[key] = redact(atoms[key])
        return atoms


logger_class = RedactingLogger


def pre_fork(server, worker):
    """In the master, before each fork.

    A worker must not inherit the master's database connection (if the import opened one):
    two processes on one socket corrupt each other's queries.

    gc.freeze(): the 1.5 million objects the application and the Finnish analyser's
    dictionary leave in the master are moved out of the garbage collector's sight. Else
    every full collection in a worker walks them all (0.3–0.4 s, a latency spike on some
    request), writing to their pages and so unsharing the memory the fork shared, and
    each worker's exit takes 1.5 s of CPU instead of 0.4 s.
    """
    if server.cfg.preload_app:
        from django.db import connections

        connections.close_all()
    gc.freeze()
