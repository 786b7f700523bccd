"""From what a reader typed to the terms a text index matches: the forgiving part of search.

Each query word is analysed in the catalogue's language (search/analysis.py). A word that
some indexed page has is searched as it is, with its synonyms (search.models.SynonymGroup).
A word that no page has is, in this order:
1. a compound matched through its parts, every part required ("lähiöbudjetointi");
2. the start of longer words that exist ("budget" → budgeten, budgetering);
3. a typo, matched to the closest words that exist (search/lexicon.py), which the page
   then names ("showing results for …") with a link to search the words exactly;
4. otherwise searched as it is, and finds nothing.
The same analysis serves every backend, so all answer alike.
"""

from dataclasses import dataclass, field

from search.analysis import compound_parts, query_alternatives, words
from search.lexicon import Lexicon

# A word must have this many letters before longer words starting with it count.
MIN_PREFIX_LENGTH = 5
MAX_PREFIX_TERMS = 50


@dataclass
class AnalysedQuery:
    words: list[frozenset[str]] = field(default_factory=list)
    corrections: dict[str, str] = field(default_factory=dict)  # typed word → searched word

    @property
    def terms(self) -> set[str]:
        return set().union(*self.words) if self.words else set()

    def corrected(self, query: str) -> str:
        """The query with each corrected word replaced ("" when nothing was corrected)."""
        if not self.corrections:
            return ""
        return " ".join(self.corrections.get(word, word) for word in words(query))


def analyse(
    query: str, language: str, lexicon: Lexicon, *, exact: bool = False, also: str = ""
) -> AnalysedQuery:
    """The query's words as sets of alternative terms. `also` adds each word's analysis in
    a second language (the reader's, for the untranslated models shown in their
    catalogue); `exact` searches the words as typed, without correction."""
    result = AnalysedQuery()
    for word in dict.fromkeys(words(query)):
        alternatives = lexicon.with_synonyms(language, query_alternatives(word, language))
        if also and also != language:
            alternatives |= lexicon.with_synonyms(also, query_alternatives(word, also))
        if exact or lexicon.knows_any(language, alternatives):
            result.words.append(alternatives)
            continue
        parts = compound_parts(word, language)
        if parts and all(lexicon.knows_any(language, part) for part in parts):
            result.words.extend(parts)
            continue
        longer = lexicon.starting_with(language, word, MIN_PREFIX_LENGTH, MAX_PREFIX_TERMS)
        if longer:
            result.words.append(alternatives | frozenset(longer))
            continue
        closest = lexicon.of(language).closest(word)
        if closest:
            result.corrections[word] = closest[0]
            corrected = frozenset().union(*(query_alternatives(c, language) for c in closest))
            result.words.append(lexicon.with_synonyms(language, corrected))
            continue
        result.words.append(alternatives)
    return result
