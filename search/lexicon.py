"""The index's own vocabulary per language, in memory: which terms exist, and the closest
existing words to a word that matches nothing (typo correction).

Indexing stores every term a page has in SearchTerm rows (search/models.py). Each process
keeps them in memory, with a symmetric-delete speller (symspellpy) over the words and base
forms, and reads only the rows added since it last looked when the index's token changes
(search.models.IndexState), so a search normally costs no query here. When the rows it has
read no longer add up to what the table holds (the index was rebuilt, or a transaction that
added terms was rolled back), it reads them all again.
"""

import bisect
import threading
from dataclasses import dataclass, field
from datetime import datetime

from symspellpy import SymSpell, Verbosity

from search.analysis import query_alternatives, words
from search.models import SearchTerm, SynonymGroup

# Edit distance allowed for a word of this many letters (transpositions count as one);
# shorter words are not corrected: too many words are one letter apart.
MIN_CORRECTED_LENGTH = 4
LONG_WORD = 8  # letters from which two edits are allowed
PREFIX_LENGTH = 7  # symspellpy's index prefix: bounds its memory for long words


def allowed_distance(word: str) -> int:
    if len(word) < MIN_CORRECTED_LENGTH:
        return 0
    return 2 if len(word) >= LONG_WORD else 1


@dataclass
class LanguageLexicon:
    known: set[str] = field(default_factory=set)
    words: set[str] = field(default_factory=set)  # the correctable terms
    speller: SymSpell = field(
        default_factory=lambda: SymSpell(
            max_dictionary_edit_distance=2, prefix_length=PREFIX_LENGTH
        )
    )
    # Synonym groups: each the terms of all its members.
    synonyms: list[frozenset[str]] = field(default_factory=list)
    _sorted_words: list[str] | None = None

    def add(self, text: str, correctable: bool) -> None:
        self.known.add(text)
        if correctable and text not in self.words:
            self.words.add(text)
            self._sorted_words = None
            if len(text) >= MIN_CORRECTED_LENGTH:
                self.speller.create_dictionary_entry(text, 1)

    def starting_with(self, prefix: str, limit: int) -> list[str]:
        """Up to `limit` words that start with `prefix` and are longer."""
        if self._sorted_words is None:
            self._sorted_words = sorted(self.words)
        found = []
        start = bisect.bisect_right(self._sorted_words, prefix)
        for word in self._sorted_words[start : start + limit]:
            if not word.startswith(prefix):
                break
            found.append(word)
        return found

    def closest(self, word: str) -> list[str]:
        """The existing words nearest to `word` within its allowed distance, nearest
        first (alphabetical among equals); [] when none is near enough."""
        distance = allowed_distance(word)
        if not distance:
            return []
        found = self.speller.lookup(word, Verbosity.CLOSEST, max_edit_distance=distance)
        return sorted(suggestion.term for suggestion in found if suggestion.term != word)


@dataclass
class Lexicon:
    version: int = -1
    read_until: datetime | None = None  # the newest `added` of the rows read
    rows: set[tuple[str, str, bool]] = field(default_factory=set)  # the rows read
    languages: dict[str, LanguageLexicon] = field(default_factory=dict)

    def of(self, language: str) -> LanguageLexicon:
        return self.languages.setdefault(language, LanguageLexicon())

    def knows_any(self, language: str, terms: frozenset[str]) -> bool:
        known = self.of(language).known
        return any(term in known for term in terms)

    def starting_with(self, language: str, word: str, min_length: int, limit: int) -> list[str]:
        return self.of(language).starting_with(word, limit) if len(word) >= min_length else []

    def with_synonyms(self, language: str, terms: frozenset[str]) -> frozenset[str]:
        """The terms and those of every synonym group that shares one with them."""
        extended = terms
        for group in self.of(language).synonyms:
            if group & terms:
                extended |= group
        return extended

    def _load_synonyms(self, groups: list[tuple[str, str]]) -> None:
        for lexicon in self.languages.values():
            lexicon.synonyms = []
        for language, text in groups:
            members = [member for member in text.split(",") if member.strip()]
            terms = frozenset(
                term
                for member in members
                for word in words(member)
                for term in query_alternatives(word, language)
            )
            if len(members) > 1:
                self.of(language).synonyms.append(terms)

    def _load(self, rows: list[tuple[str, str, bool, datetime]]) -> None:
        for language, text, correctable, added in rows:
            self.of(language).add(text, correctable)
            self.rows.add((language, text, correctable))
            if self.read_until is None or added > self.read_until:
                self.read_until = added


_lock = threading.Lock()
_current = Lexicon()


def current_lexicon(version: int) -> Lexicon:
    """The lexicon as of the index's token `version` (the one the facet index read): no
    query while it is unchanged, three when the index changed."""
    global _current
    if _current.version == version:
        return _current
    with _lock:
        if _current.version != version:
            _current = _refreshed(_current, version)
    return _current


def _refreshed(lexicon: Lexicon, version: int) -> Lexicon:
    lexicon._load(_rows_since(lexicon.read_until))
    if len(lexicon.rows) != SearchTerm.objects.count():
        # Rows were removed (a rebuild, a rolled-back transaction): read them all again.
        lexicon = Lexicon()
        lexicon._load(_rows_since(None))
    groups = SynonymGroup.objects.values_list("locale__language_code", "words")
    lexicon._load_synonyms(list(groups))
    lexicon.version = version
    return lexicon


def _rows_since(moment: datetime | None) -> list[tuple[str, str, bool, datetime]]:
    """The rows added at or after `moment` (at: a row of the same instant may have come
    later), or every row."""
    rows = (
        SearchTerm.objects.all() if moment is None else SearchTerm.objects.filter(added__gte=moment)
    )
    return list(rows.values_list("language", "text", "correctable", "added"))
