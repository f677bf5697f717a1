"""The person dossier and the project summary, read back from the PDF as a reader would."""

from __future__ import annotations

import datetime as dt

import pytest
from pypdf import PdfReader
from sqlalchemy import select

from deskapp.i18n import Catalogue
from deskapp.models import AuditEvent
from deskapp.models.enums import AuditAction, Stage
from deskapp.reports.dossier import person_dossier
from deskapp.reports.project_summary import project_summary
from deskapp.services import activities, checklists, persons, projects
from tests.conftest import MARIO_CF, person_data

pytestmark = pytest.mark.both_engines


def _text(path):
    """The text of each page, with line breaks inside table cells read as spaces."""
    reader = PdfReader(str(path))
    return [" ".join(page.extract_text().split()) for page in reader.pages]


@pytest.fixture
def mario(db, operator):
    pid = persons.create_person(
        db, operator, person_data(notes="Ha lavorato 20 anni in fonderia")
    ).id
    persons.add_skill(
        db,
        operator,
        pid,
        {"description": "Saldatore TIG", "years_experience": 20, "level": "expert"},
    )
    persons.add_needs_assessment(
        db, operator, pid, {"assessed_on": "12/11/2026", "needs": [{"kind": "enterprise_idea"}]}
    )
    activities.log_activity(
        db,
        operator,
        {
            "kind": "interview",
            "occurred_at": dt.datetime(2026, 11, 10, 9, 30),
            "duration_minutes": 45,
            "person_id": pid,
            "notes": "Primo colloquio <accoglienza> & orientamento",
            "follow_up_due": "24/11/2026",
        },
    )
    return pid


def test_dossier_holds_everything_about_the_person(db, operator, mario, tmp_path):
    project = projects.create_project(db, operator, {"title": "Fonderia Nuova", "kind": "wbo"})
    projects.add_member(db, operator, project, {"person_id": mario, "role": "worker_member"})
    path = person_dossier(db, operator, mario, tmp_path / "dossier.pdf")
    pages = _text(path)
    text = " ".join(pages)
    # In the language of the desk (Italian), with every section.
    for expected in (
        "Fascicolo della persona",
        "Rossi",
        MARIO_CF,
        "03/04/1980",
        "Sestri Ponente",
        "320 724 9175",  # as an Italian writes it; stored +393207249175
        "Registro dei consensi",
        "2026-01",
        "Saldatore TIG",
        "Colloquio",
        "Primo colloquio <accoglienza> & orientamento",
        "24/11/2026",
        "Fonderia Nuova",
        "Socio lavoratore",
        "Ha lavorato 20 anni in fonderia",
    ):
        assert expected in text, expected
    # Letterhead and page numbers on every page.
    for n, page in enumerate(pages, start=1):
        assert "Antenna Genova" in page
        assert f"Pagina {n} di {len(pages)}" in page
    assert not list(tmp_path.glob("*.partial"))
    with db.read() as s:
        event = s.scalars(select(AuditEvent).where(AuditEvent.entity == "person_dossier")).one()
        assert event.action is AuditAction.EXPORT and f"person {mario}" in event.detail


def test_project_summary_states_capital_totals_to_the_cent(db, operator, tmp_path):
    project = projects.create_project(
        db,
        operator,
        {
            "title": "Officine Riunite",
            "kind": "wbo",
            "origin_company_name": "Officine Meccaniche Piombinesi",
            "sector_code": "25.62",
        },
    )
    amounts = ["4000.00", "1234.56", "0.01"]
    for n, amount in enumerate(amounts):
        pid = persons.create_person(
            db,
            operator,
            person_data(
                codice_fiscale="",
                sex="M",
                birth_date=f"1980-04-{n + 1:02d}",
                given_name=f"Socio{n}",
            ),
        ).id
        projects.add_member(
            db,
            operator,
            project,
            {
                "person_id": pid,
                "role": "worker_member",
                "capital_pledged": amount,
                "capital_paid": amount,
                "tfr_part": amount,
            },
        )
    projects.move_project(db, operator, project, 1, Stage.IDEA, note="Gruppo di 3 lavoratori")
    checklists.tick_step(db, operator, project, "intake_interview", dt.date(2026, 11, 2))
    projects.add_funding_application(
        db, operator, project, {"instrument": "cfi", "amount_requested": "15000"}
    )
    text = " ".join(_text(project_summary(db, operator, project, tmp_path / "p.pdf")))
    for expected in (
        "Sintesi del progetto",
        "Officine Meccaniche Piombinesi",
        "EUR 5.234,57",  # 4000.00 + 1234.56 + 0.01, exact
        "EUR 1.234,56",
        "3 persone",
        "Accoglienza → Idea",
        "Gruppo di 3 lavoratori",
        "Primo colloquio svolto",
        "02/11/2026",
        "EUR 15.000,00",
    ):
        assert expected in text, expected


def test_catalogue_reads_the_committed_translations():
    italian = Catalogue("it")
    assert italian.text("Enum", "Interview") == "Colloquio"
    assert italian.text("Report", "no such text") == "no such text"
    assert italian.plural("ProjectsPage", "%Ln projects", 1) == "1 progetto"
    assert italian.plural("ProjectsPage", "%Ln projects", 12) == "12 progetti"
    assert Catalogue("en").text("Enum", "Interview") == "Interview"


@pytest.fixture
def demo_db(db):
    from deskapp.services.demo import generate_demo

    generate_demo(db, persons=400, seed=9, today=dt.date(2026, 11, 22))
    return db


def test_coordinator_report_states_the_services_figures_and_no_identity(demo_db, tmp_path):
    from openpyxl import load_workbook

    from deskapp.models import Person
    from deskapp.reports.indicators_report import coordinator_report
    from deskapp.services.actor import resolve_actor
    from deskapp.services.indicators import Scope

    operator = resolve_actor(demo_db, "Amministratore demo")
    start, end = dt.date(2026, 1, 1), dt.date(2026, 10, 31)
    pdf = tmp_path / "report.pdf"
    report = coordinator_report(demo_db, operator, start, end, Scope(), pdf)
    text = " ".join(_text(pdf))
    assert "Report per il coordinamento" in text
    assert (
        f"Partecipanti (ciascuno contato una volta): {report.participants:,}".replace(",", ".")
        in text
    )
    for table in report.tables:
        for row in table.rows:
            for value in row[1:]:
                if isinstance(value, int) and value >= 1000:
                    assert f"{value:,}".replace(",", ".") in text, (table.key, row)
    with demo_db.read() as s:
        people = s.execute(
            select(Person.family_name, Person.given_name, Person.codice_fiscale)
        ).all()
    for family, given, code in people:
        assert f"{family} {given}" not in text
        assert not code or code not in text

    book_path = tmp_path / "report.xlsx"
    coordinator_report(demo_db, operator, start, end, Scope(), book_path)
    book = load_workbook(book_path, read_only=True)
    # A sheet per table, named by a short label; the whole title is its first row.
    gender = [r for r in book["Genere"].iter_rows(values_only=True)]
    assert gender[0][0] == "Partecipanti per genere"
    assert [row[1] for row in gender[2:]] == [n for _sex, n in report.table("gender").rows]
    participants = list(book["Partecipanti"].iter_rows(values_only=True))
    assert len(participants) - 2 == report.participants
    pseudonyms = [row[0] for row in participants[2:]]
    assert len(set(pseudonyms)) == len(pseudonyms) and all(p.startswith("P") for p in pseudonyms)
    cells = {str(c) for row in participants for c in row if c is not None}
    for family, _given, code in people:
        assert family not in cells and (not code or code not in cells)
    # Hidden small counts: no row-level sheet at all.
    hidden = tmp_path / "hidden.xlsx"
    coordinator_report(demo_db, operator, start, end, Scope(), hidden, suppress_below=5)
    assert "Partecipanti" not in load_workbook(hidden, read_only=True).sheetnames

    csv_path = tmp_path / "report.csv"
    coordinator_report(demo_db, operator, start, end, Scope(), csv_path)
    lines = csv_path.read_text(encoding="utf-8-sig").splitlines()
    # An Italian report: separated by semicolons, as Italian Excel splits a CSV.
    assert lines[0] == "table;row;column;value;table_label;row_label;column_label"
    assert any(line.startswith(f"participants;;;{report.participants};") for line in lines)


def test_chart_labels_break_between_words_never_inside_one():
    from deskapp.reports.indicators_report import wrapped_label

    assert wrapped_label("A rischio di disoccupazione", 16) == "A rischio di\ndisoccupazione"
    label = "ISCED 3-4 (secondaria superiore e post-secondaria)"
    lines = wrapped_label(label, 12).split("\n")
    assert len(lines) == 3 and lines[-1].endswith("\u2026")
    assert all(word in label.split() for line in lines for word in line.rstrip("\u2026").split())


@pytest.mark.parametrize("parallel_from", [1_000, 2])
def test_a_batch_of_dossiers_is_one_audited_export(
    db, coordinator, tmp_path, monkeypatch, parallel_from
):
    from deskapp.reports import dossier

    monkeypatch.setattr(dossier, "PARALLEL_FROM", parallel_from)  # 2: through worker processes
    ids = [
        persons.create_person(
            db,
            coordinator,
            person_data(
                codice_fiscale="",
                sex="F",
                birth_date=f"1980-01-{n + 1:02d}",
                given_name=f"Persona{n}",
            ),
        ).id
        for n in range(3)
    ]
    written = dossier.person_dossiers(db, coordinator, ids, tmp_path / "batch")
    assert [p.name for p in written] == [f"dossier-{i}.pdf" for i in ids]
    for path, n in zip(written, range(3), strict=True):
        assert f"Persona{n}" in " ".join(_text(path))
    with db.read() as s:
        events = s.scalars(select(AuditEvent).where(AuditEvent.entity == "person_dossier")).all()
        assert len(events) == 1 and events[0].detail.startswith("3 rows")


def test_a_french_desk_gets_its_documents_in_french(db, admin, tmp_path):
    from deskapp.services.actor import resolve_actor
    from deskapp.services.organisation import create_desk, create_operator

    bastia = create_desk(
        db,
        admin,
        {"name": "Antenne Bastia", "region": "corse", "country": "FR", "language": "fr"},
    )
    create_operator(
        db,
        admin,
        {"name": "Marie Santoni", "role": "operator", "desk_id": bastia},
        "Tramonto-sul-molo",
    )
    marie = resolve_actor(db, "Marie Santoni")
    pid = persons.create_person(
        db,
        marie,
        person_data(
            codice_fiscale="",
            sex="F",
            birth_date="1979-02-03",
            given_name="Léa",
            family_name="Casanova",
            phone="",
            email="",
            municipality="Bastia",
        ),
    ).id
    text = " ".join(_text(person_dossier(db, marie, pid, tmp_path / "d.pdf")))
    for expected in (
        "Dossier de la personne",
        "Identité",
        "Date de naissance",
        "03/02/1979",
        "Licencié économique",
        "Page 1 sur",
        "Antenne Bastia",
    ):
        assert expected in text, expected
