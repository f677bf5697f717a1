"""Matching on hand-built cases whose ranking is worked out by hand from the weights in
deskapp.matching.scoring (skill 45, place 30, availability 15, chain 10), on both
engines: a better level ranks higher, a nearer place ranks higher, a missing consent
removes a candidate, a filled opening no longer matches."""

from __future__ import annotations

import datetime as dt

import pytest
from sqlalchemy import select

from deskapp.errors import PermissionDeniedError
from deskapp.matching.distance import Place, proximity
from deskapp.matching.explain import explain, untranslated
from deskapp.matching.person import match_person
from deskapp.matching.project import match_project
from deskapp.matching.terms import terms
from deskapp.models import Consent
from deskapp.models.enums import ConsentPurpose, Region
from deskapp.services import matches, openings, organisations, persons, projects, resources
from deskapp.services.actor import resolve_actor
from deskapp.services.consents import withdraw_consent
from deskapp.services.organisation import create_desk, create_operator
from tests.conftest import person_data
from tests.services.test_network import firm, placement_consent

pytestmark = pytest.mark.both_engines

TODAY = dt.date.today()
LONG_AGO = (TODAY - dt.timedelta(days=100)).isoformat()


def someone(db, actor, n, municipality, skill, level, years=10, consent=True, **extra):
    """A person with one skill (no codice fiscale: sex and birth date given)."""
    person = persons.create_person(
        db,
        actor,
        person_data(
            codice_fiscale="",
            given_name=f"Persona{n}",
            family_name=f"Prova{n}",
            sex="M",
            birth_date=f"19{70 + n}-03-0{1 + n % 9}",
            phone="",
            email="",
            municipality=municipality,
            **extra,
        ),
    ).id
    persons.add_skill(
        db, actor, person, {"description": skill, "level": level, "years_experience": years}
    )
    if consent:
        placement_consent(db, actor, person, LONG_AGO)
    return person


def km(a, b):
    return proximity(Place(a, "IT", Region.LIGURIA), Place(b, "IT", Region.LIGURIA)).km


def test_distances_from_the_table_and_what_is_said_without_it():
    assert 5 < km("Sestri Levante", "Chiavari") < 10
    assert 35 < km("Sestri Levante", "La Spezia") < 45
    assert km("Genova", "Genoa") == 0  # GeoNames' name and the Italian one
    # A city's quarter is not in the table: the same municipality, or the same region.
    quarter = proximity(Place("Sestri Ponente", "IT", Region.LIGURIA), Place("Chiavari", "IT"))
    assert (quarter.km, quarter.same_region) == (None, True)
    assert proximity(
        Place("Sestri Ponente", "IT", Region.LIGURIA), Place("sestri ponente", "IT")
    ).same_municipality
    # Bastia of Corsica for a Corsican desk, not Bastia of Liguria.
    assert 140 < proximity(Place("Bastia", "FR", Region.CORSE), Place("Genova", "IT")).km < 200


def test_a_nearer_opening_ranks_higher_and_says_why(db, operator):
    """Sestri Levante's welder (advanced, 10 years, laid off): the opening in Chiavari
    (about 8 km) scores 45 x (0.85 + 0.05) + 30 x (1 - 8/80) + 15 + 10 = 92.5; the
    same one in La Spezia (about 40 km) 40.5 + 15 + 25 = 80.5."""
    person = someone(db, operator, 1, "Sestri Levante", "Saldatore", "advanced")
    near = organisations.create_organisation(db, operator, firm(municipality="Chiavari"))
    far = organisations.create_organisation(
        db, operator, firm(name="Officine Spezzine", municipality="La Spezia", company_number="")
    )
    far_opening = openings.create_opening(
        db, operator, far, {"title": "Saldatore", "level": "intermediate"}
    )
    near_opening = openings.create_opening(
        db, operator, near, {"title": "Saldatrice", "level": "intermediate"}
    )
    # A firm of another trade, and an opening for cooks, do not fit.
    openings.create_opening(db, operator, near, {"title": "Cuoco di bordo"})
    found = match_person(db, operator, person)
    assert found.consent
    assert [m.target_id for m in found.openings] == [near_opening, far_opening]
    first, second = found.openings
    # "Saldatrice" (welding machine operator) is a synonym of "Saldatore".
    chiavari, spezia = km("Sestri Levante", "Chiavari"), km("Sestri Levante", "La Spezia")
    assert first.score == pytest.approx(45 * 0.90 + 30 * (1 - chiavari / 80) + 25)
    assert second.score == pytest.approx(45 * 0.90 + 30 * (1 - spezia / 80) + 25)
    text = explain(first, untranslated, "en")
    distance = round(chiavari)
    assert text == (
        f"Saldatore, advanced; {distance} km; Nautical and shipbuilding; "
        "laid off after a company crisis"
    )
    assert explain(first, untranslated, "it").split("; ")[2] == "Nautica e cantieristica navale"
    # The shipyard's sector (30.11) is not his, but it seeks welders.
    assert [m.target_id for m in found.organisations] == [near, far]
    assert "they seek: saldatore" in explain(found.organisations[0], untranslated, "en")


def test_a_filled_or_closed_opening_no_longer_matches(db, operator):
    person = someone(db, operator, 2, "Chiavari", "Saldatore", "expert")
    other = someone(db, operator, 3, "Chiavari", "Saldatore", "basic")
    org = organisations.create_organisation(db, operator, firm())
    opening = openings.create_opening(db, operator, org, {"title": "Saldatore", "posts": 1})
    assert [m.target_id for m in match_person(db, operator, person).openings] == [opening]
    matches.record_outcome(
        db,
        operator,
        {"person_id": other, "opening_id": opening, "status": "hired"},
    )
    assert match_person(db, operator, person).openings == []
    closed = openings.create_opening(db, operator, org, {"title": "Saldatore", "closed": True})
    assert closed not in [m.target_id for m in match_person(db, operator, person).openings]


def test_a_better_level_ranks_higher_and_no_consent_no_candidate(db, operator):
    """Three welders in Chiavari for the project's role "Saldatore" (advanced wanted):
    the expert scores 45 x (1.00 + 0.05) + 30 + 15 = 92.25, the intermediate
    45 x (0.70 - 0.25 + 0.05) + 45 = 67.5; the third, an expert too, never gave a
    consent to be proposed and is not there; the fourth withdrew hers."""
    project = projects.create_project(
        db, operator, {"title": "Cantiere Coop", "kind": "new_cooperative", "sector_code": "30.12"}
    )
    promoter = someone(db, operator, 4, "Chiavari", "Velaio", "expert", consent=False)
    projects.add_member(db, operator, project, {"person_id": promoter, "role": "promoter"})
    role = openings.add_project_role(
        db, operator, project, {"title": "Saldatore", "level": "advanced", "posts": 2}
    )
    expert = someone(db, operator, 5, "Chiavari", "Saldatura a filo", "expert")
    middling = someone(db, operator, 6, "Chiavari", "Saldatore", "intermediate")
    someone(db, operator, 7, "Chiavari", "Saldatore", "expert", consent=False)
    withdrawn = someone(db, operator, 8, "Chiavari", "Saldatore", "expert")
    with db.read() as s:
        consent = s.scalar(
            select(Consent.id).where(
                Consent.person_id == withdrawn, Consent.purpose == ConsentPurpose.PLACEMENT
            )
        )
    withdraw_consent(db, operator, consent)
    found = match_project(db, operator, project)
    assert found.place is not None and found.place.municipality == "Chiavari"
    [(row, people)] = found.roles
    assert row.id == role
    assert [m.target_id for m in people] == [expert, middling]
    assert people[0].score == pytest.approx(92.25)
    assert people[1].score == pytest.approx(67.5)
    assert explain(people[1], untranslated, "en") == (
        "Saldatore, intermediate; level wanted: advanced; same municipality; "
        "laid off after a company crisis"
    )
    # The person without consent gets no match at all either.
    assert match_person(db, operator, promoter).consent is False


def test_an_operator_proposes_only_their_own_desks_people(db, admin, operator, coordinator):
    project = projects.create_project(db, operator, {"title": "Coop", "kind": "new_cooperative"})
    openings.add_project_role(db, operator, project, {"title": "Cuoco"})
    desk = create_desk(
        db,
        admin,
        {"name": "Antenna Livorno", "region": "toscana", "country": "IT", "language": "it"},
    )
    create_operator(
        db, admin, {"name": "Piero Conti", "role": "operator", "desk_id": desk}, "Tramonto-sul-molo"
    )
    livorno = resolve_actor(db, "Piero Conti")
    theirs = someone(db, livorno, 9, "Livorno", "Cuoco", "expert")
    ours = someone(db, operator, 10, "Genova", "Aiuto cuoco", "basic")
    [(_, seen_by_operator)] = match_project(db, operator, project).roles
    assert [m.target_id for m in seen_by_operator] == [ours]
    [(_, seen_by_coordinator)] = match_project(db, coordinator, project).roles
    assert {m.target_id for m in seen_by_coordinator} == {ours, theirs}
    with pytest.raises(PermissionDeniedError):
        match_person(db, operator, theirs)
    with pytest.raises(PermissionDeniedError):
        match_project(db, livorno, project)


def test_resources_and_partners_of_a_project(db, operator):
    """A shipbuilding workers buyout in Chiavari: the closed plant nearby first; its
    supplier, a firm of its chain and a consortium to join, the supplier first."""
    project = projects.create_project(
        db, operator, {"title": "Cantiere WBO", "kind": "wbo", "sector_code": "30.11"}
    )
    plant = resources.create_resource(
        db,
        operator,
        {
            "kind": "closed_plant",
            "name": "Ex cantiere Lavagna",
            "municipality": "Lavagna",
            "size_m2": 4000,
        },
    )
    shed = resources.create_resource(
        db,
        operator,
        {
            "kind": "premises",
            "name": "Capannone Sarzana",
            "municipality": "Sarzana",
            "size_m2": 800,
        },
    )
    resources.create_resource(
        db,
        operator,
        {
            "kind": "premises",
            "name": "Assegnato",
            "availability": "assigned",
            "municipality": "Chiavari",
        },
    )
    linked = resources.create_resource(
        db, operator, {"kind": "premises", "name": "Sede", "municipality": "Chiavari"}
    )
    resources.link_resource(db, operator, project, linked)
    supplier = organisations.create_organisation(
        db, operator, firm(name="Vernici Marine", sector_code="20.30", company_number="")
    )
    organisations.add_relation(
        db, operator, supplier, {"kind": "supplier_of", "project_id": project}
    )
    yard = organisations.create_organisation(db, operator, firm(municipality="La Spezia"))
    consortium = organisations.create_organisation(
        db,
        operator,
        firm(name="Consorzio Nautico", kind="consortium", sector_code="", company_number=""),
    )
    organisations.create_organisation(
        db, operator, firm(name="Hotel Mare", sector_code="55.10", company_number="")
    )
    found = match_project(db, operator, project)
    assert found.place.municipality == "Chiavari"
    assert [m.target_id for m in found.resources] == [plant, shed]
    assert "closed plant" in explain(found.resources[0], untranslated, "en")
    assert [m.target_id for m in found.partners] == [supplier, yard, consortium]
    assert explain(found.partners[0], untranslated, "en").startswith("Supplier of this project")
    assert "Consortium to join" in explain(found.partners[2], untranslated, "en")


def test_terms_find_forms_and_synonyms():
    words = [t.word for t in terms("Saldatore TIG e carpentiere di bordo")]
    assert words == ["saldatore", "tig", "carpentiere", "bordo"]


def test_an_opening_wanting_a_level_above_the_persons_ranks_lower(db, operator):
    """Chiavari's advanced welder (10 years, laid off), two openings of the shipyard in
    Chiavari: the one wanting an intermediate welder scores 45 x (0.85 + 0.05) + 30 +
    15 + 10 = 95.5; the one wanting an expert, a step above, 45 x (0.85 - 0.25 + 0.05)
    + 55 = 84.25, and says so."""
    person = someone(db, operator, 11, "Chiavari", "Saldatore", "advanced")
    org = organisations.create_organisation(db, operator, firm())
    above = openings.create_opening(db, operator, org, {"title": "Saldatore", "level": "expert"})
    within = openings.create_opening(
        db, operator, org, {"title": "Saldatore", "level": "intermediate"}
    )
    found = match_person(db, operator, person).openings
    assert [m.target_id for m in found] == [within, above]
    assert [m.score for m in found] == [pytest.approx(95.5), pytest.approx(84.25)]
    assert "level wanted: expert" in explain(found[1], untranslated, "en")
    assert "level wanted" not in explain(found[0], untranslated, "en")


def test_a_person_whose_consent_was_withdrawn_is_matched_to_nothing(db, operator):
    person = someone(db, operator, 12, "Chiavari", "Saldatore", "expert")
    org = organisations.create_organisation(db, operator, firm())
    opening = openings.create_opening(db, operator, org, {"title": "Saldatore"})
    assert [m.target_id for m in match_person(db, operator, person).openings] == [opening]
    with db.read() as s:
        consent = s.scalar(
            select(Consent.id).where(
                Consent.person_id == person, Consent.purpose == ConsentPurpose.PLACEMENT
            )
        )
    withdraw_consent(db, operator, consent)
    found = match_person(db, operator, person)
    assert found.consent is False
    assert (found.openings, found.organisations) == ([], [])


def test_a_nearer_person_ranks_higher_for_a_projects_role(db, operator):
    """A cooperative in Chiavari (where its promoter lives) needs a welder: two expert
    welders of 10 years, laid off; the one in Chiavari scores 45 x 1.05 + 30 + 15 =
    92.25, the one in La Spezia (about 40 km) 47.25 + 30 x (1 - km / 80) + 15."""
    project = projects.create_project(
        db, operator, {"title": "Officina Coop", "kind": "new_cooperative"}
    )
    promoter = someone(db, operator, 13, "Chiavari", "Velaio", "expert", consent=False)
    projects.add_member(db, operator, project, {"person_id": promoter, "role": "promoter"})
    openings.add_project_role(db, operator, project, {"title": "Saldatore"})
    far = someone(db, operator, 14, "La Spezia", "Saldatore", "expert")
    near = someone(db, operator, 15, "Chiavari", "Saldatore", "expert")
    [(_, people)] = match_project(db, operator, project).roles
    assert [m.target_id for m in people] == [near, far]
    spezia = km("Chiavari", "La Spezia")
    assert people[0].score == pytest.approx(92.25)
    assert people[1].score == pytest.approx(47.25 + 30 * (1 - spezia / 80) + 15)
    assert f"{round(spezia)} km" in explain(people[1], untranslated, "en")


def test_a_role_whose_posts_are_filled_no_longer_matches(db, operator):
    project = projects.create_project(
        db, operator, {"title": "Officina Coop", "kind": "new_cooperative"}
    )
    role = openings.add_project_role(db, operator, project, {"title": "Saldatore", "posts": 1})
    hired = someone(db, operator, 16, "Chiavari", "Saldatore", "expert")
    other = someone(db, operator, 17, "Chiavari", "Saldatore", "advanced")
    [(_, people)] = match_project(db, operator, project).roles
    assert [m.target_id for m in people] == [hired, other]
    matches.record_outcome(
        db, operator, {"person_id": hired, "project_role_id": role, "status": "hired"}
    )
    assert match_project(db, operator, project).roles == []
