"""Translation markers usable below the UI layer.

Models and services must not import Qt, yet their messages are shown to operators
in Italian or French. They mark strings with ``QT_TRANSLATE_NOOP(context, text)``,
which returns the English source text unchanged; ``pyside6-lupdate`` recognises the
name and extracts the string into the ``.ts`` files, and the UI translates it at
display time with ``QCoreApplication.translate(context, text)``.
"""

from __future__ import annotations


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:  # noqa: N802 - the name lupdate looks for
    return text


# Contexts used by marked strings, so the UI looks them up under the same name.
CTX_ENUM = "Enum"
CTX_FIELD = "Field"
CTX_ERROR = "Error"
