"""The translation catalogues (resources/translations/deskapp_it.ts, deskapp_fr.ts):
complete, and every translation keeps what the program fills in or the screen draws.

A translation that loses "{name}" leaves a sentence without its name (or, for
str.format, a KeyError the code falls back on in English); one that loses "<b>" or
"%1" shows the wrong thing. Read without Qt, as the documents read them."""

from __future__ import annotations

import re
import xml.etree.ElementTree as ET
from collections import Counter
from dataclasses import dataclass

import pytest

from deskapp.paths import resources_dir

LANGUAGES = ("it", "fr")

# What the code fills in: {name} (str.format), %1..%9 and %n/%Ln (Qt), %(name)s and %s
# (argparse's own messages, deskapp.cli.speech).
_FORMAT = re.compile(r"\{[A-Za-z_][A-Za-z0-9_]*(?:![rsa])?(?::[^{}]*)?\}")
_QT_ARG = re.compile(r"%L?[1-9]")
_QT_COUNT = re.compile(r"%L?n")
_PRINTF = re.compile(r"%\([A-Za-z_]+\)[sdr]|%[sdr]")
_TAG = re.compile(r"</?([A-Za-z][A-Za-z0-9]*)\b[^<>]*/?>")


@dataclass(frozen=True)
class Message:
    context: str
    source: str
    forms: tuple[str, ...]  # one translation, or the plural forms
    numerus: bool
    state: str | None  # "unfinished", "vanished", "obsolete" or None

    def where(self) -> str:
        return f"[{self.context}] {self.source!r}"


def _messages(language: str) -> list[Message]:
    path = resources_dir() / "translations" / f"deskapp_{language}.ts"
    found = []
    for context in ET.parse(path).getroot().iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            translation = message.find("translation")
            numerus = message.get("numerus") == "yes"
            if translation is None:
                forms: tuple[str, ...] = ()
                state = "unfinished"
            else:
                state = translation.get("type")
                if numerus:
                    forms = tuple(f.text or "" for f in translation.iter("numerusform"))
                else:
                    forms = (translation.text or "",)
            found.append(Message(name, message.findtext("source") or "", forms, numerus, state))
    return found


CATALOGUES = {language: _messages(language) for language in LANGUAGES}


def _live(language: str) -> list[Message]:
    return [m for m in CATALOGUES[language] if m.state not in ("vanished", "obsolete")]


def _placeholders(text: str) -> Counter[str]:
    found: Counter[str] = Counter()
    found.update(_FORMAT.findall(text))
    found.update(p.replace("%L", "%") for p in _QT_ARG.findall(text))
    found.update(_PRINTF.findall(text))
    return found


def _tags(text: str) -> Counter[str]:
    return Counter(tag.lower() for tag in _TAG.findall(text))


@pytest.mark.parametrize("language", LANGUAGES)
def test_every_message_is_translated(language):
    unfinished = [m.where() for m in _live(language) if m.state == "unfinished"]
    empty = [m.where() for m in _live(language) if m.state != "unfinished" and not all(m.forms)]
    assert not unfinished, f"{len(unfinished)} unfinished in {language}: {unfinished[:20]}"
    assert not empty, f"{len(empty)} empty in {language}: {empty[:20]}"


@pytest.mark.parametrize("language", LANGUAGES)
def test_plural_forms_are_filled(language):
    """Italian and French have two forms (one for 0 and 1, one from 2 on)."""
    short = [
        f"{m.where()}: {len(m.forms)} form(s)"
        for m in _live(language)
        if m.numerus and m.state != "unfinished" and len(m.forms) < 2
    ]
    assert not short, short[:20]


@pytest.mark.parametrize("language", LANGUAGES)
def test_translations_keep_the_placeholders(language):
    broken = []
    for m in _live(language):
        if m.state == "unfinished":
            continue
        wanted = _placeholders(m.source)
        for form in m.forms:
            have = _placeholders(form)
            if _QT_COUNT.search(m.source):
                # A plural form may say "one" in words instead of %n; no other loss. (A
                # plural whose source shows no count, "bundle(s) %1", has none to lose.)
                counted = bool(_QT_COUNT.search(form))
                if not counted and not (m.numerus and form is m.forms[0]):
                    broken.append(f"{m.where()} -> {form!r}: %n lost")
            if set(have) != set(wanted):
                broken.append(f"{m.where()} -> {form!r}: {sorted(wanted)} != {sorted(have)}")
    assert not broken, f"{len(broken)} in {language}:\n" + "\n".join(broken[:30])


@pytest.mark.parametrize("language", LANGUAGES)
def test_translations_keep_the_rich_text_tags(language):
    broken = []
    for m in _live(language):
        if m.state == "unfinished":
            continue
        wanted = _tags(m.source)
        broken += [
            f"{m.where()} -> {form!r}: {dict(wanted)} != {dict(_tags(form))}"
            for form in m.forms
            if _tags(form) != wanted
        ]
    assert not broken, f"{len(broken)} in {language}:\n" + "\n".join(broken[:30])


def test_the_checks_see_what_they_are_for():
    """The patterns find each kind of placeholder and tag (a check that matched nothing
    would pass on any catalogue)."""
    assert _placeholders("{name} has %1 of %n, %(prog)s: %s") == Counter(
        {"{name}": 1, "%1": 1, "%(prog)s": 1, "%s": 1}
    )
    assert _placeholders("{count:,} and %L2") == Counter({"{count:,}": 1, "%2": 1})
    assert _tags("<b>Bold</b><br/><a href='x'>link</a>") == Counter({"b": 2, "br": 1, "a": 2})
    assert _placeholders("51% of the capital") == Counter()


# French sets a no-break space before : ; ! ? » and after «, so a line never begins with
# the mark ("Antenne : Marseille", « Accueil »). U+00A0 rather than the narrow U+202F: the
# same catalogue speaks on the command line, and a Windows console in cp850 lacks U+202F.
# Not a mark named in brackets ("(;)") nor "10:30", "{a}:{b}" or a URL.
_FRENCH_HIGH_MARK = re.compile(
    r"(?<=[^\s\u00a0\u202f(])[ \u202f]?([;:!?»])(?=$|[\s)»\"'.,\u00a0\u202f])"
)
_FRENCH_OPENING_QUOTE = re.compile(r"«(?=[ \u202f]?\S)(?!\u00a0)")


def test_french_spaces_before_high_punctuation():
    wrong = [
        f"{m.where()}: {form!r}"
        for m in _messages("fr")
        if m.state not in ("vanished", "obsolete")
        for form in m.forms
        if any(
            match.group(0) != "\u00a0" + match.group(1)
            for match in _FRENCH_HIGH_MARK.finditer(form)
        )
        or _FRENCH_OPENING_QUOTE.search(form)
    ]
    assert not wrong, f"{len(wrong)} French translations lack a no-break space: {wrong[:5]}"
