"""The business plan document, read back from the PDF: its sections, and figures equal
to the model's, written the Italian way."""

from __future__ import annotations

from decimal import Decimal as D

import pytest
from pypdf import PdfReader

from deskapp.i18n import catalogue
from deskapp.reports.business_plan_report import business_plan_report
from deskapp.reports.documents_text import Words
from deskapp.services import business_plans as bp
from deskapp.services import persons, projects
from tests.conftest import person_data

pytestmark = pytest.mark.both_engines


def _text(path) -> str:
    reader = PdfReader(str(path))
    return " ".join(" ".join(page.extract_text().split()) for page in reader.pages)


@pytest.fixture
def project(db, operator):
    project_id = projects.create_project(
        db,
        operator,
        {"title": "Officine Riunite", "kind": "wbo", "planned_start_date": "2027-03-01"},
    )
    person = persons.create_person(db, operator, person_data()).id
    projects.add_member(
        db,
        operator,
        project_id,
        {
            "person_id": person,
            "role": "worker_member",
            "capital_pledged": "5000",
            "capital_paid": "2500",
            "tfr_part": "4000",
        },
    )
    data = bp.load_plan(db, project_id).plan.model_dump()
    data.update(
        {
            "investments": [{"item": "Pressa piegatrice", "amount": "30000", "useful_life": 5}],
            "loans": [{"lender": "Nuova Marcora", "amount": "10000", "rate": "5", "years": 3}],
            "sources": [{"kind": "cfi_equity", "amount": "20000"}],
            "sales": [{"product": "Pezzi", "price": "50", "quantity": "2000", "growth": "10"}],
            "staff": [{"role": "Operaio", "headcount": "2", "annual_cost": "30000"}],
            "fixed_costs": [{"item": "Affitto", "annual_amount": "12000"}],
            "variable_costs": [{"item": "Materiali", "share": "20"}],
            "working_capital": "5000",
        }
    )
    data["sections"]["market"] = "Clienti storici della cantieristica navale."
    bp.save_plan(db, operator, project_id, 0, data)
    return project_id


def test_document_has_every_section_and_the_model_figures(db, operator, project, tmp_path):
    path = business_plan_report(db, operator, project, tmp_path / "piano.pdf")
    text = _text(path)
    for heading in (
        "Piano d'impresa",
        "1. Proponenti e squadra",
        "3. Mercato e concorrenti",
        "7. Investimenti",
        "8. Fonti e impieghi",
        "9. Conto economico",
        "10. Flussi di cassa",
        "11. Piani di ammortamento dei finanziamenti",
        "12. Scenari",
        "13. Requisiti per l'intervento di CFI",
    ):
        assert heading in text, heading
    assert "Clienti storici della cantieristica navale." in text
    result = bp.plan_result(db, project)
    w = Words(catalogue("it"))
    y1, y2, y3 = result.expected.pnl
    # The same figures, as the document writes them (Italian grouping).
    assert f"Utile netto {w.amount(y1.net_result)} {w.amount(y2.net_result)} " in text
    assert w.amount(y3.net_result) == "14.155,11" and "14.155,11" in text
    assert f"Ricavi di pareggio {w.amount(y1.break_even_revenue)}" in text  # 98.125,00
    assert "3.672,09" in text  # the loan instalment
    assert f"Cassa finale {w.amount(result.expected.cash[0].closing)}" in text
    # 1 worker-member of the 9 CFI asks for: a point to check, and a condition not met.
    assert "Punti da verificare" in text
    assert "1 soci lavoratori: CFI ne chiede almeno 9." in text
    assert "Non rispettato" in text


def test_unbalanced_plan_says_what_is_missing(db, operator, project, tmp_path):
    data = bp.load_plan(db, project).plan.model_dump()
    data["investments"] = [{"item": "Capannone", "amount": "90000", "useful_life": 0}]
    data["sources"] = []
    bp.save_plan(db, operator, project, 1, data)
    text = _text(business_plan_report(db, operator, project, tmp_path / "piano.pdf"))
    # Sources 5,000 + 10,000; uses 90,000 + 5,000.
    assert "mancano EUR 80.000,00" in text
    assert bp.plan_result(db, project).shortfall == D("80000.00")


def test_frozen_version_is_printed_with_its_name(db, operator, project, tmp_path):
    version_id = bp.freeze_plan(db, operator, project, "Presentato a CFI")
    text = _text(
        business_plan_report(db, operator, project, tmp_path / "v.pdf", version_id=version_id)
    )
    assert "Presentato a CFI" in text and "Bozza di lavoro" not in text
