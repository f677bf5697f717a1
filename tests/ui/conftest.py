from __future__ import annotations

import pytest
from PySide6.QtWidgets import QMessageBox


@pytest.fixture(autouse=True)
def no_modal_questions(monkeypatch):
    """A modal question with nobody to answer it would hang the run (windows with
    unsaved forms are closed at teardown). Tests about a prompt install their own answer."""
    monkeypatch.setattr(
        QMessageBox, "question", lambda *args, **kwargs: QMessageBox.StandardButton.Discard
    )
