"""The dialogs of consolidation (issue 16): trusting a desk's key after comparing its
fingerprint by phone (the coordinator's), and sending this desk's bundle to the
coordinator (a desk's). The work is the services' (deskapp.sync); these only ask and
tell."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QWidget,
)

from deskapp.errors import DeskappError
from deskapp.models.database import Database
from deskapp.services.actor import Actor
from deskapp.ui.accessibility import name, show_message
from deskapp.ui.colours import hint_style
from deskapp.ui.dialog_layout import error_label, lay_out

KEY_FILE_MAX = 4096  # a key file is one line
BUNDLE_FILTER = "*.deskbundle"
KEY_FILTER = "*.key *.txt"


def _file_row(box: QLineEdit, button: QPushButton) -> QHBoxLayout:
    row = QHBoxLayout()
    row.addWidget(box, 1)
    row.addWidget(button)
    return row


class TrustKeyDialog(QDialog):
    """Accept a desk's key once: the key file the desk sent, the name it is known by
    here, and the fingerprint the desk read out on the phone, typed here."""

    def __init__(self, db: Database, actor: Actor, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._db, self._actor = db, actor
        self.trusted_name = ""
        self.setWindowTitle(self.tr("Trust a desk's key"))
        self.setMinimumWidth(640)
        intro = QLabel(
            self.tr(
                "Phone the desk and ask them to read out their key's fingerprint (at the desk: "
                "File, Send to the coordinator). Type it below as you hear "
                "it: the key is trusted only if it matches the key file, so a file sent by "
                "someone else is refused. Do not copy the fingerprint from the e-mail that "
                "brought the file."
            )
        )
        self.key_file = QLineEdit()
        name(self.key_file, self.tr("Key file"))
        browse = QPushButton(self.tr("Choose..."))
        name(browse, self.tr("Choose the key file"))
        browse.clicked.connect(lambda _checked=False: self._choose())
        self.desk_name = QLineEdit()
        self.desk_name.setMaxLength(120)
        name(self.desk_name, self.tr("Desk"))
        self.fingerprint = QLineEdit()
        self.fingerprint.setPlaceholderText(self.tr("e.g. A1B2 C3D4 E5F6 ..."))
        name(self.fingerprint, self.tr("Fingerprint read out by the desk"))
        form = QFormLayout()
        form.addRow(self.tr("Key file:"), _file_row(self.key_file, browse))
        form.addRow(self.tr("Desk:"), self.desk_name)
        form.addRow(self.tr("Fingerprint read out by the desk:"), self.fingerprint)
        self.error = error_label()
        buttons = lay_out(self, intro, form, self.error)
        buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Trust this key"))

    def _choose(self) -> None:
        path, _filter = QFileDialog.getOpenFileName(
            self,
            self.tr("The desk's key file"),
            "",
            self.tr("Key files (%1)").replace("%1", KEY_FILTER),
        )
        if path:
            self.key_file.setText(path)

    def _key_text(self) -> str | None:
        text = self.key_file.text().strip()
        if not text:
            show_message(self.error, self.tr("Choose the key file the desk sent."), True)
            return None
        path = Path(text)
        try:
            if path.stat().st_size > KEY_FILE_MAX:
                show_message(self.error, self.tr("This file is too large to be a key file."), True)
                return None
            return path.read_text("utf-8", errors="replace").strip()
        except OSError:
            show_message(
                self.error,
                self.tr("The key file cannot be read: %1").replace("%1", path.name),
                True,
            )
            return None

    def accept(self) -> None:
        from deskapp.sync.keys import trust_desk
        from deskapp.ui.i18n import error_text

        key = self._key_text()
        if key is None:
            return
        if not self.desk_name.text().strip():
            show_message(self.error, self.tr("Give the desk a name."), True)
            self.desk_name.setFocus()
            return
        if not self.fingerprint.text().strip():
            show_message(self.error, self.tr("Type the fingerprint the desk read out."), True)
            self.fingerprint.setFocus()
            return
        try:
            done = trust_desk(
                self._db, self._actor, key, self.desk_name.text(), self.fingerprint.text()
            )
        except DeskappError as exc:
            show_message(self.error, error_text(exc), True)
            return
        self.trusted_name = done.name
        self.already = done.already
        super().accept()


class SendBundleDialog(QDialog):
    """Write this desk's bundle (what changed since the last one) to a file for the
    coordinator, full or pseudonymous; this desk's fingerprint is shown, to read out."""

    def __init__(self, db: Database, actor: Actor, parent: QWidget | None = None) -> None:
        from deskapp.sync.keys import desk_key

        super().__init__(parent)
        self._db, self._actor = db, actor
        self.result_text = ""
        self.setWindowTitle(self.tr("Send to the coordinator"))
        self.setMinimumWidth(640)
        intro = QLabel(
            self.tr(
                "The bundle holds everything changed since the last bundle this desk made "
                "(the first one: everything), signed with this desk's key. Send the file to "
                "the coordinator; the first time, phone them and read out this desk's "
                "fingerprint."
            )
        )
        self.fingerprint = QLabel(desk_key(db).fingerprint)
        self.fingerprint.setTextInteractionFlags(
            self.fingerprint.textInteractionFlags().TextSelectableByMouse
        )
        name(self.fingerprint, self.tr("This desk's key fingerprint"))
        self.pseudonymous = QCheckBox(self.tr("Pseudonymous: no names, contacts or tax codes"))
        hint = QLabel(
            self.tr(
                "For a coordinator in another organisation: people are still counted once "
                "through the programme key."
            )
        )
        hint.setWordWrap(True)
        hint.setStyleSheet(hint_style())
        # The coordinators' sealing keys kept here (deskapp.sync.sealing): the newest
        # chosen; shown only when there is one.
        from deskapp.sync.sealing import kept_recipients

        self.encrypt_to = QComboBox()
        name(self.encrypt_to, self.tr("Encrypt the bundle to"))
        self.encrypt_to.addItem(self.tr("Not encrypted"), "")
        self._sealing = {k.fingerprint: k for k in kept_recipients(db)}
        for fp in self._sealing:
            self.encrypt_to.addItem(self.tr("The coordinator's key %1").replace("%1", fp), fp)
        self.encrypt_to.setCurrentIndex(self.encrypt_to.count() - 1)
        encrypt_hint = QLabel(
            self.tr(
                "Encrypted, the bundle can be opened by that coordinator only: no one else "
                "can read it on the way, not even which desk sent it."
            )
        )
        encrypt_hint.setWordWrap(True)
        encrypt_hint.setStyleSheet(hint_style())
        self.file = QLineEdit()
        name(self.file, self.tr("Bundle file"))
        browse = QPushButton(self.tr("Choose..."))
        name(browse, self.tr("Choose where to write the bundle"))
        browse.clicked.connect(lambda _checked=False: self._choose())
        form = QFormLayout()
        form.addRow(self.tr("This desk's key fingerprint:"), self.fingerprint)
        form.addRow(self.pseudonymous)
        form.addRow(hint)
        if self._sealing:
            form.addRow(self.tr("Encrypt to:"), self.encrypt_to)
            form.addRow(encrypt_hint)
        else:
            self.encrypt_to.hide()
            encrypt_hint.hide()
        form.addRow(self.tr("Bundle file:"), _file_row(self.file, browse))
        self.error = error_label()
        buttons = lay_out(self, intro, form, self.error)
        buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Write the bundle"))

    def _choose(self) -> None:
        path, _filter = QFileDialog.getSaveFileName(
            self,
            self.tr("Write the bundle to"),
            "",
            self.tr("Bundles (%1)").replace("%1", BUNDLE_FILTER),
        )
        if path:
            self.file.setText(path)

    def accept(self) -> None:
        from deskapp.sync.export import export_bundle
        from deskapp.ui.i18n import error_text

        text = self.file.text().strip()
        if not text:
            show_message(self.error, self.tr("Choose where to write the bundle."), True)
            self.file.setFocus()
            return
        path = Path(text)
        if path.exists():
            show_message(
                self.error,
                self.tr("%1 exists already: choose another name.").replace("%1", path.name),
                True,
            )
            return
        try:
            sealed = self._sealing.get(self.encrypt_to.currentData() or "")
            made = export_bundle(
                self._db,
                self._actor,
                path,
                pseudonymous=self.pseudonymous.isChecked(),
                seal_to=sealed.public_key if sealed is not None else None,
            )
        except DeskappError as exc:
            show_message(self.error, error_text(exc), True)
            return
        except OSError:
            show_message(
                self.error,
                self.tr("The bundle could not be written to %1: choose another folder.").replace(
                    "%1", path.name
                ),
                True,
            )
            return
        self.result_text = (
            (
                self.tr(
                    "Bundle %1 written to %2, encrypted to the coordinator's key: %3 records. "
                    "Send it to the coordinator."
                )
                if sealed is not None
                else self.tr("Bundle %1 written to %2: %3 records. Send it to the coordinator.")
            )
            .replace("%1", str(made.number))
            .replace("%2", path.name)
            .replace("%3", str(made.records))
        )
        super().accept()
