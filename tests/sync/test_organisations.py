"""The network's records travel in bundles (issues 16 and 18): organisations, their
contact people and relations, openings, project roles and match outcomes. The same firm
sent by two desks is held once per desk, with the same company number; its supply
chain travels as the chain's code; a pseudonymous bundle carries no contact people and
no organisation's name or number; a field changed at both sides is an open conflict;
the same bundle again changes nothing; the coordinator report counts a placement once."""

from __future__ import annotations

import datetime as dt

import pytest
from sqlalchemy import func, select

from deskapp.errors import DeskappError
from deskapp.models import (
    MatchOutcome,
    Opening,
    Organisation,
    OrganisationContact,
    OrganisationRelation,
    ProjectRole,
    SupplyChain,
)
from deskapp.models.sync import SyncConflict
from deskapp.services import matches, openings, organisations, persons, projects
from deskapp.services.indicators import Scope, coordinator_indicators
from deskapp.sync.apply import import_bundle
from deskapp.sync.bundle import BundleRefused
from deskapp.sync.conflicts import list_conflicts, resolve_conflict
from deskapp.sync.export import export_bundle
from deskapp.sync.keys import new_programme_key, set_programme_key
from tests.conftest import person_data
from tests.services.test_network import PARTITA_IVA, firm, placement_consent
from tests.sync.helpers import new_desk, trust

TODAY = dt.date.today()
HIRED_ON = (TODAY - dt.timedelta(days=5)).isoformat()
PERIOD = (TODAY - dt.timedelta(days=60), TODAY)


def _placed(db) -> int | None:
    table = coordinator_indicators(db, *PERIOD, Scope()).table("placements")
    return dict(zip(table.codes, [row[1] for row in table.rows], strict=True))["total"]


def _person(**overrides):
    day = PERIOD[0].isoformat()
    consent = {"legal_basis": "public_task", "notice_version": "2026-01", "given_on": day}
    return person_data(first_contact_date=day, consent=consent, **overrides)


def _chain(db, code: str) -> int:
    return next(c.id for c in organisations.list_chains(db) if c.code == code)


def _desk_with_a_hire(folder, name, phone="0185 123456"):
    """A desk with the shipyard (its contact person, an opening) and Mario, hired."""
    db, actor = new_desk(folder, name)
    org = organisations.create_organisation(
        db,
        actor,
        firm(supply_chain_id=_chain(db, "nautical"), phone=phone),
        [{"name": "Giovanna Ferri", "role": "HR", "phone": "0185 654321"}],
    )
    opening = openings.create_opening(db, actor, org, {"title": "Saldatore TIG", "posts": 2})
    mario = persons.create_person(db, actor, _person()).id
    placement_consent(db, actor, mario, PERIOD[0].isoformat())
    matches.record_outcome(
        db,
        actor,
        {"person_id": mario, "opening_id": opening, "status": "hired", "happened_on": HIRED_ON},
    )
    return db, actor, org


@pytest.fixture
def centre(tmp_path):
    return new_desk(tmp_path, "Coordinamento")


def test_the_same_firm_from_two_desks_is_held_twice_and_the_hire_counted_once(tmp_path, centre):
    coordinator_db, coordinator = centre
    genova, genova_actor, genova_org = _desk_with_a_hire(tmp_path, "Antenna Genova")
    savona, savona_actor, _ = _desk_with_a_hire(tmp_path, "Antenna Savona", "0185 999999")
    # Genova: the shipyard is a supplier of one of its projects, which needs a cook.
    project = projects.create_project(
        genova, genova_actor, {"title": "Cooperativa Il Porto", "kind": "wbo"}
    )
    organisations.add_relation(
        genova, genova_actor, genova_org, {"kind": "supplier_of", "project_id": project}
    )
    openings.add_project_role(genova, genova_actor, project, {"title": "Cuoco", "posts": 1})
    for db, name in ((genova, "Antenna Genova"), (savona, "Antenna Savona")):
        trust(coordinator_db, coordinator, db, name)

    bundles = []
    for db, actor, n in ((genova, genova_actor, "g1"), (savona, savona_actor, "s1")):
        bundles.append(export_bundle(db, actor, tmp_path / n).path)
        (applied,) = import_bundle(coordinator_db, coordinator, bundles[-1])
        assert applied.state == "applied"
        assert applied.counts["organisation:new"] == 1
        assert applied.counts["match_outcome:new"] == 1

    with coordinator_db.read() as s:
        held = s.execute(
            select(Organisation.company_number, Organisation.origin, SupplyChain.code)
            .join(SupplyChain, SupplyChain.id == Organisation.supply_chain_id)
            .order_by(Organisation.phone)
        ).all()
        # One record per desk, the same number, the chain found by its code.
        assert [(number, code) for number, _origin, code in held] == [
            (PARTITA_IVA, "nautical"),
            (PARTITA_IVA, "nautical"),
        ]
        assert len({origin for _n, origin, _c in held}) == 2
        assert sorted(s.scalars(select(OrganisationContact.name))) == [
            "Giovanna Ferri",
            "Giovanna Ferri",
        ]
        assert s.scalar(select(func.count()).select_from(Opening)) == 2
        assert s.scalar(select(func.count()).select_from(OrganisationRelation)) == 1
        assert s.scalar(select(ProjectRole.title)) == "Cuoco"
        assert s.scalar(select(func.count()).select_from(MatchOutcome)) == 2
    # Mario, hired at both desks (the same codice fiscale: one person), is one placement.
    assert _placed(coordinator_db) == 1

    # The same bundles again: nothing changes.
    for path in bundles:
        assert [a.state for a in import_bundle(coordinator_db, coordinator, path)] == ["already"]
    with coordinator_db.read() as s:
        assert s.scalar(select(func.count()).select_from(MatchOutcome)) == 2
    assert _placed(coordinator_db) == 1

    # The coordinator's own registry still refuses a number it has itself, not the desks'.
    organisations.create_organisation(coordinator_db, coordinator, firm())
    with pytest.raises(DeskappError):
        organisations.create_organisation(coordinator_db, coordinator, firm(name="Altro"))


def test_a_later_hire_and_a_field_changed_at_both_sides(tmp_path, centre):
    coordinator_db, coordinator = centre
    genova, actor, org = _desk_with_a_hire(tmp_path, "Antenna Genova")
    trust(coordinator_db, coordinator, genova, "Antenna Genova")
    import_bundle(coordinator_db, coordinator, export_bundle(genova, actor, tmp_path / "1").path)

    # The coordinator corrects the shipyard's website and phone...
    with coordinator_db.read() as s:
        here = s.scalar(select(Organisation).where(Organisation.origin != ""))
    detail = organisations.organisation_detail(coordinator_db, here.id)
    data = {**detail.data, "website": "https://tigullio.example", "phone": "0185 111111"}
    organisations.update_organisation(
        coordinator_db, coordinator, here.id, detail.row.version, data
    )
    # ...the desk changes the phone too, and the seeks, and hires Luigi (new) for it.
    detail = organisations.organisation_detail(genova, org)
    data = {**detail.data, "phone": "0185 222222", "seeks": "saldatori TIG"}
    organisations.update_organisation(genova, actor, org, detail.row.version, data)
    luigi = persons.create_person(
        genova,
        actor,
        _person(given_name="Luigi", family_name="Verdi", codice_fiscale="VRDLGU68E12D969N"),
    ).id
    placement_consent(genova, actor, luigi, PERIOD[0].isoformat())
    with genova.read() as s:
        opening = s.scalar(select(Opening.id))
    matches.record_outcome(
        genova,
        actor,
        {"person_id": luigi, "opening_id": opening, "status": "hired", "happened_on": HIRED_ON},
    )
    (applied,) = import_bundle(
        coordinator_db, coordinator, export_bundle(genova, actor, tmp_path / "2").path
    )
    assert applied.conflicts == 1
    with coordinator_db.read() as s:
        here = s.get(Organisation, here.id)
        # Merged: the desk's seeks, the coordinator's website; the phone kept, in conflict.
        assert (here.seeks, here.website, here.phone) == (
            "saldatori TIG",
            "https://tigullio.example",
            "+390185111111",
        )
        assert s.scalar(select(Opening.filled)) == 2
    (conflict,) = list_conflicts(coordinator_db, coordinator)
    assert (conflict.entity, conflict.field, conflict.incoming_value) == (
        "organisation",
        "phone",
        "+390185222222",
    )
    resolve_conflict(coordinator_db, coordinator, conflict.id, "incoming")
    with coordinator_db.read() as s:
        assert s.get(Organisation, here.id).phone == "+390185222222"
        assert s.scalar(select(SyncConflict.state)) == "resolved"
    assert _placed(coordinator_db) == 2


def test_a_pseudonymous_bundle_carries_no_contact_and_no_firm_identity(tmp_path, centre):
    coordinator_db, coordinator = centre
    imperia, actor, _org = _desk_with_a_hire(tmp_path, "Antenna Imperia")
    trust(coordinator_db, coordinator, imperia, "Antenna Imperia")
    set_programme_key(imperia, actor, new_programme_key(coordinator_db, coordinator))
    path = export_bundle(imperia, actor, tmp_path / "p1", pseudonymous=True).path
    (applied,) = import_bundle(coordinator_db, coordinator, path)
    assert applied.kind == "pseudonymous"
    with coordinator_db.read() as s:
        org = s.scalar(select(Organisation))
        assert (org.name, org.company_number, org.phone, org.municipality, org.seeks) == (
            "",
            None,
            "",
            "",
            "",
        )
        assert org.kind.value == "firm" and org.nace_code == "30.11"
        assert s.scalar(select(func.count()).select_from(OrganisationContact)) == 0
        assert s.scalar(select(Opening.title)) == ""
    assert _placed(coordinator_db) == 1


def test_a_supply_chain_the_coordinator_does_not_have_is_refused_in_words(tmp_path, centre):
    coordinator_db, coordinator = centre
    genova, actor = new_desk(tmp_path, "Antenna Genova")
    chain = organisations.create_chain(
        genova,
        actor,
        {
            "code": "blue_economy",
            "name_it": "Economia blu",
            "name_fr": "Économie bleue",
            "name_en": "Blue economy",
        },
    )
    organisations.create_organisation(genova, actor, firm(supply_chain_id=chain))
    trust(coordinator_db, coordinator, genova, "Antenna Genova")
    path = export_bundle(genova, actor, tmp_path / "1").path
    with pytest.raises(BundleRefused) as refused:
        import_bundle(coordinator_db, coordinator, path)
    assert "blue_economy" in str(refused.value)
    with coordinator_db.read() as s:
        assert s.scalar(select(func.count()).select_from(Organisation)) == 0
