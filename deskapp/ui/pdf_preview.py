"""A PDF document shown inside the app before it is printed or saved.

The document is generated off the GUI thread into a private temporary folder, shown
with QtPdf, printed page by page as images at the printer's resolution, or copied
where the operator chooses. The temporary copy (personal data) is removed when the
preview closes. A document is made in the language of the desk it comes from; the
preview's "Document language" makes it again in another (a French desk writing to an
Italian partner), without a step more for the usual case.
"""

from __future__ import annotations

import shutil
import tempfile
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QSize, Qt
from PySide6.QtGui import QPainter
from PySide6.QtPdf import QPdfDocument
from PySide6.QtPdfWidgets import QPdfView
from PySide6.QtPrintSupport import QPrintDialog, QPrinter
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from deskapp.errors import DeskappError
from deskapp.ui.folders import documents_dir
from deskapp.ui.i18n import document_language_combo, error_text
from deskapp.ui.screen_fit import fit_to_screen
from deskapp.ui.tasks import BackgroundTask, run_in_background


class PdfPreview(QDialog):
    def __init__(
        self,
        path: Path,
        suggested_name: str,
        parent: QWidget | None = None,
        remake: Callable[[Path, str], Path] | None = None,
    ) -> None:
        super().__init__(parent)
        self.path = path
        self._folder = path.parent  # the private temporary folder, removed on closing
        self._suggested = suggested_name
        self._remake = remake
        self.task: BackgroundTask | None = None
        self.setWindowTitle(suggested_name)
        self.document = QPdfDocument(self)
        self.document.load(str(path))
        self.view = QPdfView()
        self.view.setDocument(self.document)
        self.view.setPageMode(QPdfView.PageMode.MultiPage)
        self.view.setZoomMode(QPdfView.ZoomMode.FitToWidth)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        self.print_button = QPushButton(self.tr("Print..."))
        self.save_button = QPushButton(self.tr("Save as..."))
        buttons.addButton(self.print_button, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.addButton(self.save_button, QDialogButtonBox.ButtonRole.ActionRole)
        self.print_button.clicked.connect(self.print_document)
        self.save_button.clicked.connect(lambda: self.save_as())
        buttons.rejected.connect(self.reject)
        # Where a saved copy went, said where the operator looks: beside the buttons.
        self.saved_label = QLabel()
        self.saved_label.setWordWrap(True)
        self.saved_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.language: QComboBox | None = None
        layout = QVBoxLayout(self)
        if remake is not None:
            self.language = document_language_combo(self)
            self.language.currentIndexChanged.connect(lambda _i: self.remake())
            row = QHBoxLayout()
            row.addWidget(QLabel(self.tr("Document language")))
            row.addWidget(self.language)
            row.addStretch(1)
            layout.addLayout(row)
        layout.addWidget(self.view, 1)
        layout.addWidget(self.saved_label)
        layout.addWidget(buttons)
        fit_to_screen(self, 820, 900)  # the buttons stay on a 768-pixel screen
        self.finished.connect(self._discard)

    def page_count(self) -> int:
        return self.document.pageCount()

    def remake(self) -> BackgroundTask | None:
        """The document again, in the language chosen (the desk's when "As the desk"),
        into a file of its own beside the first: the one shown stays until it is ready."""
        if self._remake is None or self.language is None:
            return None
        code = str(self.language.currentData() or "")
        target = self._folder / (code or "desk") / self._suggested
        target.parent.mkdir(exist_ok=True)
        remake = self._remake
        controls = (self.language, self.print_button, self.save_button)
        for control in controls:
            control.setEnabled(False)

        def ready(_result: object) -> None:
            if not self.isVisible():  # closed meanwhile: its folder is gone
                return
            self.document.close()
            self.path = target
            self.document.load(str(target))
            for control in controls:
                control.setEnabled(True)

        def failed(error: BaseException) -> None:
            if not self.isVisible():
                return
            for control in controls:
                control.setEnabled(True)
            text = error_text(error) if isinstance(error, DeskappError) else str(error)
            QMessageBox.warning(self, self.windowTitle(), text)

        self.task = run_in_background(
            self, self.windowTitle(), lambda _progress: remake(target, code), ready, failed
        )
        return self.task

    def print_document(self) -> None:
        printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        dialog = QPrintDialog(printer, self)
        if dialog.exec() == QPrintDialog.DialogCode.Accepted:
            self.print_to(printer)

    def print_to(self, printer: QPrinter) -> None:
        painter = QPainter(printer)
        try:
            for page in range(self.document.pageCount()):
                if page:
                    printer.newPage()
                target = printer.pageRect(QPrinter.Unit.DevicePixel).toRect()
                image = self.document.render(page, QSize(target.width(), target.height()))
                painter.drawImage(target.topLeft(), image)
        finally:
            painter.end()

    def save_as(self, target: Path | None = None) -> Path | None:
        if target is None:
            chosen, _ = QFileDialog.getSaveFileName(
                self, self.tr("Save as"), str(documents_dir() / self._suggested), "PDF (*.pdf)"
            )
            if not chosen:
                return None
            target = Path(chosen)
        shutil.copyfile(self.path, target)
        self.saved_label.setText(self.tr("Saved as %1").replace("%1", str(target)))
        return target

    def _discard(self) -> None:
        self.document.close()
        shutil.rmtree(self._folder, ignore_errors=True)


def preview_document(
    parent: QWidget,
    title: str,
    file_name: str,
    make: Callable[[Path], Path],
    on_ready: Callable[[PdfPreview], None] | None = None,
    in_language: Callable[[Path, str], Path] | None = None,
) -> BackgroundTask:
    """Generate a document with ``make(path)`` off the GUI thread, then preview it.
    ``in_language(path, code)``: the same document in a language ("" for the desk's),
    offered in the preview as "Document language"."""
    folder = Path(tempfile.mkdtemp(prefix="deskapp-"))
    path = folder / file_name

    def ready(_result: object) -> None:
        preview = PdfPreview(path, file_name, parent, in_language)
        preview.open()
        if on_ready is not None:
            on_ready(preview)

    def failed(error: BaseException) -> None:
        shutil.rmtree(folder, ignore_errors=True)
        text = error_text(error) if isinstance(error, DeskappError) else str(error)
        QMessageBox.warning(parent, title, text)

    return run_in_background(parent, title, lambda _progress: make(path), ready, failed)
