"""A translator holding just the messages a test names, whether or not the catalogue
(resources/translations) has them yet: the test states the French it relies on."""

from __future__ import annotations

from collections.abc import Iterator, Mapping
from contextlib import contextmanager

from PySide6.QtCore import QCoreApplication, QTranslator


class _TableTranslator(QTranslator):
    def __init__(self, table: Mapping[tuple[str, str], str]) -> None:
        super().__init__()
        self._table = dict(table)

    def translate(self, context, source, disambiguation=None, n=-1):  # noqa: ANN001
        return self._table.get((context, source), "")

    def isEmpty(self) -> bool:  # noqa: N802
        return False


@contextmanager
def translated(table: Mapping[tuple[str, str], str]) -> Iterator[None]:
    """Qt translates the (context, source) pairs of ``table`` while the block runs."""
    translator = _TableTranslator(table)
    QCoreApplication.installTranslator(translator)
    try:
        yield
    finally:
        QCoreApplication.removeTranslator(translator)
