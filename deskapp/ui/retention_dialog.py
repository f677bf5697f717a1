"""Who is about to be anonymised because their retention ended: the administrator reads
the list (the first 500, oldest first) before the irreversible step."""

from __future__ import annotations

from PySide6.QtWidgets import QDialog, QDialogButtonBox, QLabel, QVBoxLayout, QWidget

from deskapp.models.database import Database
from deskapp.services.retention import Due, name_due
from deskapp.ui.formatting import format_date
from deskapp.ui.panels import TablePanel

SHOWN = 500


class RetentionDialog(QDialog):
    """Accepted means: anonymise them."""

    def __init__(
        self, db: Database, due: list[Due], may_anonymise: bool, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Retention ended"))
        rows = name_due(db, due[:SHOWN])
        intro = QLabel(
            self.tr(
                "%n person(s) whose data was kept for the time the rules ask (5 years from "
                "31 December of the last payment, service or contact; 10 after state aid). "
                "Anonymising erases their identity and notes for good; the anonymous facts "
                "stay in the coordinator's figures.",
                "",
                len(due),
            )
        )
        intro.setWordWrap(True)
        self.table = TablePanel(
            [
                self.tr("No."),
                self.tr("Name"),
                self.tr("Desk"),
                self.tr("Last date"),
                self.tr("State aid"),
                self.tr("Kept until"),
            ],
            numeric_columns=(0,),
            name=self.tr("People whose retention has ended"),
        )
        self.table.set_rows(
            [
                (
                    r.due.person_id,
                    [
                        str(r.due.person_id),
                        r.name,
                        r.desk,
                        format_date(r.due.last_date),
                        self.tr("Yes") if r.due.state_aid else self.tr("No"),
                        format_date(r.due.retention_end),
                    ],
                )
                for r in rows
            ]
        )
        if len(due) > SHOWN:
            self.table.footer.setText(
                self.tr(
                    "The first %1 are shown, oldest first; 'deskapp gdpr retention' lists them all."
                ).replace("%1", str(SHOWN))
            )
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        if may_anonymise:
            self.anonymise = buttons.addButton(
                self.tr("Anonymise them"), QDialogButtonBox.ButtonRole.DestructiveRole
            )
            self.anonymise.clicked.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.table, 1)
        layout.addWidget(buttons)
        self.resize(820, 520)
