"""Every document reads right in every alphabet: the names of a Romanian, a Polish, a
Vietnamese, a Turkish, a Greek and an Arab participant come out of each PDF exactly as
they were typed (read back by poppler's pdftotext, as a reader copying them would), and
every font of every PDF is embedded."""

from __future__ import annotations

import datetime as dt
import shutil
import subprocess
from pathlib import Path

import pytest
from pypdf import PdfReader
from sqlalchemy import update

from deskapp.models import Desk
from deskapp.reports.business_plan_report import business_plan_report
from deskapp.reports.dossier import person_dossier
from deskapp.reports.indicators_report import coordinator_report
from deskapp.reports.project_summary import project_summary
from deskapp.services import business_plans as bp
from deskapp.services import persons, projects
from deskapp.services.indicators import Scope
from tests.conftest import person_data

pytestmark = pytest.mark.skipif(
    not (shutil.which("pdftotext") and shutil.which("pdffonts")),
    reason="poppler-utils (pdftotext, pdffonts) is not installed",
)

# (family name, given name) in Romanian, Polish, Vietnamese, Turkish, Greek and Arabic.
NAMES = [
    ("Ştefănescu", "Ionuț"),
    ("Wójcik-Żmuda", "Łukasz"),
    ("Nguyễn", "Thị Ánh"),
    ("Yılmaz", "Çağlar"),
    ("Παπαδόπουλος", "Γεώργιος"),
    ("عبد الله", "محمد"),
]


def pdf_text(path: Path) -> str:
    out = subprocess.run(
        ["pdftotext", "-enc", "UTF-8", str(path), "-"], capture_output=True, text=True, check=True
    ).stdout
    # pdftotext marks a right-to-left run with U+202B ... U+202C: not part of the name.
    return " ".join(out.replace("\u202b", "").replace("\u202c", "").split())


def unembedded_fonts(path: Path) -> list[str]:
    out = subprocess.run(
        ["pdffonts", str(path)], capture_output=True, text=True, check=True
    ).stdout.splitlines()
    fonts = [line.split() for line in out[2:] if line.strip()]
    assert fonts, "a PDF with text has fonts"
    # The columns end with: emb sub uni object ID.
    return [line[0] for line in fonts if line[-5] != "yes"]


@pytest.fixture
def people(db, coordinator):
    ids = []
    for i, (family, given) in enumerate(NAMES):
        ids.append(
            persons.create_person(
                db,
                coordinator,
                person_data(
                    family_name=family,
                    given_name=given,
                    codice_fiscale="",
                    sex="F" if i % 2 else "M",
                    birth_date=f"198{i}-05-0{i + 1}",
                    email="",
                    notes=f"{given} {family}: colloquio del 10/11/2026",
                ),
            ).id
        )
    return ids


@pytest.fixture
def project(db, coordinator, people):
    project_id = projects.create_project(
        db, coordinator, {"title": "Cooperativa Ελπίδα", "kind": "new_cooperative"}
    )
    for person_id in people:
        projects.add_member(
            db,
            coordinator,
            project_id,
            {"person_id": person_id, "role": "promoter", "capital_pledged": "1000"},
        )
    data = bp.load_plan(db, project_id).plan.model_dump()
    data["sections"]["team"] = "Γεώργιος, محمد, Łukasz, Çağlar, Ionuț e Thị Ánh."
    bp.save_plan(db, coordinator, project_id, 0, data)
    return project_id


def assert_reads_right(path: Path, names: list[tuple[str, str]]) -> None:
    text = pdf_text(path)
    for family, given in names:
        assert family in text, family
        assert given in text, given
    assert "\u25a0" not in text  # no black box where a letter was missing
    assert unembedded_fonts(path) == []


def test_each_dossier_says_the_name_as_written(db, coordinator, people, tmp_path):
    for person_id, name in zip(people, NAMES, strict=True):
        path = person_dossier(db, coordinator, person_id, tmp_path / f"d{person_id}.pdf")
        assert_reads_right(path, [name])


def test_the_project_summary_and_business_plan_name_every_member(
    db, coordinator, project, tmp_path
):
    summary = project_summary(db, coordinator, project, tmp_path / "summary.pdf")
    assert_reads_right(summary, NAMES)
    assert "Cooperativa Ελπίδα" in pdf_text(summary)
    plan = business_plan_report(db, coordinator, project, tmp_path / "plan.pdf")
    assert_reads_right(plan, NAMES)
    assert "Γεώργιος, محمد, Łukasz, Çağlar, Ionuț e Thị Ánh." in pdf_text(plan)


def test_the_coordinator_report_embeds_its_fonts_and_prints_every_letter(
    db, coordinator, people, tmp_path
):
    with db.write() as s:  # the letterhead is the desk's: name it in several alphabets
        s.execute(update(Desk).values(organisation="Spółdzielnia Łódź · Ελπίδα · Çarşı Ştiinţa"))
    path = tmp_path / "report.pdf"
    coordinator_report(
        db,
        coordinator,
        dt.date(2026, 1, 1),
        dt.date(2026, 11, 30),
        Scope(desk_id=coordinator.desk_id, label="Antenna Genova"),
        path,
        desk=("Antenna Genova", "Spółdzielnia Łódź · Ελπίδα · Çarşı Ştiinţa"),
    )
    text = pdf_text(path)
    assert "Spółdzielnia Łódź · Ελπίδα · Çarşı Ştiinţa" in text
    assert "Report per il coordinamento" in text
    assert unembedded_fonts(path) == []
    for family, _given in NAMES:  # and, as ever, no names of people
        assert family not in text


def test_documents_declare_title_language_and_archival_metadata(db, coordinator, people, tmp_path):
    path = person_dossier(db, coordinator, people[0], tmp_path / "dossier.pdf")
    reader = PdfReader(str(path))
    assert reader.metadata.title == "Fascicolo della persona"
    catalog = reader.trailer["/Root"]
    assert catalog["/Lang"] == "it"
    xmp = catalog["/Metadata"].get_object().get_data().decode("utf-8")
    assert "<pdfaid:part>2</pdfaid:part>" in xmp and "Fascicolo della persona" in xmp
    assert "<rdf:li>it</rdf:li>" in xmp
    intent = catalog["/OutputIntents"][0].get_object()
    assert intent["/OutputConditionIdentifier"] == "sRGB IEC61966-2.1"
    assert intent["/DestOutputProfile"].get_object().get_data()[36:40] == b"acsp"  # ICC
