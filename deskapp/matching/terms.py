"""The words of a role or a skill, as matching compares them: each significant word
with its forms and trade synonyms, the same patterns as the skills search
(deskapp.services.skill_terms: "saldatore" finds "Saldatura TIG" and "soudeur").

Generic role words ("operatore", "addetto", "ouvrier", "technicien"...) are not
significant: they name a kind of post, not a trade, and an "Operatore socio-sanitario"
is no "Operatore agricolo". They are data beside the trade synonyms
(``resources/skills/generic.txt``), and win over them: a match needs a word of the
trade, or one of its synonyms, in common. Nor is a trade's pattern searched inside the
other text's generic words ("assisten", of the carers' trade, is not found in
"assistente di volo")."""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass, field
from functools import lru_cache

from deskapp.paths import resources_dir
from deskapp.services import skill_terms

# Words that say nothing at all, in the languages of the desks.
STOPWORDS = frozenset(
    """
    a al alla alle agli ai allo con da dal dalla dei del della delle degli di e ed
    il in la le lo gli nel nella per su sul sulla tra fra un una uno o od
    au aux avec ce ces dans de des du en et la le les leur ou par pour sur un une
    and at for from in of on or the to with
    """.split()
)
_WORD = re.compile(r"[^\W\d_]{3,}", re.UNICODE)


@lru_cache(maxsize=65536)
def plain(text: str) -> str:
    """Lower case without accents: how texts are compared with the patterns."""
    decomposed = unicodedata.normalize("NFKD", text.casefold())
    return "".join(c for c in decomposed if not unicodedata.combining(c))


@lru_cache(maxsize=1)
def generic_words() -> frozenset[str]:
    """The generic role words of every language, plain (``resources/skills/generic.txt``:
    a language code, then its words, on each line)."""
    path = resources_dir() / "skills" / "generic.txt"
    found: set[str] = set()
    for line in path.read_text(encoding="utf-8").splitlines():
        line = line.strip()
        if line and not line.startswith("#"):
            found.update(plain(word) for word in line.split()[1:])
    return frozenset(found)


def significant(word: str) -> bool:
    """Whether a word (lower case) may make a match on its own."""
    flat = plain(word)
    return word not in STOPWORDS and flat not in generic_words()


@dataclass(frozen=True)
class Term:
    word: str  # as written, lower case
    patterns: tuple[str, ...]  # its forms and synonyms, plain
    # The same as written (accents kept): what SQL's LIKE compares with stored text.
    written: tuple[str, ...] = ()
    # The patterns as one regular expression: one search of a text instead of one per
    # pattern (scoring tries each wanted word on each candidate's skills).
    finder: re.Pattern[str] | None = field(default=None, compare=False, repr=False)


@lru_cache(maxsize=4096)
def terms(text: str) -> tuple[Term, ...]:
    """The significant words of ``text`` (three letters or more, neither a stop word nor
    a generic role word), each once, with the substrings any one of which another text
    must hold to share it."""
    found: list[Term] = []
    seen: set[str] = set()
    for match in _WORD.finditer(text):
        word = match.group(0).casefold()
        if not significant(word) or plain(word) in seen:
            continue
        seen.add(plain(word))
        written = skill_terms.patterns(word)
        patterns = tuple(sorted({plain(p) for p in written}))
        found.append(
            Term(
                word,
                patterns,
                tuple(sorted(set(written) | set(patterns))),
                re.compile("|".join(re.escape(p) for p in patterns)),
            )
        )
    return tuple(found)


def names_no_trade(text: str) -> bool:
    """Whether ``text`` (a role's title and skills) has words, but only generic role
    words and stop words ("Operatore", "Addetto generico", "Ouvrier polyvalent"): it
    names no trade, so it can match nothing, and the reader is told to add one."""
    return bool(_WORD.search(text)) and not terms(text)


_ANY_WORD = re.compile(r"[^\W\d_]+", re.UNICODE)


@lru_cache(maxsize=65536)
def comparable(text: str) -> str:
    """The text as a wanted word is searched in it: ``plain``, its generic role words
    blanked out, so that no trade's pattern is found inside one ("assisten", of the
    carers' trade, in "assistente di volo"; "oper", of "operazioni", in "operatore")."""
    generic = generic_words()
    return _ANY_WORD.sub(lambda m: " " if m.group(0) in generic else m.group(0), plain(text))


def holds(text_plain: str, term: Term) -> bool:
    """Whether a text (already ``plain``) holds one of the term's patterns."""
    if term.finder is not None:
        return term.finder.search(text_plain) is not None
    return any(p in text_plain for p in term.patterns)


def shared(wanted: tuple[Term, ...], text: str) -> list[Term]:
    """The wanted terms ``text`` holds (outside its generic role words)."""
    flat = comparable(text)
    return [t for t in wanted if holds(flat, t)]


def all_patterns(found: tuple[Term, ...]) -> list[str]:
    """Every pattern of the terms as written and plain (for SQL), the shortest kept when
    one holds another."""
    minimal: list[str] = []
    for pattern in sorted({p for t in found for p in t.written}, key=len):
        if not any(shorter in pattern for shorter in minimal):
            minimal.append(pattern)
    return minimal
