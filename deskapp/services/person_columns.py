"""The columns of a person registry file: what ``export persons`` writes and
``import persons`` reads. One list, so the two can never drift apart."""

from __future__ import annotations

from deskapp.models.enums import DISADVANTAGE_FIELDS

# Person fields, in file order; each header is the schema field name.
PERSON_FIELD_COLUMNS: tuple[str, ...] = (
    "family_name",
    "given_name",
    "sex",
    "birth_date",
    "birthplace",
    "codice_fiscale",
    "citizenship",
    "address",
    "municipality",
    "postal_code",
    "phone",
    "email",
    "education",
    "employment_status",
    "unemployed_since",
    "previous_employer",
    "previous_employer_in_crisis",
    "contact_channel",
    "first_contact_date",
    *(name for name, _ in DISADVANTAGE_FIELDS),
    "notes",
)
# The first consent recorded for the person, so the legal basis travels with them.
CONSENT_COLUMNS: tuple[str, ...] = (
    "consent_purpose",
    "consent_legal_basis",
    "consent_notice_version",
    "consent_date",
)
DESK_COLUMN = "desk"
PERSON_FILE_COLUMNS: tuple[str, ...] = (DESK_COLUMN, *PERSON_FIELD_COLUMNS, *CONSENT_COLUMNS)
REQUIRED_COLUMNS = (
    "family_name",
    "given_name",
    "employment_status",
    "consent_legal_basis",
    "consent_notice_version",
)
