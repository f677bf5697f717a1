"""The People page's model reads only the part of the registry on screen."""

from __future__ import annotations

import datetime as dt

from deskapp.services.search import PersonHit
from deskapp.ui import registry_model
from deskapp.ui.registry_model import RegistryModel


def _hit(person_id: int) -> PersonHit:
    return PersonHit(
        id=person_id,
        family_name=f"Cognome{person_id}",
        given_name="Anna",
        codice_fiscale="",
        birth_date=None,
        municipality="",
        employment_status=None,
        first_contact_date=None,
        phone="",
        nir="",
    )


def test_a_million_rows_are_shown_by_reading_the_blocks_on_screen(qtbot):
    total = 1_000_000
    asked: list[tuple[int, int]] = []

    def fetch_ids(offset: int, limit: int) -> list[int]:
        asked.append((offset, limit))
        return [10 * row for row in range(offset, min(offset + limit, total))]

    model = RegistryModel(lambda ids: {i: _hit(i) for i in ids})
    model.set_source(total, fetch_ids)
    assert model.rowCount() == total
    assert asked == []  # nothing read until something is shown
    assert model.index(0, 0).data() == "Cognome0 Anna"
    assert model.index(999_999, 0).data() == "Cognome9999990 Anna"
    assert model.person_id(999_998) == 9_999_980
    assert len(asked) == 2
    assert sum(limit for _, limit in asked) <= 2 * registry_model.ID_BLOCK
    assert model.loaded_ids() <= 2 * registry_model.ID_BLOCK


def test_a_row_gone_since_the_count_shows_empty_and_has_no_person(qtbot):
    model = RegistryModel(lambda ids: {i: _hit(i) for i in ids})
    model.set_source(5, lambda offset, limit: [1, 2, 3][offset : offset + limit])
    assert model.rowCount() == 5
    assert model.index(2, 0).data() == "Cognome3 Anna"
    assert model.index(4, 0).data() is None
    assert model.person_id(4) is None


def test_the_page_opens_on_its_first_block_and_counts_the_rest(qtbot, db, db_path, monkeypatch):
    from deskapp.services.actor import resolve_actor
    from deskapp.services.demo import generate_demo
    from tests.ui.test_main_window import _window

    monkeypatch.setattr(registry_model, "ID_BLOCK", 100)
    generate_demo(db, persons=300, seed=3, today=dt.date(2026, 11, 22))
    window = _window(qtbot, db, db_path, resolve_actor(db, "Amministratore demo"))
    people = window.people
    assert people.model.rowCount() == 300
    assert people.count_label.text() == "300 people"
    assert people.model.loaded_ids() < 300  # the view's rows, not the whole registry
    last = people.model.index(299, 0).data()
    every = [people.model.index(r, 0).data() for r in range(300)]
    assert last == every[-1] and None not in every and len(set(every)) > 250
