"""Pydantic schemas for every input the services accept.

Titles are the labels the operator sees (marked for translation, context "Field"),
so an error reads "Codice fiscale: has a wrong check character".
The validation context may carry ``region`` ("IT"/"FR": the desk's country) for
phone numbers, postcodes and the new enterprise's company number, and ``today`` for
date checks.

Every text field is one of the Text types of deskapp.models.fields, which carry the
rules for text from anywhere (the desk's form, an import file, the command line): a
length that fits the field, checked first; composed Unicode (NFC); no invisible
control characters or bidirectional overrides; line breaks and tabs in notes only.
"""

from __future__ import annotations

import datetime as dt
import functools
from decimal import Decimal
from typing import Any, get_args

from pydantic import BaseModel, ConfigDict, Field, ValidationInfo, field_validator, model_validator

from deskapp.i18n import QT_TRANSLATE_NOOP
from deskapp.models import enums as en
from deskapp.models import sectors
from deskapp.models.fields import (
    DateIn,
    LongText,
    MoneyIn,
    OptionalDateIn,
    OptionalMoneyIn,
    RequiredText40,
    RequiredText120,
    RequiredText255,
    Text2,
    Text10,
    Text20,
    Text40,
    Text120,
    Text254,
    Text255,
    field_error,
    parse_enum_value,
)
from deskapp.models.identifiers import (
    IdentifierError,
    check_codice_fiscale,
    check_nir,
    nir_mismatch,
    normalise_company_number,
    normalise_email,
    normalise_enterprise_number,
    normalise_phone,
    normalise_postcode,
)


def _identifier(check: Any, value: Any, *args: Any) -> Any:
    try:
        return check(value, *args)
    except IdentifierError as exc:
        raise field_error(exc.template, **exc.params) from None


def _today(info: ValidationInfo) -> dt.date:
    return (info.context or {}).get("today") or dt.date.today()


def _region(info: ValidationInfo) -> str:
    """The desk's country, which reads numbers and postcodes written without one."""
    return str((info.context or {}).get("region", "IT"))


class Schema(BaseModel):
    model_config = ConfigDict(extra="forbid", str_strip_whitespace=True, frozen=True)

    @model_validator(mode="before")
    @classmethod
    def _accept_labels(cls, data: Any) -> Any:
        """Enum fields take the stored value or the English label ("laid_off" or
        "Laid off after a company crisis"); a blank cell means "not given". One pass
        per record: imports validate 100,000 of them."""
        if not isinstance(data, dict):
            return data
        enums = _enum_fields(cls)
        if not any(name in data for name in enums):
            return data
        data = dict(data)
        for name, enum_cls in enums.items():
            if name in data:
                data[name] = parse_enum_value(enum_cls, data[name])
        return data


@functools.cache
def _enum_fields(model: type[BaseModel]) -> dict[str, type[en.LabelledEnum]]:
    found: dict[str, type[en.LabelledEnum]] = {}
    for name, info in model.model_fields.items():
        for candidate in (info.annotation, *get_args(info.annotation)):
            if isinstance(candidate, type) and issubclass(candidate, en.LabelledEnum):
                found[name] = candidate
    return found


def _with_nace(data: Any, field: str, words_allowed: bool) -> Any:
    """Fill ``nace_code`` from the sector field (a NACE code given alone is taken as the
    sector); the sector field's own check says what is wrong with a bad code."""
    if not isinstance(data, dict):
        return data
    data = dict(data)
    typed = str(data.get(field) or data.get("nace_code") or "")
    if not words_allowed or sectors.looks_like_code(typed):
        data[field] = typed
    data["nace_code"] = sectors.nace_code(typed)
    return data


def _sector_code(value: str, words_allowed: bool) -> str:
    """A sector code as its list writes it (25.62.00, 25.62A, 25.62), refused when no
    list has it; words where they are allowed (a skill's sector) as typed."""
    if words_allowed and not sectors.looks_like_code(value):
        return value
    try:
        sector = sectors.parse_sector(value)
    except sectors.SectorError as error:
        raise field_error(error.template, **error.params) from None
    return sector.code if sector else ""


class DeskInput(Schema):
    name: RequiredText120 = Field(title=QT_TRANSLATE_NOOP("Field", "Desk name"))
    organisation: Text255 = Field("", title=QT_TRANSLATE_NOOP("Field", "Organisation"))
    region: en.Region = Field(title=QT_TRANSLATE_NOOP("Field", "Region"))
    country: en.Country = Field(title=QT_TRANSLATE_NOOP("Field", "Country"))
    address: Text255 = Field("", title=QT_TRANSLATE_NOOP("Field", "Address"))
    language: en.Language = Field(title=QT_TRANSLATE_NOOP("Field", "Language"))


class OperatorInput(Schema):
    name: RequiredText120 = Field(title=QT_TRANSLATE_NOOP("Field", "Operator name"))
    role: en.OperatorRole = Field(
        en.OperatorRole.OPERATOR, title=QT_TRANSLATE_NOOP("Field", "Role")
    )
    email: Text254 = Field("", title=QT_TRANSLATE_NOOP("Field", "E-mail"))
    desk_id: int | None = Field(None, title=QT_TRANSLATE_NOOP("Field", "Desk"))

    @field_validator("email")
    @classmethod
    def _email(cls, value: str) -> str:
        return str(_identifier(normalise_email, value))


class ConsentInput(Schema):
    purpose: en.ConsentPurpose = Field(
        en.ConsentPurpose.SERVICE, title=QT_TRANSLATE_NOOP("Field", "Purpose")
    )
    legal_basis: en.LegalBasis = Field(title=QT_TRANSLATE_NOOP("Field", "Legal basis"))
    notice_version: RequiredText40 = Field(
        title=QT_TRANSLATE_NOOP("Field", "Privacy notice version")
    )
    given_on: DateIn = Field(
        default_factory=dt.date.today, title=QT_TRANSLATE_NOOP("Field", "Date")
    )

    # A consent already withdrawn is still part of the record (what was allowed, and
    # until when): registry files carry it.
    withdrawn_on: OptionalDateIn = Field(None, title=QT_TRANSLATE_NOOP("Field", "Withdrawn on"))

    @field_validator("given_on", "withdrawn_on")
    @classmethod
    def _not_future(cls, value: dt.date | None, info: ValidationInfo) -> dt.date | None:
        if value is not None and value > _today(info):
            raise field_error(QT_TRANSLATE_NOOP("Error", "cannot be in the future"))
        return value

    @model_validator(mode="after")
    def _withdrawn_after_given(self) -> ConsentInput:
        if self.withdrawn_on is not None and self.withdrawn_on < self.given_on:
            raise field_error(
                QT_TRANSLATE_NOOP("Error", "is before the date the consent was given"),
                field="withdrawn_on",
            )
        return self


class PersonInput(Schema):
    """The registry record. Sex, birth date and birthplace may be left out when a
    codice fiscale is given: they are then read from it."""

    # Not frozen: the cross-check below fills what the codice fiscale tells.
    model_config = ConfigDict(extra="forbid", str_strip_whitespace=True, frozen=False)

    given_name: RequiredText120 = Field(title=QT_TRANSLATE_NOOP("Field", "Given name"))
    family_name: RequiredText120 = Field(title=QT_TRANSLATE_NOOP("Field", "Family name"))
    sex: en.Sex | None = Field(None, title=QT_TRANSLATE_NOOP("Field", "Sex"))
    birth_date: OptionalDateIn = Field(None, title=QT_TRANSLATE_NOOP("Field", "Birth date"))
    birthplace: Text120 = Field("", title=QT_TRANSLATE_NOOP("Field", "Birthplace"))
    codice_fiscale: Text20 = Field("", title=QT_TRANSLATE_NOOP("Field", "Codice fiscale"))
    # Text40: a NIR is often typed with spaces (2 84 12 76 451 089 46); stored compact.
    nir: Text40 = Field("", title=QT_TRANSLATE_NOOP("Field", "Social security no. (NIR)"))
    citizenship: Text2 = Field("", title=QT_TRANSLATE_NOOP("Field", "Citizenship"))
    address: Text255 = Field("", title=QT_TRANSLATE_NOOP("Field", "Address"))
    municipality: Text120 = Field("", title=QT_TRANSLATE_NOOP("Field", "Municipality"))
    postal_code: Text10 = Field("", title=QT_TRANSLATE_NOOP("Field", "Postal code"))
    phone: Text40 = Field("", title=QT_TRANSLATE_NOOP("Field", "Phone"))
    email: Text254 = Field("", title=QT_TRANSLATE_NOOP("Field", "E-mail"))
    education: en.Isced | None = Field(None, title=QT_TRANSLATE_NOOP("Field", "Education (ISCED)"))
    employment_status: en.EmploymentStatus = Field(
        title=QT_TRANSLATE_NOOP("Field", "Employment status")
    )
    unemployed_since: OptionalDateIn = Field(
        None, title=QT_TRANSLATE_NOOP("Field", "Unemployed since")
    )
    france_travail_registered_on: OptionalDateIn = Field(
        None, title=QT_TRANSLATE_NOOP("Field", "Registered at France Travail on")
    )
    france_travail_category: en.FranceTravailCategory | None = Field(
        None, title=QT_TRANSLATE_NOOP("Field", "France Travail category")
    )
    previous_employer: Text255 = Field("", title=QT_TRANSLATE_NOOP("Field", "Previous employer"))
    previous_employer_in_crisis: bool = Field(
        False, title=QT_TRANSLATE_NOOP("Field", "Previous employer in crisis")
    )
    contact_channel: en.ContactChannel | None = Field(
        None, title=QT_TRANSLATE_NOOP("Field", "How they reached the desk")
    )
    first_contact_date: DateIn = Field(
        default_factory=dt.date.today, title=QT_TRANSLATE_NOOP("Field", "First contact date")
    )
    notes: LongText = Field("", title=QT_TRANSLATE_NOOP("Field", "Notes"))
    disability: en.Disclosure | None = Field(None, title=QT_TRANSLATE_NOOP("Field", "Disability"))
    long_term_unemployed: en.Disclosure | None = Field(
        None, title=QT_TRANSLATE_NOOP("Field", "Long-term unemployed")
    )
    ex_detainee: en.Disclosure | None = Field(None, title=QT_TRANSLATE_NOOP("Field", "Ex-detainee"))
    addiction: en.Disclosure | None = Field(None, title=QT_TRANSLATE_NOOP("Field", "Addiction"))
    migrant: en.Disclosure | None = Field(
        None, title=QT_TRANSLATE_NOOP("Field", "Migrant background")
    )
    other_disadvantage: en.Disclosure | None = Field(
        None, title=QT_TRANSLATE_NOOP("Field", "Other disadvantage")
    )
    # Filled by the codice fiscale check, not by the caller.
    birthplace_code: str | None = Field(None, exclude=True)
    codice_fiscale_warning: str | None = Field(None, exclude=True)

    @field_validator("phone")
    @classmethod
    def _phone(cls, value: str, info: ValidationInfo) -> str:
        return str(_identifier(normalise_phone, value, _region(info)))

    @field_validator("postal_code")
    @classmethod
    def _postal_code(cls, value: str, info: ValidationInfo) -> str:
        return str(_identifier(normalise_postcode, value, _region(info)))

    @field_validator("nir")
    @classmethod
    def _nir(cls, value: str) -> str:
        if not value:
            return value
        return str(_identifier(check_nir, value).code)

    @field_validator("email")
    @classmethod
    def _email(cls, value: str) -> str:
        return str(_identifier(normalise_email, value))

    @field_validator("citizenship")
    @classmethod
    def _citizenship(cls, value: str) -> str:
        if value and not (len(value) == 2 and value.isalpha()):
            raise field_error(
                QT_TRANSLATE_NOOP("Error", "must be a two-letter country code, e.g. IT")
            )
        return value.upper()

    @field_validator("birth_date")
    @classmethod
    def _birth_date(cls, value: dt.date | None, info: ValidationInfo) -> dt.date | None:
        if value is None:
            return value
        today = _today(info)
        if value > today:
            raise field_error(QT_TRANSLATE_NOOP("Error", "cannot be in the future"))
        if value.year < today.year - 110:
            raise field_error(QT_TRANSLATE_NOOP("Error", "is more than 110 years ago"))
        return value

    @field_validator("first_contact_date")
    @classmethod
    def _first_contact(cls, value: dt.date, info: ValidationInfo) -> dt.date:
        if value > _today(info):
            raise field_error(QT_TRANSLATE_NOOP("Error", "cannot be in the future"))
        return value

    @field_validator("codice_fiscale")
    @classmethod
    def _codice_fiscale(cls, value: str, info: ValidationInfo) -> str:
        if not value:
            return value
        return str(_identifier(check_codice_fiscale, value, _today(info)).code)

    @model_validator(mode="after")
    def _fill_and_cross_check(self, info: ValidationInfo) -> PersonInput:
        """Fill sex, birth date and birthplace from the codice fiscale when left blank;
        refuse a code that disagrees with what was entered."""
        if self.codice_fiscale:
            cf = check_codice_fiscale(self.codice_fiscale, _today(info))
            if self.sex is None:
                self.sex = en.Sex.parse(cf.sex)
            elif self.sex.value != cf.sex:
                raise field_error(
                    QT_TRANSLATE_NOOP(
                        "Error", "does not match the sex entered (the code is for {sex})"
                    ),
                    field="codice_fiscale",
                    sex=en.Sex.parse(cf.sex).label.lower(),
                )
            if self.birth_date is None:
                self.birth_date = cf.birth_date
            elif self.birth_date != cf.birth_date:
                raise field_error(
                    QT_TRANSLATE_NOOP(
                        "Error",
                        "does not match the birth date entered (the code says {date})",
                    ),
                    field="codice_fiscale",
                    date=cf.birth_date.strftime("%d/%m/%Y"),
                )
            if not self.birthplace:
                self.birthplace = cf.birthplace_name.title()
            self.birthplace_code = cf.birthplace_code
            self.codice_fiscale_warning = cf.warning
        if self.nir:
            # After the codice fiscale, which may have given sex and birth date.
            nir = check_nir(self.nir)
            if self.sex is None:
                self.sex = en.Sex.parse(nir.sex)
            mismatch = nir_mismatch(nir, self.sex.value, self.birth_date)
            if mismatch is not None:
                raise field_error(mismatch.template, field="nir", **mismatch.params)
        if self.sex is None:
            raise field_error(
                QT_TRANSLATE_NOOP("Error", "is required (or give the codice fiscale)"), field="sex"
            )
        if self.birth_date is None:
            raise field_error(
                QT_TRANSLATE_NOOP("Error", "is required (or give the codice fiscale)"),
                field="birth_date",
            )
        return self

    @model_validator(mode="after")
    def _france_travail(self, info: ValidationInfo) -> PersonInput:
        registered = self.france_travail_registered_on
        if registered is None:
            return self
        if registered > _today(info):
            raise field_error(
                QT_TRANSLATE_NOOP("Error", "cannot be in the future"),
                field="france_travail_registered_on",
            )
        if self.birth_date is not None and registered <= self.birth_date:
            raise field_error(
                QT_TRANSLATE_NOOP("Error", "is not after the birth date"),
                field="france_travail_registered_on",
            )
        return self


class NewPersonInput(PersonInput):
    """A first registration: the legal basis of the processing must come with it."""

    consent: ConsentInput | None = Field(None, title=QT_TRANSLATE_NOOP("Field", "Privacy"))

    @field_validator("consent")
    @classmethod
    def _consent_required(cls, value: ConsentInput | None) -> ConsentInput:
        if value is None:
            raise field_error(
                QT_TRANSLATE_NOOP(
                    "Error",
                    "record the legal basis and the privacy notice version before saving",
                )
            )
        return value


class SkillInput(Schema):
    description: RequiredText255 = Field(title=QT_TRANSLATE_NOOP("Field", "Occupation or skill"))
    occupation_code: Text40 = Field(
        "", title=QT_TRANSLATE_NOOP("Field", "ISTAT CP2011 / ESCO code")
    )
    level: en.SkillLevel | None = Field(None, title=QT_TRANSLATE_NOOP("Field", "Level"))
    years_experience: int | None = Field(
        None, ge=0, le=70, title=QT_TRANSLATE_NOOP("Field", "Years of experience")
    )
    # A sector code (ATECO, NAF or NACE: shown with its label in the reader's language)
    # or, as before codes were asked for, words; nace_code is worked out from it.
    sector: Text120 = Field("", title=QT_TRANSLATE_NOOP("Field", "Sector"))
    nace_code: Text10 = Field("", title=QT_TRANSLATE_NOOP("Field", "NACE code"))
    evidence: en.Evidence = Field(en.Evidence.NONE, title=QT_TRANSLATE_NOOP("Field", "Evidence"))

    @model_validator(mode="before")
    @classmethod
    def _sector_nace(cls, data: Any) -> Any:
        return _with_nace(data, "sector", words_allowed=True)

    @field_validator("sector")
    @classmethod
    def _sector(cls, value: str) -> str:
        return _sector_code(value, words_allowed=True)


class NeedInput(Schema):
    kind: en.NeedKind = Field(title=QT_TRANSLATE_NOOP("Field", "Need"))
    note: LongText = Field("", title=QT_TRANSLATE_NOOP("Field", "Note"))
    outcome: en.NeedOutcome = Field(
        en.NeedOutcome.OPEN, title=QT_TRANSLATE_NOOP("Field", "Outcome")
    )


class NeedsAssessmentInput(Schema):
    assessed_on: DateIn = Field(
        default_factory=dt.date.today, title=QT_TRANSLATE_NOOP("Field", "Date")
    )
    note: LongText = Field("", title=QT_TRANSLATE_NOOP("Field", "Note"))
    needs: list[NeedInput] = Field(min_length=1, title=QT_TRANSLATE_NOOP("Field", "Needs"))


class ResourceInput(Schema):
    kind: en.ResourceKind = Field(title=QT_TRANSLATE_NOOP("Field", "Kind of resource"))
    name: RequiredText255 = Field(title=QT_TRANSLATE_NOOP("Field", "Name"))
    owner: Text255 = Field("", title=QT_TRANSLATE_NOOP("Field", "Owner"))
    municipality: Text120 = Field("", title=QT_TRANSLATE_NOOP("Field", "Municipality"))
    size_m2: float | None = Field(None, ge=0, title=QT_TRANSLATE_NOOP("Field", "Size (m²)"))
    size_note: Text255 = Field("", title=QT_TRANSLATE_NOOP("Field", "Size notes"))
    availability: en.Availability = Field(
        en.Availability.AVAILABLE, title=QT_TRANSLATE_NOOP("Field", "Availability")
    )
    notes: LongText = Field("", title=QT_TRANSLATE_NOOP("Field", "Notes"))


class ProjectInput(Schema):
    title: RequiredText255 = Field(title=QT_TRANSLATE_NOOP("Field", "Project title"))
    kind: en.ProjectKind = Field(title=QT_TRANSLATE_NOOP("Field", "Kind of project"))
    # The code as typed (ATECO, NAF or NACE) and the NACE Rev. 2 code worked out from it.
    sector_code: Text10 = Field("", title=QT_TRANSLATE_NOOP("Field", "Sector of activity (code)"))
    nace_code: Text10 = Field("", title=QT_TRANSLATE_NOOP("Field", "NACE code"))
    lead_operator_id: int | None = Field(None, title=QT_TRANSLATE_NOOP("Field", "Lead operator"))
    origin_company_name: Text255 = Field("", title=QT_TRANSLATE_NOOP("Field", "Origin company"))
    origin_company_vat: Text20 = Field(
        "", title=QT_TRANSLATE_NOOP("Field", "Origin company VAT number")
    )
    origin_company_situation: en.CrisisSituation | None = Field(
        None, title=QT_TRANSLATE_NOOP("Field", "Origin company situation")
    )
    planned_legal_form: en.LegalForm | None = Field(
        None, title=QT_TRANSLATE_NOOP("Field", "Planned legal form")
    )
    enterprise_company_number: Text20 = Field(
        "", title=QT_TRANSLATE_NOOP("Field", "New enterprise's number")
    )
    expected_jobs: int | None = Field(
        None, ge=0, le=100_000, title=QT_TRANSLATE_NOOP("Field", "Expected jobs")
    )
    employees: int | None = Field(
        None, ge=0, le=100_000, title=QT_TRANSLATE_NOOP("Field", "Employees besides members")
    )
    planned_start_date: OptionalDateIn = Field(
        None, title=QT_TRANSLATE_NOOP("Field", "Planned start date")
    )
    actual_start_date: OptionalDateIn = Field(
        None, title=QT_TRANSLATE_NOOP("Field", "Actual start date")
    )
    next_action: Text255 = Field("", title=QT_TRANSLATE_NOOP("Field", "Next action"))
    next_action_due: OptionalDateIn = Field(
        None, title=QT_TRANSLATE_NOOP("Field", "Next action due")
    )
    notes: LongText = Field("", title=QT_TRANSLATE_NOOP("Field", "Notes"))

    @model_validator(mode="before")
    @classmethod
    def _sector_nace(cls, data: Any) -> Any:
        if isinstance(data, dict) and "ateco_code" in data:  # files and scripts of before
            data = dict(data)
            data.setdefault("sector_code", data.pop("ateco_code"))
        return _with_nace(data, "sector_code", words_allowed=False)

    @field_validator("sector_code")
    @classmethod
    def _sector(cls, value: str) -> str:
        return _sector_code(value, words_allowed=False)

    @field_validator("origin_company_vat")
    @classmethod
    def _vat(cls, value: str) -> str:
        # Either side of the border, on either side's desks: the message names the
        # identifier the number was read as.
        return str(_identifier(normalise_company_number, value))

    @field_validator("enterprise_company_number")
    @classmethod
    def _enterprise_number(cls, value: str, info: ValidationInfo) -> str:
        # Registered where its desk is: a partita IVA in Italy, a SIREN or SIRET in France.
        return str(_identifier(normalise_enterprise_number, value, _region(info)))

    @field_validator("actual_start_date")
    @classmethod
    def _started(cls, value: dt.date | None, info: ValidationInfo) -> dt.date | None:
        if value is not None and value > _today(info):
            raise field_error(QT_TRANSLATE_NOOP("Error", "cannot be in the future"))
        return value


class MembershipInput(Schema):
    person_id: int = Field(title=QT_TRANSLATE_NOOP("Field", "Person"))
    role: en.MemberRole = Field(title=QT_TRANSLATE_NOOP("Field", "Role"))
    capital_pledged: MoneyIn = Field(
        Decimal("0"), ge=0, title=QT_TRANSLATE_NOOP("Field", "Capital pledged")
    )
    capital_paid: MoneyIn = Field(
        Decimal("0"), ge=0, title=QT_TRANSLATE_NOOP("Field", "Capital paid in")
    )
    tfr_part: MoneyIn = Field(
        Decimal("0"), ge=0, title=QT_TRANSLATE_NOOP("Field", "of which from TFR")
    )
    naspi_part: MoneyIn = Field(
        Decimal("0"), ge=0, title=QT_TRANSLATE_NOOP("Field", "of which from NASpI advance")
    )
    # France: the remaining unemployment benefit (ARE) taken as capital (ARCE) or kept
    # monthly; the two are alternatives.
    unemployment_rights_use: en.UnemploymentRightsUse | None = Field(
        None, title=QT_TRANSLATE_NOOP("Field", "Unemployment rights (ARE)")
    )
    arce_part: MoneyIn = Field(
        Decimal("0"), ge=0, title=QT_TRANSLATE_NOOP("Field", "of which from ARCE")
    )
    are_monthly_amount: OptionalMoneyIn = Field(
        None, ge=0, title=QT_TRANSLATE_NOOP("Field", "ARE kept: monthly amount")
    )
    are_months_left: int | None = Field(
        None, ge=0, le=48, title=QT_TRANSLATE_NOOP("Field", "ARE kept: months of rights left")
    )

    @model_validator(mode="after")
    def _parts(self) -> MembershipInput:
        for name in ("capital_pledged", "capital_paid", "tfr_part", "naspi_part", "arce_part"):
            value: Decimal = getattr(self, name)
            if value != value.quantize(Decimal("0.01")):
                raise field_error(
                    QT_TRANSLATE_NOOP("Error", "has more than two decimals"), field=name
                )
        if self.capital_paid > self.capital_pledged:
            raise field_error(
                QT_TRANSLATE_NOOP("Error", "cannot be more than the capital pledged"),
                field="capital_paid",
            )
        if self.tfr_part + self.naspi_part > self.capital_pledged:
            raise field_error(
                QT_TRANSLATE_NOOP(
                    "Error", "TFR and NASpI parts together exceed the capital pledged"
                ),
                field="tfr_part",
            )
        self._unemployment_rights()
        return self

    def _unemployment_rights(self) -> None:
        """ARCE (capital) or ARE kept monthly (income): one or the other, as chosen."""
        use = self.unemployment_rights_use
        monthly = self.are_monthly_amount
        if monthly is not None and monthly != monthly.quantize(Decimal("0.01")):
            raise field_error(
                QT_TRANSLATE_NOOP("Error", "has more than two decimals"),
                field="are_monthly_amount",
            )
        keeps_are = monthly is not None or self.are_months_left is not None
        if self.arce_part > 0 and use is not en.UnemploymentRightsUse.ARCE:
            raise field_error(
                QT_TRANSLATE_NOOP(
                    "Error",
                    "an ARCE part needs ARCE as the use of the unemployment rights (ARCE "
                    "and ARE kept monthly are alternatives)",
                ),
                field="arce_part",
            )
        if keeps_are and use is not en.UnemploymentRightsUse.ARE_MONTHLY:
            raise field_error(
                QT_TRANSLATE_NOOP(
                    "Error",
                    "is recorded only when the member keeps ARE monthly (ARCE and ARE "
                    "kept monthly are alternatives)",
                ),
                field="are_monthly_amount" if monthly is not None else "are_months_left",
            )
        if self.tfr_part + self.naspi_part + self.arce_part > self.capital_pledged:
            raise field_error(
                QT_TRANSLATE_NOOP("Error", "with the other parts, it exceeds the capital pledged"),
                field="arce_part",
            )


class ActivityInput(Schema):
    kind: en.ActivityKind = Field(title=QT_TRANSLATE_NOOP("Field", "Activity"))
    occurred_at: dt.datetime = Field(title=QT_TRANSLATE_NOOP("Field", "Date and time"))
    duration_minutes: int = Field(
        0, ge=0, le=24 * 60, title=QT_TRANSLATE_NOOP("Field", "Duration (minutes)")
    )
    person_id: int | None = Field(None, title=QT_TRANSLATE_NOOP("Field", "Person"))
    project_id: int | None = Field(None, title=QT_TRANSLATE_NOOP("Field", "Project"))
    notes: LongText = Field("", title=QT_TRANSLATE_NOOP("Field", "Notes"))
    follow_up_due: OptionalDateIn = Field(None, title=QT_TRANSLATE_NOOP("Field", "Follow-up due"))

    @model_validator(mode="after")
    def _about_someone(self) -> ActivityInput:
        if self.person_id is None and self.project_id is None:
            raise field_error(
                QT_TRANSLATE_NOOP("Error", "choose a person or a project"), field="person_id"
            )
        if self.follow_up_due is not None and self.follow_up_due < self.occurred_at.date():
            raise field_error(
                QT_TRANSLATE_NOOP("Error", "cannot be before the activity itself"),
                field="follow_up_due",
            )
        return self


class FundingInput(Schema):
    instrument: en.FundingInstrument = Field(title=QT_TRANSLATE_NOOP("Field", "Instrument"))
    status: en.FundingStatus = Field(
        en.FundingStatus.TO_PREPARE, title=QT_TRANSLATE_NOOP("Field", "Status")
    )
    amount_requested: MoneyIn = Field(
        Decimal("0"), ge=0, title=QT_TRANSLATE_NOOP("Field", "Amount requested")
    )
    amount_granted: OptionalMoneyIn = Field(
        None, ge=0, title=QT_TRANSLATE_NOOP("Field", "Amount granted")
    )
    amount_disbursed: OptionalMoneyIn = Field(
        None, ge=0, title=QT_TRANSLATE_NOOP("Field", "Amount disbursed")
    )
    submitted_on: OptionalDateIn = Field(None, title=QT_TRANSLATE_NOOP("Field", "Submitted on"))
    decided_on: OptionalDateIn = Field(None, title=QT_TRANSLATE_NOOP("Field", "Decided on"))
    disbursed_on: OptionalDateIn = Field(None, title=QT_TRANSLATE_NOOP("Field", "Disbursed on"))
    notes: LongText = Field("", title=QT_TRANSLATE_NOOP("Field", "Notes"))

    @model_validator(mode="after")
    def _amounts(self) -> FundingInput:
        granted = self.amount_granted
        if granted is not None and self.amount_disbursed is not None:
            if self.amount_disbursed > granted:
                raise field_error(
                    QT_TRANSLATE_NOOP("Error", "cannot be more than the amount granted"),
                    field="amount_disbursed",
                )
        if self.submitted_on and self.decided_on and self.decided_on < self.submitted_on:
            raise field_error(
                QT_TRANSLATE_NOOP("Error", "cannot be before the submission"), field="decided_on"
            )
        return self


class CatalogueEntryInput(Schema):
    """An instrument of the funding catalogue, as a coordinator records it."""

    name: RequiredText120 = Field(title=QT_TRANSLATE_NOOP("Field", "Name"))
    instrument: en.FundingInstrument = Field(title=QT_TRANSLATE_NOOP("Field", "Category"))
    country: en.Country | None = Field(
        None, title=QT_TRANSLATE_NOOP("Field", "Country (blank: both)")
    )
    provider: Text120 = Field("", title=QT_TRANSLATE_NOOP("Field", "Provided by"))
    eligibility: LongText = Field(
        "", title=QT_TRANSLATE_NOOP("Field", "Who may apply, and for what")
    )
    max_amount: OptionalMoneyIn = Field(None, ge=0, title=QT_TRANSLATE_NOOP("Field", "Up to"))
    deadline: OptionalDateIn = Field(None, title=QT_TRANSLATE_NOOP("Field", "Deadline"))
    web: Text255 = Field("", title=QT_TRANSLATE_NOOP("Field", "Web page"))
    active: bool = Field(True, title=QT_TRANSLATE_NOOP("Field", "Still open"))
