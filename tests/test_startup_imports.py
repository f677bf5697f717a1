"""What the program loads before its first window: only what the login dialog and the
registry show. The documents (ReportLab and its shaping and image libraries), the
workbooks, the charts, the PDF preview and every page but People load when first used;
each of them costs start-up time that the operator waits through on every start.

Before the login dialog, less still: Qt and a first look at the file with sqlite3.
SQLAlchemy, the models, pydantic and the services load behind the dialog while the
operator types, and Alembic (with Mako and Pygments) not at all when the file is
already at this version's schema."""

from __future__ import annotations

import json
import os
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest

from deskapp.models.first_look import HEAD_REVISION, first_look

# All that is imported before the main window is shown: deskapp.cli.main and
# deskapp.ui.app at their tops, what loads behind the login dialog, the window's module.
PROBE = """
import importlib, json, sys
import deskapp.cli.main
import deskapp.ui.app
for module in deskapp.ui.app.LOADED_BEHIND_THE_LOGIN:
    importlib.import_module(module)
import deskapp.ui.main_window
print(json.dumps(sorted(sys.modules)))
"""

NOT_BEFORE_THE_FIRST_WINDOW = {
    "reportlab": "the PDF documents",
    "uharfbuzz": "text shaping for the PDF documents",
    "PIL": "images in the PDF documents",
    "bidi": "right-to-left text in the PDF documents",
    "openpyxl": "the xlsx workbooks",
    "faker": "the demo data",
    "matplotlib": "charts",
    "numpy": "charts",
    "deskapp.reports": "the documents and exports",
    "PySide6.QtCharts": "the business plan's charts",
    "PySide6.QtPdf": "the PDF preview",
    "PySide6.QtPdfWidgets": "the PDF preview",
    "PySide6.QtPrintSupport": "printing",
    "deskapp.ui.plan_editor": "the business plan editor",
    "deskapp.ui.person_record": "a person's record",
    "deskapp.ui.project_page": "a project's page",
    "deskapp.ui.projects_page": "the Projects page",
    "deskapp.ui.agenda_page": "the Agenda page",
    "deskapp.ui.resources_page": "the Resources page",
    "deskapp.ui.reports_page": "the Reports page",
    "deskapp.ui.settings_page": "the Settings page",
    "deskapp.ui.administration_page": "the Administration page",
    "deskapp.ui.idle_lock": "the screen lock (started with the main window)",
    "deskapp.ui.first_run": "the first-run dialog (a new database only)",
    "deskapp.ui.key_dialog": "the key dialog (an encrypted database only)",
    # The forms' input schemas and the identifiers' checks: a form or an import uses
    # them; the login and the registry do not (0.2 s of CPU before the window).
    "pydantic": "the input schemas (a form opens)",
    "deskapp.models.schemas": "the input schemas (a form opens)",
    "deskapp.models.fields": "the input schemas (a form opens)",
    "deskapp.models.identifiers": "the identifiers' checks (a form opens)",
    "phonenumbers": "the phone numbers' check (a form opens)",
    "codicefiscale": "the codice fiscale's check (a form opens)",
    "email_validator": "the e-mail addresses' check (a form opens)",
    "stdnum": "the NIR and company numbers' checks (a form opens)",
}


# Not before the login dialog is shown, on a file at the head revision: it needs Qt and
# the operators' names, read with sqlite3.
NOT_BEFORE_THE_LOGIN_DIALOG = {
    "alembic": "migrations (a file at the head revision needs none)",
    "mako": "Alembic's templates",
    "pygments": "Alembic's templates",
    "sqlalchemy": "the database (loaded behind the dialog)",
    "deskapp.models.database": "the database (loaded behind the dialog)",
    "deskapp.models.person": "the models (loaded behind the dialog)",
    "pydantic": "the input schemas",
    "phonenumbers": "the identifiers' checks",
    "codicefiscale": "the identifiers' checks",
    "argon2": "the password check (loaded behind the dialog)",
    "deskapp.services": "the services (loaded behind the dialog)",
    "deskapp.ui.main_window": "the main window (after the login)",
    **NOT_BEFORE_THE_FIRST_WINDOW,
}

# Runs the real entry point on a database, in a process of its own; the login dialog is
# answered by replacing its exec(): "cancel" notes what is loaded as it would show,
# "login" types the password and notes what is loaded when the window is built.
LOGIN_PROBE = """
import json, sys
from deskapp.ui import login_dialog

seen = {}

def answer(dialog):
    seen["names"] = [dialog.name.itemText(i) for i in range(dialog.name.count())]
    seen["at the dialog"] = sorted(sys.modules)
    if sys.argv[2] == "cancel":
        return 0
    dialog.name.setCurrentText("Luca Verdi")
    dialog.password.setText("Tramonto-sul-molo")
    dialog.accept()
    return dialog.result()

login_dialog.LoginDialog.exec = answer

class Built(Exception):
    pass

def window(db, actor, path, desk):
    seen["actor"] = actor.name
    seen["at the window"] = sorted(sys.modules)
    raise Built

import deskapp.ui.app
deskapp.ui.app.MainWindow = window
from deskapp.cli import main
try:
    seen["code"] = main(["--db", sys.argv[1]])
except Built:
    pass
print(json.dumps(seen))
"""


# The start without a dialog (--operator and DESKAPP_PASSWORD, as automation and the
# installer's smoke test start it): the real window built and shown with the registry,
# then what is loaded.
WINDOW_PROBE = """
import json, sys
from PySide6.QtWidgets import QMessageBox
import deskapp.ui.app
from deskapp.ui.main_window import MainWindow

seen = {}
QMessageBox.critical = lambda parent, title, text: seen.setdefault("refused", text)

class Built(Exception):
    pass

def window(db, actor, path, desk):
    shown = MainWindow(db, actor, path, desk)
    shown.show()
    seen["actor"] = actor.name
    seen["rows"] = shown.people.model.rowCount()
    seen["at the window"] = sorted(sys.modules)
    raise Built

deskapp.ui.app.MainWindow = window
from deskapp.cli import main
try:
    seen["code"] = main(["--db", sys.argv[1], "--operator", "Luca Verdi"])
except Built:
    pass
print(json.dumps(seen))
"""


def _run_the_login(
    db_path: Path, tmp_path: Path, answer: str, probe: str = LOGIN_PROBE, **extra: str
) -> dict:
    env = {k: v for k, v in os.environ.items() if not k.startswith("DESKAPP_")}
    env.update(
        HOME=str(tmp_path / "home"),
        XDG_CONFIG_HOME=str(tmp_path / "home" / "config"),
        XDG_DATA_HOME=str(tmp_path / "home" / "data"),
        XDG_STATE_HOME=str(tmp_path / "home" / "state"),
        QT_QPA_PLATFORM="offscreen",
        **extra,
    )
    out = subprocess.run(
        [sys.executable, "-c", probe, str(db_path), answer],
        capture_output=True,
        text=True,
        env=env,
        timeout=120,
    )
    assert out.returncode == 0, out.stderr
    return json.loads(out.stdout.splitlines()[-1])


def _loaded(modules: list[str], names: dict[str, str]) -> set[str]:
    return {
        f"{name} ({why})"
        for name, why in names.items()
        if any(module == name or module.startswith(name + ".") for module in modules)
    }


def test_the_login_dialog_shows_before_the_database_layers_load(db_path, operator, tmp_path):
    seen = _run_the_login(db_path, tmp_path, "cancel")
    assert seen["names"] == ["Anna Bianchi", "Luca Verdi"]
    assert seen["code"] == 0  # cancelled: no window
    early = _loaded(seen["at the dialog"], NOT_BEFORE_THE_LOGIN_DIALOG)
    assert not early, f"imported before the login dialog: {sorted(early)}"
    assert "PySide6.QtWidgets" in seen["at the dialog"]  # the probe is sound


def test_a_file_at_the_head_revision_is_opened_without_alembic(db_path, operator, tmp_path):
    seen = _run_the_login(db_path, tmp_path, "login")
    assert seen["actor"] == "Luca Verdi"
    late = _loaded(seen["at the window"], {"alembic": "migrations", "mako": "templates"})
    assert not late, f"imported although the file is at the head revision: {sorted(late)}"
    assert "sqlalchemy" in seen["at the window"] and "argon2" in seen["at the window"]
    early = _loaded(seen["at the window"], NOT_BEFORE_THE_FIRST_WINDOW)
    assert not early, f"imported before the first window: {sorted(early)}"


def test_the_registry_shows_without_the_forms_modules_when_no_dialog_is_asked(
    db, db_path, operator, tmp_path
):
    """--operator with DESKAPP_PASSWORD: the real window, shown with the registry,
    has loaded nothing of the forms (schemas, identifiers' checks), the documents or
    the other pages."""
    from deskapp.services import persons
    from tests.conftest import person_data

    persons.create_person(db, operator, person_data())
    seen = _run_the_login(
        db_path, tmp_path, "window", WINDOW_PROBE, DESKAPP_PASSWORD="Tramonto-sul-molo"
    )
    assert seen["actor"] == "Luca Verdi" and seen["rows"] == 1
    early = _loaded(seen["at the window"], NOT_BEFORE_THE_FIRST_WINDOW)
    assert not early, f"imported before the first window: {sorted(early)}"
    assert "deskapp.ui.people_page" in seen["at the window"]  # the probe is sound


def test_a_wrong_password_without_dialog_shows_no_window(db_path, operator, tmp_path):
    seen = _run_the_login(
        db_path, tmp_path, "window", WINDOW_PROBE, DESKAPP_PASSWORD="not the password"
    )
    assert "at the window" not in seen and seen["code"] == 2
    assert seen["refused"] == "Operatore sconosciuto o password errata."  # the desk speaks it


def test_the_head_revision_known_without_alembic_is_alembics():
    from deskapp.models.migrate import head_revision

    assert HEAD_REVISION == head_revision(), (
        "a new migration: set HEAD_REVISION in deskapp/models/first_look.py to its revision"
    )


def test_the_revision_is_read_as_alembic_reads_it(db, db_path):
    from alembic.runtime.migration import MigrationContext

    from deskapp.models.database import Database
    from deskapp.models.migrate import current_revision

    with db.engine.connect() as conn:
        assert current_revision(db) == MigrationContext.configure(conn).get_current_revision()
    empty = Database.at_path(db_path.with_name("empty.sqlite"))
    try:
        assert current_revision(empty) is None
    finally:
        empty.dispose()


def _stamp(path: Path, revision: str) -> None:
    conn = sqlite3.connect(path)
    with conn:
        conn.execute("UPDATE alembic_version SET version_num = ?", (revision,))
    conn.close()


def test_the_first_look_reads_the_names_the_login_dialog_shows(db, db_path, operator):
    from deskapp.services.organisation import list_desks, list_operators

    look = first_look(db_path)
    assert look is not None
    assert look.operators == [op.name for op in list_operators(db)]
    assert look.desk_language == list_desks(db)[0].language.value == "it"


@pytest.mark.parametrize("revision", ["0015", "f00dfeed9999"])
def test_an_older_or_newer_file_gets_no_first_look(db, db_path, operator, revision):
    _stamp(db_path, revision)
    assert first_look(db_path) is None  # migrated, or refused, by the ordinary opening


def test_files_that_are_not_ordinary_get_no_first_look(db, db_path, tmp_path):
    assert first_look(db_path) is None  # migrated, but nobody set it up yet
    assert first_look(tmp_path / "missing.sqlite") is None
    (tmp_path / "empty.sqlite").write_bytes(b"")
    assert first_look(tmp_path / "empty.sqlite") is None
    (tmp_path / "encrypted.sqlite").write_bytes(os.urandom(8192))
    assert first_look(tmp_path / "encrypted.sqlite") is None
    foreign = sqlite3.connect(tmp_path / "foreign.sqlite")
    foreign.execute("CREATE TABLE desk (name TEXT, language TEXT)")
    foreign.execute("CREATE TABLE operator (name TEXT, active INTEGER)")
    foreign.close()
    assert first_look(tmp_path / "foreign.sqlite") is None


def _loaded_before_the_first_window() -> set[str]:
    out = subprocess.run(
        [sys.executable, "-c", PROBE], capture_output=True, text=True, check=True, timeout=120
    )
    return set(json.loads(out.stdout))


def test_nothing_a_screen_does_not_show_yet_is_imported_before_the_first_window():
    loaded = _loaded_before_the_first_window()
    early = {
        f"{name} ({why})"
        for name, why in NOT_BEFORE_THE_FIRST_WINDOW.items()
        if any(module == name or module.startswith(name + ".") for module in loaded)
    }
    assert not early, f"imported before the first window: {sorted(early)}"
    # The probe itself is sound: the window and the registry page are there.
    assert {"deskapp.ui.main_window", "deskapp.ui.people_page"} <= loaded


def test_a_record_opened_later_brings_its_own_modules(qapp, db, db_path, operator):
    """The lazily imported records still open from the window (a person's record here;
    the plan editor and the project page the same way, see tests/ui)."""
    from deskapp.services import persons
    from deskapp.ui.main_window import MainWindow
    from tests.conftest import person_data

    window = MainWindow(db, operator, db_path, "Antenna Genova")
    try:
        person = persons.create_person(db, operator, person_data()).id
        record = window.open_person(person)
        assert record is not None and window.records() == [record]
        assert window.open_person(person) is record  # found again, not opened twice
        assert window.tabs.currentWidget() is record
    finally:
        window.deleteLater()
