"""An encrypted database is opened only after its key is typed, and checked."""

from __future__ import annotations

from deskapp.models.migrate import open_database
from deskapp.ui.key_dialog import DatabaseKeyDialog

KEY = "il faro di Genova 1128"


def test_the_window_asks_for_the_key_until_it_is_right(qtbot, tmp_path):
    path = tmp_path / "secret.sqlite"
    db, _ = open_database(path, key=KEY)
    db.dispose()
    dialog = DatabaseKeyDialog(path)
    qtbot.addWidget(dialog)
    qtbot.keyClicks(dialog.key_box, "il faro di genova 1128")  # wrong case
    dialog.accept()
    assert dialog.result() == 0 and dialog.key is None
    assert "The key does not open" in dialog.error.text()
    dialog.key_box.setText(KEY)
    dialog.accept()
    assert dialog.key == KEY and dialog.result() == DatabaseKeyDialog.DialogCode.Accepted
