"""The French side of employment and capital (issue 14): a person's registration at
France Travail; a French worker-member's unemployment rights as capital (ARCE) or kept
monthly (ARE); the French instruments of the funding catalogue."""

from __future__ import annotations

import csv
from decimal import Decimal as D

import pytest

from deskapp.errors import ImportFailed, ValidationFailed
from deskapp.models.enums import (
    Country,
    FranceTravailCategory,
    FundingInstrument,
    PlanSourceKind,
    UnemploymentRightsUse,
)
from deskapp.reports.exports import export_table
from deskapp.services import business_plans as bp
from deskapp.services import funding_catalogue as cat
from deskapp.services import gdpr, persons, projects
from deskapp.services.actor import resolve_actor
from deskapp.services.importing import import_persons
from deskapp.services.organisation import create_desk, create_operator
from deskapp.services.project_record import funding_of, members_of

CONSENT = {"legal_basis": "public_task", "notice_version": "2026-01", "given_on": "02/11/2026"}


@pytest.fixture
def french(db, admin):
    """A coordinator of a desk in Marseille."""
    desk = create_desk(
        db, admin, {"name": "Antenne Marseille", "region": "sud", "country": "FR", "language": "fr"}
    )
    create_operator(
        db,
        admin,
        {"name": "Claire Martin", "role": "coordinator", "desk_id": desk},
        "Tramonto-sul-molo",
    )
    return resolve_actor(db, "Claire Martin")


def french_person(**overrides: object) -> dict[str, object]:
    data: dict[str, object] = {
        "given_name": "Lucie",
        "family_name": "Bernard",
        "sex": "F",
        "birth_date": "14/05/1985",
        "employment_status": "laid_off",
        "unemployed_since": "01/09/2026",
        "phone": "06 12 34 56 78",
        "first_contact_date": "02/11/2026",
        "consent": CONSENT,
    }
    data.update(overrides)
    return data


# -- France Travail --------------------------------------------------------------------


def test_erasure_keeps_only_the_month_of_the_france_travail_registration(db, admin, french):
    person_id = persons.create_person(
        db,
        french,
        french_person(france_travail_registered_on="15/09/2026", france_travail_category="A"),
    ).id
    gdpr.erase_person(db, admin, person_id)
    person = persons.get_person(db, person_id)
    # The day, with the year of birth kept, narrows who it was; the month is enough to
    # say how long they had been registered when they came.
    assert person.france_travail_registered_on.isoformat() == "2026-09-01"
    assert person.france_travail_category is FranceTravailCategory.A


def test_a_jobseeker_registration_is_saved_and_read_back(db, french):
    person_id = persons.create_person(
        db,
        french,
        french_person(france_travail_registered_on="15/09/2026", france_travail_category="A"),
    ).id
    person = persons.get_person(db, person_id)
    assert person.france_travail_registered_on.isoformat() == "2026-09-15"
    assert person.france_travail_category is FranceTravailCategory.A
    # The category also by its English label, as a file may carry it.
    label = FranceTravailCategory.D.label
    persons.update_person(
        db,
        french,
        person_id,
        person.version,
        {**persons.person_as_input(person), "france_travail_category": label},
    )
    assert persons.get_person(db, person_id).france_travail_category is FranceTravailCategory.D


@pytest.mark.parametrize(
    ("field", "value", "message"),
    [
        ("france_travail_registered_on", "01/01/2099", "cannot be in the future"),
        ("france_travail_registered_on", "01/01/1980", "is not after the birth date"),
        ("france_travail_registered_on", "31/02/2026", "is not a valid date"),
        ("france_travail_category", "Z", "France Travail category"),
    ],
)
def test_a_wrong_registration_is_refused_beside_its_field(db, french, field, value, message):
    with pytest.raises(ValidationFailed) as caught:
        persons.create_person(db, french, french_person(**{field: value}))
    error = caught.value.errors[0]
    assert error.field == field
    assert message in error.message


def test_registry_files_carry_the_registration_both_ways(db, french, tmp_path):
    persons.create_person(
        db,
        french,
        french_person(france_travail_registered_on="15/09/2026", france_travail_category="B"),
    )
    exported = tmp_path / "out.csv"
    export_table(db, french, "persons", exported, delimiter=";")
    with exported.open(encoding="utf-8-sig", newline="") as handle:
        rows = list(csv.DictReader(handle, delimiter=";"))
    assert rows[0]["france_travail_registered_on"] == "2026-09-15"
    assert rows[0]["france_travail_category"] == "B"

    header = (
        "family_name;given_name;sex;birth_date;employment_status;phone;"
        "france_travail_registered_on;france_travail_category;"
        "consent_legal_basis;consent_notice_version"
    )
    good = tmp_path / "in.csv"
    good.write_text(
        header + "\nDurand;Paul;M;03/03/1979;unemployed;04 91 00 00 00;10/10/2026;C;"
        "public_task;2026-01\n",
        encoding="utf-8",
    )
    assert import_persons(db, french, good).written == 1
    bad = tmp_path / "bad.csv"
    bad.write_text(
        header + "\nMoreau;Anne;F;03/03/1979;unemployed;;10/10/2099;H;public_task;2026-01\n",
        encoding="utf-8",
    )
    with pytest.raises(ImportFailed) as caught:
        import_persons(db, french, bad)
    columns = {column for _line, column, _reason in caught.value.row_errors}
    assert "france_travail_category" in columns  # H is no category
    again = tmp_path / "bad2.csv"
    again.write_text(
        header + "\nMoreau;Anne;F;03/03/1979;unemployed;;10/10/2099;A;public_task;2026-01\n",
        encoding="utf-8",
    )
    with pytest.raises(ImportFailed) as caught:
        import_persons(db, french, again)
    assert [(c, str(r)) for _l, c, r in caught.value.row_errors] == [
        ("france_travail_registered_on", "cannot be in the future")
    ]


# -- ARCE and ARE kept monthly -----------------------------------------------------------


@pytest.fixture
def scop(db, french):
    """A French workers buyout becoming a SCOP SARL, with one worker-member."""
    project_id = projects.create_project(
        db,
        french,
        {"title": "Verrerie du Port", "kind": "wbo", "planned_legal_form": "scop_sarl"},
    )
    person = persons.create_person(db, french, french_person()).id
    return project_id, person


def member(person: int, **values: object) -> dict[str, object]:
    return {
        "person_id": person,
        "role": "worker_member",
        "capital_pledged": "8000",
        "capital_paid": "4000",
        **values,
    }


def test_arce_is_capital_and_are_kept_monthly_is_not(db, french, scop):
    project_id, person = scop
    membership = projects.add_member(
        db,
        french,
        project_id,
        member(person, unemployment_rights_use="arce", arce_part="6.000,00"),
    )
    row = members_of(db, project_id)[0]
    assert (row.unemployment_rights_use, row.arce_part) == (UnemploymentRightsUse.ARCE, 6000)
    assert projects.capital_totals(db, project_id)["arce_part"] == D("6000.00")

    # The other way: ARE kept monthly, the monthly amount and the months left.
    projects.update_member(
        db,
        french,
        membership,
        row.version,
        {
            **row.as_input(),
            "unemployment_rights_use": "are_monthly",
            "arce_part": "0",
            "are_monthly_amount": "1.250,00",
            "are_months_left": "14",
        },
    )
    row = members_of(db, project_id)[0]
    assert row.unemployment_rights_use is UnemploymentRightsUse.ARE_MONTHLY
    assert (row.are_monthly_amount, row.are_months_left, row.arce_part) == (1250, 14, 0)


@pytest.mark.parametrize(
    ("values", "field", "message"),
    [
        (
            {"unemployment_rights_use": "are_monthly", "arce_part": "3000"},
            "arce_part",
            "an ARCE part needs ARCE as the use of the unemployment rights",
        ),
        ({"arce_part": "3000"}, "arce_part", "ARCE and ARE kept monthly are alternatives"),
        (
            {"unemployment_rights_use": "arce", "are_monthly_amount": "1000"},
            "are_monthly_amount",
            "is recorded only when the member keeps ARE monthly",
        ),
        (
            {"unemployment_rights_use": "arce", "arce_part": "9000"},
            "arce_part",
            "exceeds the capital pledged",
        ),
        (
            {"unemployment_rights_use": "are_monthly", "are_months_left": "99"},
            "are_months_left",
            "",
        ),
    ],
)
def test_arce_and_are_are_alternatives(db, french, scop, values, field, message):
    project_id, person = scop
    with pytest.raises(ValidationFailed) as caught:
        projects.add_member(db, french, project_id, member(person, **values))
    error = caught.value.errors[0]
    assert error.field == field
    assert message in error.message
    assert members_of(db, project_id) == []


def test_arce_counts_in_the_plan_financing_and_are_does_not(db, french, scop, admin):
    project_id, person = scop
    projects.add_member(
        db, french, project_id, member(person, unemployment_rights_use="arce", arce_part="6000")
    )
    other = persons.create_person(
        db, french, french_person(given_name="Marc", family_name="Petit", sex="M")
    ).id
    projects.add_member(
        db,
        french,
        project_id,
        member(
            other,
            capital_pledged="2000",
            capital_paid="2000",
            unemployment_rights_use="are_monthly",
            are_monthly_amount="1100",
            are_months_left="10",
        ),
    )
    result = bp.plan_result(db, project_id)
    assert result.country is Country.FR
    assert result.members_capital == D("10000.00")  # the ARCE within it, not on top
    assert result.members_arce == D("6000.00")
    assert result.capital_parts() == [("of which from ARCE", D("6000.00"))]
    assert result.sources_total == D("10000.00")  # no ARE: it is the member's income


def test_an_italian_plan_still_shows_tfr_and_naspi(db, operator):
    project_id = projects.create_project(db, operator, {"title": "Coop", "kind": "wbo"})
    result = bp.plan_result(db, project_id)
    assert [label for label, _ in result.capital_parts()] == [
        "of which from TFR",
        "of which from NASpI advance",
    ]
    assert result.scop is None


# -- French instruments ----------------------------------------------------------------


def test_french_desks_see_the_french_instruments(db):
    french = {row.name: row for row in cat.list_entries(db, Country.FR)}
    italian = {row.name for row in cat.list_entries(db, Country.IT)}
    expected = {
        "Garantie France Active",
        "Prêt d'honneur France Active",
        "Contrat d'apport associatif France Active",
        "France Active Investissement",
        "Prêt d'honneur Initiative France",
        "Prêt de création Bpifrance",
        "Garantie Bpifrance",
        "Microcrédit ADIE",
        "Fonds régional Région Sud",
        "Fonds régional Collectivité de Corse",
        "Socoden",
        "Sofiscop",
        "Scopinvest",
        "Transmea",
        "ARCE",
    }
    assert expected <= set(french)
    assert not expected & italian and "Nuova Marcora" not in french
    assert french["Socoden"].instrument is FundingInstrument.PARTICIPATORY_LOAN
    assert french["Sofiscop"].instrument is FundingInstrument.GUARANTEE


def test_the_instrument_lists_follow_the_country():
    french = FundingInstrument.offered(Country.FR)
    italian = FundingInstrument.offered(Country.IT)
    assert FundingInstrument.HONOUR_LOAN in french and FundingInstrument.CFI not in french
    assert FundingInstrument.CFI in italian and FundingInstrument.ARCE not in italian
    assert FundingInstrument.CFI in FundingInstrument.offered(Country.FR, FundingInstrument.CFI)


def test_french_funding_reaches_the_plan_as_its_kind(db, french, scop):
    project_id, _ = scop
    for instrument in ("honour_loan", "participatory_loan", "guarantee"):
        projects.add_funding_application(
            db,
            french,
            project_id,
            {"instrument": instrument, "status": "approved", "amount_granted": "20000"},
        )
    honour, participatory, guarantee = funding_of(db, project_id)
    plan = bp.load_plan(db, project_id).plan
    plan = bp.draw_application(plan, honour)
    assert plan.sources[-1].kind is PlanSourceKind.OTHER_CAPITAL
    plan = bp.draw_application(plan, participatory, D("1.5"), 5)
    assert plan.loans[-1].amount == D("20000.00")
    with pytest.raises(ValidationFailed) as caught:
        bp.draw_application(plan, guarantee)
    assert "add the loan it guarantees" in caught.value.errors[0].message


def test_a_coordinator_adds_a_french_instrument(db, french):
    entry = cat.create_entry(
        db,
        french,
        {
            "name": "Prêt d'honneur Initiative Corse",
            "instrument": "honour_loan",
            "country": "FR",
            "max_amount": "30 000,00",
        },
    )
    assert cat.get_entry(db, entry).instrument is FundingInstrument.HONOUR_LOAN


def test_the_project_summary_of_a_french_project_shows_arce_not_tfr(db, french, scop, tmp_path):
    from pypdf import PdfReader

    from deskapp.reports.project_summary import project_summary

    project_id, person = scop
    projects.add_member(
        db, french, project_id, member(person, unemployment_rights_use="arce", arce_part="6000")
    )
    path = project_summary(db, french, project_id, tmp_path / "summary.pdf")
    text = " ".join(" ".join(page.extract_text().split()) for page in PdfReader(str(path)).pages)
    assert "dont ARCE" in text and "6 000,00" in text  # the French desk's words
    assert "TFR" not in text and "NASpI" not in text


def test_an_arce_application_is_not_counted_a_second_time_in_the_plan(db, french, scop):
    # The ARCE is inside the member's pledged capital ("of which from ARCE"): the
    # application recording it brings no money beside it.
    project_id, person = scop
    projects.add_member(
        db,
        french,
        project_id,
        member(
            person,
            capital_pledged="20000",
            capital_paid="20000",
            unemployment_rights_use="arce",
            arce_part="15000",
        ),
    )
    projects.add_funding_application(
        db,
        french,
        project_id,
        {"instrument": "arce", "status": "approved", "amount_granted": "15000"},
    )
    (arce,) = funding_of(db, project_id)
    plan = bp.load_plan(db, project_id).plan
    with pytest.raises(ValidationFailed) as caught:
        bp.draw_application(plan, arce)
    error = caught.value.errors[0]
    assert error.field == "instrument"
    assert error.reason == (
        "The ARCE is already part of the members' capital: record it as the member's part "
        "from ARCE (Edit role and capital, on the project's Members and capital tab)."
    )
    result = bp.plan_result(db, project_id, plan)
    assert result.sources_total == D("20000.00")
    assert result.capital_parts() == [("of which from ARCE", D("15000.00"))]
