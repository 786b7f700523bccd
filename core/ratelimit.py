"""Rate limits with a truthful Retry-After.

django-ratelimit keeps the counters in the cache (Redis in production, shared by every
worker) and increments them atomically. Its decorator answers every limit with the same
response, so it cannot say how long the client has to wait; this module asks it for the
usage of each limit and answers 429 with the seconds left in the window that is full.
"""

from collections.abc import Callable, Iterable
from dataclasses import dataclass
from functools import wraps

from django.conf import settings
from django.core.exceptions import ImproperlyConfigured
from django.http import HttpRequest, HttpResponse
from django.shortcuts import render
from django_ratelimit import ALL
from django_ratelimit.core import _get_ip, get_usage

# A key function: what one counter counts for a request (a client address, an account).
Key = Callable[[HttpRequest], str]


def client_address(request: HttpRequest) -> str:
    """The client's address as django-ratelimit sees it (RATELIMIT_IP_META_KEY behind a
    proxy; IPv6 addresses grouped by /64). Its own 'ip' key uses the same function. A
    request without a readable one (no REMOTE_ADDR, a malformed proxy header), for which
    django-ratelimit raises, is counted as "unknown" rather than failing with a 500."""
    try:
        return _get_ip(request)
    except (KeyError, ValueError, ImproperlyConfigured):
        return "unknown"


@dataclass(frozen=True)
class Limit:
    """One counter: `setting` names the setting that holds the rate (e.g. "10/m"), read at
    request time so tests and operators can change it; `group` keeps counters of different
    limits apart even where they count the same key."""

    setting: str
    group: str
    key: Key = client_address

    def usage(self, request: HttpRequest, increment: bool) -> dict | None:
        return get_usage(
            request,
            group=self.group,
            key=lambda _group, req: self.key(req),
            rate=lambda _group, _req: getattr(settings, self.setting),
            method=ALL,
            increment=increment,
        )


def wait_seconds(request: HttpRequest, limits: Iterable[Limit], increment: bool = True) -> int:
    """Count this request against every limit; the seconds to wait if any is exceeded,
    else 0. Every counter is incremented even when an earlier one is full, so that a
    client cannot probe the limits one by one."""
    wait = 0
    for limit in limits:
        usage = limit.usage(request, increment)
        if usage is not None and usage["should_limit"]:
            wait = max(wait, int(usage["time_left"]) or 1)
    return wait


def too_many_attempts(request: HttpRequest, retry_after: int) -> HttpResponse:
    response = render(request, "429.html", status=429)
    response["Retry-After"] = str(max(1, retry_after))
    return response


def limited(*limits: Limit, methods: tuple[str, ...] = ("POST",)):
    """A view decorator: requests with one of `methods` count against every limit, and one
    beyond any of them gets 429 without reaching the view."""

    def decorator(view):
        @wraps(view)
        def wrapped(request, *args, **kwargs):
            if request.method in methods:
                wait = wait_seconds(request, limits)
                if wait:
                    return too_many_attempts(request, wait)
            return view(request, *args, **kwargs)

        return wrapped

    return decorator
