"""Text size (Ctrl+= / Ctrl+-) and the high-contrast palette, remembered between sessions."""

from __future__ import annotations

from PySide6.QtCore import QSettings
from PySide6.QtGui import QColor, QFont, QPalette
from PySide6.QtWidgets import QApplication

MIN_SCALE, MAX_SCALE = 0.8, 2.0  # text size: 80% to 200% of the system's, a point a step


class Appearance:
    """Owns the application font size and palette."""

    def __init__(self, app: QApplication, settings: QSettings) -> None:
        self._app = app
        self._settings = settings
        self._base_font = QFont(app.font())
        self._base_palette = QPalette(app.palette())
        self._default_points = (
            self._base_font.pointSizeF() if self._base_font.pointSizeF() > 0 else 10.0
        )
        stored = settings.value("appearance/points", self._default_points, type=float)
        low, high = MIN_SCALE * self._default_points, MAX_SCALE * self._default_points
        self.points = min(high, max(low, float(stored)))  # type: ignore[arg-type]
        self._apply_font()

    def zoom(self, step: int) -> float:
        """Bigger (+1), smaller (-1) or default (0) text; returns the new point size."""
        if step == 0:
            self.points = self._default_points
        else:
            low, high = MIN_SCALE * self._default_points, MAX_SCALE * self._default_points
            self.points = min(high, max(low, self.points + step))
        self._settings.setValue("appearance/points", self.points)
        self._apply_font()
        return self.points

    def set_high_contrast(self, on: bool) -> None:
        """Black on white with a strong selection, or the platform palette."""
        self._settings.setValue("appearance/high_contrast", on)
        if not on:
            self._app.setPalette(self._base_palette)
            return
        palette = QPalette()
        white, black = QColor("white"), QColor("black")
        for role in (QPalette.ColorRole.Window, QPalette.ColorRole.Base, QPalette.ColorRole.Button):
            palette.setColor(role, white)
        for role in (
            QPalette.ColorRole.WindowText,
            QPalette.ColorRole.Text,
            QPalette.ColorRole.ButtonText,
            QPalette.ColorRole.ToolTipText,
        ):
            palette.setColor(role, black)
        palette.setColor(QPalette.ColorRole.AlternateBase, white)
        palette.setColor(QPalette.ColorRole.Highlight, black)
        palette.setColor(QPalette.ColorRole.HighlightedText, white)
        palette.setColor(QPalette.ColorRole.ToolTipBase, white)
        self._app.setPalette(palette)

    def _apply_font(self) -> None:
        font = QFont(self._base_font)
        font.setPointSizeF(self.points)
        self._app.setFont(font)
