"""Translation markers usable below the UI layer.

Models and services must not import Qt, yet their messages are shown to operators
in Italian or French. They mark strings with ``QT_TRANSLATE_NOOP(context, text)``,
which returns the English source text unchanged; ``pyside6-lupdate`` recognises the
name and extracts the string into the ``.ts`` files, and the UI translates it at
display time with ``QCoreApplication.translate(context, text)``.
"""

from __future__ import annotations

import os
from functools import lru_cache


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:  # noqa: N802 - the name lupdate looks for
    return text


# The languages deskapp speaks, and the variable that chooses one over every setting
# (for tests, and an administrator who must read another language for a moment).
SPOKEN = ("it", "fr", "en")
LANGUAGE_ENV = "DESKAPP_LANGUAGE"


def env_language() -> str | None:
    """The language DESKAPP_LANGUAGE chooses, if it names one deskapp speaks."""
    value = os.environ.get(LANGUAGE_ENV, "").strip().lower()[:2]
    return value if value in SPOKEN else None


def reading_language(own: str | None, desk: str | None, system: str | None) -> str:
    """Which language an operator reads, the window and the command line alike:
    DESKAPP_LANGUAGE, else the operator's own setting, else their desk's, else the
    system's, else English."""
    for choice in (env_language(), own, desk, system):
        if choice in SPOKEN:
            return str(choice)
    return "en"


# Contexts used by marked strings, so the UI looks them up under the same name.
CTX_ENUM = "Enum"
CTX_FIELD = "Field"
CTX_ERROR = "Error"


class Catalogue:
    """The committed translations (``resources/translations/deskapp_LANG.ts``) read
    without Qt, for what is written outside the window: PDF documents in the desk's
    language, from the GUI or the command line alike. One source of translations for
    the screens and the papers; English (or a missing file) returns the source text."""

    def __init__(self, language: str) -> None:
        self.language = language
        self._messages: dict[tuple[str, str], str] = {}
        self._plurals: dict[tuple[str, str], list[str]] = {}
        if language != "en":
            self._load(language)

    def _load(self, language: str) -> None:
        import xml.etree.ElementTree as ET

        from deskapp.paths import resources_dir

        path = resources_dir() / "translations" / f"deskapp_{language}.ts"
        if not path.exists():
            return
        for context in ET.parse(path).getroot().iter("context"):
            name = context.findtext("name") or ""
            for message in context.iter("message"):
                source = message.findtext("source") or ""
                translation = message.find("translation")
                if translation is None or translation.get("type") in ("unfinished", "vanished"):
                    continue
                forms = [f.text or "" for f in translation.iter("numerusform")]
                if forms:
                    self._plurals[(name, source)] = forms
                elif translation.text:
                    self._messages[(name, source)] = translation.text

    def text(self, context: str, source: str) -> str:
        return self._messages.get((context, source), source)

    def plural(self, context: str, source: str, n: int) -> str:
        """A "%n"/"%Ln" message with its plural form (Italian and French: one form for
        0 and 1, another from 2 on)."""
        forms = self._plurals.get((context, source))
        chosen = source if not forms else forms[0 if n <= 1 or len(forms) == 1 else 1]
        return chosen.replace("%Ln", str(n)).replace("%n", str(n))


@lru_cache(maxsize=4)
def catalogue(language: str) -> Catalogue:
    """The catalogue of ``language``, read once per process."""
    return Catalogue(language)
