"""Settings: the interface language, and the database (where it is, back up, check).

The language is the operator's own, kept on their account (it follows them to any PC
and to the command line); the other settings live in QSettings (per user, per
machine), as do the window and splitter sizes, remembered by the screens that own them.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QSettings, Qt, Signal
from PySide6.QtGui import QImage, QPixmap
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QFileDialog,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from deskapp import __version__
from deskapp.errors import Cancelled, DeskappError
from deskapp.models.database import Database
from deskapp.models.sqlite_files import ensure_alone
from deskapp.paths import desk_logo_path
from deskapp.services.actor import Actor
from deskapp.services.backups import back_up_now, list_backups, restore_backup, verify_backup
from deskapp.services.maintenance import check_database
from deskapp.services.operator_accounts import reading_languages, set_own_language
from deskapp.services.permissions import Action, may
from deskapp.services.retention import Due, apply_retention, due_for_anonymisation
from deskapp.ui.accessibility import show_message
from deskapp.ui.colours import hint_style
from deskapp.ui.i18n import LANGUAGE_KEY, error_text, reason_text
from deskapp.ui.idle_lock import IDLE_MINUTES_KEY, idle_minutes
from deskapp.ui.reports_page import PAGE_WIDTH, documents_dir
from deskapp.ui.retention_dialog import RetentionDialog
from deskapp.ui.safety import BACKUP_FOLDER_KEY, backup_folder, in_background
from deskapp.ui.tasks import BackgroundTask, run_in_background

__all__ = ["LANGUAGE_KEY", "SettingsPage"]


class SettingsPage(QWidget):
    restored = Signal(str)  # the database was replaced: the app must close

    def __init__(
        self,
        db: Database,
        db_path: Path | None,
        actor: Actor | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._db, self._db_path, self._actor = db, db_path, actor
        self.task: BackgroundTask | None = None

        look = QGroupBox(self.tr("Language"))
        look_form = QFormLayout(look)
        self.language = QComboBox()
        for text, code in (
            (self.tr("As my desk"), ""),
            ("Italiano", "it"),
            ("Français", "fr"),
            ("English", "en"),
        ):
            self.language.addItem(text, code)
        self._desk_language: str | None = None
        if actor is not None:
            own, self._desk_language = reading_languages(db, actor.operator_id)
            current = own or ""
        else:
            current = str(QSettings().value(LANGUAGE_KEY, "") or "")
        self.language.setCurrentIndex(max(self.language.findData(current), 0))
        self.language.setToolTip(
            self.tr("Yours, wherever you log in: the window and the command line")
        )
        self.language.currentIndexChanged.connect(self._language_chosen)
        self.language_note = QLabel()
        look_form.addRow(self.tr("Interface language"), self.language)
        look_form.addRow(self.language_note)
        self.idle_minutes = QSpinBox()
        self.idle_minutes.setRange(1, 120)
        self.idle_minutes.setSuffix(self.tr(" minutes"))
        self.idle_minutes.setValue(idle_minutes())
        self.idle_minutes.valueChanged.connect(
            lambda value: (
                QSettings().setValue(IDLE_MINUTES_KEY, value),
                self.language_note.setText(self.tr("The new time applies when deskapp restarts.")),
            )
        )
        look_form.addRow(self.tr("Lock the screen after"), self.idle_minutes)

        data = QGroupBox(self.tr("Database"))
        data_form = QFormLayout(data)
        path_label = QLabel(str(db_path) if db_path is not None else db.location)
        path_label.setWordWrap(True)
        on_server = db_path is None
        data_form.addRow(self.tr("Server") if on_server else self.tr("File"), path_label)
        backup = QPushButton(self.tr("Back up now..."))
        backup.clicked.connect(lambda: self.back_up())
        check = QPushButton(self.tr("Check the database"))
        check.clicked.connect(self.check)
        self.backup_folder_label = QLabel()
        self.backup_folder_label.setWordWrap(True)
        choose_folder = QPushButton(self.tr("Change..."))
        choose_folder.clicked.connect(lambda: self.choose_backup_folder())
        # The folder on a row of its own: a long path wraps there instead of being cut.
        data_form.addRow(self.tr("Automatic backups"), choose_folder)
        data_form.addRow(self.backup_folder_label)
        restore = QPushButton(self.tr("Restore from a backup..."))
        restore.clicked.connect(lambda: self.restore())
        data_form.addRow(backup)
        data_form.addRow(restore)
        data_form.addRow(check)
        # A copy holds everyone's data and a restore replaces everyone's work: by hand,
        # they are an administrator's (the services refuse others anyway).
        allowed = may(actor, Action.BACKUP) and not on_server
        for button in (backup, restore, choose_folder):
            button.setEnabled(allowed)
        if on_server:
            note = QLabel(
                self.tr(
                    "This registry is on a database server, shared by every PC that connects "
                    "to it. Its backups (pg_dump), the integrity of its files, encryption on "
                    "the network (TLS) and on its disks are the server's job: ask its "
                    "administrator. deskapp makes no copies of it on this PC."
                )
            )
            note.setWordWrap(True)
            note.setStyleSheet(hint_style())
            data_form.addRow(note)
        elif not allowed:
            note = QLabel(
                self.tr(
                    "Copies and restores by hand, and the backup folder, are for an "
                    "administrator; the automatic backups run for everyone."
                )
            )
            note.setWordWrap(True)
            note.setStyleSheet(hint_style())
            data_form.addRow(note)
        self.result = QLabel()
        self.result.setWordWrap(True)
        data_form.addRow(self.result)

        letterhead = QGroupBox(self.tr("Letterhead of the desk's documents"))
        letterhead_form = QFormLayout(letterhead)
        self.logo_preview = QLabel()
        self.logo_preview.setMinimumHeight(48)
        choose = QPushButton(self.tr("Choose the logo..."))
        choose.clicked.connect(lambda: self.choose_logo())
        remove = QPushButton(self.tr("No logo"))
        remove.clicked.connect(self.remove_logo)
        logo_buttons = QHBoxLayout()
        logo_buttons.addWidget(choose)
        logo_buttons.addWidget(remove)
        logo_buttons.addStretch(1)
        letterhead_form.addRow(self.tr("Logo"), self.logo_preview)
        letterhead_form.addRow(logo_buttons)
        letterhead.setEnabled(actor is not None)
        self._show_logo()

        keep = QGroupBox(self.tr("Retention (GDPR)"))
        keep_form = QFormLayout(keep)
        self.retention_label = QLabel(
            self.tr(
                "Data is kept 5 years from 31 December of the year of the last payment, "
                "service or contact (10 after state aid), then anonymised."
            )
        )
        self.retention_label.setWordWrap(True)
        self.retention_due = QLabel()
        self.retention_due.setWordWrap(True)
        self.retention_button = QPushButton(self.tr("See who, and anonymise..."))
        self.retention_button.clicked.connect(lambda: self.apply_retention())
        self.retention_button.setEnabled(False)
        keep_form.addRow(self.retention_label)
        keep_form.addRow(self.retention_due)
        keep_form.addRow(self.retention_button)
        self._due: list[Due] = []

        about = QLabel(self.tr("deskapp %1").replace("%1", __version__))
        column = QWidget()
        column.setMaximumWidth(PAGE_WIDTH)
        column.setMinimumWidth(PAGE_WIDTH * 3 // 4)
        layout = QVBoxLayout(column)
        layout.addWidget(look)
        layout.addWidget(letterhead)
        layout.addWidget(data)
        layout.addWidget(keep)
        layout.addWidget(about)
        layout.addStretch(1)
        outer = QHBoxLayout(self)
        outer.addWidget(column)
        outer.addStretch(1)

    def _show_logo(self) -> None:
        path = desk_logo_path(self._actor.desk_id) if self._actor else None
        if path is not None and path.exists():
            self.logo_preview.setPixmap(
                QPixmap(str(path)).scaledToHeight(48, Qt.TransformationMode.SmoothTransformation)
            )
        else:
            self.logo_preview.setText(self.tr("No logo: the documents carry the desk's name."))

    def choose_logo(self, source: Path | None = None) -> bool:
        """Store the image as the desk's logo: a PNG of at most 600 pixels a side."""
        if self._actor is None:
            return False
        if source is None:
            chosen, _ = QFileDialog.getOpenFileName(
                self, self.tr("Logo"), str(documents_dir()), self.tr("Images (*.png *.jpg *.jpeg)")
            )
            if not chosen:
                return False
            source = Path(chosen)
        image = QImage(str(source))
        if image.isNull():
            show_message(self.result, self.tr("This file is not an image deskapp can read."))
            return False
        if max(image.width(), image.height()) > 600:
            image = image.scaled(
                600,
                600,
                Qt.AspectRatioMode.KeepAspectRatio,
                Qt.TransformationMode.SmoothTransformation,
            )
        target = desk_logo_path(self._actor.desk_id)
        target.parent.mkdir(parents=True, exist_ok=True)
        image.save(str(target), "PNG")
        self._show_logo()
        return True

    def remove_logo(self) -> None:
        if self._actor is not None:
            desk_logo_path(self._actor.desk_id).unlink(missing_ok=True)
        self.logo_preview.clear()
        self._show_logo()

    def _language_chosen(self) -> None:
        code = str(self.language.currentData() or "") or None
        if self._actor is not None:
            try:
                set_own_language(self._db, self._actor, code)
            except DeskappError as exc:
                self.language_note.setText(error_text(exc))
                return
        # This PC's login dialog speaks it too from the next start.
        QSettings().setValue(LANGUAGE_KEY, code or self._desk_language or "")
        self.language_note.setText(self.tr("The new language applies when deskapp restarts."))

    def back_up(self, target: Path | None = None) -> BackgroundTask | None:
        if self._actor is None or not may(self._actor, Action.BACKUP) or self._db_path is None:
            return None
        actor = self._actor
        if target is None:
            suggested = documents_dir() / f"deskapp-backup-{dt.datetime.now():%Y%m%d-%H%M}.sqlite"
            chosen, _ = QFileDialog.getSaveFileName(
                self, self.tr("Back up to"), str(suggested), self.tr("Database (*.sqlite)")
            )
            if not chosen:
                return None
            target = Path(chosen)
        destination = target
        self.task = run_in_background(
            self,
            self.tr("Backing up..."),
            lambda progress: back_up_now(self._db, actor, destination, progress=progress),
            lambda path: show_message(
                self.result, self.tr("Backup written and checked: %1").replace("%1", str(path))
            ),
            self._failed,
        )
        return self.task

    def _show_backups(self) -> None:
        folder = backup_folder()
        if self._db_path is None:  # a server's: its administrator's copies, not ours
            self.backup_folder_label.setText(self.tr("None on this PC: the server's job"))
            return
        copies = list_backups(folder, self._db_path)
        newest = (
            self.tr("newest: %1").replace("%1", copies[0].taken.strftime("%d/%m/%Y %H:%M"))
            if copies
            else self.tr("none yet")
        )
        self.backup_folder_label.setText(
            self.tr("%1 (%2; a copy a day, kept 7 days, 4 weeks, 12 months)")
            .replace("%1", str(folder))
            .replace("%2", newest)
        )

    def showEvent(self, event) -> None:  # type: ignore[no-untyped-def]  # noqa: N802
        self._show_backups()
        self.count_due()
        super().showEvent(event)

    def count_due(self) -> None:
        """How many people's retention has ended (half a second at 100,000: off the
        window's thread)."""
        today = dt.date.today()
        in_background(lambda: due_for_anonymisation(self._db, today), self._show_due)

    def _show_due(self, result: object) -> None:
        if isinstance(result, Exception):
            self.retention_due.setText(str(result))
            return
        assert isinstance(result, list)
        self._due = result
        admin = may(self._actor, Action.ERASE)
        if not self._due:
            text = self.tr("Nobody's retention has ended.")
        else:
            text = self.tr("%n person(s) whose retention has ended.", "", len(self._due))
            if not admin:
                text += " " + self.tr("An administrator anonymises them.")
        self.retention_due.setText(text)
        self.retention_button.setText(
            self.tr("See who, and anonymise...") if admin else self.tr("See who...")
        )
        self.retention_button.setEnabled(bool(self._due))  # anyone may see who

    def apply_retention(self, confirm: bool = True) -> BackgroundTask | None:
        actor = self._actor
        if actor is None or not self._due:
            return None
        if confirm:
            # The list first: the step cannot be undone, so the names are read before.
            listing = RetentionDialog(self._db, self._due, may(actor, Action.ERASE), self)
            if listing.exec() != QDialog.DialogCode.Accepted:
                return None
        today = dt.date.today()
        self.task = run_in_background(
            self,
            self.tr("Anonymising..."),
            lambda progress: apply_retention(self._db, actor, today, progress=progress),
            lambda done: (
                self.retention_due.setText(
                    self.tr("%n person(s) anonymised.", "", int(done))  # type: ignore[call-overload]
                ),
                self.retention_button.setEnabled(False),
            ),
            self._failed,
        )
        return self.task

    def choose_backup_folder(self, folder: Path | None = None) -> None:
        if not may(self._actor, Action.BACKUP):
            return
        if folder is None:
            chosen = QFileDialog.getExistingDirectory(
                self, self.tr("Folder for the automatic backups"), str(backup_folder())
            )
            if not chosen:
                return
            folder = Path(chosen)
        QSettings().setValue(BACKUP_FOLDER_KEY, str(folder))
        self._show_backups()

    def restore(self, source: Path | None = None, confirm: bool = True) -> bool:
        """Put a backup back in place of the database, then close deskapp (it must be
        started again on the restored file). The current file is kept aside first."""
        if self._actor is None or not may(self._actor, Action.BACKUP) or self._db_path is None:
            return False
        actor = self._actor
        if source is None:
            chosen, _ = QFileDialog.getOpenFileName(
                self,
                self.tr("Restore from a backup"),
                str(backup_folder()),
                self.tr("Database (*.sqlite)"),
            )
            if not chosen:
                return False
            source = Path(chosen)
        try:
            verify_backup(source, self._db.key)
        except DeskappError as error:
            show_message(self.result, error_text(error))
            return False
        if confirm:
            answer = QMessageBox.warning(
                self,
                self.tr("Restore from a backup"),
                self.tr(
                    "Replace the database with the copy %1?\n\nWhat was entered after that "
                    "copy is not in it. The current file is kept aside first. deskapp "
                    "closes afterwards: start it again."
                ).replace("%1", source.name),
                QMessageBox.StandardButton.Ok | QMessageBox.StandardButton.Cancel,
                QMessageBox.StandardButton.Cancel,
            )
            if answer != QMessageBox.StandardButton.Ok:
                return False
        self._db.dispose()  # no connection of ours may stay open on the file
        try:
            # Nor anyone else's: an import running from the command line would lose
            # its work into the replaced file (the command line checks the same).
            ensure_alone(self._db_path, self._db.key)
            done = restore_backup(actor, self._db_path, source, key=self._db.key)
        except DeskappError as error:
            show_message(self.result, error_text(error))
            return False
        aside = done.aside
        lines = [
            self.tr("Restored from %1; the previous file was kept as %2. deskapp closes now.")
            .replace("%1", str(source))
            .replace("%2", str(aside)),
            QCoreApplication.translate("Backup", done.encryption_note),
        ]
        if done.erasures_reapplied:
            lines.append(
                self.tr(
                    "%n people erased after this backup was made were anonymised again.",
                    "",
                    done.erasures_reapplied,
                )
            )
        show_message(self.result, "\n".join(lines))
        self.restored.emit(str(aside))
        return True

    def check(self) -> BackgroundTask:
        self.task = run_in_background(
            self,
            self.tr("Checking the database..."),
            lambda _progress: check_database(self._db),
            lambda report: show_message(
                self.result,
                self.tr("The database is sound.")
                if report.ok
                else self.tr("Problems found:")
                + "\n"
                + "\n".join(reason_text(p, "Check") for p in report.problems),
            ),
            self._failed,
        )
        return self.task

    def _failed(self, error: BaseException) -> None:
        if isinstance(error, Cancelled | DeskappError):
            show_message(self.result, error_text(error))
        else:
            show_message(self.result, str(error))
