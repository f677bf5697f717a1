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


def _reader(total: int, asked: list[tuple]):
    """Blocks of the ids 10, 20, 30...; records how each was asked for."""
    from deskapp.ui.registry_model import _list_reader

    ids = [10 * row for row in range(total)]
    read = _list_reader(ids)

    def recorded(limit, *, offset=0, after=None, before=None, from_end=False):
        how = "after" if after else "before" if before else "end" if from_end else "offset"
        asked.append((how, offset, limit))
        return read(limit, offset=offset, after=after, before=before, from_end=from_end)

    return recorded


def test_a_million_rows_are_shown_by_reading_the_blocks_on_screen(qtbot):
    total = 1_000_000
    asked: list[tuple] = []
    model = RegistryModel(lambda ids: {i: _hit(i) for i in ids})
    model.set_source(total, _reader(total, asked))
    assert model.rowCount() == total
    assert asked == []  # nothing read until something is shown
    assert model.index(0, 0).data() == "Cognome0 Anna"
    assert model.index(999_999, 0).data() == "Cognome9999990 Anna"
    assert model.person_id(999_998) == 9_999_980
    assert len(asked) == 2
    assert sum(limit for _, _, limit in asked) <= 2 * registry_model.ID_BLOCK
    assert model.loaded_ids() <= 2 * registry_model.ID_BLOCK


def test_deep_rows_are_read_from_their_neighbours_and_the_end_backwards(qtbot):
    # OFFSET 999,000 cost a second at 1,000,000 people: the bottom is read backwards from
    # the end, and each block next to one already read from that one's first or last row.
    total, block = 1_000_500, registry_model.ID_BLOCK
    asked: list[tuple] = []
    model = RegistryModel(lambda ids: {i: _hit(i) for i in ids})
    model.set_source(total, _reader(total, asked))
    assert model.person_id(total - 1) == 10 * (total - 1)  # jump to the bottom
    assert asked[-1] == ("end", 0, total % block)  # the last 500, from the end
    for row in range(total - 1, total - 3 * block, -block // 2):  # scrolling up
        assert model.person_id(row) == 10 * row
    assert model.person_id(0) == 0 and model.person_id(2 * block + 7) == 10 * (2 * block + 7)
    assert model.person_id(block + 3) == 10 * (block + 3)  # between two blocks read
    assert model.person_id(total // 2) == 10 * (total // 2)  # a jump to the middle
    hows = [how for how, _, _ in asked]
    assert hows == ["end", *["before"] * 3, "offset", "offset", "after", "end"], asked
    assert max(offset for _, offset, _ in asked) <= total // 2


def test_a_row_gone_since_the_count_shows_empty_and_has_no_person(qtbot):
    model = RegistryModel(lambda ids: {i: _hit(i) for i in ids})
    model.set_source(5, _reader(3, []))
    assert model.rowCount() == 5
    assert model.index(2, 0).data() == "Cognome20 Anna"
    assert model.index(4, 0).data() is None
    assert model.person_id(4) is None


def test_rows_counted_later_appear_after_the_first_block(qtbot):
    from deskapp.services.registry import Block

    model = RegistryModel(lambda ids: {i: _hit(i) for i in ids})
    read = _reader(2500, [])
    model.set_source(1000, read, Block([10 * r for r in range(1000)], (0,), (999,)))
    with qtbot.waitSignal(model.rowsInserted):
        model.set_total(2500)
    assert model.rowCount() == 2500
    assert model.person_id(2499) == 24990


def test_the_page_opens_on_its_first_block_and_counts_the_rest(qtbot, db, db_path, monkeypatch):
    from deskapp.services.actor import resolve_actor
    from deskapp.services.demo import generate_demo
    from tests.ui.test_main_window import _window

    monkeypatch.setattr(registry_model, "ID_BLOCK", 100)
    generate_demo(db, persons=300, seed=3, today=dt.date(2026, 11, 22))
    window = _window(qtbot, db, db_path, resolve_actor(db, "Amministratore demo"))
    people = window.people
    # The first block at once; the count (0.3-0.6 s at 1,000,000 on PostgreSQL) when it
    # arrives from its thread, never a figure that is not so.
    qtbot.waitUntil(lambda: people.count_label.text() == "300 people")
    assert people.model.rowCount() == 300
    assert people.model.loaded_ids() < 300  # the view's rows, not the whole registry
    last = people.model.index(299, 0).data()
    every = [people.model.index(r, 0).data() for r in range(300)]
    assert last == every[-1] and None not in every and len(set(every)) > 250


def test_the_list_shows_at_once_and_the_count_follows(qtbot, db, operator, monkeypatch):
    from deskapp.services import persons
    from deskapp.ui.people_page import PeoplePage
    from tests.conftest import person_data

    monkeypatch.setattr(registry_model, "ID_BLOCK", 5)
    for i in range(12):
        persons.create_person(
            db,
            operator,
            person_data(
                codice_fiscale="", family_name=f"Cognome{i:02d}", given_name="Anna",
                sex="F", birth_date=f"19{60 + i}-01-01", phone="", email="",
            ),
        )  # fmt: skip
    page = PeoplePage(db)
    qtbot.addWidget(page)
    # Before the count arrives: the first block, and what is known of the number.
    assert page.model.rowCount() == 5
    assert page.count_label.text() == "At least 5 people, counting..."
    qtbot.waitUntil(lambda: page.count_label.text() == "12 people")
    assert page.model.rowCount() == 12
    assert page.model.index(11, 0).data() == "Cognome11 Anna"

    # A count that arrives after the operator typed again is not shown.
    page.refresh()  # the whole registry again: counted in the background
    assert page.count_label.text() == "At least 5 people, counting..."
    page.search_box.setText("cognome0")
    page.refresh()
    assert page.count_label.text() == "10 people"
    qtbot.wait(300)  # the registry's count (12) arrives meanwhile
    assert page.count_label.text() == "10 people" and page.model.rowCount() == 10
