"""The funding catalogue on the Resources page: read by operators, kept by coordinators."""

from __future__ import annotations

from deskapp.services import funding_catalogue as cat
from deskapp.services.actor import resolve_actor
from deskapp.services.organisation import create_desk, create_operator
from deskapp.ui.catalogue_panel import CataloguePanel


def _texts(panel: CataloguePanel) -> list[str]:
    return [panel.table.table.item(r, 0).text() for r in range(panel.table.table.rowCount())]


def test_operator_reads_the_instruments_of_the_desk_country(qtbot, db, operator):
    panel = CataloguePanel(db, operator)
    qtbot.addWidget(panel)
    panel.refresh()
    names = _texts(panel)
    assert "Nuova Marcora" in names and "NACRE" not in names  # an Italian desk
    buttons = [panel.table.buttons.itemAt(i).widget() for i in range(panel.table.buttons.count())]
    assert not any(getattr(b, "text", lambda: "")() == "New instrument..." for b in buttons)
    panel.table.table.selectRow(names.index("Nuova Marcora"))
    assert "cooperative" in panel.details.text()


def test_coordinator_adds_an_instrument(qtbot, db, admin):
    create_operator(db, admin, {"name": "Carla Neri", "role": "coordinator"}, "Tramonto-sul-molo")
    coordinator = resolve_actor(db, "Carla Neri")
    panel = CataloguePanel(db, coordinator)
    qtbot.addWidget(panel)
    panel.refresh()
    dialog = panel.new_entry()
    qtbot.addWidget(dialog)
    dialog.form.inputs["name"].setText("Bando Autoimpiego Liguria")
    dialog.form.inputs["deadline"].setText("31/03/2027")
    dialog.form.inputs["max_amount"].setText("25.000,00")
    dialog.save()
    assert _texts(panel)[0] == "Bando Autoimpiego Liguria"  # the nearest deadline first
    assert cat.list_entries(db)[0].max_amount == 25000


def test_a_french_coordinator_keeps_the_french_catalogue(qtbot, db, admin):
    desk = create_desk(
        db, admin, {"name": "Antenne Ajaccio", "region": "corse", "country": "FR", "language": "fr"}
    )
    create_operator(
        db, admin, {"name": "Paul Santoni", "role": "coordinator", "desk_id": desk}, "Tramonto"
    )
    panel = CataloguePanel(db, resolve_actor(db, "Paul Santoni"))
    qtbot.addWidget(panel)
    panel.refresh()
    names = [panel.table.table.item(r, 0).text() for r in range(panel.table.table.rowCount())]
    assert {"Socoden", "Microcrédit ADIE", "Prêt d'honneur Initiative France"} <= set(names)
    assert "Nuova Marcora" not in names
    dialog = panel.new_entry()
    qtbot.addWidget(dialog)
    category = dialog.form.inputs["instrument"]
    offered = [category.itemData(i) for i in range(category.count())]
    assert "honour_loan" in offered and "cfi" not in offered and "naspi_advance" not in offered
    dialog.form.inputs["name"].setText("Prêt d'honneur Initiative Corse")
    category.setCurrentIndex(category.findData("honour_loan"))
    dialog.form.inputs["max_amount"].setText("30 000,00")
    dialog.save()
    names = [panel.table.table.item(r, 0).text() for r in range(panel.table.table.rowCount())]
    assert "Prêt d'honneur Initiative Corse" in names
