"""A PDF document shown inside the app before it is printed or saved.

The document is generated off the GUI thread into a private temporary folder, shown
with QtPdf, printed page by page as images at the printer's resolution, or copied
where the operator chooses. The temporary copy (personal data) is removed when the
preview closes.
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
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QLabel,
    QMessageBox,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from deskapp.errors import DeskappError
from deskapp.ui.folders import documents_dir
from deskapp.ui.i18n import error_text
from deskapp.ui.screen_fit import fit_to_screen
from deskapp.ui.tasks import BackgroundTask, run_in_background


class PdfPreview(QDialog):
    def __init__(self, path: Path, suggested_name: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.path = path
        self._suggested = suggested_name
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
        layout = QVBoxLayout(self)
        layout.addWidget(self.view, 1)
        layout.addWidget(self.saved_label)
        layout.addWidget(buttons)
        fit_to_screen(self, 820, 900)  # the buttons stay on a 768-pixel screen
        self.finished.connect(self._discard)

    def page_count(self) -> int:
        return self.document.pageCount()

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
        shutil.rmtree(self.path.parent, ignore_errors=True)


def preview_document(
    parent: QWidget,
    title: str,
    file_name: str,
    make: Callable[[Path], Path],
    on_ready: Callable[[PdfPreview], None] | None = None,
) -> BackgroundTask:
    """Generate a document with ``make(path)`` off the GUI thread, then preview it."""
    folder = Path(tempfile.mkdtemp(prefix="deskapp-"))
    path = folder / file_name

    def ready(_result: object) -> None:
        preview = PdfPreview(path, file_name, parent)
        preview.open()
        if on_ready is not None:
            on_ready(preview)

    def failed(error: BaseException) -> None:
        shutil.rmtree(folder, ignore_errors=True)
        text = error_text(error) if isinstance(error, DeskappError) else str(error)
        QMessageBox.warning(parent, title, text)

    return run_in_background(parent, title, lambda _progress: make(path), ready, failed)
