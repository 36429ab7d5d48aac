"""Dropping a file on the window, as a file manager does."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QMimeData, QPoint, Qt, QTimer, QUrl
from PySide6.QtGui import QDropEvent

from wsis_desk.ui.main_window import MainWindow


def drop_file(window: MainWindow, path: Path, fill_dialog: Callable[[], None]) -> None:
    """Drop ``path`` on the window as a file manager does; ``fill_dialog`` answers the import
    dialog that opens (it runs once the dialog is up)."""
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(path))])
    QTimer.singleShot(0, fill_dialog)
    window.dropEvent(
        QDropEvent(
            QPoint(10, 10).toPointF(),
            Qt.DropAction.CopyAction,
            mime,
            Qt.MouseButton.LeftButton,
            Qt.KeyboardModifier.NoModifier,
        )
    )
