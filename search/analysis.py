"""Language analysis: text → normalised search terms, the same for indexing and querying.

Finnish uses Voikko (pyvoikko, which ships its dictionary) for base forms and the parts
of compound words. Swedish and English use simplemma's lemma dictionaries for base forms
(ungdomar → ungdom, children → child) and Snowball stems; Swedish compounds are split into
words the dictionary knows (klientdelaktighetsgrupper → klient, delaktighet, grupp).
Words an analyser does not know (names, typos, new coinages) fall back to the word itself
and its Snowball stem, lower-cased with diacritics kept: ä, ö and å are letters in
Finnish and Swedish. A hyphenated word also counts as one word ("co-development" is
"codevelopment" too). The search backends only match terms and rank; no backend has
language logic.
"""

import re
import unicodedata
from dataclasses import dataclass
from functools import lru_cache
from types import ModuleType
from typing import Any

import simplemma
import snowballstemmer

WORD = re.compile(r"\w+", re.UNICODE)
HYPHENATED = re.compile(r"\w+(?:[-‐‑]\w+)+", re.UNICODE)
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
# Languages whose base forms come from simplemma's lemma dictionaries.
LEMMA_LANGUAGES = {"sv", "en"}
# Swedish compounds: at most this many parts; the shortest word worth splitting, and the
# shortest that the dictionary knows as a whole but is still split (ungdomsarbete).
MAX_PARTS, MIN_COMPOUND_LENGTH, MIN_KNOWN_COMPOUND_LENGTH = 3, 8, 10
# Swedish words of three letters are too often prefixes or endings (upp-, sam-, -het).
MIN_SWEDISH_PART = 4


@dataclass(frozen=True)
class Term:
    text: str
    kind: str


def words(text: str | None) -> list[str]:
    """The words of a text, NFC-normalised and lower-cased, over-long tokens dropped."""
    text = unicodedata.normalize("NFC", text or "")
    return [w.lower() for w in WORD.findall(text) if len(w) <= MAX_WORD_LENGTH]


def joined_words(text: str | None) -> list[str]:
    """Hyphenated words written as one ("co-development" → "codevelopment"), which a
    document contributes beside their parts, so that every spelling finds it."""
    text = unicodedata.normalize("NFC", text or "")
    joined = ("".join(WORD.findall(match)).lower() for match in HYPHENATED.findall(text))
    return [word for word in joined if len(word) <= MAX_WORD_LENGTH]


class UnsupportedLanguage(LookupError):
    """A language with no analyser: add it to SNOWBALL_LANGUAGES (system check search.E001)."""


def has_analyser(language: str) -> bool:
    return language in SNOWBALL_LANGUAGES


@lru_cache(maxsize=3)
def _stemmer(language: str) -> Any:  # a snowballstemmer stemmer (untyped)
    if not has_analyser(language):
        raise UnsupportedLanguage(f"No search analyser for the language {language!r}.")
    return snowballstemmer.stemmer(SNOWBALL_LANGUAGES[language])


@lru_cache(maxsize=1)
def _voikko() -> ModuleType:
    # Imported on first use: importing loads the Finnish transducer, about a second: once per
    # process and only when Finnish is analysed (warm_up() does it before workers fork)
    import pyvoikko  # noqa: PLC0415

    return pyvoikko


def warm_up() -> None:
    """Load the analysers now rather than in the first searches: the Finnish transducer
    (about a second) and simplemma's Swedish and English dictionaries (about 1.5 s)."""
    _voikko().analyse("osallisuus")
    for language in LEMMA_LANGUAGES:
        simplemma.is_known("a", lang=language)


def _finnish_analyses(word: str) -> list[Any]:  # pyvoikko's analyses
    try:
        return _voikko().analyse(word)
    except Exception:  # noqa: BLE001 - the analyser must never break indexing or search
        return []


def _finnish_terms(word: str) -> set[Term]:
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


def _lemma(word: str, language: str) -> str | None:
    """The dictionary's base form, or None for a word it does not know."""
    if not simplemma.is_known(word, lang=language):
        return None
    return simplemma.lemmatize(word, lang=language).lower()


def _known(word: str, language: str) -> bool:
    return len(word) >= MIN_SWEDISH_PART and simplemma.is_known(word, lang=language)


@lru_cache(maxsize=50_000)
def swedish_parts(word: str, depth: int = 1) -> tuple[str, ...] | None:
    """A Swedish compound the dictionary does not know, as words it does: the last part
    whole, the ones before it with or without the linking -s- ("ungdomsarbete" → ungdom,
    arbete). None when no split into known words exists."""
    if len(word) < MIN_COMPOUND_LENGTH or depth > MAX_PARTS - 1:
        return None
    # The longest known last part first: "klientdelaktighet" is klient + delaktighet,
    # not klient + delaktig + het.
    for cut in range(MIN_SWEDISH_PART, len(word) - MIN_SWEDISH_PART + 1):
        head, tail = word[:cut], word[cut:]
        if not _known(tail, "sv"):
            continue
        for stem in (head, head[:-1]) if head.endswith("s") else (head,):
            if _known(stem, "sv"):
                return (stem, tail)
            before = swedish_parts(stem, depth + 1)
            if before:
                return (*before, tail)
    return None


def _lexicon_terms(word: str, language: str) -> set[Term]:
    stemmer = _stemmer(language)
    terms = {Term(word, "word"), Term(stemmer.stemWord(word), "stem")}
    lemma = _lemma(word, language)
    if lemma:
        terms |= {Term(lemma, "base"), Term(stemmer.stemWord(lemma), "stem")}
    if language == "sv" and (not lemma or len(word) >= MIN_KNOWN_COMPOUND_LENGTH):
        for part in swedish_parts(word) or ():
            terms.add(Term(_lemma(part, "sv") or part, "part"))
    return terms


@lru_cache(maxsize=200_000)
def word_terms(word: str, language: str) -> frozenset[Term]:
    """Every term one (lower-case) word stands for in a document, with its kind."""
    if word.isdigit():
        return frozenset({Term(word, "word")})
    if language == "fi":
        return frozenset(_finnish_terms(word))
    if language in LEMMA_LANGUAGES:
        return frozenset(_lexicon_terms(word, language))
    return frozenset({Term(word, "word"), Term(_stemmer(language).stemWord(word), "stem")})


def compound_parts(word: str, language: str) -> tuple[frozenset[str], ...]:
    """A compound query word as its parts, each part as the terms that count as a match
    for it (Voikko's parts for Finnish, the dictionary's split for Swedish); () when the
    word is not a compound. Used when the whole word matches nothing."""
    if language == "fi":
        for analysis in _finnish_analyses(word):
            result = []
            for part in analysis.COMPOUND_PARTS or ():
                form = (part.FORM or "").lower()
                base = (part.BASEFORM or form).lower()
                if len(base) >= MIN_PART_LENGTH:
                    result.append(
                        (query_alternatives(form, "fi") if form else frozenset()) | {base}
                    )
            if len(result) >= 2:
                return tuple(result)
        return ()
    if language == "sv":
        return tuple(query_alternatives(part, "sv") for part in swedish_parts(word) or ())
    return ()


def query_alternatives(word: str, language: str) -> frozenset[str]:
    """Terms that count as a match for one query word: the word, its base forms and stem,
    but not its compound parts (a search for "vammaispalvelut" must not match "palvelu")."""
    return frozenset(t.text for t in word_terms(word, language) if t.kind != "part")


def analyse_query(query: str, language: str) -> list[frozenset[str]]:
    """One set of alternative terms per distinct query word, in order."""
    seen: set[str] = set()
    result: list[frozenset[str]] = []
    for word in words(query):
        if word not in seen:
            seen.add(word)
            result.append(query_alternatives(word, language))
    return result


def document_terms(text: str, language: str) -> dict[tuple[str, str], int]:
    """(term, kind) → occurrences, for one field of a document."""
    counts: dict[tuple[str, str], int] = {}
    for word in words(text) + joined_words(text):
        for term in word_terms(word, language):
            key = (term.text, term.kind)
            counts[key] = counts.get(key, 0) + 1
    return counts
