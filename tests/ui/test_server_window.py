"""The window on a PostgreSQL server, against a real throwaway server that asks for a
password and is stopped and started again in the middle of a test
(tests/server_trouble.py): the status bar names the server, the password is asked in a
dialog and kept nowhere, a lost connection is said in words with the form kept, and
Reconnect (or the next action) brings the window back."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QCoreApplication, QSettings, QTimer
from PySide6.QtWidgets import QApplication, QLabel
from sqlalchemy import func, select

from deskapp import APP_NAME, ORGANISATION
from deskapp.models import Person
from deskapp.models.migrate import open_server_database
from deskapp.services.actor import resolve_actor
from deskapp.services.organisation import create_operator, initialise
from deskapp.ui import app as app_module
from deskapp.ui.first_run import RegistryPlaceDialog
from deskapp.ui.main_window import MainWindow
from deskapp.ui.server_start import SERVER_KEY, ServerPasswordDialog, open_server
from tests.pg_roles import owned_registry
from tests.postgres_server import find_bindir
from tests.server_trouble import DATABASE, PASSWORD, TroubleServer
from tests.ui.test_person_form import _choose, _press_save, _type

OPERATOR, OPERATOR_PASSWORD = "Luca Verdi", "Tramonto-sul-molo"


@pytest.fixture(scope="module")
def trouble():
    if find_bindir() is None:
        pytest.skip("PostgreSQL's binaries are not installed")
    server = TroubleServer()
    db, _ = open_server_database(server.address(), password=PASSWORD, create=True)
    admin = initialise(
        db,
        desk={
            "name": "Antenna Imperia",
            "organisation": "Legacoop Liguria",
            "region": "liguria",
            "country": "IT",
            "language": "it",
        },
        administrator={"name": "Anna Bianchi"},
    )
    create_operator(db, admin, {"name": OPERATOR, "role": "operator"}, OPERATOR_PASSWORD)
    db.dispose()
    yield server
    server.stop()


@pytest.fixture(autouse=True)
def no_password_around(monkeypatch, tmp_path):
    """Neither PGPASSWORD nor a ~/.pgpass entry: the server's question is the window's."""
    monkeypatch.delenv("PGPASSWORD", raising=False)
    monkeypatch.setenv("PGPASSFILE", str(tmp_path / "no-pgpass"))


@pytest.fixture
def server_db(trouble):
    db, _ = open_server_database(trouble.address(), password=PASSWORD)
    yield db
    db.dispose()


def _window(qtbot, db):
    window = MainWindow(db, resolve_actor(db, OPERATOR), None, "Antenna Imperia")
    qtbot.addWidget(window)
    window.show()
    window.activateWindow()
    qtbot.waitActive(window)
    return window


def _status_texts(window) -> list[str]:
    labels = window.statusBar().findChildren(QLabel)
    return [label.text() for label in labels] + [label.toolTip() for label in labels]


def test_the_status_bar_names_the_server_and_never_the_password(qtbot, trouble, server_db):
    window = _window(qtbot, server_db)
    texts = _status_texts(window)
    named = [t for t in texts if t.startswith("Server:")]
    assert named == [f"Server: {trouble.server.socket_dir}:5432, database {DATABASE}"]
    assert not any(PASSWORD in t for t in texts)
    assert not window.connection.banner.isVisible()
    settings = window.show_page("settings")
    words = " ".join(label.text() for label in settings.findChildren(QLabel))
    assert "server's job" in words and "pg_dump" in words and PASSWORD not in words
    settings.check()  # "Check the database" checks what a server's database can show
    qtbot.waitUntil(lambda: settings.result.text() != "", timeout=30000)
    assert settings.result.text() == "The database is sound."


def _answer_password(qtbot, typed: list[str], seen_errors: list[str]) -> None:
    """Type each of ``typed`` into the password dialog when it is up, pressing OK."""

    def answer():
        dialog = QApplication.activeModalWidget()
        if not isinstance(dialog, ServerPasswordDialog):
            QTimer.singleShot(50, answer)
            return
        seen_errors.append(dialog.error.text())
        dialog.password.setText(typed.pop(0))
        dialog.accept()
        if typed:
            QTimer.singleShot(50, answer)

    QTimer.singleShot(50, answer)


def test_the_password_the_server_asks_for_is_asked_in_a_dialog_and_kept_nowhere(
    qtbot, trouble, tmp_path
):
    errors: list[str] = []
    _answer_password(qtbot, ["not-this-one", PASSWORD], errors)
    db = open_server(trouble.address())
    assert db is not None
    try:
        with db.read() as s:
            assert s.scalar(select(func.count()).select_from(Person)) is not None
        # The first dialog was clean; the second said why the wrong one was refused.
        assert errors[0] == "" and "password authentication failed" in errors[1]
        assert PASSWORD not in db.location and PASSWORD not in repr(db)
        assert PASSWORD not in db.url.render_as_string(hide_password=False)
    finally:
        db.dispose()
    QSettings().sync()
    for written in tmp_path.rglob("*"):
        if written.is_file():
            assert PASSWORD.encode() not in written.read_bytes(), written


def test_cancelling_the_password_opens_nothing(qtbot, trouble):
    def cancel():
        dialog = QApplication.activeModalWidget()
        if not isinstance(dialog, ServerPasswordDialog):
            QTimer.singleShot(50, cancel)
            return
        dialog.reject()

    QTimer.singleShot(50, cancel)
    assert open_server(trouble.address()) is None


def _typed_person(qtbot, window):
    record = window.new_person()
    form = record.form
    _type(qtbot, form, "family_name", "Marchetti")
    _type(qtbot, form, "given_name", "Elena")
    _choose(form, "sex", "F")
    _type(qtbot, form, "birth_date", "01/08/1985")
    _choose(form, "employment_status", "laid_off")
    _choose(form, "consent.legal_basis", "public_task")
    _type(qtbot, form, "consent.notice_version", "2026-01")
    return record, form


def _people_named(db, family: str) -> int:
    with db.read() as s:
        return s.scalar(select(func.count()).where(Person.family_name == family)) or 0


def test_a_lost_connection_is_said_keeps_the_form_and_reconnects(qtbot, trouble, server_db):
    window = _window(qtbot, server_db)
    record, form = _typed_person(qtbot, window)
    before = {name: form.inputs[name].text() for name in ("family_name", "given_name")}
    trouble.halt()  # the server goes away with the form half typed
    try:
        _press_save(qtbot, form)
        said = form.message.text()
        assert "connection to the database server" in said and "nothing of this save" in said
        banner = window.connection
        qtbot.waitUntil(lambda: banner.banner.isVisible())
        assert "is lost" in banner.message.text() and DATABASE in banner.message.text()
        # What was typed is still there, in the same open, unsaved tab.
        assert window.tabs.currentWidget() is record and record.is_modified()
        assert {n: form.inputs[n].text() for n in before} == before
        assert not banner.reconnect()  # still down: said, the banner stays
        assert banner.banner.isVisible()
        assert "does not answer" in window.statusBar().currentMessage()
    finally:
        trouble.resume()
    assert window.connection.reconnect()
    assert not window.connection.banner.isVisible()
    _press_save(qtbot, form)
    assert form.message.text().startswith("Saved"), form.message.text()
    assert _people_named(server_db, "Marchetti") == 1  # once, not twice
    assert not record.is_modified()


def test_after_a_restart_the_next_save_connects_again_by_itself(qtbot, trouble, server_db):
    window = _window(qtbot, server_db)
    record, form = _typed_person(qtbot, window)
    _type(qtbot, form, "family_name", "Parodi")
    trouble.halt()
    try:
        _press_save(qtbot, form)
        qtbot.waitUntil(lambda: window.connection.banner.isVisible())
    finally:
        trouble.resume()  # the administrator restarted the server
    _press_save(qtbot, form)  # no Reconnect pressed: the save is the retry
    assert form.message.text().startswith("Saved"), form.message.text()
    qtbot.waitUntil(lambda: not window.connection.banner.isVisible())
    assert _people_named(server_db, "Parodi") == 1


def test_a_connection_cut_under_the_window_is_replaced_at_the_next_action(
    qtbot, trouble, server_db
):
    window = _window(qtbot, server_db)
    record, form = _typed_person(qtbot, window)
    _type(qtbot, form, "family_name", "Ferrando")
    trouble.terminate_backends()  # the network dropped every connection meanwhile
    _press_save(qtbot, form)
    assert form.message.text().startswith("Saved"), form.message.text()
    assert not window.connection.banner.isVisible()
    assert _people_named(server_db, "Ferrando") == 1


def _choice_dialog(qtbot, tmp_path):
    dialog = RegistryPlaceDialog(tmp_path / "deskapp.sqlite")
    qtbot.addWidget(dialog)
    dialog.show()
    return dialog


def test_the_first_start_can_choose_a_server_and_says_when_it_is_unreachable(
    qtbot, trouble, tmp_path
):
    dialog = _choice_dialog(qtbot, tmp_path)
    qtbot.keyClicks(dialog.address, f"postgresql://desk@/registry?host={tmp_path}")
    assert dialog.server.isChecked()
    assert not dialog.check()
    assert "Cannot open the database at postgresql://desk@/registry" in dialog.result.text()
    assert "server is running" in dialog.result.text()
    dialog.address.setText("postgresql://desk:Sekret-1@db.example/registry")
    dialog.accept()
    assert dialog.isVisible() and "holds a password" in dialog.result.text()
    assert "Sekret" not in dialog.result.text()
    dialog.address.setText("https://db.example/registry")
    assert not dialog.check() and "postgresql://" in dialog.result.text()
    errors: list[str] = []
    _answer_password(qtbot, [PASSWORD], errors)
    dialog.address.setText(trouble.address())
    dialog.accept()
    assert not dialog.isVisible() and dialog.db is not None
    assert "a deskapp registry" in dialog.result.text()
    assert QSettings().value(SERVER_KEY) == trouble.address()
    dialog.db.dispose()


def test_the_window_opens_on_a_server_given_as_its_address(qapp, trouble, monkeypatch, tmp_path):
    """``deskapp --db postgresql://...``: no lock file, no first look at a file, no
    key dialog; the login, then the window on the server's database."""
    monkeypatch.setenv("PGPASSWORD", PASSWORD)
    monkeypatch.setenv("DESKAPP_PASSWORD", OPERATOR_PASSWORD)
    monkeypatch.setattr(app_module, "install_excepthook", lambda path: None)
    built: list[tuple] = []

    class Built(Exception):
        pass

    def window(db, actor, db_path, desk):
        built.append((db.is_postgresql, actor.name, db_path, desk))
        db.dispose()
        raise Built

    monkeypatch.setattr(app_module, "MainWindow", window)
    monkeypatch.chdir(tmp_path)
    with pytest.raises(Built):
        app_module.run_gui(trouble.address(), OPERATOR)
    assert built == [(True, OPERATOR, None, "Antenna Imperia")]
    # No lock file, no database file: only this test's own settings are there.
    assert not [p for p in tmp_path.rglob("*") if p.suffix in (".lock", ".sqlite")]


def _start_without_a_choice(monkeypatch, tmp_path):
    """run_gui as ``deskapp`` alone starts it: no --db, no DESKAPP_DB."""
    default = tmp_path / "data" / "deskapp.sqlite"
    monkeypatch.setattr("deskapp.paths.default_database_path", lambda: default)
    monkeypatch.setattr(app_module, "install_excepthook", lambda path: None)
    return default


def test_a_pc_without_a_registry_asks_where_it_is(qapp, monkeypatch, tmp_path):
    default = _start_without_a_choice(monkeypatch, tmp_path)
    shown: list[str] = []

    def cancel():
        dialog = QApplication.activeModalWidget()
        if not isinstance(dialog, RegistryPlaceDialog):
            QTimer.singleShot(50, cancel)
            return
        shown.append(dialog.windowTitle())
        dialog.reject()

    QTimer.singleShot(50, cancel)
    assert app_module.run_gui(default) == 0
    assert shown == ["Where is the registry?"]
    assert not default.exists() and not default.parent.exists()


def test_the_server_chosen_at_the_first_start_is_opened_at_the_next(
    qapp, trouble, monkeypatch, tmp_path
):
    default = _start_without_a_choice(monkeypatch, tmp_path)
    # In deskapp's own settings, which run_gui reads (its organisation and name).
    QCoreApplication.setOrganizationName(ORGANISATION)
    QCoreApplication.setApplicationName(APP_NAME)
    QSettings().setValue(SERVER_KEY, trouble.address())
    monkeypatch.setenv("PGPASSWORD", PASSWORD)
    monkeypatch.setenv("DESKAPP_PASSWORD", OPERATOR_PASSWORD)
    built: list[bool] = []

    class Built(Exception):
        pass

    def window(db, actor, db_path, desk):
        built.append(db.is_postgresql and db_path is None)
        db.dispose()
        raise Built

    monkeypatch.setattr(app_module, "MainWindow", window)
    with pytest.raises(Built):
        app_module.run_gui(default, OPERATOR)
    assert built == [True] and not default.exists()


@pytest.mark.parametrize(
    "kept",
    [
        "postgresql://desk@db.example/registry?password=Sekret",
        "postgresql://desk:Sekret@db.example/registry",
        "mysql://desk@db.example/registry",
    ],
)
def test_a_remembered_server_that_holds_a_password_is_forgotten(qapp, kept):
    """A setting written by hand, or by an older deskapp: never used, never shown; the
    first start's question is asked again."""
    from deskapp.ui.server_start import remembered_server

    QSettings().setValue(SERVER_KEY, kept)
    assert remembered_server() is None
    assert not QSettings().contains(SERVER_KEY)


@pytest.fixture
def registry(postgres_server, monkeypatch):
    """A region's registry: an owner role's schema, a desks' role (tests/pg_roles.py)."""
    from deskapp.cli import main

    monkeypatch.delenv("DESKAPP_DB", raising=False)
    monkeypatch.delenv("DESKAPP_OPERATOR", raising=False)
    with owned_registry(postgres_server) as reg:
        assert main(["--db", reg.owner_url, "init", "--desk", "Antenna Imperia",
                     "--region", "liguria", "--admin", "Anna Bianchi"]) == 0  # fmt: skip
        yield reg


def test_the_first_start_refuses_an_older_schema_to_the_desks_role(qapp, registry, tmp_path):
    """The first start's dialog opens the server as anything else does: an older schema
    is the owner's to upgrade, said in words, and nothing is changed."""
    from deskapp.cli import main
    from deskapp.models.database import Database
    from deskapp.models.migrate import current_revision, migrate_to

    owner = Database(registry.owner_url)
    try:
        migrate_to(owner, "0016", down=True)
    finally:
        owner.dispose()
    assert main(["--db", registry.owner_url, "db", "grant", "--role", registry.app]) == 0
    dialog = RegistryPlaceDialog(tmp_path / "deskapp.sqlite")
    dialog.server.setChecked(True)
    dialog.address.setText(registry.app_url)
    dialog.accept()
    assert "'deskapp db upgrade' with the owner's address" in dialog.result.text()
    assert not QSettings().contains(SERVER_KEY)  # not chosen: asked again next time
    dialog.reject()
    owner = Database(registry.owner_url)
    try:
        assert current_revision(owner) == "0016"
    finally:
        owner.dispose()
