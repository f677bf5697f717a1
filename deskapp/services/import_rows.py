"""The rules of the person form compiled for an import's rows, with the form as judge.

An import checks each row against NewPersonInput, the schema of the desk's intake
form. Through pydantic that costs about 100 us a row (a Python validator per text
field, the labels, the cross-checks), most of a 100,000-row import. Here the same
rules run as plain code per column: one regular expression a text cell, the same
identifier checks (codice fiscale, NIR, phone, e-mail, postcode: the functions the
schema's validators call), the enum, date and yes/no cells looked up in caches, since
a file repeats them.

The compiled rules only ever *accept*: a row they accept gets the values the schema
would have given it, and any row they are not sure of (a cell with an error, and also
one with surrounding tabs, a carriage return, decomposed accents...) goes through the
schema itself, whose words name the line and column as before. So an import's errors
and warnings are the form's, by construction; tests/services/test_import_rows.py
checks that whatever the compiled rules accept the schema accepts with the same
values, on a hostile corpus of cells for every column, at Italian and French desks.

If the schema gains a field or a validator these rules do not know, they stand aside
(every row goes through the schema) until they are taught it: slower, never wrong.
"""

from __future__ import annotations

import datetime as dt
import re
import unicodedata
from collections.abc import Callable, Mapping
from typing import Any

from pydantic import BaseModel
from pydantic_core import PydanticCustomError

from deskapp.models import enums as en
from deskapp.models.fields import parse_date
from deskapp.models.identifiers import (
    CodiceFiscaleInfo,
    IdentifierError,
    check_codice_fiscale,
    check_nir,
    nir_mismatch,
    normalise_email,
    normalise_phone,
    normalise_postcode,
)
from deskapp.models.schemas import ConsentInput, PersonInput
from deskapp.services.person_columns import PERSON_FIELD_COLUMNS

# What these rules were written against: the schema's fields and validators. Anything
# else in the schema switches them off (see ``RowRules.usable``).
KNOWN_PERSON_VALIDATORS = frozenset(
    {
        "_phone",
        "_postal_code",
        "_nir",
        "_email",
        "_citizenship",
        "_birth_date",
        "_first_contact",
        "_codice_fiscale",
        "_consent_required",
        "_accept_labels",
        "_fill_and_cross_check",
        "_france_travail",
    }
)
KNOWN_CONSENT_VALIDATORS = frozenset({"_not_future", "_accept_labels", "_withdrawn_after_given"})
KNOWN_PERSON_FIELDS = frozenset(
    {
        "given_name",
        "family_name",
        "sex",
        "birth_date",
        "birthplace",
        "codice_fiscale",
        "nir",
        "citizenship",
        "address",
        "municipality",
        "postal_code",
        "phone",
        "email",
        "education",
        "employment_status",
        "unemployed_since",
        "france_travail_registered_on",
        "france_travail_category",
        "previous_employer",
        "previous_employer_in_crisis",
        "contact_channel",
        "first_contact_date",
        "notes",
        "disability",
        "long_term_unemployed",
        "ex_detainee",
        "addiction",
        "migrant",
        "other_disadvantage",
        "birthplace_code",
        "codice_fiscale_warning",
        "consent",
    }
)
KNOWN_CONSENT_FIELDS = frozenset(
    {"purpose", "legal_basis", "notice_version", "given_on", "withdrawn_on"}
)

# A text cell the rules take as it is: no control character (C0, DEL, C1), no
# bidirectional override, no lone surrogate (half of a UTF-16 pair, which no file's text
# holds and no database can write); a one-line field has no tab or line break either (not even
# around the text, which the schema would strip: such a cell goes to the schema). The
# whitespace then left around the text is what both Python's strip() and pydantic's
# strip remove (a test checks every such character).
_ONE_LINE_CELL = re.compile("[^\x00-\x1f\x7f-\x9f\u202a-\u202e\u2066-\u2069\ud800-\udfff]*")
_LINES_CELL = re.compile("[^\x00-\x08\x0b-\x1f\x7f-\x9f\u202a-\u202e\u2066-\u2069\ud800-\udfff]*")
# pydantic's words for yes and no (any case, nothing around them).
_BOOLS = {
    **dict.fromkeys(("1", "on", "t", "true", "y", "yes"), True),
    **dict.fromkeys(("0", "off", "f", "false", "n", "no"), False),
}
_CACHED = 2048  # distinct cells remembered per column (municipalities, dates, labels)

# Checks of a field's text, after the text rules: the value to keep, or raise.
Check = Callable[[str, str], str]


def _text_rules(model: type[BaseModel]) -> dict[str, tuple[int, int, re.Pattern[str]]]:
    """Each text field's (min length, max length, characters allowed), read from its
    annotation (deskapp.models.fields), so a changed limit is changed here too."""
    from deskapp.models.fields import _lines, _one_line

    rules: dict[str, tuple[int, int, re.Pattern[str]]] = {}
    for name, info in model.model_fields.items():
        if info.annotation is not str:
            continue
        low, high, cell = 0, -1, None
        for item in info.metadata:
            high = getattr(item, "max_length", None) or high
            low = getattr(item, "min_length", None) or low
            func = getattr(item, "func", None)
            if func is _one_line:
                cell = _ONE_LINE_CELL
            elif func is _lines:
                cell = _LINES_CELL
        if cell is not None and high > 0:
            rules[name] = (low, high, cell)
    return rules


def _enum_fields(model: type[BaseModel]) -> dict[str, type[en.LabelledEnum]]:
    from deskapp.models.schemas import _enum_fields as of_schema

    return of_schema(model)


class Unsure(Exception):
    """A cell the compiled rules do not take: the row goes to the schema."""


class RowRules:
    """The compiled rules for one import (one ``today``). Not thread-safe (caches)."""

    def __init__(self, today: dt.date) -> None:
        self.today = today
        self.oldest_year = today.year - 110
        self.person_texts = _text_rules(PersonInput)
        self.consent_texts = _text_rules(ConsentInput)
        self.person_enums = _enum_fields(PersonInput)
        self.consent_enums = _enum_fields(ConsentInput)
        self.usable = self._knows_the_schema()
        self._dates: dict[str, dt.date] = {}
        self._enums: dict[tuple[type[en.LabelledEnum], str], en.LabelledEnum] = {}
        self._postcodes: dict[tuple[str, str], str] = {}
        self._cells: dict[str, dict[str, str]] = {}
        # Field -> check after the text rules; the region is the desk's country.
        self.checks: dict[str, Check] = {
            "codice_fiscale": lambda v, region: v,  # checked with the cross-checks
            "nir": lambda v, region: v,
            "citizenship": _citizenship,
            "postal_code": self._postcode,
            "phone": _identifier(normalise_phone),
            "email": lambda v, region: _identifier(normalise_email)(v),
        }
        # Text fields whose cells repeat across a file: checked once per distinct cell.
        self.repeating = frozenset({"birthplace", "municipality", "previous_employer"})
        assert not self.repeating & set(self.checks)
        self._readers = self._cell_readers()

    def _knows_the_schema(self) -> bool:
        person = PersonInput.__pydantic_decorators__
        new = _new_person_decorators()
        consent = ConsentInput.__pydantic_decorators__
        person_validators = {
            *person.field_validators,
            *person.model_validators,
            *new.field_validators,
            *new.model_validators,
        }
        consent_validators = {*consent.field_validators, *consent.model_validators}
        from deskapp.models.schemas import NewPersonInput

        return (
            set(NewPersonInput.model_fields) == KNOWN_PERSON_FIELDS
            and set(ConsentInput.model_fields) == KNOWN_CONSENT_FIELDS
            and person_validators == KNOWN_PERSON_VALIDATORS
            and consent_validators == KNOWN_CONSENT_VALIDATORS
            and not any(
                person.field_serializers or person.model_serializers or person.computed_fields
            )
        )

    # -- cells -------------------------------------------------------------------------

    def _text(self, name: str, raw: str, rules: tuple[int, int, re.Pattern[str]]) -> str:
        low, high, cell = rules
        if cell.fullmatch(raw) is None:
            raise Unsure
        if not raw.isascii() and not unicodedata.is_normalized("NFC", raw):
            raise Unsure
        value = raw.strip()
        if not low <= len(value) <= high:
            raise Unsure
        return value

    def _date(self, raw: str) -> dt.date:
        found = self._dates.get(raw)
        if found is None:
            try:
                found = parse_date(raw)
            except PydanticCustomError:
                raise Unsure from None
            if not isinstance(found, dt.date):  # pragma: no cover - parse_date's contract
                raise Unsure
            if len(self._dates) < _CACHED:
                self._dates[raw] = found
        return found

    def _enum(self, cls: type[en.LabelledEnum], raw: str) -> en.LabelledEnum:
        key = (cls, raw)
        found = self._enums.get(key)
        if found is None:
            try:
                found = cls.parse(raw)
            except ValueError:
                raise Unsure from None
            if len(self._enums) < _CACHED:
                self._enums[key] = found
        return found

    def _postcode(self, value: str, region: str) -> str:
        key = (value, region)
        found = self._postcodes.get(key)
        if found is None:
            found = _identifier(normalise_postcode)(value, region)
            if len(self._postcodes) < _CACHED:
                self._postcodes[key] = found
        return found

    # -- rows --------------------------------------------------------------------------

    def person(
        self, cells: Mapping[str, str], region: str
    ) -> tuple[dict[str, Any], CodiceFiscaleInfo | None]:
        """The person's column values, as ``persons.person_row_values`` gives them for
        the validated schema, and the codice fiscale's reading; raise Unsure."""
        if not self.usable:
            raise Unsure
        given: dict[str, Any] = {}
        get = cells.get
        for name, read in self._readers:
            raw = get(name)
            if not raw or raw.isspace():  # a blank cell is "not given", as in _row_data
                continue
            given[name] = read(raw, region)
        return self._person_values(given)

    def _cell_readers(self) -> list[tuple[str, Callable[[str, str], Any]]]:
        """For each person column of a file, what turns a non-blank cell into the
        schema's value for it (or raises Unsure)."""
        readers: list[tuple[str, Callable[[str, str], Any]]] = []
        for name in PERSON_FIELD_COLUMNS:
            read: Callable[[str, str], Any]
            if name in self.person_texts:
                read = self._text_reader(name, self.person_texts[name], self.checks.get(name))
            elif name in self.person_enums:
                read = self._enum_reader(self.person_enums[name])
            elif name == "previous_employer_in_crisis":
                read = _yes_or_no
            elif name in _DATE_FIELDS:
                read = self._date_reader
            else:  # the schema check (usable) rules this out
                read = _unsure
            readers.append((name, read))
        return readers

    def _text_reader(
        self, name: str, rules: tuple[int, int, re.Pattern[str]], check: Check | None
    ) -> Callable[[str, str], str]:
        text = self._text
        if name in self.repeating:  # no check after the text rules (asserted in __init__)
            seen: dict[str, str] = {}

            def read_repeating(raw: str, region: str) -> str:
                value = seen.get(raw)
                if value is None:
                    value = text(name, raw, rules)
                    if len(seen) < _CACHED:
                        seen[raw] = value
                return value

            return read_repeating
        if check is None:
            return lambda raw, region: text(name, raw, rules)
        return lambda raw, region: check(text(name, raw, rules), region)

    def _enum_reader(self, cls: type[en.LabelledEnum]) -> Callable[[str, str], Any]:
        enum = self._enum
        return lambda raw, region: enum(cls, raw)

    def _date_reader(self, raw: str, region: str) -> dt.date:
        return self._date(raw)

    def _person_values(
        self, given: dict[str, Any]
    ) -> tuple[dict[str, Any], CodiceFiscaleInfo | None]:
        today = self.today
        if "given_name" not in given or "family_name" not in given:
            raise Unsure
        if "employment_status" not in given:
            raise Unsure
        birth = given.get("birth_date")
        if birth is not None and (birth > today or birth.year < self.oldest_year):
            raise Unsure
        first = given.get("first_contact_date")
        if first is None:
            first = dt.date.today()  # the schema's default_factory, unchecked as there
        elif first > today:
            raise Unsure
        sex: en.Sex | None = given.get("sex")
        birthplace = given.get("birthplace", "")
        code = given.get("codice_fiscale", "")
        info = None
        place_code = warning = None
        if code:
            try:
                info = check_codice_fiscale(code, today)
            except IdentifierError:
                raise Unsure from None
            code = info.code
            if sex is None:
                sex = en.Sex.parse(info.sex)
            elif sex.value != info.sex:
                raise Unsure
            if birth is None:
                birth = info.birth_date
            elif birth != info.birth_date:
                raise Unsure
            if not birthplace:
                birthplace = info.birthplace_name.title()
            place_code, warning = info.birthplace_code, info.warning
        nir = given.get("nir", "")
        if nir:
            try:
                read = check_nir(nir)
            except IdentifierError:
                raise Unsure from None
            nir = read.code
            if sex is None:
                sex = en.Sex.parse(read.sex)
            if nir_mismatch(read, sex.value, birth) is not None:
                raise Unsure
        if sex is None or birth is None:
            raise Unsure
        registered = given.get("france_travail_registered_on")
        if registered is not None and (registered > today or registered <= birth):
            raise Unsure
        values = {
            "given_name": given["given_name"],
            "family_name": given["family_name"],
            "sex": sex,
            "birth_date": birth,
            "birthplace": birthplace,
            "codice_fiscale": code or None,
            "nir": nir or None,
            "citizenship": given.get("citizenship", ""),
            "address": given.get("address", ""),
            "municipality": given.get("municipality", ""),
            "postal_code": given.get("postal_code", ""),
            "phone": given.get("phone", ""),
            "email": given.get("email", ""),
            "education": given.get("education"),
            "employment_status": given["employment_status"],
            "unemployed_since": given.get("unemployed_since"),
            "france_travail_registered_on": registered,
            "france_travail_category": given.get("france_travail_category"),
            "previous_employer": given.get("previous_employer", ""),
            "previous_employer_in_crisis": given.get("previous_employer_in_crisis", False),
            "contact_channel": given.get("contact_channel"),
            "first_contact_date": first,
            "notes": given.get("notes", ""),
            "disability": given.get("disability"),
            "long_term_unemployed": given.get("long_term_unemployed"),
            "ex_detainee": given.get("ex_detainee"),
            "addiction": given.get("addiction"),
            "migrant": given.get("migrant"),
            "other_disadvantage": given.get("other_disadvantage"),
            "birthplace_code": place_code,
            "codice_fiscale_warning": warning,
        }
        return values, info

    def consent(self, data: Mapping[str, str]) -> dict[str, Any]:
        """A consent's values as ``ConsentInput.model_dump()`` gives them, from the
        non-blank cells of its group (field -> cell, as _consent_data gives them);
        raise Unsure."""
        if not self.usable:
            raise Unsure
        enums = self.consent_enums
        raw = data.get("legal_basis")
        version = data.get("notice_version")
        if raw is None or version is None:
            raise Unsure
        basis = self._enum(enums["legal_basis"], raw)
        notice = self._cached_text("notice_version", version, self.consent_texts)
        raw = data.get("purpose")
        purpose = en.ConsentPurpose.SERVICE if raw is None else self._enum(enums["purpose"], raw)
        raw = data.get("given_on")
        if raw is None:
            given_on = dt.date.today()  # the schema's default_factory, unchecked as there
        else:
            given_on = self._date(raw)
            if given_on > self.today:
                raise Unsure
        raw = data.get("withdrawn_on")
        withdrawn = None if raw is None else self._date(raw)
        if withdrawn is not None and (withdrawn > self.today or withdrawn < given_on):
            raise Unsure
        return {
            "purpose": purpose,
            "legal_basis": basis,
            "notice_version": notice,
            "given_on": given_on,
            "withdrawn_on": withdrawn,
        }

    def _cached_text(
        self, name: str, raw: str, rules: dict[str, tuple[int, int, re.Pattern[str]]]
    ) -> str:
        seen = self._cells.setdefault(name, {})
        value = seen.get(raw)
        if value is None:
            value = self._text(name, raw, rules[name])
            if len(seen) < _CACHED:
                seen[raw] = value
        return value


def _new_person_decorators() -> Any:
    from deskapp.models.schemas import NewPersonInput

    return NewPersonInput.__pydantic_decorators__


def _identifier(check: Callable[..., str]) -> Callable[..., str]:
    def checked(*args: str) -> str:
        try:
            return check(*args)
        except IdentifierError:
            raise Unsure from None

    return checked


def _yes_or_no(raw: str, region: str) -> bool:
    flag = _BOOLS.get(raw.lower()) if raw.isascii() else None
    if flag is None:
        raise Unsure
    return flag


def _unsure(raw: str, region: str) -> Any:
    raise Unsure


def _citizenship(value: str, region: str) -> str:
    if value and not (len(value) == 2 and value.isalpha()):
        raise Unsure
    return value.upper()


_DATE_FIELDS = frozenset(
    {"birth_date", "unemployed_since", "france_travail_registered_on", "first_contact_date"}
)

__all__ = ["RowRules", "Unsure"]
