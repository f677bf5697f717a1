"""The administrators' page: the accounts and the audit trail. Built only for an
administrator (the services refuse everyone else anyway)."""

from __future__ import annotations

from PySide6.QtWidgets import QTabWidget, QWidget

from deskapp.models.database import Database
from deskapp.services.actor import Actor
from deskapp.ui.accounts_panel import AccountsPanel
from deskapp.ui.audit_panel import AuditPanel
from deskapp.ui.screen_fit import scrolling_layout


class AdministrationPage(QWidget):
    def __init__(self, db: Database, actor: Actor, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.accounts = AccountsPanel(db, actor)
        self.audit = AuditPanel(db, actor)
        self.tabs = QTabWidget()
        self.tabs.addTab(self.accounts, self.tr("Accounts"))
        self.tabs.addTab(self.audit, self.tr("Audit trail"))
        self.tabs.currentChanged.connect(lambda _i: self.refresh())
        layout = scrolling_layout(self)  # scrolls at 200% instead of cutting
        layout.addWidget(self.tabs)

    def refresh(self) -> None:
        """What is shown is read again: accounts and events change behind this page."""
        current = self.tabs.currentWidget()
        if current is self.accounts:
            self.accounts.refresh()
        else:
            self.audit.refresh()

    def showEvent(self, event) -> None:  # type: ignore[no-untyped-def]  # noqa: N802
        super().showEvent(event)
        self.refresh()
