"""Help › Guide: the short offline guide shipped in resources/guide, in a QTextBrowser."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QLocale, QUrl
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QTextBrowser, QVBoxLayout, QWidget

from wsis_desk.paths import resources_dir


def guide_path(language: str | None = None) -> Path:
    """The guide in ``language`` (the interface's by default) when there is one, else English."""
    folder = resources_dir() / "guide"
    code = language or QLocale().name()
    for name in (f"guide_{code}.html", f"guide_{code.split('_')[0]}.html"):
        if (folder / name).is_file():
            return folder / name
    return folder / "guide.html"


class GuideDialog(QDialog):
    """The guide; links inside it move within the page, nothing is fetched from anywhere."""

    def __init__(self, parent: QWidget | None = None, *, path: Path | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("WSIS Desk guide"))
        self.browser = QTextBrowser()
        self.browser.setAccessibleName(self.tr("Guide"))
        self.browser.setOpenExternalLinks(False)
        self.browser.setOpenLinks(True)
        source = path or guide_path()
        if source.is_file():
            self.browser.setSource(QUrl.fromLocalFile(str(source)))
        else:
            self.browser.setPlainText(
                self.tr(
                    "The guide is missing from this installation ({path}). Reinstall WSIS Desk."
                ).format(path=source)
            )
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.browser, 1)
        layout.addWidget(buttons)
        self.resize(720, 640)
