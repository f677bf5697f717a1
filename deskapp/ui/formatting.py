"""Dates the way the operator's locale writes them."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QDate, QLocale


def format_date(value: dt.date | None, locale: QLocale | None = None) -> str:
    """22/11/2026: the locale's short format, always with a four-digit year."""
    if value is None:
        return ""
    locale = locale or QLocale()
    if locale.language() == QLocale.Language.C:  # no locale set (e.g. LANG=C)
        return value.strftime("%d/%m/%Y")
    pattern = locale.dateFormat(QLocale.FormatType.ShortFormat)
    if "yyyy" not in pattern:
        pattern = pattern.replace("yy", "yyyy")
    return locale.toString(QDate(value.year, value.month, value.day), pattern)
