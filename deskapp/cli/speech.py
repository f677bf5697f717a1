"""What the command line says, in the operator's language.

``DESKAPP_LANGUAGE`` (it, fr, en) first; then, once the operator has logged in, their
own language (chosen in Settings), else their desk's; before a login, or where neither
says, the system's (``LC_ALL``, ``LC_MESSAGES``, ``LANG``). The words come from the
same ``.ts`` files as the window's, read without Qt (deskapp.i18n.Catalogue):
messages in the "Cli" context, errors in "Error", field names in "Field".
"""

from __future__ import annotations

import argparse
import os
from collections.abc import Iterator
from contextlib import contextmanager
from typing import Any

from deskapp.errors import DeskappError
from deskapp.i18n import (
    LANGUAGE_ENV,
    QT_TRANSLATE_NOOP,
    SPOKEN,
    catalogue,
    env_language,
    reading_language,
)

__all__ = [
    "LANGUAGE_ENV",
    "SPOKEN",
    "Speech",
    "argparse_speaking",
    "speech_before_login",
    "speech_for_operator",
]


def chosen_language() -> str | None:
    """The language DESKAPP_LANGUAGE chooses, if it names one deskapp speaks."""
    return env_language()


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

    def words(self, source: str) -> str:
        """A "Cli" text as it stands, without filling placeholders (argparse's own
        "%(prog)s" are filled by argparse)."""
        return self._words.text("Cli", source)

    def count(self, one: str, many: str, n: int, **params: Any) -> str:
        """One of two messages by the number ``n`` (given to them as ``{n}``): the .ts
        files hold marked strings without Qt's plural forms, so each form is a message."""
        return self(one if n == 1 else many, n=f"{n:,}", **params)

    def reason(self, reason: Any, context: str = "Error") -> str:
        """A sentence of a lower layer (a template with its parameters, or plain text);
        ``context``: where it is marked ("Check" for the lines of db check)."""
        template = getattr(reason, "template", reason)
        params = getattr(reason, "params", {})
        text = self._words.text(context, str(template))
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
    return Speech(reading_language(None, None, system_language()))


def speech_for_operator(own_language: str | None, desk_language: str | None) -> Speech:
    """After the login: DESKAPP_LANGUAGE, else the operator's own language, else their
    desk's, else the system's."""
    return Speech(reading_language(own_language, desk_language, system_language()))


def speech_for_desk(desk_language: str | None) -> Speech:
    """An operator who chose no language of their own: their desk's."""
    return speech_for_operator(None, desk_language)


# argparse's own words (it asks gettext for them), marked here so that the .ts files
# hold them in the "Cli" context beside the help texts.
ARGPARSE_WORDS = (
    QT_TRANSLATE_NOOP("Cli", "usage: "),
    QT_TRANSLATE_NOOP("Cli", "positional arguments"),
    QT_TRANSLATE_NOOP("Cli", "options"),
    QT_TRANSLATE_NOOP("Cli", "show this help message and exit"),
    QT_TRANSLATE_NOOP("Cli", "%(prog)s: error: %(message)s\n"),
    QT_TRANSLATE_NOOP("Cli", "the following arguments are required: %s"),
    QT_TRANSLATE_NOOP("Cli", "invalid choice: %(value)r (choose from %(choices)s)"),
    QT_TRANSLATE_NOOP("Cli", "unrecognized arguments: %s"),
    QT_TRANSLATE_NOOP("Cli", "argument %(argument_name)s: %(message)s"),
    QT_TRANSLATE_NOOP("Cli", "invalid %(type)s value: %(value)r"),
    QT_TRANSLATE_NOOP("Cli", "expected one argument"),
    QT_TRANSLATE_NOOP("Cli", "expected at least one argument"),
    QT_TRANSLATE_NOOP("Cli", "expected at most one argument"),
    QT_TRANSLATE_NOOP("Cli", "expected %s argument"),
    QT_TRANSLATE_NOOP("Cli", "expected %s arguments"),
    QT_TRANSLATE_NOOP("Cli", "not allowed with argument %s"),
    QT_TRANSLATE_NOOP("Cli", "one of the arguments %s is required"),
    QT_TRANSLATE_NOOP("Cli", "ambiguous option: %(option)s could match %(matches)s"),
    QT_TRANSLATE_NOOP("Cli", "can't open '%(filename)s': %(error)s"),
)


@contextmanager
def argparse_speaking(speech: Speech) -> Iterator[None]:
    """argparse takes its words ("usage:", "options", "the following arguments are
    required") from gettext through the names ``_`` and ``ngettext`` of its module: for
    the time of building and parsing the command line, they answer from ``speech``."""
    saved = argparse._, argparse.ngettext  # type: ignore[attr-defined]

    def plural(one: str, many: str, n: int) -> str:
        return speech.words(one if n == 1 else many)

    argparse._ = speech.words  # type: ignore[attr-defined]
    argparse.ngettext = plural  # type: ignore[attr-defined]
    try:
        yield
    finally:
        argparse._, argparse.ngettext = saved  # type: ignore[attr-defined]
