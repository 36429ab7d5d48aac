"""Small record dialogs: labelled rows with OK and Cancel."""

from __future__ import annotations

from collections.abc import Iterable

from PySide6.QtWidgets import QDialog, QDialogButtonBox, QFormLayout, QLineEdit, QWidget

from wsis_desk.ui.widgets.fitting import fit_placeholder


def form_with_ok_cancel(dialog: QDialog, rows: Iterable[tuple[str, QWidget, str]]) -> QFormLayout:
    """Lay out ``(label, widget, accessible name)`` rows and OK/Cancel buttons on ``dialog``."""
    form = QFormLayout(dialog)
    for label, widget, name in rows:
        widget.setAccessibleName(name)
        if isinstance(widget, QLineEdit):
            fit_placeholder(widget)  # "Гражданское общество, частный сектор, США…" whole
        form.addRow(label, widget)
    buttons = QDialogButtonBox(
        QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
    )
    buttons.accepted.connect(dialog.accept)
    buttons.rejected.connect(dialog.reject)
    form.addRow(buttons)
    return form
