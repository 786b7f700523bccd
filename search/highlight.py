"""Marks the words of a text that match a search, using the same analysis as the search."""

import re
import unicodedata

from django.utils.html import escape
from django.utils.safestring import mark_safe

from search.analysis import word_terms

WORD = re.compile(r"\w+", re.UNICODE)


def highlight(text, query_terms, language):
    """HTML-escaped text with <mark> around words sharing a term with the query."""
    text = unicodedata.normalize("NFC", text or "")
    if not query_terms:
        return escape(text)
    out, position = [], 0
    for match in WORD.finditer(text):
        terms = {term.text for term in word_terms(match.group(0).lower(), language)}
        if terms & query_terms:
            out.append(escape(text[position : match.start()]))
            out.append(f"<mark>{escape(match.group(0))}</mark>")
            position = match.end()
    out.append(escape(text[position:]))
    return mark_safe("".join(out))  # noqa: S308 - every piece above is escaped
