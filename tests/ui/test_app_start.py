"""Starting the window on a database path: nothing is created without asking."""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QMessageBox

from deskapp.ui import app as app_module


def test_a_missing_database_is_created_only_when_the_operator_says_so(qapp, tmp_path, monkeypatch):
    asked: list[str] = []

    def answer_no(_parent, _title, text, *args, **kwargs):
        asked.append(text)
        return QMessageBox.StandardButton.No

    monkeypatch.setattr(QMessageBox, "question", answer_no)
    monkeypatch.setattr(app_module, "install_excepthook", lambda path: None)
    missing = tmp_path / "typo" / "registry.sqlite"
    assert app_module.run_gui(missing) == 0
    assert asked and str(missing) in asked[0]
    assert not missing.parent.exists()  # no folder, no file, no lock


class _WindowBuilt(Exception):
    pass


@pytest.mark.parametrize(("own", "expected"), [("fr", "Italien"), (None, "Italiano")])
def test_the_window_speaks_the_operators_language_after_the_login(
    qapp, db, db_path, operator, monkeypatch, own, expected
):
    """The login dialog speaks the language last used on this PC (here French); the
    window is built in the operator's own language, else their desk's (Italian)."""
    from PySide6.QtCore import QCoreApplication, QLocale, QSettings

    from deskapp.services.operator_accounts import set_own_language
    from deskapp.ui import i18n

    monkeypatch.delenv("DESKAPP_LANGUAGE", raising=False)
    monkeypatch.setenv("DESKAPP_PASSWORD", "Tramonto-sul-molo")
    monkeypatch.setattr(app_module, "install_excepthook", lambda path: None)
    QSettings().setValue(i18n.LANGUAGE_KEY, "fr")
    if own:
        set_own_language(db, operator, own)
    installed: list = []
    real_install = i18n.install_translators

    def recording(app, language):
        translators = real_install(app, language)
        installed.extend(translators)
        return translators

    monkeypatch.setattr(i18n, "install_translators", recording)
    monkeypatch.setattr(app_module, "install_translators", recording)
    seen: list[str] = []

    def window(*args, **kwargs):
        seen.append(QCoreApplication.translate("Enum", "Italian"))
        raise _WindowBuilt

    monkeypatch.setattr(app_module, "MainWindow", window)
    locale = QLocale()
    try:
        with pytest.raises(_WindowBuilt):
            app_module.run_gui(db_path, operator.name)
    finally:
        for translator in installed:
            QCoreApplication.removeTranslator(translator)
        QLocale.setDefault(locale)
    assert seen == [expected]
    assert QSettings().value(i18n.LANGUAGE_KEY) == (own or "it")
