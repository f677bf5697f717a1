"""The network the desks place people in (issue 18): organisations (firms, cooperatives,
consortia, networks, associations, public bodies), the programme's priority supply
chains, the organisations' contact people and relations, their openings, the roles a
project still needs, and the outcome of every proposal of a person.

Not to be confused with ``deskapp.models.organisation``, which holds the desks' own
organisation (Desk, Operator).
"""

from __future__ import annotations

import datetime as dt

from sqlalchemy import (
    Boolean,
    CheckConstraint,
    Date,
    ForeignKey,
    Index,
    Integer,
    String,
    Text,
    UniqueConstraint,
)
from sqlalchemy.orm import Mapped, mapped_column, relationship

from deskapp.models.base import (
    MEDIUM,
    SHORT,
    Base,
    Timestamped,
    Travels,
    Versioned,
    enum_column,
)
from deskapp.models.enums import (
    MatchStatus,
    OrganisationKind,
    OrganisationSize,
    RelationKind,
    SkillLevel,
)


class SupplyChain(Versioned, Base):
    """A priority supply chain of the programme (filiera prioritaria): data the
    coordinator keeps. ``nace_prefixes``: the NACE codes (divisions, groups, classes)
    whose firms belong to the chain, separated by spaces ("30.1 33.15 50"), so that a
    project or a skill with a sector is known to be in it."""

    __tablename__ = "supply_chain"

    id: Mapped[int] = mapped_column(primary_key=True)
    code: Mapped[str] = mapped_column(String(40), unique=True)
    name_it: Mapped[str] = mapped_column(SHORT)
    name_fr: Mapped[str] = mapped_column(SHORT)
    name_en: Mapped[str] = mapped_column(SHORT)
    nace_prefixes: Mapped[str] = mapped_column(MEDIUM, default="")
    active: Mapped[bool] = mapped_column(Boolean, default=True)

    def name(self, language: str) -> str:
        return {"it": self.name_it, "fr": self.name_fr}.get(language, self.name_en)


class Organisation(Travels, Versioned, Base):
    """A firm, cooperative, consortium, network, association or public body of the
    network, kept by a desk (whose operators change it). Travels in consolidation
    bundles (deskapp.sync), as the records below do: a coordinator holds the same firm
    sent by two desks as two records with the same company number (unique per origin,
    as a person's tax code), which are one organisation there."""

    __tablename__ = "organisation"
    __table_args__ = (
        UniqueConstraint("company_number", "origin", name="uq_organisation_company_number"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    desk_id: Mapped[int] = mapped_column(ForeignKey("desk.id"), index=True)
    name: Mapped[str] = mapped_column(MEDIUM)
    kind: Mapped[OrganisationKind] = enum_column(OrganisationKind, index=True)
    # As on a project: the sector as typed (ATECO, NAF or NACE) and its NACE code.
    sector_code: Mapped[str] = mapped_column(String(10), default="")
    nace_code: Mapped[str] = mapped_column(String(10), default="", index=True)
    supply_chain_id: Mapped[int | None] = mapped_column(ForeignKey("supply_chain.id"), index=True)
    country: Mapped[str] = mapped_column(String(2))  # ISO 3166-1 alpha-2
    municipality: Mapped[str] = mapped_column(SHORT, default="")
    size: Mapped[OrganisationSize | None] = enum_column(OrganisationSize, nullable=True)
    # What they do, and what they seek (skills, suppliers, partners), in their words.
    activities: Mapped[str] = mapped_column(Text, default="")
    seeks: Mapped[str] = mapped_column(Text, default="")
    # Partita IVA, SIREN, SIRET or a French VAT number, compact; NULL when not known.
    # Unique among the records of one origin: an import's duplicates are found by it.
    company_number: Mapped[str | None] = mapped_column(String(20))
    email: Mapped[str] = mapped_column(String(254), default="")
    phone: Mapped[str] = mapped_column(String(20), default="")
    website: Mapped[str] = mapped_column(MEDIUM, default="")
    notes: Mapped[str] = mapped_column(Text, default="")
    active: Mapped[bool] = mapped_column(Boolean, default=True)

    contacts: Mapped[list[OrganisationContact]] = relationship(
        back_populates="organisation",
        cascade="all, delete-orphan",
        order_by="OrganisationContact.id",
    )
    openings: Mapped[list[Opening]] = relationship(
        back_populates="organisation", cascade="all, delete-orphan", order_by="Opening.id"
    )


class OrganisationContact(Travels, Timestamped, Base):
    """A person to call at an organisation."""

    __tablename__ = "organisation_contact"

    id: Mapped[int] = mapped_column(primary_key=True)
    organisation_id: Mapped[int] = mapped_column(
        ForeignKey("organisation.id", ondelete="CASCADE"), index=True
    )
    name: Mapped[str] = mapped_column(SHORT)
    role: Mapped[str] = mapped_column(SHORT, default="")
    email: Mapped[str] = mapped_column(String(254), default="")
    phone: Mapped[str] = mapped_column(String(20), default="")

    organisation: Mapped[Organisation] = relationship(back_populates="contacts")


class OrganisationRelation(Travels, Timestamped, Base):
    """What an organisation is to another organisation (member of a consortium or a
    network, partner abroad) or to an enterprise project (its supplier, its customer,
    its partner abroad): exactly one of the two."""

    __tablename__ = "organisation_relation"
    __table_args__ = (
        CheckConstraint("(other_id IS NULL) <> (project_id IS NULL)", name="other_or_project"),
        CheckConstraint("other_id IS NULL OR other_id <> organisation_id", name="not_itself"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    organisation_id: Mapped[int] = mapped_column(
        ForeignKey("organisation.id", ondelete="CASCADE"), index=True
    )
    kind: Mapped[RelationKind] = enum_column(RelationKind)
    other_id: Mapped[int | None] = mapped_column(
        ForeignKey("organisation.id", ondelete="CASCADE"), index=True
    )
    project_id: Mapped[int | None] = mapped_column(
        ForeignKey("enterprise_project.id", ondelete="CASCADE"), index=True
    )
    since: Mapped[dt.date | None] = mapped_column(Date)


class Opening(Travels, Versioned, Base):
    """A role an organisation wants filled: skills with a level, a place, dates, posts.
    Open while not closed, not every post filled, and not past ``until``."""

    __tablename__ = "opening"
    __table_args__ = (
        CheckConstraint("posts >= 1", name="posts_positive"),
        CheckConstraint("filled >= 0 AND filled <= posts", name="filled_within_posts"),
        # The openings still to fill, the matching's first narrowing.
        Index("ix_opening_open", "closed", "until"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    organisation_id: Mapped[int] = mapped_column(
        ForeignKey("organisation.id", ondelete="CASCADE"), index=True
    )
    title: Mapped[str] = mapped_column(MEDIUM)  # the role: "Saldatore TIG"
    skills: Mapped[str] = mapped_column(MEDIUM, default="")  # what it asks, in words
    level: Mapped[SkillLevel | None] = enum_column(SkillLevel, nullable=True)
    # Where the work is; blank: at the organisation.
    municipality: Mapped[str] = mapped_column(SHORT, default="")
    starts_on: Mapped[dt.date | None] = mapped_column(Date)
    until: Mapped[dt.date | None] = mapped_column(Date)  # open for proposals until
    posts: Mapped[int] = mapped_column(Integer, default=1)
    filled: Mapped[int] = mapped_column(Integer, default=0)
    closed: Mapped[bool] = mapped_column(Boolean, default=False)
    notes: Mapped[str] = mapped_column(Text, default="")

    organisation: Mapped[Organisation] = relationship(back_populates="openings")


class ProjectRole(Travels, Versioned, Base):
    """A role an enterprise project still needs filled: a worker-member, an employee."""

    __tablename__ = "project_role"
    __table_args__ = (
        CheckConstraint("posts >= 1", name="posts_positive"),
        CheckConstraint("filled >= 0 AND filled <= posts", name="filled_within_posts"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    project_id: Mapped[int] = mapped_column(
        ForeignKey("enterprise_project.id", ondelete="CASCADE"), index=True
    )
    title: Mapped[str] = mapped_column(MEDIUM)
    skills: Mapped[str] = mapped_column(MEDIUM, default="")
    level: Mapped[SkillLevel | None] = enum_column(SkillLevel, nullable=True)
    posts: Mapped[int] = mapped_column(Integer, default=1)
    filled: Mapped[int] = mapped_column(Integer, default=0)


class MatchOutcome(Travels, Timestamped, Base):
    """One step of a proposal of a person, for an opening or a project's role: who
    recorded it, and on which day it happened. The latest step is where it stands."""

    __tablename__ = "match_outcome"
    __table_args__ = (
        CheckConstraint(
            "(opening_id IS NULL) <> (project_role_id IS NULL)", name="opening_or_role"
        ),
        # The coordinator report: people hired within a period.
        Index("ix_match_outcome_status_on", "status", "happened_on"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    person_id: Mapped[int] = mapped_column(ForeignKey("person.id", ondelete="CASCADE"), index=True)
    opening_id: Mapped[int | None] = mapped_column(
        ForeignKey("opening.id", ondelete="CASCADE"), index=True
    )
    project_role_id: Mapped[int | None] = mapped_column(
        ForeignKey("project_role.id", ondelete="CASCADE"), index=True
    )
    status: Mapped[MatchStatus] = enum_column(MatchStatus)
    happened_on: Mapped[dt.date] = mapped_column(Date)
    operator_id: Mapped[int] = mapped_column(ForeignKey("operator.id"))


__all__ = [
    "MatchOutcome",
    "Opening",
    "Organisation",
    "OrganisationContact",
    "OrganisationRelation",
    "ProjectRole",
    "SupplyChain",
]
