"""The network's registry: organisations, their contact people and relations, and the
programme's priority supply chains.

Organisations are read by every desk and kept by the desk that recorded them (its
operators and coordinators change them; administrators anywhere), as structural
resources are. The supply chains are the coordinator's data. Every write is one audited
transaction; the trail names fields, never values.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache
from typing import Any

from sqlalchemy import ColumnElement, func, or_, select
from sqlalchemy.orm import Session

from deskapp.errors import FieldError, NotFoundError, ValidationFailed
from deskapp.i18n import QT_TRANSLATE_NOOP
from deskapp.models import (
    Desk,
    EnterpriseProject,
    Opening,
    Organisation,
    OrganisationContact,
    OrganisationRelation,
    SupplyChain,
)
from deskapp.models.database import Database
from deskapp.models.enums import AuditAction, OrganisationKind, OrganisationSize, RelationKind
from deskapp.models.fields import field_label, validate_input
from deskapp.models.network_schemas import (
    ContactInput,
    OrganisationInput,
    RelationInput,
    SupplyChainInput,
)
from deskapp.services.actor import Actor
from deskapp.services.audit import record_event
from deskapp.services.permissions import Action, require, require_desk
from deskapp.services.records import check_version, get_or_fail
from deskapp.services.search import every_term_in

ENTITY = "organisation"
NUMBER_TAKEN = QT_TRANSLATE_NOOP("Error", "already belongs to organisation no. {id} ({name})")
NO_ORGANISATION = QT_TRANSLATE_NOOP("Error", "No organisation with number {id} exists.")
NO_CHAIN = QT_TRANSLATE_NOOP("Error", "no supply chain has number {id}")


# Supply chains ---------------------------------------------------------------------


@dataclass(frozen=True)
class ChainRow:
    id: int
    version: int
    code: str
    name_it: str
    name_fr: str
    name_en: str
    nace_prefixes: str
    active: bool

    def name(self, language: str) -> str:
        return {"it": self.name_it, "fr": self.name_fr}.get(language, self.name_en)

    def holds(self, nace: str) -> int:
        """How closely the chain's NACE codes hold ``nace``: the length of the longest
        code that is a prefix of it (at a dot or whole), 0 when none."""
        best = 0
        for prefix in self.nace_prefixes.split():
            # "55" holds "55.10"; "03.1" holds "03.11" but not "03.2".
            if nace == prefix or (
                nace.startswith(prefix) and (len(prefix) > 2 or nace[2:3] == ".")
            ):
                best = max(best, len(prefix))
        return best


def list_chains(db: Database, active_only: bool = False) -> list[ChainRow]:
    query = select(
        SupplyChain.id,
        SupplyChain.version,
        SupplyChain.code,
        SupplyChain.name_it,
        SupplyChain.name_fr,
        SupplyChain.name_en,
        SupplyChain.nace_prefixes,
        SupplyChain.active,
    ).order_by(SupplyChain.id)
    if active_only:
        query = query.where(SupplyChain.active.is_(True))
    with db.read() as s:
        return [ChainRow(*r) for r in s.execute(query)]


def chain_of(chains: list[ChainRow], nace: str) -> ChainRow | None:
    """The active chain whose NACE codes hold ``nace`` most closely, if any."""
    if not nace:
        return None
    return _chain_of(tuple(chains), nace)


@lru_cache(maxsize=256)
def _chain_of(chains: tuple[ChainRow, ...], nace: str) -> ChainRow | None:
    scored = [(c.holds(nace), c.id, c) for c in chains if c.active]
    best = max(scored, default=(0, 0, None), key=lambda t: (t[0], -t[1]))
    return best[2] if best[0] else None


def create_chain(db: Database, actor: Actor, data: dict[str, Any]) -> int:
    require(actor, Action.CHAINS)
    chain = validate_input(SupplyChainInput, data)
    with db.write() as s:
        _refuse_taken_code(s, chain.code, None)
        row = SupplyChain(version=1, **chain.model_dump())
        s.add(row)
        s.flush()
        record_event(
            s, actor, "supply_chain", row.id, AuditAction.CREATE, SupplyChainInput.model_fields
        )
        return row.id


def update_chain(
    db: Database, actor: Actor, chain_id: int, expected_version: int, data: dict[str, Any]
) -> int:
    require(actor, Action.CHAINS)
    chain = validate_input(SupplyChainInput, data)
    with db.write() as s:
        row = get_or_fail(s, SupplyChain, chain_id)
        check_version(row, expected_version)
        _refuse_taken_code(s, chain.code, chain_id)
        changed = _apply(row, chain.model_dump())
        if changed:
            s.flush()
            record_event(s, actor, "supply_chain", chain_id, AuditAction.UPDATE, changed)
        return int(row.version)


def _refuse_taken_code(s: Session, code: str, own_id: int | None) -> None:
    query = select(SupplyChain.id).where(SupplyChain.code == code)
    if own_id is not None:
        query = query.where(SupplyChain.id != own_id)
    if s.scalar(query) is not None:
        raise ValidationFailed(
            [
                FieldError(
                    "code",
                    field_label(SupplyChainInput, "code"),
                    QT_TRANSLATE_NOOP("Error", "another supply chain has this code"),
                )
            ]
        )


# Organisations ---------------------------------------------------------------------


@dataclass(frozen=True)
class OrganisationRow:
    id: int
    version: int
    name: str
    kind: OrganisationKind
    sector_code: str
    nace_code: str
    supply_chain_id: int | None
    country: str
    municipality: str
    size: OrganisationSize | None
    company_number: str
    desk: str
    open_openings: int


@dataclass(frozen=True)
class ContactRow:
    id: int
    name: str
    role: str
    email: str
    phone: str


@dataclass(frozen=True)
class RelationRow:
    id: int
    kind: RelationKind
    # Seen from this organisation: "member of" the other, or the other "member of" it.
    outgoing: bool
    other_id: int | None
    other_name: str
    project_id: int | None
    project_title: str


@dataclass(frozen=True)
class OrganisationDetail:
    row: OrganisationRow
    data: dict[str, Any]  # as OrganisationInput reads it, for the form
    desk_id: int
    contacts: list[ContactRow]
    relations: list[RelationRow]


def _open_openings() -> Any:
    return (
        select(func.count())
        .where(
            Opening.organisation_id == Organisation.id,
            Opening.closed.is_(False),
            Opening.filled < Opening.posts,
        )
        .scalar_subquery()
    )


def _row_query() -> Any:
    return select(
        Organisation.id,
        Organisation.version,
        Organisation.name,
        Organisation.kind,
        Organisation.sector_code,
        Organisation.nace_code,
        Organisation.supply_chain_id,
        Organisation.country,
        Organisation.municipality,
        Organisation.size,
        func.coalesce(Organisation.company_number, ""),
        Desk.name,
        _open_openings(),
    ).join(Desk, Desk.id == Organisation.desk_id)


def list_organisations(
    db: Database,
    text: str = "",
    kind: OrganisationKind | None = None,
    chain_id: int | None = None,
    limit: int = 1000,
) -> tuple[int, list[OrganisationRow]]:
    """Organisations holding every typed word (name, place, what they do or seek, the
    company number), by name; and how many there are in all."""
    conditions: list[ColumnElement[bool]] = [
        every_term_in(
            text.split(),
            [
                Organisation.name,
                Organisation.municipality,
                Organisation.activities,
                Organisation.seeks,
                Organisation.company_number,
            ],
        )
    ]
    if kind is not None:
        conditions.append(Organisation.kind == kind)
    if chain_id is not None:
        conditions.append(Organisation.supply_chain_id == chain_id)
    query = _row_query().where(*conditions).order_by(Organisation.name, Organisation.id)
    with db.read() as s:
        total = int(
            s.scalar(select(func.count()).select_from(Organisation).where(*conditions)) or 0
        )
        return total, [OrganisationRow(*r) for r in s.execute(query.limit(limit))]


def organisation_name(db: Database, organisation_id: int) -> str:
    """An organisation's name ("" when there is none of that number)."""
    with db.read() as s:
        return str(
            s.scalar(select(Organisation.name).where(Organisation.id == organisation_id)) or ""
        )


def organisation_detail(db: Database, organisation_id: int) -> OrganisationDetail:
    with db.read() as s:
        found = s.execute(_row_query().where(Organisation.id == organisation_id)).first()
        if found is None:
            raise NotFoundError(NO_ORGANISATION, id=organisation_id)
        org = s.get(Organisation, organisation_id)
        assert org is not None
        data = {name: getattr(org, name) for name in OrganisationInput.model_fields}
        data["company_number"] = org.company_number or ""
        contacts = [ContactRow(c.id, c.name, c.role, c.email, c.phone) for c in org.contacts]
        return OrganisationDetail(
            OrganisationRow(*found), data, org.desk_id, contacts, _relations(s, organisation_id)
        )


def _relations(s: Session, organisation_id: int) -> list[RelationRow]:
    other = select(Organisation.id, Organisation.name).subquery()
    rows = s.execute(
        select(
            OrganisationRelation.id,
            OrganisationRelation.kind,
            OrganisationRelation.organisation_id,
            OrganisationRelation.other_id,
            OrganisationRelation.project_id,
            EnterpriseProject.title,
        )
        .outerjoin(EnterpriseProject, EnterpriseProject.id == OrganisationRelation.project_id)
        .where(
            or_(
                OrganisationRelation.organisation_id == organisation_id,
                OrganisationRelation.other_id == organisation_id,
            )
        )
        .order_by(OrganisationRelation.id)
    ).all()
    ids = {r[2] for r in rows} | {r[3] for r in rows if r[3] is not None}
    names = dict(s.execute(select(other.c.id, other.c.name).where(other.c.id.in_(ids))).all())
    found = []
    for rid, kind, subject, other_id, project_id, title in rows:
        outgoing = subject == organisation_id
        counterpart = other_id if outgoing else subject
        found.append(
            RelationRow(
                rid,
                kind,
                outgoing,
                counterpart if project_id is None else None,
                names.get(counterpart, "") if project_id is None else "",
                project_id,
                title or "",
            )
        )
    return found


def _check_chain(s: Session, chain_id: int | None) -> None:
    if chain_id is not None and s.get(SupplyChain, chain_id) is None:
        raise ValidationFailed(
            [
                FieldError(
                    "supply_chain_id",
                    field_label(OrganisationInput, "supply_chain_id"),
                    NO_CHAIN,
                    id=chain_id,
                )
            ]
        )


def refuse_taken_number(
    s: Session, number: str | None, own_id: int | None, origin: str = ""
) -> None:
    """Refuse a company number another organisation has already among the records of
    the same origin: this database's own (``""``), or, at a coordinator, those one desk
    sent (deskapp.sync): the same firm's records from two desks each keep the number."""
    if not number:
        return
    query = select(Organisation.id, Organisation.name).where(
        Organisation.company_number == number, Organisation.origin == origin
    )
    if own_id is not None:
        query = query.where(Organisation.id != own_id)
    other = s.execute(query).first()
    if other is not None:
        raise ValidationFailed(
            [
                FieldError(
                    "company_number",
                    field_label(OrganisationInput, "company_number"),
                    NUMBER_TAKEN,
                    id=other.id,
                    name=other.name,
                )
            ]
        )


def parse_organisation(actor: Actor, data: dict[str, Any]) -> OrganisationInput:
    return validate_input(OrganisationInput, data, region=actor.phone_region)


def organisation_values(org: OrganisationInput) -> dict[str, Any]:
    values = org.model_dump()
    values["company_number"] = values["company_number"] or None
    return values


def create_organisation(
    db: Database,
    actor: Actor,
    data: dict[str, Any],
    contacts: list[dict[str, Any]] | None = None,
) -> int:
    """Record an organisation for the actor's desk, with its contact people."""
    org = parse_organisation(actor, data)
    people = [validate_input(ContactInput, c, region=actor.phone_region) for c in contacts or []]
    with db.write() as s:
        _check_chain(s, org.supply_chain_id)
        refuse_taken_number(s, org.company_number, None)
        row = Organisation(desk_id=actor.desk_id, version=1, **organisation_values(org))
        row.contacts = [OrganisationContact(**p.model_dump()) for p in people]
        s.add(row)
        s.flush()
        record_event(s, actor, ENTITY, row.id, AuditAction.CREATE, OrganisationInput.model_fields)
        return row.id


def _editable(s: Session, actor: Actor, organisation_id: int) -> Organisation:
    row = s.get(Organisation, organisation_id)
    if row is None:
        raise NotFoundError(NO_ORGANISATION, id=organisation_id)
    require_desk(actor, row.desk_id)
    return row


def _apply(row: Any, values: dict[str, Any]) -> list[str]:
    changed = []
    for name, value in values.items():
        if getattr(row, name) != value:
            setattr(row, name, value)
            changed.append(name)
    return changed


def update_organisation(
    db: Database, actor: Actor, organisation_id: int, expected_version: int, data: dict[str, Any]
) -> int:
    org = parse_organisation(actor, data)
    with db.write() as s:
        row = _editable(s, actor, organisation_id)
        check_version(row, expected_version)
        _check_chain(s, org.supply_chain_id)
        refuse_taken_number(s, org.company_number, organisation_id, row.origin)
        changed = _apply(row, organisation_values(org))
        if changed:
            s.flush()
            record_event(s, actor, ENTITY, organisation_id, AuditAction.UPDATE, changed)
        return int(row.version)


def add_contact(db: Database, actor: Actor, organisation_id: int, data: dict[str, Any]) -> int:
    contact = validate_input(ContactInput, data, region=actor.phone_region)
    with db.write() as s:
        _editable(s, actor, organisation_id)
        row = OrganisationContact(organisation_id=organisation_id, **contact.model_dump())
        s.add(row)
        s.flush()
        record_event(
            s,
            actor,
            ENTITY,
            organisation_id,
            AuditAction.UPDATE,
            ("contacts",),
            f"contact {row.id}",
        )
        return row.id


def remove_contact(db: Database, actor: Actor, contact_id: int) -> None:
    with db.write() as s:
        row = get_or_fail(s, OrganisationContact, contact_id)
        _editable(s, actor, row.organisation_id)
        s.delete(row)
        record_event(
            s,
            actor,
            ENTITY,
            row.organisation_id,
            AuditAction.UPDATE,
            ("contacts",),
            f"contact {contact_id} removed",
        )


def add_relation(db: Database, actor: Actor, organisation_id: int, data: dict[str, Any]) -> int:
    relation = validate_input(RelationInput, data)
    with db.write() as s:
        _editable(s, actor, organisation_id)
        if relation.other_id is not None:
            if relation.other_id == organisation_id:
                raise ValidationFailed(
                    [
                        FieldError(
                            "other_id",
                            field_label(RelationInput, "other_id"),
                            QT_TRANSLATE_NOOP("Error", "is this organisation itself"),
                        )
                    ]
                )
            if s.get(Organisation, relation.other_id) is None:
                raise NotFoundError(NO_ORGANISATION, id=relation.other_id)
        if relation.project_id is not None:
            get_or_fail(s, EnterpriseProject, relation.project_id)
        row = OrganisationRelation(organisation_id=organisation_id, **relation.model_dump())
        s.add(row)
        s.flush()
        record_event(
            s,
            actor,
            ENTITY,
            organisation_id,
            AuditAction.UPDATE,
            ("relations",),
            f"relation {row.id}",
        )
        return row.id


def remove_relation(db: Database, actor: Actor, relation_id: int) -> None:
    with db.write() as s:
        row = get_or_fail(s, OrganisationRelation, relation_id)
        _editable(s, actor, row.organisation_id)
        s.delete(row)
        record_event(
            s,
            actor,
            ENTITY,
            row.organisation_id,
            AuditAction.UPDATE,
            ("relations",),
            f"relation {relation_id} removed",
        )
