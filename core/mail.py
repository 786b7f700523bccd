"""E-mail sent after the response, so that how long a request takes does not tell whether
a message was sent (password resets); see core.sign_in.ResetMailInBackground."""

import logging
from collections.abc import Callable
from concurrent.futures import Future, ThreadPoolExecutor

from django.conf import settings
from django.db import connections
from django.utils import translation

logger = logging.getLogger(__name__)

# One thread is enough: these are rare messages, and one at a time keeps the mail server's
# connection count at one per process.
_executor = ThreadPoolExecutor(max_workers=1, thread_name_prefix="palaset-mail")
_pending: list[Future] = []


class MailUnavailable(Exception):
    """The mail server cannot be reached."""


def send_in_background(send: Callable, *args, **kwargs) -> None:
    """Run `send` after the response, in the language the request was in. With
    SEND_MAIL_IN_BACKGROUND off (the test settings) it runs at once."""
    if not getattr(settings, "SEND_MAIL_IN_BACKGROUND", True):
        send(*args, **kwargs)
        return
    language = translation.get_language()
    _pending[:] = [future for future in _pending if not future.done()]
    _pending.append(_executor.submit(_send, send, language, args, kwargs))


def _send(send: Callable, language: str | None, args: tuple, kwargs: dict) -> None:
    try:
        with translation.override(language):
            send(*args, **kwargs)
    except Exception:
        logger.exception("Sending an e-mail in the background failed")
    finally:
        connections.close_all()  # this thread's own connections, if rendering opened any


def wait_for_background_mail(timeout: float = 10) -> None:
    """Block until every queued message has been handed to the mail backend (tests, and
    a worker shutting down)."""
    for future in list(_pending):
        future.result(timeout=timeout)
