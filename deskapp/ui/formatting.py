"""Dates the way the operator's locale writes them."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

from PySide6.QtCore import QCoreApplication, QDate, QLocale

from deskapp.i18n import MONEY


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


def format_datetime(value: dt.datetime | None, locale: QLocale | None = None) -> str:
    if value is None:
        return ""
    return f"{format_date(value.date(), locale)} {value:%H:%M}"


def format_money(value: Decimal | None, locale: QLocale | None = None) -> str:
    """EUR 12.345,60 in Italian, 12 345,60 EUR in French: two decimals, grouped, the
    currency where the language (the "Money" pattern) puts it."""
    if value is None:
        return ""
    pattern = QCoreApplication.translate("Money", MONEY)
    return pattern.replace("%1", format_amount(value, locale))


def format_amount(value: Decimal | None, locale: QLocale | None = None) -> str:
    """The amount alone, as the operator would type it back (12.345,60)."""
    if value is None:
        return ""
    locale = locale or QLocale()
    text = f"{value:,.2f}"  # exact from the Decimal, grouped from 1,000 on
    if locale.language() == QLocale.Language.C:
        return text
    # The locale's own signs (Italian 4.000,00, French 4 000,00). Qt's locale data
    # groups only from 10 000, but an invoice and a business plan write 4.000,00.
    group, point = locale.groupSeparator(), locale.decimalPoint()
    return text.replace(",", "\0").replace(".", point).replace("\0", group)
