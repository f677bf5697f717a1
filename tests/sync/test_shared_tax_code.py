"""At a coordinator, the same person's records from two desks each keep their codice
fiscale (linked, counted once): an edit of one of them is not refused because the other
has the same code. Within one database's records the code stays unique."""

from __future__ import annotations

import pytest
from sqlalchemy import select

from deskapp.errors import DuplicatePersonError
from deskapp.models import Person
from deskapp.services.persons import create_person, update_person
from deskapp.sync.apply import import_bundle
from deskapp.sync.export import export_bundle
from tests.conftest import MARIO_CF, person_data
from tests.sync.helpers import new_desk, trust

pytestmark = pytest.mark.both_engines

LUIGI_CF = "VRDLGU68E12D969N"


def _edit(data: dict[str, object]) -> dict[str, object]:
    data = dict(data)
    del data["consent"]
    return data


def test_the_coordinator_edits_a_record_whose_code_another_desk_has_too(db, admin, tmp_path):
    genova, genova_admin = new_desk(tmp_path, "Antenna Genova")
    savona, savona_admin = new_desk(tmp_path, "Antenna Savona")
    create_person(genova, genova_admin, person_data())
    create_person(savona, savona_admin, person_data(phone="019 765 4321"))
    create_person(
        savona,
        savona_admin,
        person_data(
            codice_fiscale=LUIGI_CF,
            given_name="Luigi",
            family_name="Verdi",
            birth_date="12/05/1968",
        ),
    )
    for desk, who, name in ((genova, genova_admin, "Genova"), (savona, savona_admin, "Savona")):
        trust(db, admin, desk, name)
        import_bundle(db, admin, export_bundle(desk, who, tmp_path / f"{name}.b").path)
    with db.read() as s:
        marios = s.scalars(select(Person).where(Person.codice_fiscale == MARIO_CF)).all()
        luigi = s.scalar(select(Person).where(Person.codice_fiscale == LUIGI_CF))
    assert len(marios) == 2
    assert sum(1 for p in marios if p.counted_with is None) == 1  # linked: one person
    mine = next(p for p in marios if p.phone != "019 765 4321")

    saved = update_person(
        db, admin, mine.id, mine.version, _edit(person_data(phone="010 555 1234"))
    )
    with db.read() as s:
        assert s.get(Person, mine.id).phone == "+390105551234"
    assert saved.version == mine.version + 1

    # Within Savona's records the code is still one person's.
    with pytest.raises(DuplicatePersonError, match="already belongs to Rossi Mario"):
        update_person(db, admin, luigi.id, luigi.version, _edit(person_data()))
    # And a desk's own registry refuses a second record with the same code.
    with pytest.raises(DuplicatePersonError):
        create_person(genova, genova_admin, person_data(given_name="Marco"))
    genova.dispose()
    savona.dispose()
