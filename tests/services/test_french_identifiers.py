"""French identifiers through the services: the NIR at intake, in searches and files;
phones and postcodes read with the desk's country; the new enterprise's number."""

from __future__ import annotations

from pathlib import Path

import pytest
from stdnum.fr import nir as stdnum_nir

from deskapp.errors import DuplicatePersonError, ImportFailed, ValidationFailed
from deskapp.services import persons, projects
from deskapp.services.importing import import_persons
from deskapp.services.person_columns import PERSON_FILE_COLUMNS
from deskapp.services.registry import RegistryFilter, registry_ids
from deskapp.services.registry_rows import person_rows
from deskapp.services.search import search_persons
from tests.conftest import person_data

NIR = "184127645108946"  # a man born in December 1984 (Seine-Maritime)
SPACED = "1 84 12 76 451 089 46"


def with_key(body: str) -> str:
    return body + stdnum_nir.calc_check_digits(body)


def french_person(**overrides: object) -> dict[str, object]:
    values: dict[str, object] = {
        "codice_fiscale": "",
        "nir": SPACED,
        "sex": "M",
        "birth_date": "03/12/1984",
        "given_name": "Paul",
        "family_name": "Casanova",
        "phone": "06 12 34 56 78",
        "municipality": "Ajaccio",
        "postal_code": "20000",
        "email": "",
    }
    values.update(overrides)
    return person_data(**values)


def refusal(call) -> tuple[str, str]:  # noqa: ANN001
    with pytest.raises(ValidationFailed) as err:
        call()
    (error,) = err.value.errors
    return error.field, error.message


def test_a_french_desk_stores_the_nir_compact_and_a_french_phone(db, french_operator):
    pid = persons.create_person(db, french_operator, french_person()).id
    paul = persons.get_person(db, pid)
    assert (paul.nir, paul.phone, paul.postal_code) == (NIR, "+33612345678", "20000")
    assert persons.person_as_input(paul)["nir"] == NIR


def test_the_nir_gives_the_sex_when_it_is_left_out(db, french_operator):
    pid = persons.create_person(db, french_operator, french_person(sex=None)).id
    assert persons.get_person(db, pid).sex.value == "M"


@pytest.mark.parametrize(
    ("overrides", "reason"),
    [
        ({"sex": "F"}, "its first digit, 1, is for a man"),
        ({"birth_date": "03/12/1985"}, "a birth year ending in 84"),
        ({"birth_date": "03/11/1984"}, "give 12 as the month of birth"),
        ({"nir": "1 84 12 76 451 089 47"}, "wrong key"),
    ],
)
def test_a_nir_that_disagrees_is_refused_saying_which_part(db, french_operator, overrides, reason):
    field, message = refusal(
        lambda: persons.create_person(db, french_operator, french_person(**overrides))
    )
    assert field == "nir" and reason in message
    assert persons.count_persons(db) == 0


def test_the_nir_is_checked_against_what_the_codice_fiscale_says(db, operator):
    # Mario Rossi's codice fiscale says M, 03/04/1980: a NIR of a woman of 1980 disagrees.
    field, message = refusal(
        lambda: persons.create_person(db, operator, person_data(nir=with_key("2800499127045")))
    )
    assert field == "nir" and "first digit, 2, is for a woman" in message
    pid = persons.create_person(db, operator, person_data(nir=with_key("1800499127045"))).id
    assert persons.get_person(db, pid).nir == with_key("1800499127045")


def test_a_nir_already_registered_points_to_that_person(db, french_operator):
    first = persons.create_person(db, french_operator, french_person()).id
    with pytest.raises(DuplicatePersonError) as err:
        persons.create_person(db, french_operator, french_person(given_name="Pierre"))
    assert err.value.existing_person_id == first
    assert err.value.errors[0].field == "nir"
    # Editing the person himself keeps his own NIR.
    paul = persons.get_person(db, first)
    persons.update_person(
        db, french_operator, first, paul.version, persons.person_as_input(paul) | {"notes": "ok"}
    )


def test_people_without_a_nir_do_not_collide(db, french_operator):
    persons.create_person(db, french_operator, french_person(nir=""))
    persons.create_person(db, french_operator, french_person(nir="", given_name="Pierre"))
    assert persons.count_persons(db) == 2


@pytest.mark.parametrize(
    ("postcode", "reason"),
    [
        ("2A000", "2A and 2B are Corsica's departments"),
        ("16121 ", None),
        ("00185", "not a French postcode"),
        ("IT-00185", None),
    ],
)
def test_a_french_desk_checks_french_postcodes(db, french_operator, postcode, reason):
    call = lambda: persons.create_person(  # noqa: E731
        db, french_operator, french_person(postal_code=postcode)
    )
    if reason is None:
        call()
        return
    field, message = refusal(call)
    assert field == "postal_code" and reason in message


def test_an_italian_desk_reads_phones_and_postcodes_as_italian(db, operator):
    pid = persons.create_person(
        db, operator, person_data(phone="010 123 4567", postal_code="FR-06500")
    ).id
    person = persons.get_person(db, pid)
    assert (person.phone, person.postal_code) == ("+390101234567", "FR-06500")
    field, message = refusal(
        lambda: persons.create_person(db, operator, person_data(postal_code="1612"))
    )
    assert field == "postal_code" and "not an Italian postcode (CAP)" in message


def test_a_nir_is_found_whole_with_spaces_or_without_its_key(db, french_operator):
    paul = persons.create_person(db, french_operator, french_person()).id
    persons.create_person(
        db, french_operator, french_person(nir="", given_name="Pierre", family_name="Pietri")
    )
    for typed in (SPACED, NIR, NIR[:13], "1 84 12 76 451 089"):
        assert [hit.id for hit in search_persons(db, typed)] == [paul], typed
        assert registry_ids(db, RegistryFilter(text=typed)) == [paul], typed
    assert search_persons(db, SPACED)[0].nir == NIR
    assert search_persons(db, "1 84 12 76 451 089 47") == []  # another key: no one
    assert persons.person_by_reference(db, SPACED) == paul


def test_the_new_enterprise_has_its_countrys_number(db, operator, french_operator):
    base = {"title": "Coop", "kind": "new_cooperative"}
    french = projects.create_project(
        db, french_operator, base | {"enterprise_company_number": "732 829 320 00074"}
    )
    assert projects.get_project(db, french).enterprise_company_number == "73282932000074"
    field, message = refusal(
        lambda: projects.create_project(
            db, french_operator, base | {"enterprise_company_number": "00743110157"}
        )
    )
    assert field == "enterprise_company_number" and "not a SIREN or SIRET" in message
    italian = projects.create_project(
        db, operator, base | {"enterprise_company_number": "IT 00743110157"}
    )
    assert projects.get_project(db, italian).enterprise_company_number == "00743110157"
    field, message = refusal(
        lambda: projects.create_project(
            db, operator, base | {"enterprise_company_number": "732829320"}
        )
    )
    assert field == "enterprise_company_number" and "not a partita IVA" in message


# --- files ---------------------------------------------------------------------------

HEADER = (
    "desk;family_name;given_name;sex;birth_date;nir;phone;postal_code;employment_status;"
    "consent_legal_basis;consent_notice_version"
)


def write_csv(path: Path, lines: list[str]) -> Path:
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path


def test_person_files_carry_the_nir(db, french_operator):
    persons.create_person(db, french_operator, french_person())
    header, rows = person_rows(db)
    assert "nir" in header and "nir" in PERSON_FILE_COLUMNS
    (row,) = list(rows)
    assert row[header.index("nir")] == NIR


def test_import_reads_each_row_with_its_desks_country(db, admin, french_operator, tmp_path):
    # An administrator of the Italian desk imports people of the French desk: their
    # phones and postcodes are French.
    path = write_csv(
        tmp_path / "corse.csv",
        [
            HEADER,
            f"Antenne Ajaccio;Casanova;Paul;M;03/12/1984;{SPACED};06 12 34 56 78;20000;"
            "unemployed;public_task;2026-01",
            "Antenne Ajaccio;Pietri;Anna;F;05/06/1979;;;20200;unemployed;public_task;2026-01",
        ],
    )
    assert import_persons(db, admin, path).written == 2
    (paul,) = search_persons(db, NIR)
    assert (paul.family_name, paul.phone) == ("Casanova", "+33612345678")


def test_import_names_the_line_and_column_of_a_bad_or_repeated_nir(
    db, admin, french_operator, tmp_path
):
    persons.create_person(db, french_operator, french_person())
    other = with_key("2790613055123")  # Anna, F, June 1979, Marseille
    path = write_csv(
        tmp_path / "bad.csv",
        [
            HEADER,
            f"Antenne Ajaccio;Casanova;Paul;M;03/12/1984;{SPACED};;;unemployed;public_task;2026-01",
            f"Antenne Ajaccio;Pietri;Anna;F;05/06/1979;{other};;;unemployed;public_task;2026-01",
            f"Antenne Ajaccio;Pietri;Anne;F;05/06/1979;{other};;;unemployed;public_task;2026-01",
            "Antenne Ajaccio;Santoni;Marc;F;05/06/1979;1 79 06 13 055 123 00;;;unemployed;"
            "public_task;2026-01",
            f"Antenne Ajaccio;Leca;Ange;M;05/06/1979;{other};;;unemployed;public_task;2026-01",
        ],
    )
    with pytest.raises(ImportFailed) as err:
        import_persons(db, admin, path)
    issues = {(line, column): str(reason) for line, column, reason in err.value.row_errors}
    assert "already in the registry" in issues[(2, "nir")]
    assert "already used on line 3" in issues[(4, "nir")]
    assert "wrong key" in issues[(5, "nir")]
    assert "first digit, 2, is for a woman" in issues[(6, "nir")]
    assert (3, "nir") not in issues
    assert persons.count_persons(db) == 1


def test_an_administrator_elsewhere_edits_a_record_with_its_desks_country(
    db, admin, french_operator
):
    """The Italian desk's administrator may edit a French desk's records: they are read
    with the French desk's country (a SIREN, a phone without +33, a French postcode), as
    when that desk's own operator saves them, not with the administrator's."""
    base = {"title": "Coop", "kind": "new_cooperative"}
    project = projects.create_project(db, french_operator, base)
    version = projects.get_project(db, project).version
    projects.update_project(
        db, admin, project, version, base | {"enterprise_company_number": "732 829 320 00074"}
    )
    assert projects.get_project(db, project).enterprise_company_number == "73282932000074"

    created = persons.create_person(db, french_operator, french_person())
    form = persons.person_as_input(persons.get_person(db, created.id))
    persons.update_person(
        db,
        admin,
        created.id,
        created.version,
        {**form, "phone": "06 99 88 77 66", "postal_code": "13001"},
    )
    paul = created.id
    changed = persons.get_person(db, paul)
    assert (changed.phone, changed.postal_code) == ("+33699887766", "13001")
