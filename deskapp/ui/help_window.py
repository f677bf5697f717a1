"""The operators' user guide: an HTML page bundled with the app, read offline."""

from __future__ import annotations

from PySide6.QtCore import QLocale, QUrl
from PySide6.QtWidgets import QDialog, QTextBrowser, QVBoxLayout, QWidget

from deskapp.paths import resources_dir
from deskapp.ui.accessibility import name


def guide_path(language: str):  # type: ignore[no-untyped-def]
    folder = resources_dir() / "help"
    wanted = folder / f"guide_{language}.html"
    return wanted if wanted.exists() else folder / "guide_it.html"


class HelpWindow(QDialog):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("deskapp - user guide"))
        self.browser = QTextBrowser()
        self.browser.setOpenExternalLinks(False)
        name(self.browser, self.tr("User guide"))
        path = guide_path(QLocale().name().split("_")[0])
        self.browser.setSearchPaths([str(path.parent)])
        self.browser.setSource(QUrl.fromLocalFile(str(path)))
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.browser)
        self.resize(860, 680)
