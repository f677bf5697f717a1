"""The people served: registry record, consents, skills and needs."""

from __future__ import annotations

import datetime as dt
from typing import Any

from sqlalchemy import (
    Boolean,
    Date,
    ForeignKey,
    Index,
    Integer,
    String,
    Text,
    UniqueConstraint,
    event,
)
from sqlalchemy.orm import Mapped, mapped_column, relationship

from deskapp.models.base import MEDIUM, SHORT, Base, Timestamped, Travels, Versioned, enum_column
from deskapp.models.enums import (
    ConsentPurpose,
    ContactChannel,
    Disclosure,
    EmploymentStatus,
    Evidence,
    FranceTravailCategory,
    Isced,
    LegalBasis,
    NeedKind,
    NeedOutcome,
    Sex,
    SkillLevel,
)
from deskapp.models.search_key import KEY_COLUMNS, SEARCH_KEY_TYPE, person_search_key
from deskapp.models.sql.collation import nocase
from deskapp.models.sql.registry_order import only_on


class Person(Travels, Versioned, Base):
    __tablename__ = "person"
    # A codice fiscale or a NIR belongs to one person of each database the records come
    # from (``origin``): at a coordinator's, the same person's records from two desks
    # each keep theirs, linked by deskapp.sync.linking (``counted_with``).
    __table_args__ = (
        UniqueConstraint("codice_fiscale", "origin", name="uq_person_codice_fiscale"),
        Index("ix_person_nir", "nir", "origin", unique=True),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    desk_id: Mapped[int] = mapped_column(ForeignKey("desk.id"), index=True)
    given_name: Mapped[str] = mapped_column(SHORT)
    family_name: Mapped[str] = mapped_column(SHORT)
    sex: Mapped[Sex] = enum_column(Sex)
    birth_date: Mapped[dt.date] = mapped_column(Date)
    # Municipality for people born in Italy, country otherwise, as written by the operator.
    birthplace: Mapped[str] = mapped_column(SHORT, default="")
    # Cadastral (Belfiore) code when known from the codice fiscale, e.g. D969 or Z110.
    birthplace_code: Mapped[str | None] = mapped_column(String(4))
    codice_fiscale: Mapped[str | None] = mapped_column(String(16))
    # Stored warning from the last codice fiscale check (e.g. birthplace code not
    # valid on the birth date): kept and shown, never a reason to refuse the record.
    codice_fiscale_warning: Mapped[str | None] = mapped_column(String(255))
    # French social security number (NIR) of people living in France, compact (15
    # characters, 2A/2B for Corsica); unique when given, as the codice fiscale.
    nir: Mapped[str | None] = mapped_column(String(15))
    citizenship: Mapped[str] = mapped_column(String(2), default="")  # ISO 3166-1 alpha-2
    address: Mapped[str] = mapped_column(MEDIUM, default="")
    municipality: Mapped[str] = mapped_column(SHORT, default="")
    postal_code: Mapped[str] = mapped_column(String(10), default="")
    phone: Mapped[str] = mapped_column(String(20), default="")  # E.164
    email: Mapped[str] = mapped_column(String(254), default="")
    education: Mapped[Isced | None] = enum_column(Isced, nullable=True)
    employment_status: Mapped[EmploymentStatus] = enum_column(EmploymentStatus, index=True)
    unemployed_since: Mapped[dt.date | None] = mapped_column(Date)
    # People registered as jobseekers at France Travail (French desks): since when, and
    # in which category. Either may be unknown.
    france_travail_registered_on: Mapped[dt.date | None] = mapped_column(Date)
    france_travail_category: Mapped[FranceTravailCategory | None] = enum_column(
        FranceTravailCategory, nullable=True
    )
    previous_employer: Mapped[str] = mapped_column(MEDIUM, default="")
    previous_employer_in_crisis: Mapped[bool] = mapped_column(Boolean, default=False)
    contact_channel: Mapped[ContactChannel | None] = enum_column(ContactChannel, nullable=True)
    first_contact_date: Mapped[dt.date] = mapped_column(Date, index=True)
    notes: Mapped[str] = mapped_column(Text, default="")
    # Set when the person was anonymised (right to erasure): the record keeps only
    # anonymous facts and can no longer be changed.
    anonymised_on: Mapped[dt.date | None] = mapped_column(Date)
    # The searched columns (search_key.KEY_COLUMNS) normalised: no accents, no case,
    # ASCII. Derived, never typed: set on every write (the mapper events below for the
    # ORM, deskapp.models.bulk for bulk inserts); the full-text index reads it. Compared
    # byte by byte on both engines (PostgreSQL: COLLATE "C"), so a surname prefix is a
    # range of its index whatever the server's locale.
    # Its index (a surname's prefix in key order) is below, one per engine.
    search_key: Mapped[str] = mapped_column(SEARCH_KEY_TYPE, server_default="")

    # The record this one is counted with in the coordinator report: the same person
    # recorded at another desk (same tax code, or merged by a person), the group's
    # record with the lowest gid; NULL for that one and for everyone not linked. Kept
    # by deskapp.sync.linking, never travels.
    counted_with: Mapped[int | None] = mapped_column(
        ForeignKey("person.id", ondelete="SET NULL"), index=True
    )

    # Special-category data (GDPR art. 9): each optional; NULL means "not asked".
    disability: Mapped[Disclosure | None] = enum_column(Disclosure, nullable=True)
    long_term_unemployed: Mapped[Disclosure | None] = enum_column(Disclosure, nullable=True)
    ex_detainee: Mapped[Disclosure | None] = enum_column(Disclosure, nullable=True)
    addiction: Mapped[Disclosure | None] = enum_column(Disclosure, nullable=True)
    migrant: Mapped[Disclosure | None] = enum_column(Disclosure, nullable=True)
    other_disadvantage: Mapped[Disclosure | None] = enum_column(Disclosure, nullable=True)

    consents: Mapped[list[Consent]] = relationship(
        back_populates="person", cascade="all, delete-orphan", order_by="Consent.id"
    )
    skills: Mapped[list[Skill]] = relationship(
        back_populates="person", cascade="all, delete-orphan", order_by="Skill.id"
    )

    @property
    def full_name(self) -> str:
        return f"{self.family_name} {self.given_name}"

    def __repr__(self) -> str:
        return f"<Person {self.id} {self.family_name!r} {self.given_name!r}>"


@event.listens_for(Person, "before_insert")
@event.listens_for(Person, "before_update")
def _set_search_key(_mapper: Any, _connection: Any, person: Person) -> None:
    # Assigned only when it differs, so an edit of other fields leaves the key (and the
    # full-text index, whose trigger watches this column) untouched.
    key = person_search_key({c: getattr(person, c) for c in KEY_COLUMNS})
    if person.__dict__.get("search_key") != key:
        person.search_key = key


# The registry's default order and the surname-prefix search: names compared without
# regard to case, so "de Santis" sorts among the D and not after "Zanetti". An index on
# expressions (COLLATE NOCASE on SQLite, lower() on PostgreSQL): queries must say
# nocase() exactly so (deskapp.services.search, deskapp.models.sql.collation).
# SQLite's index entries end with the id already; PostgreSQL's carry it as a column, so
# the People page's blocks are read index-only in order there too (see
# deskapp.models.sql.registry_order; migration 0020).
only_on(
    "sqlite",
    Index(
        "ix_person_sort_name",
        nocase(Person.family_name),
        nocase(Person.given_name),
        Person.birth_date,
    ),
)
only_on(
    "postgresql",
    Index(
        "ix_person_sort_name_id",
        nocase(Person.family_name),
        nocase(Person.given_name),
        Person.birth_date,
        Person.id,
        # The names themselves, so that a read of the order is the index's alone
        # (PostgreSQL reads the index only when it holds every column the query uses;
        # migration 0024).
        postgresql_include=["family_name", "given_name"],
    ),
)
# One or two letters typed: a range of the key, read in the key's order.
only_on("sqlite", Index("ix_person_search_key", Person.search_key))
only_on("postgresql", Index("ix_person_search_key_id", Person.search_key, Person.id))


class Consent(Travels, Timestamped, Base):
    """A recorded legal basis for processing one person's data for one purpose."""

    __tablename__ = "consent"
    __table_args__ = (
        # The matching's check that a person may be proposed (purpose, in force on a
        # day) answered from the index alone, for thousands of candidates (issue 18).
        Index("ix_consent_person_purpose", "person_id", "purpose", "given_on", "withdrawn_on"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    person_id: Mapped[int] = mapped_column(ForeignKey("person.id", ondelete="CASCADE"), index=True)
    purpose: Mapped[ConsentPurpose] = enum_column(ConsentPurpose)
    legal_basis: Mapped[LegalBasis] = enum_column(LegalBasis)
    notice_version: Mapped[str] = mapped_column(String(40))
    given_on: Mapped[dt.date] = mapped_column(Date)
    operator_id: Mapped[int] = mapped_column(ForeignKey("operator.id"))
    withdrawn_on: Mapped[dt.date | None] = mapped_column(Date)

    person: Mapped[Person] = relationship(back_populates="consents")


class Skill(Travels, Versioned, Base):
    """One entry of the skills database (banca dati delle professionalità)."""

    __tablename__ = "skill"

    id: Mapped[int] = mapped_column(primary_key=True)
    person_id: Mapped[int] = mapped_column(ForeignKey("person.id", ondelete="CASCADE"), index=True)
    description: Mapped[str] = mapped_column(MEDIUM)
    # Optional classification: ISTAT CP2011 (e.g. 6.2.1.2.0) or an ESCO occupation code.
    occupation_code: Mapped[str] = mapped_column(String(40), default="")
    level: Mapped[SkillLevel | None] = enum_column(SkillLevel, nullable=True)
    years_experience: Mapped[int | None] = mapped_column(Integer)
    # A sector code as typed (ATECO, NAF or NACE), or words; the NACE Rev. 2 code of a
    # code, "" for words.
    sector: Mapped[str] = mapped_column(SHORT, default="")
    nace_code: Mapped[str] = mapped_column(String(10), default="")
    evidence: Mapped[Evidence] = enum_column(Evidence, default=Evidence.NONE)

    person: Mapped[Person] = relationship(back_populates="skills")


class NeedsAssessment(Travels, Versioned, Base):
    """A dated needs-identification interview; its findings are the Need rows."""

    __tablename__ = "needs_assessment"

    id: Mapped[int] = mapped_column(primary_key=True)
    person_id: Mapped[int] = mapped_column(ForeignKey("person.id", ondelete="CASCADE"), index=True)
    assessed_on: Mapped[dt.date] = mapped_column(Date)
    operator_id: Mapped[int] = mapped_column(ForeignKey("operator.id"))
    note: Mapped[str] = mapped_column(Text, default="")

    needs: Mapped[list[Need]] = relationship(
        back_populates="assessment", cascade="all, delete-orphan", order_by="Need.id"
    )


class Need(Travels, Base):
    __tablename__ = "need"

    id: Mapped[int] = mapped_column(primary_key=True)
    assessment_id: Mapped[int] = mapped_column(
        ForeignKey("needs_assessment.id", ondelete="CASCADE"), index=True
    )
    kind: Mapped[NeedKind] = enum_column(NeedKind, index=True)
    note: Mapped[str] = mapped_column(Text, default="")
    outcome: Mapped[NeedOutcome] = enum_column(NeedOutcome, default=NeedOutcome.OPEN)

    assessment: Mapped[NeedsAssessment] = relationship(back_populates="needs")
