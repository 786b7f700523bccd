"""Liveness and readiness probes for load balancers, orchestrators and monitoring.

/healthz  the process answers: no database, no cache, nothing that can be slow. A failure
          means the process is stuck or gone; restart it.
/readyz   this process can serve pages: the database answers SELECT 1, the cache stores and
          returns a value, and with a search server (SEARCH_ENGINE) the server answers a ping.
          200 when all pass; 503 naming the check that failed. A failure means: send
          traffic elsewhere until it passes again; restarting will not help.

Both answer GET and HEAD only (405 otherwise), as small JSON with Cache-Control: no-store,
and never carry error messages or tracebacks: a failed check is logged as one warning line
(logger "core.health") with the exception's class and message, the body says only which
check failed.

They are routed in config/urls.py, outside the language prefix, but HealthCheckMiddleware,
first in MIDDLEWARE, answers them before any other middleware runs. So they answer whatever
Host header the prober sends (load balancers probe an instance by its address, which is not
in ALLOWED_HOSTS; the answer builds no URL from the host, so a forged Host gains nothing),
without a DisallowedHost error and its traceback in the log for every probe, without the
locale redirect, sessions, CSRF or the Content-Security-Policy machinery.
"""

import json
import logging
import uuid

from django.core.cache import cache
from django.db import connections
from django.http import HttpResponse
from django.views.decorators.csrf import csrf_exempt

logger = logging.getLogger(__name__)
ALLOWED_METHODS = ("GET", "HEAD")


def _json(payload, status=200):
    body = json.dumps(payload, sort_keys=True).encode() + b"\n"
    response = HttpResponse(body, status=status, content_type="application/json")
    response["Content-Length"] = str(len(body))
    response["Cache-Control"] = "no-store"
    return response


def _method_not_allowed(request):
    response = _json({"status": "method not allowed"}, status=405)
    response["Allow"] = ", ".join(ALLOWED_METHODS)
    return response


def check_database():
    with connections["default"].cursor() as cursor:
        cursor.execute("SELECT 1")
        if cursor.fetchone()[0] != 1:
            raise RuntimeError("SELECT 1 returned something else")


def check_cache():
    key, value = f"core.readyz.{uuid.uuid4().hex}", uuid.uuid4().hex
    cache.set(key, value, timeout=30)
    try:
        if cache.get(key) != value:
            raise RuntimeError("the cache did not return the value just stored")
    finally:
        cache.delete(key)


# Other apps add theirs when they are ready (the search app: "search", search/readiness.py),
# so that core depends on none of them.
READINESS_CHECKS = {"database": check_database, "cache": check_cache}


def run_checks():
    """{check name: "ok" | "not configured" | "failed"}; failures logged without traceback."""
    results = {}
    for name, check in READINESS_CHECKS.items():
        try:
            results[name] = check() or "ok"
        except Exception as error:  # noqa: BLE001 - any failure means not ready
            logger.warning(
                "Readiness check %s failed: %s: %.300s", name, type(error).__name__, error
            )
            results[name] = "failed"
    return results


@csrf_exempt
def healthz(request):
    if request.method not in ALLOWED_METHODS:
        return _method_not_allowed(request)
    return _json({"status": "ok"})


@csrf_exempt
def readyz(request):
    if request.method not in ALLOWED_METHODS:
        return _method_not_allowed(request)
    checks = run_checks()
    failed = sorted(name for name, result in checks.items() if result == "failed")
    if failed:
        return _json({"status": "unavailable", "failed": failed, "checks": checks}, status=503)
    return _json({"status": "ok", "checks": checks})


PROBES = {"/healthz": healthz, "/readyz": readyz}


class HealthCheckMiddleware:
    """Answers the probes before any other middleware (see the module's docstring)."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        probe = PROBES.get(request.path_info)
        if probe is None:
            return self.get_response(request)
        return probe(request)
