"""Values written the way the desk's language writes them, for the PDF documents."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

from pydantic import BaseModel

from deskapp.i18n import Catalogue
from deskapp.models.enums import LabelledEnum


class Words:
    """Translate and format for one document: labels, enum values, dates, money."""

    def __init__(self, cat: Catalogue) -> None:
        self.cat = cat

    def tr(self, text: str) -> str:
        return self.cat.text("Report", text)

    def field(self, schema: type[BaseModel], name: str) -> str:
        return self.cat.text("Field", schema.model_fields[name].title or name)

    def label(self, text: str) -> str:
        return self.cat.text("Field", text)

    def enum(self, member: LabelledEnum | None) -> str:
        return "" if member is None else self.cat.text("Enum", member.label)

    def yes_no(self, value: bool) -> str:
        return self.cat.text("FieldForm", "Yes" if value else "No")

    @staticmethod
    def date(value: dt.date | None) -> str:
        return "" if value is None else value.strftime("%d/%m/%Y")

    @staticmethod
    def moment(value: dt.datetime | None) -> str:
        return "" if value is None else value.strftime("%d/%m/%Y %H:%M")

    def _local(self, text: str) -> str:
        """Swap Python's 1,234.5 signs for the language's: 1.234,5 or 1 234,5."""
        # French groups with a space: the no-break space, which the PDF's standard fonts
        # have (the narrow one, U+202F, prints as a black box in Helvetica).
        group = {"it": ".", "fr": "\u00a0"}.get(self.cat.language)
        if group is None:
            return text
        return text.replace(",", "\0").replace(".", ",").replace("\0", group)

    def number(self, value: int) -> str:
        return self._local(f"{value:,}")

    def amount(self, value: Decimal) -> str:
        """Two decimals, grouped: hours and euros."""
        return self._local(f"{value:,.2f}")

    def money(self, value: Decimal | None) -> str:
        """EUR 4.000,00 in Italian, 4 000,00 EUR in French, EUR 4,000.00 in English."""
        if value is None:
            return ""
        return self.cat.money(self.amount(value))

    def labelled(self, label: str, text: str) -> str:
        """Label: text ("Label : text" in French)."""
        return self.cat.labelled(label, text)

    def numbered(self, number: object) -> str:
        """The file's number: "n. 432" in Italian, "n° 432" in French."""
        return self.cat.numbered(number)
