"""The Qt binding itself: a regression of PySide6 6.12.0 aborted the app after a few
thousand table updates, so the version in use is checked, not trusted."""

from __future__ import annotations

import sys

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor
from PySide6.QtWidgets import QTableWidgetItem


def test_calls_returning_nothing_do_not_consume_none(qapp):
    item = QTableWidgetItem("x")
    before = sys.getrefcount(None)
    for n in range(2000):
        item.setData(Qt.ItemDataRole.UserRole, n)
        item.setForeground(QColor("#c62828"))
    # A sound binding leaves None's count where it was (give or take a few
    # references taken elsewhere); PySide6 6.12.0 lost one per call here.
    assert sys.getrefcount(None) - before > -50
