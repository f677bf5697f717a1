"""What the command line says, in the operator's language.

The acting operator's desk's language once they have logged in, Italian or French;
``DESKAPP_LANGUAGE`` (it, fr, en) chooses another; before a login, or where no desk
says, the system's (``LC_ALL``, ``LC_MESSAGES``, ``LANG``). The words come from the
same ``.ts`` files as the window's, read without Qt (deskapp.i18n.Catalogue):
messages in the "Cli" context, errors in "Error", field names in "Field".
"""

from __future__ import annotations

import os
from typing import Any

from deskapp.errors import DeskappError
from deskapp.i18n import catalogue

LANGUAGE_ENV = "DESKAPP_LANGUAGE"
SPOKEN = ("it", "fr", "en")


def chosen_language() -> str | None:
    """The language DESKAPP_LANGUAGE chooses, if it names one deskapp speaks."""
    value = os.environ.get(LANGUAGE_ENV, "").strip().lower()[:2]
    return value if value in SPOKEN else None


def system_language() -> str:
    for variable in ("LC_ALL", "LC_MESSAGES", "LANG"):
        value = os.environ.get(variable, "")
        if value:
            code = value[:2].lower()
            return code if code in SPOKEN else "en"
    return "en"


class Speech:
    """Messages of the command line in one language."""

    def __init__(self, language: str) -> None:
        self.language = language
        self._words = catalogue(language)

    def __call__(self, template: str, **params: Any) -> str:
        text = self._words.text("Cli", template)
        try:
            return text.format(**params)
        except (KeyError, IndexError):  # a translation with a broken placeholder
            return template.format(**params)

    def count(self, one: str, many: str, n: int, **params: Any) -> str:
        """One of two messages by the number ``n`` (given to them as ``{n}``): the .ts
        files hold marked strings without Qt's plural forms, so each form is a message."""
        return self(one if n == 1 else many, n=f"{n:,}", **params)

    def reason(self, reason: Any) -> str:
        """A sentence of a lower layer (a template with its parameters, or plain text)."""
        template = getattr(reason, "template", reason)
        params = getattr(reason, "params", {})
        text = self._words.text("Error", str(template))
        try:
            return text.format(**params) if params else text
        except (KeyError, IndexError):
            return str(reason)

    def field(self, label: str) -> str:
        return " - ".join(self._words.text("Field", part) for part in label.split(" - "))

    def error(self, error: DeskappError) -> str:
        """An error as one line (or one line a field), as the window says it."""
        errors = getattr(error, "errors", None)
        if errors:
            return "; ".join(
                f"{self.field(e.label)}: {self.reason(e)}" if e.label else self.reason(e)
                for e in errors
            )
        text = self.reason(error)
        reasons = getattr(error, "reasons", None)
        if reasons:
            text += " " + " ".join(self.reason(r) for r in reasons)
        return text


def speech_before_login() -> Speech:
    return Speech(chosen_language() or system_language())


def speech_for_desk(desk_language: str | None) -> Speech:
    """After the login: the desk's language, unless DESKAPP_LANGUAGE says another."""
    chosen = chosen_language()
    if chosen:
        return Speech(chosen)
    if desk_language in SPOKEN:
        return Speech(str(desk_language))
    return speech_before_login()
