"""What a word typed in the skills search stands for: its word forms and its trade's
synonyms.

"saldatura" (welding) must find "Saldatore" (welder) and "Saldatrice TIG": a substring
search finds neither. Each typed word becomes a few patterns, searched as substrings:
- its Snowball stems, Italian and French ("saldatori" -> "saldator", which finds
  "Saldatore"): the stem is what the forms of a word share;
- the stems of the words of its trade's group in ``resources/skills/trades.txt``
  (saldatura, saldatore, soudure, welder...), data the desks can extend.
A pattern that contains another is dropped (the shorter finds all it would).
"""

from __future__ import annotations

import unicodedata
from functools import lru_cache

import snowballstemmer

from deskapp.paths import resources_dir

# Shorter stems match too much ("cuc" of "cucito", tailoring, is in "cucina"): the word
# itself is used instead. Words of a trade group need longer stems still ("sal" of
# "sales" is in "salumi"), since the operator never sees them.
MIN_STEM = 4
MIN_GROUP_STEM = 5
LANGUAGES = ("italian", "french")


@lru_cache(maxsize=2)
def _stemmer(language: str) -> snowballstemmer.Stemmer:
    return snowballstemmer.stemmer(language)


def _plain(word: str) -> str:
    """Lower case without accents, as stems are compared."""
    decomposed = unicodedata.normalize("NFKD", word.casefold())
    return "".join(c for c in decomposed if not unicodedata.combining(c))


def stems(word: str, shortest: int = MIN_STEM) -> set[str]:
    """The word's Italian and French stems, each cut to what it shares with the word
    (the French stemmer rewrites some endings and accents: "soudeuse" -> "soudeux"),
    or the word itself when that is too short."""
    lowered = word.casefold()
    found = set()
    for language in LANGUAGES:
        stem = _stemmer(language).stemWord(lowered)
        shared = 0
        while shared < min(len(stem), len(lowered)) and stem[shared] == lowered[shared]:
            shared += 1
        found.add(lowered[:shared] if shared >= shortest else lowered)
    return found


@lru_cache(maxsize=1)
def trade_groups() -> tuple[tuple[str, ...], ...]:
    """The synonym groups, each as its words (phrases keep their spaces)."""
    path = resources_dir() / "skills" / "trades.txt"
    groups = []
    for line in path.read_text(encoding="utf-8").splitlines():
        line = line.strip()
        if line and not line.startswith("#"):
            groups.append(tuple(w.replace("_", " ") for w in line.split()))
    return tuple(groups)


@lru_cache(maxsize=1)
def _groups_by_stem() -> dict[str, list[int]]:
    index: dict[str, list[int]] = {}
    for number, group in enumerate(trade_groups()):
        for word in group:
            if " " in word:
                continue
            for stem in stems(word) | {_plain(word)}:
                index.setdefault(_plain(stem), []).append(number)
    return index


def _word_patterns(word: str) -> set[str]:
    """Substring patterns for one word of a group: its stems, or a phrase as it is."""
    return {word} if " " in word else stems(word, MIN_GROUP_STEM)


@lru_cache(maxsize=512)
def patterns(term: str) -> tuple[str, ...]:
    """The substrings any one of which a skill must hold to match the typed ``term``."""
    found = stems(term) | {term.casefold()}
    groups = {n for stem in found for n in _groups_by_stem().get(_plain(stem), [])}
    for number in sorted(groups):
        for word in trade_groups()[number]:
            found |= _word_patterns(word)
    # "sald" finds all that "saldator" finds: keep the shortest of such pairs.
    kept = sorted(found, key=len)
    minimal: list[str] = []
    for pattern in kept:
        if not any(shorter in pattern for shorter in minimal):
            minimal.append(pattern)
    return tuple(sorted(minimal))
