"""The search server's part of the readiness probe (core/health.py's /readyz)."""

from typing import cast

from django.conf import settings

from search.backends import text_index
from search.backends.server import ServerTextIndex


def check_search_server() -> str:
    """A ping of the catalogue's search server; nothing to check on the database engine."""
    if settings.CATALOGUE_SEARCH_ENGINE == "database":
        return "not configured"
    # Any engine but "database" is a server (search/backends/__init__.py); only a server pings.
    if not cast(ServerTextIndex, text_index()).ping():
        raise ConnectionError("the search server did not answer the ping")
    return "ok"
