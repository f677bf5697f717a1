"""Checks of the identifiers people and companies carry, through well-kept libraries.

- Codice fiscale: ``python-codicefiscale`` supplies the syntax (with omocodia), the
  check character and the register of municipality and country codes with their
  validity dates. Its ``decode()`` also builds all 128 omocode variants of every
  code (~0.6 ms each), which would make a 100,000-row import take a minute, so
  ``check_codice_fiscale`` calls the library's parts directly; a test compares it
  with ``decode()`` over many codes.
- Partita IVA, SIREN, SIRET, French VAT number: ``python-stdnum``. Phone numbers: ``phonenumbers``
  (stored in E.164). E-mail: ``email-validator`` (syntax only; no network).
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from functools import lru_cache
from typing import Any

import phonenumbers
from codicefiscale import codicefiscale as cf_lib
from codicefiscale.data import get_indexed_data
from email_validator import EmailNotValidError, validate_email
from stdnum import exceptions as stdnum_exceptions
from stdnum.fr import siren, siret, tva
from stdnum.it import iva

from deskapp.i18n import QT_TRANSLATE_NOOP


class IdentifierError(ValueError):
    """An identifier is wrong; ``template`` and ``params`` say why, for translation."""

    def __init__(self, template: str, **params: Any) -> None:
        self.template = template
        self.params = params
        super().__init__(template.format(**params) if params else template)


# Omocodia replaces digits with these letters, from the right (DM 12/03/1974).
_OMOCODIA_LETTERS = "LMNPQRSTUV"
_OMOCODIA_TO_DIGIT = str.maketrans(_OMOCODIA_LETTERS, "0123456789")
_MONTH_LETTERS = "ABCDEHLMPRST"


@dataclass(frozen=True)
class CodiceFiscaleInfo:
    code: str
    birth_date: dt.date
    sex: str  # "M" or "F"
    birthplace_code: str
    birthplace_name: str  # municipality or foreign country; "" when the code is unknown
    birthplace_province: str  # "EE" for a foreign country
    is_omocode: bool
    # Set when the birthplace code exists but was not valid on the birth date (a
    # municipality merged or renamed): stored and shown, never a reason to refuse.
    # ``warning`` is the English sentence; the screens translate PLACE_NOT_IN_USE and
    # fill it with ``warning_params``.
    warning: str | None = None
    warning_params: dict[str, str] | None = None


PLACE_NOT_IN_USE = QT_TRANSLATE_NOOP(
    "Error",
    "The birthplace code {code} ({name}) was not in use on the birth date; "
    "check the codice fiscale against the person's document.",
)


@lru_cache(maxsize=1)
def _places_by_code() -> dict[str, list[dict[str, Any]]]:
    codes: dict[str, list[dict[str, Any]]] = get_indexed_data()["codes"]
    return codes


def _parse_iso(value: str) -> dt.date | None:
    return dt.date.fromisoformat(value[:10]) if value else None


def _place_on(code: str, when: dt.date) -> tuple[dict[str, Any] | None, bool]:
    """The register entry for ``code`` and whether it was valid on ``when``."""
    options = _places_by_code().get(code)
    if not options:
        return None, False
    for option in options:
        created = _parse_iso(option["date_created"]) or dt.date.min
        deleted = _parse_iso(option["date_deleted"]) or dt.date.max
        if created <= when <= deleted:
            return option, True
    return options[0], False


def normalise_codice_fiscale(text: str) -> str:
    return "".join(text.split()).upper()


def check_codice_fiscale(text: str, today: dt.date | None = None) -> CodiceFiscaleInfo:
    """Decode and check a codice fiscale; raise IdentifierError with the reason."""
    return _check_codice_fiscale(normalise_codice_fiscale(text), today or dt.date.today())


# A form checks the same code as the field and again against sex and birth date.
@lru_cache(maxsize=512)
def _check_codice_fiscale(code: str, today: dt.date) -> CodiceFiscaleInfo:
    if len(code) != 16:
        raise IdentifierError(
            QT_TRANSLATE_NOOP("Error", "must be 16 characters long (it has {length})"),
            length=len(code),
        )
    match = cf_lib.CODICEFISCALE_RE.match(code)
    if not match:
        raise IdentifierError(
            QT_TRANSLATE_NOOP(
                "Error",
                "is not written like a codice fiscale (6 letters, 2 digits, a letter, "
                "2 digits, a letter, 3 digits, a letter)",
            )
        )
    expected = cf_lib.encode_cin(code)
    if code[15] != expected:
        raise IdentifierError(
            QT_TRANSLATE_NOOP(
                "Error", "has a wrong check character: check for a mistyped letter or digit"
            )
        )
    year2 = int(match["birthdate_year"].translate(_OMOCODIA_TO_DIGIT))
    month = _MONTH_LETTERS.index(match["birthdate_month"]) + 1
    day = int(match["birthdate_day"].translate(_OMOCODIA_TO_DIGIT))
    sex = "M"
    if day > 40:
        day -= 40
        sex = "F"
    # Two-digit year: the most recent century that does not put the birth in the future.
    year = (today.year // 100) * 100 + year2
    if year > today.year:
        year -= 100
    try:
        birth = dt.date(year, month, day)
    except ValueError:
        raise IdentifierError(
            QT_TRANSLATE_NOOP("Error", "contains an impossible birth date")
        ) from None
    if birth > today:
        birth = birth.replace(year=birth.year - 100)
    place_code = match["birthplace"][0] + match["birthplace"][1:].translate(_OMOCODIA_TO_DIGIT)
    place, valid_on_date = _place_on(place_code, birth)
    if place is None:
        raise IdentifierError(
            QT_TRANSLATE_NOOP(
                "Error", "has a birthplace code ({code}) that matches no municipality or country"
            ),
            code=place_code,
        )
    warning = None
    warning_params = None
    if not valid_on_date:
        warning_params = {"code": place_code, "name": str(place["name"])}
        warning = PLACE_NOT_IN_USE.format(**warning_params)
    digits_part = code[6:8] + code[9:11] + code[12:15]
    is_omocode = any(ch in _OMOCODIA_LETTERS for ch in digits_part)
    return CodiceFiscaleInfo(
        code=code,
        birth_date=birth,
        sex=sex,
        birthplace_code=place_code,
        birthplace_name=str(place["name"]),
        birthplace_province=str(place.get("province", "")),
        is_omocode=is_omocode,
        warning=warning,
        warning_params=warning_params,
    )


def encode_codice_fiscale(
    family_name: str, given_name: str, sex: str, birth_date: dt.date, place_code: str
) -> str:
    """Compute the (non-omocode) codice fiscale from its parts; used by demo data."""
    day = birth_date.day + (40 if sex.upper() == "F" else 0)
    body = (
        cf_lib.encode_lastname(family_name)
        + cf_lib.encode_firstname(given_name)
        + f"{birth_date.year % 100:02d}{_MONTH_LETTERS[birth_date.month - 1]}{day:02d}"
        + place_code
    )
    return body + cf_lib.encode_cin(body)


def birthplace_code_for(name: str, on: dt.date | None = None) -> str | None:
    """The cadastral code of a municipality or country name, or None."""
    try:
        return cf_lib.encode_birthplace(name, on.isoformat() if on else None)
    except ValueError:
        return None


def normalise_phone(text: str, default_region: str = "IT") -> str:
    """Return the number in E.164 (+393201234567) or raise IdentifierError."""
    text = text.strip()
    if not text:
        return ""
    try:
        number = phonenumbers.parse(text, default_region)
    except phonenumbers.NumberParseException:
        raise IdentifierError(QT_TRANSLATE_NOOP("Error", "is not a phone number")) from None
    if not phonenumbers.is_valid_number(number):
        raise IdentifierError(
            QT_TRANSLATE_NOOP(
                "Error",
                "is not a valid phone number (for a foreign number, start with + and "
                "the country code)",
            )
        )
    return phonenumbers.format_number(number, phonenumbers.PhoneNumberFormat.E164)


def normalise_email(text: str) -> str:
    text = text.strip()
    if not text:
        return ""
    try:
        result = validate_email(text, check_deliverability=False)
    except EmailNotValidError as exc:
        raise IdentifierError(
            QT_TRANSLATE_NOOP("Error", "is not a valid e-mail address ({reason})"),
            reason=str(exc),
        ) from None
    return str(result.normalized)


# The company numbers of either side of the border, named in each message so the
# operator knows which one the digits were taken for.
_COMPANY_MESSAGES: dict[str, dict[str, str]] = {
    "partita_iva": {
        "checksum": QT_TRANSLATE_NOOP(
            "Error", "is not a valid partita IVA: wrong check digit (check for a mistyped digit)"
        ),
        "invalid": QT_TRANSLATE_NOOP(
            "Error", "is not a valid partita IVA: it must be 11 digits, with or without IT"
        ),
    },
    "siren": {
        "checksum": QT_TRANSLATE_NOOP(
            "Error", "is not a valid SIREN: wrong check digit (check for a mistyped digit)"
        ),
        "invalid": QT_TRANSLATE_NOOP("Error", "is not a valid SIREN: it must be 9 digits"),
    },
    "siret": {
        "checksum": QT_TRANSLATE_NOOP(
            "Error", "is not a valid SIRET: wrong check digit (check for a mistyped digit)"
        ),
        "invalid": QT_TRANSLATE_NOOP("Error", "is not a valid SIRET: it must be 14 digits"),
    },
    "fr_vat": {
        "checksum": QT_TRANSLATE_NOOP(
            "Error",
            "is not a valid French VAT number: its key does not match the SIREN "
            "(check for a mistyped digit)",
        ),
        "invalid": QT_TRANSLATE_NOOP(
            "Error",
            "is not a valid French VAT number: FR, a 2-character key and the 9-digit SIREN",
        ),
    },
}
UNKNOWN_COMPANY_NUMBER = QT_TRANSLATE_NOOP(
    "Error",
    "is not a company number: write a partita IVA (11 digits, with or without IT), a SIREN "
    "(9 digits), a SIRET (14 digits) or a French VAT number (FR and 11 characters)",
)


def _company_number_kind(compact: str) -> tuple[str, str]:
    """Which identifier ``compact`` is written as, and the part to check."""
    if compact.startswith("IT") and compact[2:].isdigit():
        return "partita_iva", compact[2:]
    if compact.startswith("FR") and len(compact) == 13:
        return "fr_vat", compact
    if compact.isdigit():
        if len(compact) == 11:
            return "partita_iva", compact
        if len(compact) == 9:
            return "siren", compact
        if len(compact) == 14:
            return "siret", compact
    raise IdentifierError(UNKNOWN_COMPANY_NUMBER)


def normalise_company_number(text: str) -> str:
    """Check a company number of either country and return it compact.

    The desks work across the border, so whatever the desk's country, the number's
    shape tells which identifier it is: a partita IVA
    (11 digits, "IT" in front or not), a SIREN (9 digits), a SIRET (14) or a French VAT
    number ("FR", a two-character key, the SIREN; kept with its "FR", which tells it
    from a partita IVA). Raise IdentifierError naming the identifier and what is wrong.
    """
    compact = "".join(ch for ch in text if ch.isalnum()).upper()
    if not compact:
        return ""
    kind, number = _company_number_kind(compact)
    try:
        if kind == "partita_iva":
            return str(iva.validate(number))
        if kind == "siren":
            return str(siren.validate(number))
        if kind == "siret":
            return str(siret.validate(number))
        return "FR" + str(tva.validate(number))
    except stdnum_exceptions.InvalidChecksum:
        raise IdentifierError(_COMPANY_MESSAGES[kind]["checksum"]) from None
    except stdnum_exceptions.ValidationError:
        raise IdentifierError(_COMPANY_MESSAGES[kind]["invalid"]) from None


# Positions of the digits that omocodia replaces, from the rightmost.
_OMOCODIA_POSITIONS = (14, 13, 12, 10, 9, 7, 6)


def omocode_variant(code: str, level: int) -> str:
    """The code with its ``level`` rightmost digits turned into letters, as the tax
    office does when two people would get the same code; the check character is
    recomputed."""
    chars = list(code[:15])
    for position in _OMOCODIA_POSITIONS[:level]:
        chars[position] = _OMOCODIA_LETTERS[int(chars[position])]
    body = "".join(chars)
    return body + cf_lib.encode_cin(body)
