"""A French desk's screens and papers write money, numbers, colons, phone numbers and the
audit trail the French way (issue 14), and an Italian desk keeps its own."""

from __future__ import annotations

from collections.abc import Iterator
from decimal import Decimal as D

import pytest
from PySide6.QtCore import QCoreApplication, QLocale

from deskapp.errors import FieldError
from deskapp.i18n import Catalogue
from deskapp.models.enums import PlanSourceKind
from deskapp.reports.documents_text import Words
from deskapp.services import persons, projects
from tests.conftest import person_data
from tests.ui.fake_translations import translated

NB = "\u00a0"  # no-break space
NNB = "\u202f"  # narrow no-break space, the French thousands separator
FRENCH = {
    ("Money", "EUR %1"): f"%1{NB}EUR",
    ("Text", "{label}: {text}"): f"{{label}}{NB}: {{text}}",
    ("Text", "no. {number}"): f"n°{NB}{{number}}",
    ("Field", "Phone"): "Téléphone",
    ("Error", "is not a phone number"): "n'est pas un numéro de téléphone",
    ("AuditDetail", "1 row ({note})"): "1 ligne ({note})",
    ("AuditDetail", "{n} rows ({note})"): "{n} lignes ({note})",
    ("AuditDetail", "person {id}"): "personne {id}",
    ("AuditDetail", "member anonymised"): "associé anonymisé",
}


@pytest.fixture
def french(qapp) -> Iterator[None]:
    with translated(FRENCH):
        yield


def _french_catalogue() -> Catalogue:
    cat = Catalogue("en")
    cat.language = "fr"
    cat._messages = {key: text for key, text in FRENCH.items()}  # noqa: SLF001
    return cat


def test_french_money_puts_the_euro_after_the_amount(french):
    from deskapp.ui.formatting import format_money

    french_locale = QLocale(QLocale.Language.French, QLocale.Country.France)
    assert format_money(D("1234.56"), french_locale) == f"1{NNB}234,56{NB}EUR"
    assert format_money(D("13500"), french_locale) == f"13{NNB}500,00{NB}EUR"


def test_italian_money_is_as_before():
    from deskapp.ui.formatting import format_money

    italian = QLocale(QLocale.Language.Italian, QLocale.Country.Italy)
    assert format_money(D("1234.56"), italian) == "EUR 1.234,56"


def test_a_plan_warning_writes_its_money_with_the_same_pattern(french):
    from deskapp.ui.plan_warnings import format_params

    shown = format_params({"capital": D("6000"), "share": D("40")})
    assert shown["capital"].endswith(f"{NB}EUR") and not shown["capital"].startswith("EUR")
    assert shown["share"] == "40"


def test_a_field_error_puts_a_no_break_space_before_the_colon(french):
    from deskapp.ui.i18n import field_error_text

    error = FieldError("phone", "Phone", "is not a phone number")
    assert field_error_text(error) == f"Téléphone{NB}: n'est pas un numéro de téléphone"


def test_french_documents_write_money_numbers_and_colons_the_french_way():
    words = Words(_french_catalogue())
    assert words.money(D("1234.56")) == f"1{NB}234,56{NB}EUR"
    assert words.numbered(432) == f"n°{NB}432"
    assert words.labelled("Formation", "Besoin") == f"Formation{NB}: Besoin"


def test_italian_documents_keep_their_ways():
    words = Words(Catalogue("it"))
    assert words.money(D("1234.56")) == "EUR 1.234,56"
    assert words.numbered(432) == "n. 432"


def test_the_audit_trail_reads_a_stored_detail_in_french(french):
    from deskapp.ui.audit_panel import detail_text

    assert detail_text("1 rows (person 432)") == "1 ligne (personne 432)"
    assert detail_text("3 rows (person 432)") == "3 lignes (personne 432)"
    assert detail_text("member anonymised") == "associé anonymisé"
    assert detail_text("something from a later version") == "something from a later version"


def test_a_french_plan_offers_no_cfi_equity(qtbot, db, french_operator, operator):
    from deskapp.ui.plan_editor import PlanEditor

    def offered(actor) -> list[str]:
        project = projects.create_project(db, actor, {"title": "Verrerie", "kind": "wbo"})
        editor = PlanEditor(db, actor, project)
        qtbot.addWidget(editor)
        grid = editor.grids["sources"]
        grid.add_row()
        combo = grid.table.cellWidget(0, 0)
        return [combo.itemData(i) for i in range(combo.count())]

    assert PlanSourceKind.CFI_EQUITY.value not in offered(french_operator)
    assert PlanSourceKind.CFI_EQUITY.value in offered(operator)


def test_the_person_form_shows_phone_and_nir_as_the_desk_writes_them(
    qtbot, db, french_operator, operator
):
    from deskapp.ui.person_form import PersonForm

    french_person = persons.create_person(
        db,
        french_operator,
        person_data(
            codice_fiscale="",
            nir="184127645108946",
            sex="M",
            birth_date="1984-12-03",
            phone="+33670739424",
        ),
    ).id
    form = PersonForm(db, french_operator, french_person)
    qtbot.addWidget(form)
    assert form.inputs["phone"].text() == "06 70 73 94 24"
    assert form.inputs["nir"].text() == "1 84 12 76 451 089 46"
    assert persons.get_person(db, french_person).phone == "+33670739424"  # stored as was

    italian_person = persons.create_person(db, operator, person_data()).id
    form = PersonForm(db, operator, italian_person)
    qtbot.addWidget(form)
    assert form.inputs["phone"].text() == "320 724 9175"


def test_the_french_project_form_fits_its_pane_on_a_laptop(qtbot, db, french_operator):
    from deskapp.ui.i18n import install_translators
    from deskapp.ui.project_page import ProjectPage

    translators = install_translators(QCoreApplication.instance(), "fr")
    try:
        project = projects.create_project(db, french_operator, {"title": "Verrerie", "kind": "wbo"})
        page = ProjectPage(db, french_operator, project)
        qtbot.addWidget(page)
        page.splitter.setSizes([520, 760])  # as it opens the first time
        page.resize(1366 - 16, 700)
        page.show()
        qtbot.wait(10)
        pane = page.splitter.widget(0)
        # "SIREN ou SIRET de la nouvelle entreprise" wraps: no field is cut at the splitter.
        assert page.form.minimumSizeHint().width() <= pane.viewport().width()
    finally:
        for translator in translators:
            QCoreApplication.removeTranslator(translator)
