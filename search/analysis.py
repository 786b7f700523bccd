"""Language analysis: text → normalised search terms, the same for indexing and querying.

Finnish uses Voikko (pyvoikko, which ships its dictionary) for base forms and the parts
of compound words; Swedish and English use Snowball stemmers. Words an analyser does
not know (names, typos, new coinages) fall back to the word itself and its Snowball
stem, lower-cased with diacritics kept: ä, ö and å are letters in Finnish and Swedish.
The search backends only match terms and rank; no backend has language logic.
"""

import re
import unicodedata
from dataclasses import dataclass
from functools import lru_cache

import snowballstemmer

WORD = re.compile(r"\w+", re.UNICODE)
MAX_WORD_LENGTH = 60
# Every language the site analyses: Finnish with Voikko (Snowball for the words Voikko does
# not know), the others with Snowball. A configured language missing here is a system check
# error (search.E001, search/checks.py), never a silent fallback to another language.
SNOWBALL_LANGUAGES = {"fi": "finnish", "sv": "swedish", "en": "english"}
# How much a term of each kind counts when it matches: the word itself and its base
# form rank above a stem, and both above a part of a compound word.
KIND_WEIGHTS = {"word": 1.0, "base": 1.0, "stem": 0.7, "part": 0.4}
# Compound parts shorter than this are too ambiguous to search by ("työ" is fine at 3,
# but letters such as "s" left by a split are not).
MIN_PART_LENGTH = 3


@dataclass(frozen=True)
class Term:
    text: str
    kind: str


def words(text):
    """The words of a text, NFC-normalised and lower-cased, over-long tokens dropped."""
    text = unicodedata.normalize("NFC", text or "")
    return [w.lower() for w in WORD.findall(text) if len(w) <= MAX_WORD_LENGTH]


class UnsupportedLanguage(LookupError):
    """A language with no analyser: add it to SNOWBALL_LANGUAGES (system check search.E001)."""


def has_analyser(language):
    return language in SNOWBALL_LANGUAGES


@lru_cache(maxsize=3)
def _stemmer(language):
    if not has_analyser(language):
        raise UnsupportedLanguage(f"No search analyser for the language {language!r}.")
    return snowballstemmer.stemmer(SNOWBALL_LANGUAGES[language])


@lru_cache(maxsize=1)
def _voikko():
    # Imported on first use: importing loads the Finnish transducer, about a second: once per
    # process and only when Finnish is analysed (warm_up() does it before workers fork)
    import pyvoikko  # noqa: PLC0415

    return pyvoikko


def warm_up():
    """Load the Finnish analyser now rather than in the first search (about a second)."""
    _voikko().analyse("osallisuus")


def _finnish_analyses(word):
    try:
        return _voikko().analyse(word)
    except Exception:  # noqa: BLE001 - the analyser must never break indexing or search
        return []


def _finnish_terms(word):
    analyses = _finnish_analyses(word)
    if not analyses:
        return {Term(word, "word"), Term(_stemmer("fi").stemWord(word), "stem")}
    terms = {Term(word, "word")}
    for analysis in analyses:
        base = (analysis.BASEFORM or word).lower()
        terms.add(Term(base, "base"))
        for part in analysis.COMPOUND_PARTS or ():
            part_base = (part.BASEFORM or part.FORM or "").lower()
            if len(part_base) >= MIN_PART_LENGTH and part_base != base:
                terms.add(Term(part_base, "part"))
    return terms


@lru_cache(maxsize=200_000)
def word_terms(word, language):
    """Every term one (lower-case) word stands for in a document, with its kind."""
    if word.isdigit():
        return frozenset({Term(word, "word")})
    if language == "fi":
        return frozenset(_finnish_terms(word))
    return frozenset({Term(word, "word"), Term(_stemmer(language).stemWord(word), "stem")})


def query_alternatives(word, language):
    """Terms that count as a match for one query word: the word, its base forms and stem,
    but not its compound parts (a search for "vammaispalvelut" must not match "palvelu")."""
    return frozenset(t.text for t in word_terms(word, language) if t.kind != "part")


def analyse_query(query, language):
    """One set of alternative terms per distinct query word, in order."""
    seen, result = set(), []
    for word in words(query):
        if word not in seen:
            seen.add(word)
            result.append(query_alternatives(word, language))
    return result


def document_terms(text, language):
    """(term, kind) → occurrences, for one field of a document."""
    counts = {}
    for word in words(text):
        for term in word_terms(word, language):
            key = (term.text, term.kind)
            counts[key] = counts.get(key, 0) + 1
    return counts
