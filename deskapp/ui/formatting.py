"""Dates and money the way the operator's locale writes them."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

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


def format_money(value: Decimal | None, locale: QLocale | None = None) -> str:
    """EUR with two decimals and the locale's thousands separator: € 12.345,50."""
    if value is None:
        return ""
    locale = locale or QLocale()
    return locale.toCurrencyString(float(value), "€", 2)
