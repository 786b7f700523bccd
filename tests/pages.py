"""Reading pages in tests the way a Finnish reader sees them."""

from bs4 import BeautifulSoup
from django.urls import reverse
from django.utils import translation


def fi(text):
    """The Finnish interface text for an English msgid (or a lazy string)."""
    with translation.override("fi"):
        return translation.gettext(text) if isinstance(text, str) else str(text)


def url(name, *args):
    with translation.override("fi"):
        return reverse(name, args=args)


def parse(response):
    return BeautifulSoup(response.content, "html.parser")


def squashed(text):
    return " ".join(text.split())


def page_text(response):
    return squashed(parse(response).get_text(" "))


def messages(response):
    """The flash messages shown on a page."""
    return [squashed(p.get_text()) for p in parse(response).select(".messages p")]
