"""The Consolidation page takes several bundles in off the window's thread (issue 16):
a bar counting the bundles, the window answering meanwhile, each desk's bundles in
their order, a refused one said with its file's name without stopping the others."""

from __future__ import annotations

import base64
import json

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QProgressBar
from sqlalchemy import select

from deskapp.models import Person
from deskapp.services.persons import create_person
from deskapp.sync.export import export_bundle
from tests.conftest import person_data
from tests.ui.test_consolidation_page import _page, two_desks  # noqa: F401 - a fixture


def test_several_bundles_taken_in_off_the_window_thread(qtbot, db, db_path, admin, two_desks):  # noqa: F811
    folder = two_desks["folder"]
    genova, genova_admin, _mario = two_desks["genova"]
    savona, savona_admin = two_desks["savona"]
    g1 = export_bundle(genova, genova_admin, folder / "g1.deskbundle").path
    create_person(
        genova,
        genova_admin,
        person_data(
            codice_fiscale="", given_name="Lia", family_name="Bo", sex="F", birth_date="01/01/1981"
        ),
    )
    g2 = export_bundle(genova, genova_admin, folder / "g2.deskbundle").path
    s1 = export_bundle(savona, savona_admin, folder / "s1.deskbundle").path
    content = json.loads(s1.read_text("utf-8"))
    raw = bytearray(base64.b64decode(content["payload"]))
    raw[len(raw) // 2] ^= 0x01
    content["payload"] = base64.b64encode(bytes(raw)).decode("ascii")
    tampered = folder / "tampered.deskbundle"
    tampered.write_text(json.dumps(content), "utf-8")

    window, page = _page(qtbot, db, db_path, admin)
    ticks: list[bool] = []
    timer = QTimer()
    timer.setInterval(20)
    timer.timeout.connect(lambda: ticks.append(task.is_running()))
    # Genova's 2 given before its 1, Savona's tampered in between.
    task = page.take_in(g2, tampered, g1)
    assert task is not None
    assert not page.take_in_button.isEnabled()  # one intake at a time
    assert page.take_in(s1) is None
    bar = task.dialog.findChild(QProgressBar)
    shown: list[tuple[int, int]] = []
    bar.valueChanged.connect(lambda value: shown.append((value, bar.maximum())))
    timer.start()
    with qtbot.waitSignal(task.done, timeout=60_000):
        pass
    timer.stop()
    # The window's event loop ran while the bundles were taken in.
    assert any(ticks)
    # The bar counted the bundles: 0 of 3 before the first, 3 of 3 at the end.
    assert (0, 3) in shown and (3, 3) in shown
    assert bar.format() == "%v of %m bundles done"
    # The refused one first, then the others in the order they were taken in.
    lines = page.message.text().splitlines()
    assert lines[0].startswith("tampered.deskbundle was not taken in:")
    assert "signature" in lines[0]
    assert lines[1].startswith("Bundle 1 of Genova taken in")
    assert lines[2].startswith("Bundle 2 of Genova taken in")
    assert page.take_in_button.isEnabled()
    rows = page.bundles.table.rowCount()
    assert rows == 2  # Genova's two; nothing of the tampered one
    with db.read() as s:
        names = sorted(s.scalars(select(Person.given_name)))
    assert names == ["Anna", "Lia", "Mario"]
    assert window.people.model.rowCount() == 3
