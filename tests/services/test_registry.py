from __future__ import annotations

import datetime as dt

from deskapp.models.enums import EmploymentStatus, NeedKind, Stage
from deskapp.services import persons, projects
from deskapp.services.registry import RegistryFilter, count_registry, registry_ids, registry_rows
from tests.conftest import person_data


def _person(db, operator, family, given, born, **extra):
    return persons.create_person(
        db,
        operator,
        person_data(
            codice_fiscale="",
            family_name=family,
            given_name=given,
            sex="F",
            birth_date=born,
            phone="",
            email="",
            previous_employer="",
            **extra,
        ),
    ).id


def test_filters_combine_and_count_agrees(db, operator):
    rossi = _person(
        db,
        operator,
        "Rossi",
        "Marina",
        "1970-11-11",
        employment_status="unemployed",
        first_contact_date="2026-01-10",
    )
    badoer = _person(
        db, operator, "Badoer", "Rossana", "1979-05-23", first_contact_date="2025-03-01"
    )
    persons.add_needs_assessment(db, operator, badoer, {"needs": [{"kind": "funding"}]})
    project = projects.create_project(db, operator, {"title": "Coop", "kind": "new_cooperative"})
    projects.add_member(db, operator, project, {"person_id": rossi, "role": "promoter"})

    # Typed text: the surname that starts with it comes first, then name order.
    assert registry_ids(db, RegistryFilter(text="ross")) == [rossi, badoer]
    assert registry_ids(db, RegistryFilter()) == [badoer, rossi]
    cases = {
        RegistryFilter(employment_status=EmploymentStatus.UNEMPLOYED): [rossi],
        RegistryFilter(need=NeedKind.FUNDING): [badoer],
        RegistryFilter(need=NeedKind.TRAINING): [],
        RegistryFilter(project_stage=Stage.INTAKE): [rossi],
        RegistryFilter(contact_from=dt.date(2026, 1, 1)): [rossi],
        RegistryFilter(contact_to=dt.date(2025, 12, 31), text="ross"): [badoer],
        RegistryFilter(desk_id=operator.desk_id + 1): [],
    }
    for flt, expected in cases.items():
        assert registry_ids(db, flt) == expected, flt
        assert count_registry(db, flt) == len(expected)


def test_sorting_and_pages(db, operator):
    ids = [_person(db, operator, f"Cognome{i:02d}", "Anna", f"19{50 + i}-01-01") for i in range(30)]
    assert registry_ids(db, RegistryFilter(), "birth_date", descending=True) == ids[::-1]
    page = registry_rows(db, ids[5:10])
    assert sorted(page) == ids[5:10]
    assert page[ids[5]].family_name == "Cognome05"
