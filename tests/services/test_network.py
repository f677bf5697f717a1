"""The network's registry (issue 18): organisations with checked company numbers,
supply chains, contacts, relations, openings, project roles, and the outcome of each
proposal, on both engines."""

from __future__ import annotations

import datetime as dt

import pytest
from sqlalchemy import select

from deskapp.errors import ConflictError, NotFoundError, PermissionDeniedError, ValidationFailed
from deskapp.models import AuditEvent, Opening
from deskapp.models.enums import MatchStatus
from deskapp.services import matches, openings, organisations, persons, projects
from deskapp.services.actor import resolve_actor
from deskapp.services.consents import withdraw_consent
from deskapp.services.organisation import create_desk, create_operator
from tests.conftest import person_data

pytestmark = pytest.mark.both_engines

PARTITA_IVA = "00743110157"
SIREN = "732829320"
SIRET = "73282932000074"


def firm(**overrides):
    data = {
        "name": "Cantiere Navale Tigullio S.r.l.",
        "kind": "firm",
        "sector_code": "30.11",
        "country": "IT",
        "municipality": "Chiavari",
        "size": "small",
        "activities": "Costruzione e refitting di yacht",
        "seeks": "saldatori, carpentieri navali",
        "company_number": PARTITA_IVA,
        "phone": "0185 123456",
    }
    data.update(overrides)
    return data


def placement_consent(db, actor, person_id, given_on="2026-01-10"):
    return persons.record_consent(
        db,
        actor,
        person_id,
        {
            "purpose": "placement",
            "legal_basis": "consent",
            "notice_version": "2026-01",
            "given_on": given_on,
        },
    )


def test_the_five_priority_chains_are_there(db):
    chains = organisations.list_chains(db)
    assert [c.code for c in chains] == ["nautical", "tourism", "biotech", "energy", "agrifood"]
    nautical = chains[0]
    assert nautical.name("it") == "Nautica e cantieristica navale"
    assert nautical.name("fr") == "Nautisme et construction navale"
    # A shipyard (NACE 30.11), a hotel (55.10), a farm (01.21): each in its chain.
    assert organisations.chain_of(chains, "30.11").code == "nautical"
    assert organisations.chain_of(chains, "55.10").code == "tourism"
    assert organisations.chain_of(chains, "01.21").code == "agrifood"
    assert organisations.chain_of(chains, "03.21").code == "biotech"  # aquaculture: blue
    assert organisations.chain_of(chains, "47.11") is None


def test_an_organisation_is_recorded_with_its_checked_number_and_contacts(db, operator):
    org_id = organisations.create_organisation(
        db, operator, firm(), contacts=[{"name": "Giulia Parodi", "role": "HR"}]
    )
    detail = organisations.organisation_detail(db, org_id)
    assert detail.row.company_number == PARTITA_IVA
    assert detail.row.nace_code == "30.11"
    assert detail.data["phone"] == "+390185123456"
    assert [c.name for c in detail.contacts] == ["Giulia Parodi"]
    assert detail.desk_id == operator.desk_id


@pytest.mark.parametrize(
    ("number", "words"),
    [
        ("00743110158", "partita IVA"),
        ("732829321", "SIREN"),
        ("73282932000075", "SIRET"),
    ],
)
def test_a_wrong_company_number_is_named(db, operator, number, words):
    with pytest.raises(ValidationFailed) as failed:
        organisations.create_organisation(db, operator, firm(company_number=number))
    error = failed.value.for_field("company_number")
    assert error is not None and words in error.reason


def test_the_same_company_number_twice_is_refused_by_name(db, operator):
    first = organisations.create_organisation(
        db, operator, firm(company_number=SIRET, country="FR")
    )
    with pytest.raises(ValidationFailed) as failed:
        organisations.create_organisation(
            db, operator, firm(name="Autre", company_number="732 829 320 00074", country="FR")
        )
    error = failed.value.for_field("company_number")
    assert error is not None and f"organisation no. {first}" in error.reason


def test_another_desks_operator_cannot_change_an_organisation(db, admin, operator):
    org_id = organisations.create_organisation(db, operator, firm())
    desk = create_desk(
        db, admin, {"name": "Antenne Bastia", "region": "corse", "country": "FR", "language": "fr"}
    )
    create_operator(
        db,
        admin,
        {"name": "Marie Santoni", "role": "operator", "desk_id": desk},
        "Tramonto-sul-molo",
    )
    other = resolve_actor(db, "Marie Santoni")
    version = organisations.organisation_detail(db, org_id).row.version
    with pytest.raises(PermissionDeniedError):
        organisations.update_organisation(db, other, org_id, version, firm(name="Altro"))
    with pytest.raises(PermissionDeniedError):
        openings.create_opening(db, other, org_id, {"title": "Saldatore"})
    # Administrators may write anywhere; a stale version is a conflict.
    organisations.update_organisation(db, admin, org_id, version, firm(size="medium"))
    with pytest.raises(ConflictError):
        organisations.update_organisation(db, operator, org_id, version, firm(size="large"))


def test_relations_to_a_consortium_and_to_a_project(db, operator):
    yard = organisations.create_organisation(db, operator, firm())
    consortium = organisations.create_organisation(
        db,
        operator,
        firm(name="Distretto Ligure delle Tecnologie Marine", kind="consortium", company_number=""),
    )
    project = projects.create_project(db, operator, {"title": "Coop Vele", "kind": "wbo"})
    organisations.add_relation(db, operator, yard, {"kind": "member_of", "other_id": consortium})
    organisations.add_relation(db, operator, yard, {"kind": "supplier_of", "project_id": project})
    with pytest.raises(ValidationFailed):  # a supplier is one of a project
        organisations.add_relation(
            db, operator, yard, {"kind": "supplier_of", "other_id": consortium}
        )
    with pytest.raises(ValidationFailed):
        organisations.add_relation(db, operator, yard, {"kind": "member_of", "other_id": yard})
    seen_from_yard = organisations.organisation_detail(db, yard).relations
    assert [(r.kind.value, r.outgoing, r.other_name, r.project_title) for r in seen_from_yard] == [
        ("member_of", True, "Distretto Ligure delle Tecnologie Marine", ""),
        ("supplier_of", True, "", "Coop Vele"),
    ]
    seen_from_consortium = organisations.organisation_detail(db, consortium).relations
    assert [(r.outgoing, r.other_name) for r in seen_from_consortium] == [
        (False, "Cantiere Navale Tigullio S.r.l.")
    ]


def test_an_opening_is_open_until_filled_closed_or_expired(db, operator):
    org_id = organisations.create_organisation(db, operator, firm())
    today = dt.date(2026, 11, 20)
    opening = openings.create_opening(
        db,
        operator,
        org_id,
        {"title": "Saldatore TIG", "skills": "saldatura TIG", "level": "advanced", "posts": 2},
    )
    openings.create_opening(db, operator, org_id, {"title": "Scaduta", "until": "2026-10-01"})
    openings.create_opening(db, operator, org_id, {"title": "Chiusa", "closed": True})
    shown = openings.list_openings(db, open_on=today)
    assert [o.title for o in shown] == ["Saldatore TIG"]
    assert shown[0].municipality == "Chiavari"  # at the organisation's place
    with pytest.raises(ValidationFailed):
        openings.create_opening(db, operator, org_id, {"title": "X", "posts": 1, "filled": 2})
    with pytest.raises(NotFoundError):
        openings.create_opening(db, operator, 9999, {"title": "X"})
    assert opening


def test_outcomes_need_the_consent_to_be_proposed_and_a_hire_takes_a_post(db, operator):
    today = dt.date.today()
    org_id = organisations.create_organisation(db, operator, firm())
    opening = openings.create_opening(db, operator, org_id, {"title": "Saldatore", "posts": 1})
    person = persons.create_person(db, operator, person_data()).id
    step = {"person_id": person, "opening_id": opening, "happened_on": today.isoformat()}
    with pytest.raises(matches.OutcomeRefusedError) as refused:
        matches.record_outcome(db, operator, {**step, "status": "proposed"})
    assert "consent" in refused.value.message
    consent = placement_consent(db, operator, person, (today - dt.timedelta(days=30)).isoformat())
    matches.record_outcome(db, operator, {**step, "status": "proposed"})
    matches.record_outcome(db, operator, {**step, "status": "interview"})
    matches.record_outcome(db, operator, {**step, "status": "hired"})
    with db.read() as s:
        assert s.get(Opening, opening).filled == 1
        assert (
            s.scalar(select(AuditEvent.detail).where(AuditEvent.entity == "match_outcome").limit(1))
            == f"person {person} proposed"
        )
    steps = matches.person_outcomes(db, person)
    assert [r.status for r in steps] == [
        MatchStatus.HIRED,
        MatchStatus.INTERVIEW,
        MatchStatus.PROPOSED,
    ]
    assert steps[0].role == "Saldatore" and steps[0].where == "Cantiere Navale Tigullio S.r.l."
    # Every post filled: no second hire; the opening no longer open.
    other = persons.create_person(
        db, operator, person_data(codice_fiscale="", sex="F", birth_date="1990-02-02")
    ).id
    placement_consent(db, operator, other, (today - dt.timedelta(days=30)).isoformat())
    with pytest.raises(matches.OutcomeRefusedError):
        matches.record_outcome(db, operator, {**step, "person_id": other, "status": "hired"})
    assert openings.list_openings(db, open_on=today) == []
    # Withdrawn: no more proposals.
    withdraw_consent(db, operator, consent)
    with pytest.raises(matches.OutcomeRefusedError):
        matches.record_outcome(db, operator, {**step, "status": "contacted"})


def test_a_project_lists_the_roles_it_still_needs(db, operator):
    project = projects.create_project(db, operator, {"title": "Coop Vele", "kind": "wbo"})
    role = openings.add_project_role(
        db, operator, project, {"title": "Velaio", "skills": "cucito vele", "posts": 3}
    )
    [row] = openings.list_project_roles(db, project)
    assert (row.id, row.title, row.still_needed) == (role, "Velaio", 3)
    openings.update_project_role(
        db, operator, role, row.version, {"title": "Velaio", "posts": 3, "filled": 1}
    )
    assert openings.list_project_roles(db, project)[0].still_needed == 2
