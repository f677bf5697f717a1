"""The lists behind the Projects, Agenda and Resources screens, and the checklist."""

from __future__ import annotations

import datetime as dt

import pytest

from deskapp.errors import ValidationFailed
from deskapp.models.enums import ProjectKind, Stage
from deskapp.services import activities, checklists, persons, projects, resources
from deskapp.services.agenda import follow_ups_in_week, my_follow_ups, timeline, week_of
from deskapp.services.demo import generate_demo
from deskapp.services.project_lists import ProjectFilter, board, project_list, projects_of_person
from tests.conftest import person_data

pytestmark = pytest.mark.both_engines


@pytest.fixture
def mario(db, operator):
    return persons.create_person(db, operator, person_data()).id


@pytest.fixture
def project(db, operator):
    return projects.create_project(
        db, operator, {"title": "Officine Riunite", "kind": "wbo", "sector_code": "25.62"}
    )


def test_board_has_every_stage_and_counts_match_the_list(db):
    generate_demo(db, persons=600, seed=3)
    columns = board(db, ProjectFilter(), per_stage=5)
    assert [c.stage for c in columns] == list(Stage)
    total, cards = project_list(db, ProjectFilter(), limit=10_000)
    assert sum(c.total for c in columns) == total == len(cards)
    for column in columns:
        assert len(column.cards) == min(column.total, 5)
        assert all(card.stage is column.stage for card in column.cards)
        dates = [c.next_follow_up for c in column.cards]
        dated = [d for d in dates if d is not None]
        assert dated == sorted(dated)
        assert dates[: len(dated)] == dated  # undated cards come last


def test_project_filters(db):
    generate_demo(db, persons=600, seed=3)
    total, cards = project_list(db, ProjectFilter(kind=ProjectKind.WBO, stage=Stage.IDEA))
    assert total == len(cards) > 0
    assert {(c.kind, c.stage) for c in cards} == {(ProjectKind.WBO, Stage.IDEA)}
    word = cards[0].title.split()[0]
    _, found = project_list(db, ProjectFilter(text=word.lower()))
    assert cards[0].id in {c.id for c in found}


def test_card_shows_members_and_earliest_follow_up(db, operator, mario, project):
    projects.add_member(db, operator, project, {"person_id": mario, "role": "promoter"})
    projects.update_project(
        db,
        operator,
        project,
        1,
        {"title": "Officine Riunite", "kind": "wbo", "next_action_due": "20/12/2026"},
    )
    activities.log_activity(
        db,
        operator,
        {
            "kind": "phone_call",
            "occurred_at": dt.datetime(2026, 11, 1, 10),
            "project_id": project,
            "follow_up_due": "05/12/2026",
        },
    )
    [card] = board(db, ProjectFilter())[0].cards
    assert card.members == 1
    assert card.next_follow_up == dt.date(2026, 12, 5)
    [(mine, roles)] = projects_of_person(db, mario)
    assert mine.id == project and roles == "promoter"


def test_overdue_follow_ups_come_first_and_week_view(db, operator, mario):
    today = dt.date(2026, 11, 22)
    for due in ("25/11/2026", "01/11/2026", "30/12/2026"):
        activities.log_activity(
            db,
            operator,
            {
                "kind": "interview",
                "occurred_at": dt.datetime(2026, 10, 30, 9),
                "person_id": mario,
                "follow_up_due": due,
            },
        )
    items = my_follow_ups(db, operator.operator_id, until=today + dt.timedelta(days=7))
    assert [i.follow_up_due for i in items] == [dt.date(2026, 11, 1), dt.date(2026, 11, 25)]
    assert [i.overdue(today) for i in items] == [True, False]
    assert items[0].person_name == "Rossi Mario"
    assert week_of(today) == (dt.date(2026, 11, 16), dt.date(2026, 11, 22))
    week = follow_ups_in_week(db, operator.operator_id, dt.date(2026, 11, 26))
    assert [i.follow_up_due for i in week] == [dt.date(2026, 11, 25)]
    activities.mark_follow_up_done(db, operator, items[0].activity_id, items[0].version)
    assert len(my_follow_ups(db, operator.operator_id, until=today)) == 0
    assert len(timeline(db, person_id=mario)) == 3


def test_checklist_tick_untick_and_refusals(db, operator, project):
    entries = checklists.checklist(db, project)
    assert entries[0].step.stage is Stage.INTAKE and entries[0].done_on is None
    # A workers buyout has the steps about its origin company.
    assert any(e.step.origin_only for e in entries)
    checklists.tick_step(db, operator, project, "intake_interview", dt.date(2026, 11, 2))
    done = {e.step.key: e.done_on for e in checklists.checklist(db, project)}
    assert done["intake_interview"] == dt.date(2026, 11, 2)
    checklists.untick_step(db, operator, project, "intake_interview")
    assert all(e.done_on is None for e in checklists.checklist(db, project))
    with pytest.raises(ValidationFailed):
        checklists.tick_step(db, operator, project, "no_such_step")
    with pytest.raises(ValidationFailed):
        checklists.tick_step(
            db, operator, project, "idea_group", dt.date.today() + dt.timedelta(days=1)
        )


def test_new_cooperative_has_no_origin_company_steps(db, operator):
    coop = projects.create_project(db, operator, {"title": "Coop", "kind": "new_cooperative"})
    assert not any(e.step.origin_only for e in checklists.checklist(db, coop))


def test_who_knows_welding_in_sestri(db, operator, mario):
    persons.add_skill(
        db, operator, mario, {"description": "Saldatore a filo", "years_experience": 12}
    )
    other = persons.create_person(
        db,
        operator,
        person_data(
            codice_fiscale="",
            sex="F",
            birth_date="1985-01-01",
            given_name="Lucia",
            municipality="Chiavari",
        ),
    ).id
    persons.add_skill(db, operator, other, {"description": "Saldatrice TIG"})
    more, hits = resources.search_skills(db, "sald sestri")
    assert not more and [h.person_id for h in hits] == [mario]
    more, hits = resources.search_skills(db, "SALD")
    assert not more and len(hits) == 2 and hits[0].person_id == mario  # most experienced first
    more, hits = resources.search_skills(db, "sald", limit=1)
    assert more and len(hits) == 1


def test_resources_list_and_edit(db, operator, project):
    rid = resources.create_resource(
        db, operator, {"kind": "premises", "name": "Capannone ex Ilva", "municipality": "Genova"}
    )
    resources.link_resource(db, operator, project, rid)
    total, rows = resources.list_resources(db, text="ilva")
    assert total == 1 and rows[0].projects == 1
    data = resources.resource_as_input(resources.get_resource(db, rid))
    data["availability"] = "assigned"
    resources.update_resource(db, operator, rid, 1, data)
    assert resources.list_resources(db, availability=None)[1][0].availability.value == "assigned"
    resources.unlink_resource(db, operator, project, rid)
    assert resources.list_resources(db)[1][0].projects == 0


def test_skills_are_found_by_word_form_and_trade_synonym(db, operator, mario):
    """The README's own example: 'saldatura Sestri' finds the welder of Sestri Levante."""
    persons.add_skill(db, operator, mario, {"description": "Saldatore a filo"})
    lucia = persons.create_person(
        db,
        operator,
        person_data(
            codice_fiscale="",
            sex="F",
            birth_date="1985-01-01",
            given_name="Lucia",
            municipality="Chiavari",
        ),
    ).id
    persons.add_skill(db, operator, lucia, {"description": "Saldatrice TIG"})
    persons.add_skill(db, operator, lucia, {"description": "Cucina di bordo"})

    def found(text: str) -> list[int]:
        return sorted(h.person_id for h in resources.search_skills(db, text)[1])

    assert found("saldatura Sestri") == [mario]
    assert found("saldatura") == sorted([mario, lucia])
    assert found("saldatori") == sorted([mario, lucia])
    assert found("soudure") == sorted([mario, lucia])  # a French desk's word
    assert found("cuoco") == [lucia]  # a cook's skill is the kitchen
    assert found("saldatura Chiavari") == [lucia]
    assert found("cucito") == []  # tailoring is not cooking, though both start "cuc"
