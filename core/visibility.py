"""What an anonymous visitor may see: the private-section filter, computed once a request."""

from wagtail.models import Page


def private_pages_q(request=None):
    """Q matching pages in private sections (1 query, shared by everything in the request)."""
    cached = getattr(request, "_palaset_private_q", None)
    if cached is not None:
        return cached
    private_q = Page.objects.all().private_q()
    if request is not None:
        request._palaset_private_q = private_q
    return private_q
