"""Reusable pydantic field types, and the translation of pydantic errors into FieldErrors.

Every input, from the GUI, the command line or an import file, goes through a
schema built from these types, so the same words reach the operator everywhere.
"""

from __future__ import annotations

import datetime as dt
import re
import unicodedata
from decimal import Decimal, InvalidOperation
from typing import Annotated, Any, TypeVar, get_args, get_origin

from pydantic import (
    AfterValidator,
    BaseModel,
    BeforeValidator,
    StringConstraints,
    ValidationError,
)
from pydantic_core import PydanticCustomError

from deskapp.errors import FieldError, ValidationFailed
from deskapp.i18n import QT_TRANSLATE_NOOP
from deskapp.models.enums import LabelledEnum

ERROR_TYPE = "deskapp"


def field_error(template: str, **params: Any) -> PydanticCustomError:
    """An error raised inside a validator; the template is kept for translation."""
    return PydanticCustomError(ERROR_TYPE, template, {"template": template, **params})


def parse_date(value: Any) -> Any:
    """Accept a date, an ISO date (2026-11-22) or the Italian/French way (22/11/2026)."""
    if value is None or isinstance(value, dt.date) and not isinstance(value, dt.datetime):
        return value
    if isinstance(value, dt.datetime):
        return value.date()
    if isinstance(value, str):
        text = value.strip()
        if not text:
            return None
        if len(text) == 10 and text[4] == "-":
            try:
                return dt.date.fromisoformat(text)  # the common case, 50x faster than strptime
            except ValueError:
                pass
        for fmt in ("%Y-%m-%d", "%d/%m/%Y", "%d.%m.%Y", "%d-%m-%Y", "%Y-%m-%d %H:%M:%S"):
            try:
                return dt.datetime.strptime(text, fmt).date()
            except ValueError:
                continue
    raise field_error(QT_TRANSLATE_NOOP("Error", "is not a valid date; write it as DD/MM/YYYY"))


def parse_money(value: Any) -> Any:
    """Accept 1234.5, "1234,50", "1.234,50" (Italian), "1 234,50" (French), "EUR 1,234.50"."""
    if value is None or isinstance(value, Decimal):
        return value
    if isinstance(value, int | float):
        return Decimal(str(value))
    text = str(value).replace("€", "").replace("EUR", "")
    for space in ("\u00a0", "\u202f", " "):  # French groups with (no-break) spaces
        text = text.replace(space, "")
    if not text:
        return None
    if "," in text and "." in text:
        if text.rfind(",") > text.rfind("."):
            text = text.replace(".", "").replace(",", ".")
        else:
            text = text.replace(",", "")
    elif "," in text:
        text = text.replace(",", ".")
    try:
        return Decimal(text)
    except InvalidOperation:
        raise field_error(
            QT_TRANSLATE_NOOP("Error", "is not an amount of money; write it like 1234,50")
        ) from None


def parse_enum_value(enum_cls: type[LabelledEnum], value: Any) -> Any:
    """An enum member for its value or English label; blank -> None; anything else is
    returned unchanged so pydantic reports it against its field."""
    if isinstance(value, str):
        if not value.strip():
            return None
        try:
            return enum_cls.parse(value)
        except ValueError:
            return value
    return value


# Characters no text field may hold: C0 controls (tab and line feed are judged by the
# field), DEL, C1 controls, and the bidirectional embeddings, overrides and isolates,
# which reorder what is shown ("Trojan source") without being seen themselves.
_INVISIBLE = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f\u202a-\u202e\u2066-\u2069]")
_LINE_BREAK_OR_TAB = re.compile("[\t\n\r]")
INVISIBLE_CHARACTER = QT_TRANSLATE_NOOP("Error", "contains an invisible control character")
NOT_ONE_LINE = QT_TRANSLATE_NOOP("Error", "must be on one line, without line breaks or tabs")
LONGEST_TEXT = 10_000  # characters: the longest text field (notes)


def _composed(value: Any) -> Any:
    """NFC: an accented letter typed on a Mac or pasted from a PDF ("a" + combining
    grave) is stored as the single letter the desk's keyboard types ("à"), so searches
    and duplicate checks find it. Text far over every limit is left for the length check."""
    if isinstance(value, str) and len(value) <= 4 * LONGEST_TEXT:
        if "\r" in value:
            value = value.replace("\r\n", "\n").replace("\r", "\n")
        if not value.isascii() and not unicodedata.is_normalized("NFC", value):
            return unicodedata.normalize("NFC", value)
    return value


def _one_line(value: str) -> str:
    if _INVISIBLE.search(value):
        raise field_error(INVISIBLE_CHARACTER)
    if _LINE_BREAK_OR_TAB.search(value):
        raise field_error(NOT_ONE_LINE)
    return value


def _lines(value: str) -> str:
    """Notes may hold line breaks and tabs, and nothing else invisible."""
    if _INVISIBLE.search(value):
        raise field_error(INVISIBLE_CHARACTER)
    return value


def shown(value: object, limit: int = 40) -> str:
    """``value`` fit to quote in a message: invisible characters written as escapes
    (a terminal or a label would act on them), at most ``limit`` characters."""
    text = str(value)
    cut = len(text) > limit
    text = text[:limit]
    text = _INVISIBLE.sub(lambda m: ascii(m.group())[1:-1], text)
    text = _LINE_BREAK_OR_TAB.sub(lambda m: ascii(m.group())[1:-1], text)
    return text + "..." if cut else text


_COMPOSED = BeforeValidator(_composed)
_ONE_LINE = AfterValidator(_one_line)
_LINES = AfterValidator(_lines)

# Text fields: surrounding spaces are stripped by the schemas' configuration; the
# length is checked before the characters, so a huge cell is "too long" at once.
Text2 = Annotated[str, StringConstraints(max_length=2), _COMPOSED, _ONE_LINE]
Text10 = Annotated[str, StringConstraints(max_length=10), _COMPOSED, _ONE_LINE]
Text20 = Annotated[str, StringConstraints(max_length=20), _COMPOSED, _ONE_LINE]
Text40 = Annotated[str, StringConstraints(max_length=40), _COMPOSED, _ONE_LINE]
Text120 = Annotated[str, StringConstraints(max_length=120), _COMPOSED, _ONE_LINE]
Text254 = Annotated[str, StringConstraints(max_length=254), _COMPOSED, _ONE_LINE]
Text255 = Annotated[str, StringConstraints(max_length=255), _COMPOSED, _ONE_LINE]
LongText = Annotated[str, StringConstraints(max_length=LONGEST_TEXT), _COMPOSED, _LINES]
RequiredText40 = Annotated[
    str, StringConstraints(min_length=1, max_length=40), _COMPOSED, _ONE_LINE
]
RequiredText120 = Annotated[
    str, StringConstraints(min_length=1, max_length=120), _COMPOSED, _ONE_LINE
]
RequiredText255 = Annotated[
    str, StringConstraints(min_length=1, max_length=255), _COMPOSED, _ONE_LINE
]

DateIn = Annotated[dt.date, BeforeValidator(parse_date)]
OptionalDateIn = Annotated[dt.date | None, BeforeValidator(parse_date)]
MoneyIn = Annotated[Decimal, BeforeValidator(parse_money)]
OptionalMoneyIn = Annotated[Decimal | None, BeforeValidator(parse_money)]


# Pydantic's own error types, said the way an operator would understand them.
_BUILTIN_MESSAGES: dict[str, str] = {
    "missing": QT_TRANSLATE_NOOP("Error", "is required"),
    "string_too_short": QT_TRANSLATE_NOOP("Error", "is required"),
    "string_too_long": QT_TRANSLATE_NOOP("Error", "is too long (at most {max_length} characters)"),
    "int_parsing": QT_TRANSLATE_NOOP("Error", "must be a whole number"),
    "int_from_float": QT_TRANSLATE_NOOP("Error", "must be a whole number"),
    "int_type": QT_TRANSLATE_NOOP("Error", "must be a whole number"),
    "float_parsing": QT_TRANSLATE_NOOP("Error", "must be a number"),
    "decimal_parsing": QT_TRANSLATE_NOOP(
        "Error", "is not an amount of money; write it like 1234,50"
    ),
    "greater_than_equal": QT_TRANSLATE_NOOP("Error", "must be at least {ge}"),
    "greater_than": QT_TRANSLATE_NOOP("Error", "must be more than {gt}"),
    "less_than_equal": QT_TRANSLATE_NOOP("Error", "must be at most {le}"),
    "decimal_max_places": QT_TRANSLATE_NOOP("Error", "has more than two decimals"),
    "date_type": QT_TRANSLATE_NOOP("Error", "is not a valid date; write it as DD/MM/YYYY"),
    "date_parsing": QT_TRANSLATE_NOOP("Error", "is not a valid date; write it as DD/MM/YYYY"),
    "bool_parsing": QT_TRANSLATE_NOOP("Error", "must be yes or no"),
    "enum": QT_TRANSLATE_NOOP("Error", "'{input}' is not one of: {expected}"),
    "string_type": QT_TRANSLATE_NOOP("Error", "must be text"),
}
_FALLBACK = QT_TRANSLATE_NOOP("Error", "is not valid")


def field_label(model: type[BaseModel], name: str) -> str:
    info = model.model_fields.get(name)
    return info.title if info and info.title else name.replace("_", " ").capitalize()


def to_field_errors(model: type[BaseModel], exc: ValidationError) -> list[FieldError]:
    errors: list[FieldError] = []
    for err in exc.errors(include_url=False):
        loc = [str(part) for part in err["loc"]]
        name = loc[0] if loc else "__root__"
        ctx = dict(err.get("ctx") or {})
        if err["type"] == ERROR_TYPE:
            template = ctx.pop("template")
            # A cross-field check names the field it concerns.
            if "field" in ctx:
                name = ctx.pop("field")
                loc = [name]
        else:
            template = _BUILTIN_MESSAGES.get(err["type"], _FALLBACK)
            ctx = {k: v for k, v in ctx.items() if isinstance(v, str | int | float | Decimal)}
            if isinstance(err.get("input"), str | int | float):
                ctx["input"] = shown(err["input"])
        try:
            template.format(**ctx)
        except (KeyError, IndexError):  # a message needing a detail pydantic did not give
            template, ctx = _FALLBACK, {}
        label = field_label(model, name) if name != "__root__" else ""
        if len(loc) > 1 and name in model.model_fields:
            # Nested schema (the consent inside a new person, a row of a plan's table):
            # name each level, rows counted from 1: "Loans - 2 - Annual rate (%)".
            label = " - ".join(_nested_labels(model, loc))
            name = ".".join(loc)
        errors.append(FieldError(name, label, template, **ctx))
    return errors


def _inner_model(annotation: Any) -> tuple[type[BaseModel] | None, bool]:
    """The schema inside ``annotation`` (X, X | None, list[X]) and whether it is a list."""
    for inner in (annotation, *get_args(annotation)):
        if isinstance(inner, type) and issubclass(inner, BaseModel):
            return inner, False
        if get_origin(inner) is list:
            for item in get_args(inner):
                if isinstance(item, type) and issubclass(item, BaseModel):
                    return item, True
    return None, False


def _nested_labels(model: type[BaseModel], loc: list[str]) -> list[str]:
    labels: list[str] = []
    current: type[BaseModel] | None = model
    steps = iter(loc)
    for step in steps:
        if current is None or step not in current.model_fields:
            break
        labels.append(field_label(current, step))
        inner, is_list = _inner_model(current.model_fields[step].annotation)
        if is_list:
            row = next(steps, None)
            if row is None or not row.isdigit():
                break
            labels.append(str(int(row) + 1))
        current = inner
    return labels


M = TypeVar("M", bound=BaseModel)


def validate_input(model: type[M], data: Any, **context: Any) -> M:
    """Validate ``data`` against ``model``; raise ValidationFailed naming every bad field."""
    try:
        return model.model_validate(data, context=context or None)
    except ValidationError as exc:
        raise ValidationFailed(to_field_errors(model, exc)) from None


def national_phone(stored: str, region: str) -> str:
    """A stored number (E.164, +33670739424) as the country ``region`` writes it: 06 70
    73 94 24 in France, 320 724 9175 in Italy; a number of another country in the
    international format (+39 320 724 9175). Checking reads either back to the same."""
    import phonenumbers  # here: not loaded before the login

    try:
        number = phonenumbers.parse(stored, region)
    except phonenumbers.NumberParseException:
        return stored
    if not phonenumbers.is_valid_number(number):
        return stored
    own = phonenumbers.region_code_for_number(number) == region
    shape = (
        phonenumbers.PhoneNumberFormat.NATIONAL
        if own
        else phonenumbers.PhoneNumberFormat.INTERNATIONAL
    )
    return str(phonenumbers.format_number(number, shape))
