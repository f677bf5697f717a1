"""The columns of a person registry file: what ``export persons`` writes and
``import persons`` reads. One list, so the two can never drift apart."""

from __future__ import annotations

import functools
import re

from deskapp.models.enums import DISADVANTAGE_FIELDS

# Person fields, in file order; each header is the schema field name.
PERSON_FIELD_COLUMNS: tuple[str, ...] = (
    "family_name",
    "given_name",
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
    *(name for name, _ in DISADVANTAGE_FIELDS),
    "notes",
)
# Every consent recorded for the person travels with them, oldest first, each as a
# group of columns: the first group is named as files have always named it
# (consent_purpose, ...), the later ones are numbered (consent2_purpose, ...). A file
# has as many groups as the person with most consents needs.
CONSENT_PARTS: tuple[str, ...] = ("purpose", "legal_basis", "notice_version", "date", "withdrawn")
# Each part's ConsentInput field.
CONSENT_FIELDS: dict[str, str] = {
    "purpose": "purpose",
    "legal_basis": "legal_basis",
    "notice_version": "notice_version",
    "date": "given_on",
    "withdrawn": "withdrawn_on",
}
_CONSENT_GROUP = re.compile(r"consent(?:([2-9]|[1-9][0-9]+))?_(" + "|".join(CONSENT_PARTS) + r")")


@functools.cache  # asked for each row of an import
def consent_columns(group: int) -> tuple[str, ...]:
    """The columns of the ``group``-th consent (from 1)."""
    prefix = "consent" if group == 1 else f"consent{group}"
    return tuple(f"{prefix}_{part}" for part in CONSENT_PARTS)


def consent_column(name: str) -> tuple[int, str] | None:
    """(group, part) of a consent column's name, or None for another name."""
    match = _CONSENT_GROUP.fullmatch(name)
    if match is None:
        return None
    return int(match[1] or 1), match[2]


def person_file_columns(consents: int = 1) -> tuple[str, ...]:
    """The header of a person file whose people have at most ``consents`` consents."""
    groups = (column for g in range(1, max(consents, 1) + 1) for column in consent_columns(g))
    return (DESK_COLUMN, *PERSON_FIELD_COLUMNS, *groups)


CONSENT_COLUMNS: tuple[str, ...] = consent_columns(1)
DESK_COLUMN = "desk"
PERSON_FILE_COLUMNS: tuple[str, ...] = (DESK_COLUMN, *PERSON_FIELD_COLUMNS, *CONSENT_COLUMNS)
REQUIRED_COLUMNS = (
    "family_name",
    "given_name",
    "employment_status",
    "consent_legal_basis",
    "consent_notice_version",
)
