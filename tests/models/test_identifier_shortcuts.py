"""The import's shortcuts through the e-mail and phone libraries give the libraries'
own answers: the same normal form, the same refusals."""

from __future__ import annotations

import phonenumbers
import pytest
from email_validator import EmailNotValidError, validate_email

from deskapp.models.identifiers import IdentifierError, normalise_email, normalise_phone

ADDRESSES = [
    "mario.rossi@example.it",
    "Mario.Rossi@EXAMPLE.IT",
    "a.b+tag@Libero.It",
    "x_y-z@sub.domain.example.com",
    "INFO@azienda.it",  # RFC 2142 names are lowercased by the library
    "Postmaster@azienda.it",
    "élodie@exemple.fr",
    "elodie@exémple.fr",
    "o'brien@example.ie",
    "a..b@example.it",
    ".a@example.it",
    "a.@example.it",
    "a@b@example.it",
    "mario@",
    "@example.it",
    "mario@example",
    "mario@localhost",
    "mario@example.test",
    "mario@-example.it",
    "mario@example..it",
    "mario rossi@example.it",
    "Mario <mario@example.it>",
    "mario@[192.168.0.1]",
    "x" * 64 + "@example.it",
    "x" * 65 + "@example.it",
    "a@" + "b" * 63 + ".it",
    "a@" + "b" * 64 + ".it",
    "a@" + ".".join(["abcdefghij"] * 23) + ".it",
    "m" * 60 + "@" + ".".join(["abcdefghij"] * 17) + ".it",
]


def library(text: str) -> str:
    try:
        return validate_email(text, check_deliverability=False).normalized
    except EmailNotValidError as exc:
        return f"refused: {exc}"


def ours(text: str) -> str:
    try:
        return normalise_email(text)
    except IdentifierError as exc:
        return f"refused: {exc.params['reason']}"


@pytest.mark.parametrize("address", ADDRESSES)
def test_email_as_the_library_says(address: str) -> None:
    # Twice: the second time the domain is known already.
    assert ours(address) == library(address)
    assert ours(address) == library(address)


def test_phone_as_the_library_says_and_twice_the_same() -> None:
    for text, region in [
        ("320 123 4567", "IT"),
        ("+33 6 12 34 56 78", "IT"),
        ("06 12 34 56 78", "FR"),
        ("06 12 34 56 78", "IT"),
        ("12", "IT"),
        ("not a number", "IT"),
    ]:
        try:
            number = phonenumbers.parse(text, region)
            valid = phonenumbers.is_valid_number(number)
            expected = phonenumbers.format_number(number, phonenumbers.PhoneNumberFormat.E164)
        except phonenumbers.NumberParseException:
            valid = False
        for _ in range(2):
            if valid:
                assert normalise_phone(text, region) == expected
            else:
                with pytest.raises(IdentifierError):
                    normalise_phone(text, region)
