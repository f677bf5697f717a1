"""The demo registry of a French desk is written in French, as its operators would type
it: activity notes, next actions, project titles, resources, business plans, and its
people live at French addresses with their town's postcode and a French phone. The
Italian desks keep their Italian texts."""

from __future__ import annotations

import datetime as dt
import json
from collections.abc import Iterator
from pathlib import Path

import phonenumbers
import pytest
from sqlalchemy import select

from deskapp.models import (
    Activity,
    BusinessPlan,
    BusinessPlanVersion,
    Desk,
    EnterpriseProject,
    Operator,
    Person,
    Skill,
    StageTransition,
    StructuralResource,
)
from deskapp.models.database import Database
from deskapp.models.enums import Country, OperatorRole
from deskapp.models.migrate import upgrade_database
from deskapp.services.demo import data as dd
from deskapp.services.demo import generate_demo

TODAY = dt.date(2026, 11, 22)

ITALIAN_PHRASES = {
    *(it for it, _ in dd.ACTIVITY_NOTES if it),
    *dd.PLAN_WORDS_IT,
    dd.NEXT_ACTION[0],
    dd.GROUP_DISBANDED[0],
}
FRENCH_NOTES = {fr for _, fr in dd.ACTIVITY_NOTES}
FRENCH_STEMS = tuple(fr for _, fr, _ in dd.PROJECT_IDEAS)
ITALIAN_STEMS = tuple(it for it, _, _ in dd.PROJECT_IDEAS)
ITALIAN_COMPANIES = {name for name, _, _ in dd.COMPANIES_IT}

# The department of each French demo town (INSEE), and the first digits of its postcodes.
DEPARTMENT_PREFIX = {"2A": "20", "2B": "20", "13": "13", "83": "83"}
TOWN_DEPARTMENT = {
    **dict.fromkeys(("Bastia", "Biguglia", "Borgo", "Corte"), "2B"),
    **dict.fromkeys(("Ajaccio", "Porto-Vecchio", "Propriano", "Sartène"), "2A"),
    **dict.fromkeys(("Toulon", "La Seyne-sur-Mer", "Hyères", "La Garde"), "83"),
    **dict.fromkeys(("Marseille", "Aubagne", "Martigues", "La Ciotat"), "13"),
}


@pytest.fixture(scope="module")
def demo(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Database]:
    path: Path = tmp_path_factory.mktemp("demo") / "demo.sqlite"
    database = Database.at_path(path)
    upgrade_database(database)
    generate_demo(database, persons=700, seed=4, today=TODAY)
    yield database
    database.dispose()


def _by_country(demo: Database) -> dict[int, Country]:
    with demo.read() as s:
        return {desk: country for desk, country in s.execute(select(Desk.id, Desk.country))}


def _is_italian(text: str) -> bool:
    return any(phrase in text for phrase in ITALIAN_PHRASES) or text.startswith(ITALIAN_STEMS)


def test_french_desks_notes_and_next_actions_are_french(demo):
    country = _by_country(demo)
    with demo.read() as s:
        notes = s.execute(select(Activity.desk_id, Activity.notes)).all()
        projects = s.scalars(select(EnterpriseProject)).all()
        reasons = s.execute(
            select(EnterpriseProject.desk_id, StageTransition.note).join(
                EnterpriseProject, EnterpriseProject.id == StageTransition.project_id
            )
        ).all()
    french_notes = {note for desk, note in notes if country[desk] is Country.FR}
    italian_notes = {note for desk, note in notes if country[desk] is Country.IT}
    # Every note a French desk wrote is one of the French demo notes, and all of them are
    # used: the same variety as the Italian desks'.
    assert french_notes == FRENCH_NOTES
    assert italian_notes == {it for it, _ in dd.ACTIVITY_NOTES}
    french_projects = [p for p in projects if country[p.desk_id] is Country.FR]
    assert french_projects
    for project in french_projects:
        assert project.title.startswith(FRENCH_STEMS), project.title
        for text in (project.title, project.next_action, project.closed_reason):
            assert not _is_italian(text), text
    assert {p.next_action for p in french_projects} == {"", dd.NEXT_ACTION[1]}
    assert dd.GROUP_DISBANDED[1] in {p.closed_reason for p in french_projects}
    for desk, note in reasons:
        if country[desk] is Country.FR:
            assert note in ("", dd.GROUP_DISBANDED[1]), note
    assert any(
        p.title.startswith(ITALIAN_STEMS) for p in projects if country[p.desk_id] is Country.IT
    )


def test_french_desks_resources_skills_and_employers_are_french(demo):
    country = _by_country(demo)
    with demo.read() as s:
        resources = s.scalars(select(StructuralResource)).all()
        skills = s.execute(
            select(Person.desk_id, Skill.description).join(Person, Person.id == Skill.person_id)
        ).all()
        employers = s.execute(select(Person.desk_id, Person.previous_employer)).all()
    french = [r for r in resources if country[r.desk_id] is Country.FR]
    assert french
    for resource in french:
        # Named as what it is: a piece of land is not called a plant.
        assert resource.name.startswith(dd.RESOURCE_NAMES_FR[resource.kind]), resource.name
        assert resource.name.endswith(resource.municipality)
        assert resource.owner not in ITALIAN_COMPANIES, resource.owner
    french_skills = {d for desk, d in skills if country[desk] is Country.FR}
    assert french_skills and french_skills <= {fr for _, fr, _, _ in dd.OCCUPATIONS}
    french_employers = {e for desk, e in employers if country[desk] is Country.FR and e}
    assert french_employers and not french_employers & ITALIAN_COMPANIES


def test_french_desks_business_plans_are_french(demo):
    country = _by_country(demo)
    with demo.read() as s:
        drafts = s.execute(
            select(EnterpriseProject.desk_id, BusinessPlan.document).join(
                EnterpriseProject, EnterpriseProject.id == BusinessPlan.project_id
            )
        ).all()
        versions = s.execute(
            select(EnterpriseProject.desk_id, BusinessPlanVersion.name).join(
                EnterpriseProject, EnterpriseProject.id == BusinessPlanVersion.project_id
            )
        ).all()
    french_plans = [json.loads(doc) for desk, doc in drafts if country[desk] is Country.FR]
    assert french_plans
    for plan in french_plans:
        lines = [
            *(i["item"] for i in plan["investments"]),
            *(x["product"] for x in plan["sales"]),
            *(x["role"] for x in plan["staff"]),
            *(x["item"] for x in plan["fixed_costs"]),
            *(x["item"] for x in plan["variable_costs"]),
            *(x["lender"] for x in plan["loans"]),
            *(x.get("name") or "" for x in plan["sources"]),
            *plan["sections"].values(),
        ]
        for line in lines:
            assert line not in dd.PLAN_WORDS_IT and not _is_italian(line), line
        assert {i["item"] for i in plan["investments"]} <= set(dd.PLAN_WORDS_FR)
        # CFI is an Italian instrument: a French plan's quasi-equity is French.
        assert all(x["kind"] != "cfi_equity" for x in plan["sources"]), plan["sources"]
    for desk, name in versions:
        if country[desk] is Country.FR:
            assert name.startswith("Présenté aux financeurs"), name


def test_french_desks_people_live_at_french_addresses(demo):
    country = _by_country(demo)
    with demo.read() as s:
        people = s.scalars(select(Person)).all()
    french = [p for p in people if country[p.desk_id] is Country.FR]
    assert french
    seen_marseille = set()
    for person in french:
        department = TOWN_DEPARTMENT[person.municipality]
        assert person.postal_code.startswith(DEPARTMENT_PREFIX[department]), (
            person.municipality,
            person.postal_code,
        )
        if person.municipality == "Marseille":
            # Marseille's sixteen arrondissements: 13001 to 13016.
            assert 13001 <= int(person.postal_code) <= 13016, person.postal_code
            seen_marseille.add(person.postal_code)
        number = phonenumbers.parse(person.phone)
        assert phonenumbers.region_code_for_number(number) == "FR", person.phone
        # A French address puts the number first: "12 rue de la République".
        assert person.address.split()[0].isdigit(), person.address
        assert person.birthplace in TOWN_DEPARTMENT
        assert person.email.endswith(".fr"), person.email  # a French-looking address
    assert len(seen_marseille) > 3
    italians = [p for p in people if country[p.desk_id] is Country.IT]
    assert all(p.email.endswith(".it") for p in italians if p.email)


def test_french_desks_have_a_french_demo_administrator(demo):
    country = _by_country(demo)
    with demo.read() as s:
        admins = s.execute(
            select(Operator.name, Operator.desk_id).where(
                Operator.role == OperatorRole.ADMINISTRATOR
            )
        ).all()
    by_country = {country[desk]: name for name, desk in admins}
    assert by_country == {Country.IT: "Amministratore demo", Country.FR: "Administrateur démo"}
