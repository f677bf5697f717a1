"""Starting the window on a database path: nothing is created without asking."""

from __future__ import annotations

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
