"""The demo's network (issue 18): organisations around every desk, valid as an operator
would have to type them, related to one another and to the demo's projects, with
openings that the demo's people match."""

from __future__ import annotations

import datetime as dt
from collections import Counter

import pytest
from sqlalchemy import func, select

from deskapp.matching.person import match_person
from deskapp.models import (
    Desk,
    MatchOutcome,
    Opening,
    Organisation,
    OrganisationContact,
    OrganisationRelation,
    Person,
    ProjectRole,
)
from deskapp.models.enums import Country, MatchStatus, OperatorRole, OrganisationKind, RelationKind
from deskapp.models.fields import validate_input
from deskapp.models.network_schemas import ContactInput, OpeningInput, OrganisationInput
from deskapp.services.actor import Actor
from deskapp.services.demo import generate_demo

pytestmark = pytest.mark.both_engines

TODAY = dt.date(2026, 11, 22)


@pytest.fixture
def demo(db):
    summary = generate_demo(db, persons=600, seed=4, today=TODAY)
    return db, summary


def test_hundreds_of_organisations_in_every_region_in_the_desk_language(demo):
    db, summary = demo
    with db.read() as s:
        orgs = s.scalars(select(Organisation)).all()
        desks = {d.id: d for d in s.scalars(select(Desk))}
        assert summary.organisations == len(orgs) >= 300
        regions = Counter(desks[o.desk_id].region for o in orgs)
        assert len(regions) == 5 and min(regions.values()) >= 30
        kinds = Counter(o.kind for o in orgs)
        assert set(kinds) == set(OrganisationKind)
        assert sum(1 for o in orgs if o.supply_chain_id) > len(orgs) / 2
        for o in orgs:
            if o.country in ("IT", "FR"):
                # A French desk keeps French organisations, an Italian desk Italian ones.
                assert o.country == desks[o.desk_id].country.value.upper(), o.name
        french = [o.name for o in orgs if o.country == "FR"]
        assert any(n.startswith("SCOP ") for n in french)
        assert not any("S.r.l." in n for n in french)
        assert s.scalar(select(func.count()).select_from(OrganisationContact)) >= len(orgs)


def test_every_organisation_contact_and_opening_passes_the_forms_checks(demo):
    db, _ = demo
    with db.read() as s:
        for o in s.scalars(select(Organisation)):
            data = {
                c: getattr(o, c)
                for c in (
                    "name", "kind", "sector_code", "supply_chain_id", "country",
                    "municipality", "size", "activities", "seeks", "email", "phone",
                    "website", "notes", "active",
                )
            }  # fmt: skip
            data["company_number"] = o.company_number or ""
            checked = validate_input(OrganisationInput, data, region=o.country, today=TODAY)
            assert checked.nace_code == o.nace_code, o.name
            assert (checked.company_number or None) == o.company_number
            for c in o.contacts:
                validate_input(
                    ContactInput,
                    {"name": c.name, "role": c.role, "email": c.email, "phone": c.phone},
                    region=o.country,
                    today=TODAY,
                )
            for op in o.openings:
                data = {
                    c: getattr(op, c)
                    for c in ("title", "skills", "level", "municipality", "starts_on",
                              "until", "posts", "filled", "closed", "notes")
                }  # fmt: skip
                validate_input(OpeningInput, data, region=o.country, today=TODAY)


def test_relations_openings_roles_and_hires_hold_together(demo):
    db, summary = demo
    with db.read() as s:
        kinds = Counter(s.scalars(select(OrganisationRelation.kind)))
        assert set(kinds) == set(RelationKind)
        abroad = s.execute(
            select(Organisation.country, OrganisationRelation.other_id)
            .join(OrganisationRelation, OrganisationRelation.organisation_id == Organisation.id)
            .where(OrganisationRelation.kind == RelationKind.PARTNER_ABROAD_OF)
            .where(OrganisationRelation.other_id.is_not(None))
        ).all()
        for country, other in abroad:
            assert s.get(Organisation, other).country != country
        assert summary.openings == s.scalar(select(func.count()).select_from(Opening)) >= 100
        assert s.scalar(select(func.count()).select_from(ProjectRole)) > 0
        hires = Counter(
            s.scalars(
                select(MatchOutcome.opening_id).where(MatchOutcome.status == MatchStatus.HIRED)
            )
        )
        assert hires, "a few proposals end in a hire"
        for opening_id, count in hires.items():
            assert s.get(Opening, opening_id).filled == count
        for outcome in s.scalars(select(MatchOutcome)):
            assert outcome.happened_on <= TODAY


def test_demo_people_find_matches(demo):
    db, _ = demo
    with db.read() as s:
        desk = s.scalar(select(Desk).where(Desk.country == Country.IT).order_by(Desk.id))
        people = s.scalars(select(Person.id).where(Person.desk_id == desk.id).limit(80)).all()
    actor = Actor(1, "Demo", OperatorRole.ADMINISTRATOR, desk.id, Country.IT)
    found = [match_person(db, actor, pid, today=TODAY) for pid in people]
    with_openings = [m for m in found if m.consent and m.openings]
    assert len(with_openings) >= 5
    assert any(not m.consent for m in found)  # not everyone agreed to be proposed


def test_same_seed_same_network(tmp_path):
    from deskapp.models.database import Database
    from deskapp.models.migrate import upgrade_database

    names = []
    for n in ("a", "b"):
        db = Database.at_path(tmp_path / f"{n}.sqlite")
        upgrade_database(db)
        generate_demo(db, persons=200, seed=9, today=TODAY)
        with db.read() as s:
            names.append(
                s.execute(
                    select(Organisation.name, Organisation.company_number, Opening.title)
                    .join(Opening, isouter=True)
                    .order_by(Organisation.id, Opening.id)
                ).all()
            )
        db.dispose()
    assert names[0] == names[1]
