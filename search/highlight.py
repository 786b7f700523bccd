"""Marks the words of a text that match a search, using the same analysis as the search."""

import re
import unicodedata
from collections.abc import Set

from django.utils.html import escape
from django.utils.safestring import SafeString, mark_safe

from search.analysis import word_terms

WORD = re.compile(r"\w+", re.UNICODE)
PROBE_LENGTH = 3


def highlight(text: str | None, query_terms: Set[str], language: str) -> SafeString:
    """HTML-escaped text with <mark> around words sharing a term with the query."""
    text = unicodedata.normalize("NFC", text or "")
    if not query_terms:
        return escape(text)
    # Analysing every word of every lead would cost a morphological analysis per unseen
    # word; a word that contains none of the query terms' first letters cannot match.
    probes = {term[:PROBE_LENGTH] for term in query_terms}
    out: list[str] = []
    position = 0
    for match in WORD.finditer(text):
        word = match.group(0).lower()
        if not any(probe in word for probe in probes):
            continue
        terms = {term.text for term in word_terms(word, language)}
        if terms & query_terms:
            out.append(escape(text[position : match.start()]))
            out.append(f"<mark>{escape(match.group(0))}</mark>")
            position = match.end()
    out.append(escape(text[position:]))
    return mark_safe("".join(out))  # noqa: S308 - every piece above is escaped
