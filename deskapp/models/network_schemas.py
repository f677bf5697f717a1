"""Inputs of the network (issue 18): organisations, their contacts and relations,
openings, the roles a project needs, and the outcome of a proposal. The same rules as
every other input (deskapp.models.schemas): labels the operator reads, text checked
for length and invisible characters, identifiers checked with python-stdnum."""

from __future__ import annotations

import datetime as dt
from typing import Any

from pydantic import Field, ValidationInfo, field_validator, model_validator

from deskapp.i18n import QT_TRANSLATE_NOOP
from deskapp.models import enums as en
from deskapp.models.fields import (
    DateIn,
    LongText,
    OptionalDateIn,
    RequiredText120,
    RequiredText255,
    Text2,
    Text10,
    Text40,
    Text120,
    Text254,
    Text255,
    field_error,
)
from deskapp.models.identifiers import normalise_company_number, normalise_email, normalise_phone
from deskapp.models.schemas import Schema, _identifier, _region, _sector_code, _today, _with_nace


def _country_code(value: str) -> str:
    if value and not (len(value) == 2 and value.isalpha() and value.isascii()):
        raise field_error(QT_TRANSLATE_NOOP("Error", "must be a two-letter country code, e.g. IT"))
    return value.upper()


def _phone(value: str, info: ValidationInfo, country: str = "") -> str:
    region = country if country in ("IT", "FR") else _region(info)
    return str(_identifier(normalise_phone, value, region))


class OrganisationInput(Schema):
    name: RequiredText255 = Field(title=QT_TRANSLATE_NOOP("Field", "Name"))
    kind: en.OrganisationKind = Field(title=QT_TRANSLATE_NOOP("Field", "Kind of organisation"))
    sector_code: Text10 = Field("", title=QT_TRANSLATE_NOOP("Field", "Sector of activity (code)"))
    nace_code: Text10 = Field("", title=QT_TRANSLATE_NOOP("Field", "NACE code"))
    supply_chain_id: int | None = Field(None, title=QT_TRANSLATE_NOOP("Field", "Supply chain"))
    country: Text2 = Field(title=QT_TRANSLATE_NOOP("Field", "Country"))
    municipality: Text120 = Field("", title=QT_TRANSLATE_NOOP("Field", "Municipality"))
    size: en.OrganisationSize | None = Field(None, title=QT_TRANSLATE_NOOP("Field", "Size"))
    activities: LongText = Field("", title=QT_TRANSLATE_NOOP("Field", "What they do"))
    seeks: LongText = Field("", title=QT_TRANSLATE_NOOP("Field", "What they seek"))
    company_number: Text40 = Field(
        "", title=QT_TRANSLATE_NOOP("Field", "Company number (partita IVA, SIREN, SIRET)")
    )
    email: Text254 = Field("", title=QT_TRANSLATE_NOOP("Field", "E-mail"))
    phone: Text40 = Field("", title=QT_TRANSLATE_NOOP("Field", "Phone"))
    website: Text255 = Field("", title=QT_TRANSLATE_NOOP("Field", "Website"))
    notes: LongText = Field("", title=QT_TRANSLATE_NOOP("Field", "Notes"))
    active: bool = Field(True, title=QT_TRANSLATE_NOOP("Field", "Active"))

    @model_validator(mode="before")
    @classmethod
    def _sector_nace(cls, data: Any) -> Any:
        return _with_nace(data, "sector_code", words_allowed=False)

    @field_validator("sector_code")
    @classmethod
    def _sector(cls, value: str) -> str:
        return _sector_code(value, words_allowed=False)

    @field_validator("country")
    @classmethod
    def _country(cls, value: str) -> str:
        if not value:
            raise field_error(QT_TRANSLATE_NOOP("Error", "is required"))
        return _country_code(value)

    @field_validator("company_number")
    @classmethod
    def _company_number(cls, value: str) -> str:
        # Either side of the border: the number's shape says which identifier it is.
        return str(_identifier(normalise_company_number, value))

    @field_validator("email")
    @classmethod
    def _email(cls, value: str) -> str:
        return str(_identifier(normalise_email, value))

    @field_validator("phone")
    @classmethod
    def _phone(cls, value: str, info: ValidationInfo) -> str:
        return _phone(value, info, str(info.data.get("country", "")))


class ContactInput(Schema):
    name: RequiredText120 = Field(title=QT_TRANSLATE_NOOP("Field", "Contact person"))
    role: Text120 = Field("", title=QT_TRANSLATE_NOOP("Field", "Role"))
    email: Text254 = Field("", title=QT_TRANSLATE_NOOP("Field", "E-mail"))
    phone: Text40 = Field("", title=QT_TRANSLATE_NOOP("Field", "Phone"))

    @field_validator("email")
    @classmethod
    def _email(cls, value: str) -> str:
        return str(_identifier(normalise_email, value))

    @field_validator("phone")
    @classmethod
    def _phone(cls, value: str, info: ValidationInfo) -> str:
        return _phone(value, info)


class RelationInput(Schema):
    kind: en.RelationKind = Field(title=QT_TRANSLATE_NOOP("Field", "Relation"))
    other_id: int | None = Field(None, title=QT_TRANSLATE_NOOP("Field", "Organisation"))
    project_id: int | None = Field(None, title=QT_TRANSLATE_NOOP("Field", "Project"))
    since: OptionalDateIn = Field(None, title=QT_TRANSLATE_NOOP("Field", "Since"))

    @model_validator(mode="after")
    def _one_side(self) -> RelationInput:
        if (self.other_id is None) == (self.project_id is None):
            raise field_error(
                QT_TRANSLATE_NOOP("Error", "name either an organisation or a project"),
                field="other_id",
            )
        if self.project_id is None and self.kind in (
            en.RelationKind.SUPPLIER_OF,
            en.RelationKind.CUSTOMER_OF,
        ):
            # Suppliers and customers are recorded for the desks' projects only.
            raise field_error(
                QT_TRANSLATE_NOOP("Error", "a supplier or customer is one of a project"),
                field="project_id",
            )
        if self.project_id is not None and self.kind is en.RelationKind.MEMBER_OF:
            raise field_error(
                QT_TRANSLATE_NOOP("Error", "is a member of an organisation, not of a project"),
                field="other_id",
            )
        return self


class _Wanted(Schema):
    """What an opening and a project's role share: the role, its skills, a level."""

    title: RequiredText255 = Field(title=QT_TRANSLATE_NOOP("Field", "Role"))
    skills: Text255 = Field("", title=QT_TRANSLATE_NOOP("Field", "Skills wanted"))
    level: en.SkillLevel | None = Field(None, title=QT_TRANSLATE_NOOP("Field", "Level wanted"))
    posts: int = Field(1, ge=1, le=1000, title=QT_TRANSLATE_NOOP("Field", "Posts"))
    filled: int = Field(0, ge=0, le=1000, title=QT_TRANSLATE_NOOP("Field", "Posts filled"))

    @model_validator(mode="after")
    def _filled_within_posts(self) -> _Wanted:
        if self.filled > self.posts:
            raise field_error(
                QT_TRANSLATE_NOOP("Error", "cannot be more than the posts"), field="filled"
            )
        return self


class OpeningInput(_Wanted):
    municipality: Text120 = Field("", title=QT_TRANSLATE_NOOP("Field", "Place of work"))
    starts_on: OptionalDateIn = Field(None, title=QT_TRANSLATE_NOOP("Field", "Starts on"))
    until: OptionalDateIn = Field(None, title=QT_TRANSLATE_NOOP("Field", "Open until"))
    closed: bool = Field(False, title=QT_TRANSLATE_NOOP("Field", "Closed"))
    notes: LongText = Field("", title=QT_TRANSLATE_NOOP("Field", "Notes"))

    @model_validator(mode="after")
    def _dates(self) -> OpeningInput:
        if self.until and self.starts_on and self.until > self.starts_on + dt.timedelta(days=3650):
            raise field_error(
                QT_TRANSLATE_NOOP("Error", "is more than ten years after the start"),
                field="until",
            )
        return self


class ProjectRoleInput(_Wanted):
    pass


class OutcomeInput(Schema):
    person_id: int = Field(title=QT_TRANSLATE_NOOP("Field", "Person"))
    opening_id: int | None = Field(None, title=QT_TRANSLATE_NOOP("Field", "Opening"))
    project_role_id: int | None = Field(None, title=QT_TRANSLATE_NOOP("Field", "Project role"))
    status: en.MatchStatus = Field(title=QT_TRANSLATE_NOOP("Field", "Outcome"))
    happened_on: DateIn = Field(
        default_factory=dt.date.today, title=QT_TRANSLATE_NOOP("Field", "Date")
    )

    @field_validator("happened_on")
    @classmethod
    def _not_future(cls, value: dt.date, info: ValidationInfo) -> dt.date:
        if value > _today(info):
            raise field_error(QT_TRANSLATE_NOOP("Error", "cannot be in the future"))
        return value

    @model_validator(mode="after")
    def _one_target(self) -> OutcomeInput:
        if (self.opening_id is None) == (self.project_role_id is None):
            raise field_error(
                QT_TRANSLATE_NOOP("Error", "name either an opening or a project's role"),
                field="opening_id",
            )
        return self


class SupplyChainInput(Schema):
    code: RequiredText120 = Field(title=QT_TRANSLATE_NOOP("Field", "Code"))
    name_it: RequiredText120 = Field(title=QT_TRANSLATE_NOOP("Field", "Name in Italian"))
    name_fr: RequiredText120 = Field(title=QT_TRANSLATE_NOOP("Field", "Name in French"))
    name_en: RequiredText120 = Field(title=QT_TRANSLATE_NOOP("Field", "Name in English"))
    nace_prefixes: Text255 = Field("", title=QT_TRANSLATE_NOOP("Field", "NACE codes"))
    active: bool = Field(True, title=QT_TRANSLATE_NOOP("Field", "Active"))

    @field_validator("code")
    @classmethod
    def _code(cls, value: str) -> str:
        if len(value) > 40 or not value.replace("_", "").isalnum() or not value.isascii():
            raise field_error(
                QT_TRANSLATE_NOOP(
                    "Error", "use up to 40 letters, digits and underscores, e.g. nautical"
                )
            )
        return value.lower()

    @field_validator("nace_prefixes")
    @classmethod
    def _prefixes(cls, value: str) -> str:
        from deskapp.models import sectors

        codes = value.replace(",", " ").split()
        for code in codes:
            if not sectors.looks_like_code(code) or sectors.nace_code(code) == "":
                raise field_error(
                    QT_TRANSLATE_NOOP("Error", "{code} is not a NACE code (e.g. 30.1 or 55)"),
                    code=code,
                )
        return " ".join(sectors.nace_code(c) for c in codes)
