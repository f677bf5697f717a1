from __future__ import annotations

import datetime as dt
import itertools

import pytest
from sqlalchemy import select

from deskapp.models import EnterpriseProject, Person, StageTransition
from deskapp.models.database import Database
from deskapp.models.enums import ProjectKind, Stage
from deskapp.models.fields import validate_input
from deskapp.models.migrate import upgrade_database
from deskapp.models.schemas import PersonInput
from deskapp.services.demo import generate_demo
from deskapp.services.person_columns import PERSON_FIELD_COLUMNS
from deskapp.services.projects import project_facts
from deskapp.services.registry_rows import person_rows
from deskapp.services.stages import PATH, unmet_conditions

pytestmark = pytest.mark.both_engines

TODAY = dt.date(2026, 11, 22)


def test_same_seed_same_registry(tmp_path):
    exports = []
    for name in ("a", "b"):
        db = Database.at_path(tmp_path / f"{name}.sqlite")
        upgrade_database(db)
        generate_demo(db, persons=300, seed=11, today=TODAY)
        exports.append(list(person_rows(db)[1]))
        db.dispose()
    assert exports[0] == exports[1]


def test_every_kind_in_every_stage_with_consistent_history(db):
    generate_demo(db, persons=400, seed=2, today=TODAY)
    with db.read() as s:
        seen = set(s.execute(select(EnterpriseProject.kind, EnterpriseProject.stage)).all())
        assert set(itertools.product(ProjectKind, Stage)) <= seen
        for project in s.scalars(select(EnterpriseProject)):
            history = [
                t.to_stage
                for t in s.scalars(
                    select(StageTransition)
                    .where(StageTransition.project_id == project.id)
                    .order_by(StageTransition.id)
                )
            ]
            assert history[0] is Stage.INTAKE and history[-1] is project.stage
            if project.stage in PATH:
                # Demo projects meet the gates of the stage they are in.
                reached = PATH[1 : PATH.index(project.stage) + 1]
                assert unmet_conditions(project_facts(s, project), reached) == []


def test_demo_people_pass_intake_validation(db):
    generate_demo(db, persons=300, seed=5, today=TODAY)
    with db.read() as s:
        people = s.scalars(select(Person)).all()
        for person in people:
            data = {name: getattr(person, name) for name in PERSON_FIELD_COLUMNS}
            data["codice_fiscale"] = person.codice_fiscale or ""
            data["nir"] = person.nir or ""
            validated = validate_input(PersonInput, data, region="IT", today=TODAY)
            assert validated.birth_date == person.birth_date
    assert any(p.codice_fiscale for p in people) and any(not p.codice_fiscale for p in people)
    assert any(p.nir for p in people)  # the people of the French desks


def test_projects_from_the_business_plan_stage_on_have_realistic_plans(db):
    from deskapp.models import BusinessPlan
    from deskapp.models.enums import PlanSourceKind
    from deskapp.services.business_plans import plan_result

    generate_demo(db, persons=600, seed=3, today=TODAY)
    with db.read() as s:
        planned = set(s.scalars(select(BusinessPlan.project_id)))
        projects = s.execute(
            select(EnterpriseProject.id, EnterpriseProject.kind, EnterpriseProject.stage)
        ).all()
    results = {}
    for pid, kind, stage in projects:
        # Abandoned projects may have been given up before or after their plan.
        if stage in PATH and PATH.index(stage) >= PATH.index(Stage.BUSINESS_PLAN):
            assert pid in planned, (pid, stage)
        if stage in PATH and PATH.index(stage) < PATH.index(Stage.BUSINESS_PLAN):
            assert pid not in planned
        if pid in planned:
            results[pid] = (kind, plan_result(db, pid))
    shortfalls = [r.shortfall > 0 for _, r in results.values()]
    assert any(shortfalls) and not all(shortfalls)  # some balanced, some not
    for kind, result in results.values():
        assert result.expected.pnl[0].revenue > 0 and result.investments_total > 0
        if kind is ProjectKind.WBO:
            assert result.members_capital > 0
            assert any(s.kind is PlanSourceKind.CFI_EQUITY for s in result.plan.sources) or any(
                loan.funding_application_id for loan in result.plan.loans
            )


def test_demo_data_does_not_contradict_itself(db):
    """A resource 'assigned to a project' has a project; the catalogue has amounts."""
    from sqlalchemy import select

    from deskapp.models import FundingCatalogueEntry, StructuralResource, project_resource
    from deskapp.models.enums import Availability

    generate_demo(db, persons=300, seed=5, today=TODAY)
    with db.read() as s:
        linked = set(s.scalars(select(project_resource.c.resource_id)))
        for resource in s.scalars(select(StructuralResource)):
            assigned = resource.availability is Availability.ASSIGNED
            assert assigned == (resource.id in linked), resource.id
        entries = list(s.scalars(select(FundingCatalogueEntry)))
        assert entries and all(e.max_amount is not None for e in entries)
        assert any(e.deadline is not None and e.deadline > TODAY for e in entries)


def _index_definitions(db):
    """Every index and trigger of the database, as the engine spells it."""
    from sqlalchemy import text

    with db.read() as s:
        if s.get_bind().dialect.name == "sqlite":
            query = "SELECT name, sql FROM sqlite_master WHERE type IN ('index', 'trigger')"
        else:
            query = "SELECT indexname, indexdef FROM pg_indexes WHERE schemaname = current_schema()"
        return sorted(s.execute(text(query)).all())


def test_the_demo_leaves_every_index_as_it_found_it_and_filled(db):
    """The demo builds the large tables' indexes and the search indexes once, after the
    rows (deskapp.models.sql.bulk_insert.indexed_at_the_end): all of them are back, the
    same, and find the demo's people and skills."""
    from deskapp.models import Skill
    from deskapp.services.maintenance import check_database
    from deskapp.services.resources import search_skills
    from deskapp.services.search import search_persons

    before = _index_definitions(db)
    generate_demo(db, persons=300, seed=5, today=TODAY)
    assert _index_definitions(db) == before
    with db.read() as s:
        person = s.scalars(select(Person).order_by(Person.id.desc())).first()
        skill = s.scalars(select(Skill).order_by(Skill.id.desc())).first()
    assert person is not None and skill is not None
    found = search_persons(db, f"{person.family_name} {person.given_name}", limit=500)
    assert person.id in {h.id for h in found}
    _, hits = search_skills(db, skill.description, limit=5000)
    assert skill.id in {h.skill_id for h in hits}
    report = check_database(db)
    assert report.ok, report.problems


def test_weighted_draws_are_those_of_random_choices():
    """The demo's weighted draw keeps the sums of the weights: the same draws as
    random.choices with the weights, so a seed gives the demo it always gave."""
    import random

    from deskapp.services.demo.generator import _weighted

    pairs = (("a", 30), ("b", 0.5), ("c", 12), ("d", 57.5))
    mine, theirs = random.Random(3), random.Random(3)
    for _ in range(5000):
        expected = theirs.choices([p[0] for p in pairs], weights=[p[1] for p in pairs])[0]
        assert _weighted(mine, pairs) == expected
        # Pairs built on the fly, as some callers do, are not confused with others.
        fresh = [(x, w) for x, w in reversed(pairs)]
        expected = theirs.choices([p[0] for p in fresh], weights=[p[1] for p in fresh])[0]
        assert _weighted(mine, fresh) == expected


def test_demo_phones_are_judged_as_the_phone_library_judges_them():
    """The demo's cheaper validity check says what phonenumbers.is_valid_number says of
    the numbers the demo draws, and of other Italian and French shapes."""
    import random

    import phonenumbers

    from deskapp.services.demo.people import _IT_MOBILE, _is_valid_mobile

    rng = random.Random(7)
    numbers = []
    for _ in range(3000):
        numbers.append(f"+39{rng.choice(_IT_MOBILE)}{rng.randint(0, 9_999_999):07d}")
        numbers.append(f"+33{rng.choice('67')}{rng.randint(0, 99_999_999):08d}")
        numbers.append(f"+39{rng.randint(300, 399)}{rng.randint(0, 10 ** rng.randint(4, 9))}")
        numbers.append(f"+33{rng.randint(1, 9)}{rng.randint(0, 10 ** rng.randint(6, 9))}")
    verdicts = [phonenumbers.is_valid_number(phonenumbers.parse(n)) for n in numbers]
    assert [_is_valid_mobile(n) for n in numbers] == verdicts
    assert 0 < sum(verdicts) < len(numbers)  # both kinds were tried
