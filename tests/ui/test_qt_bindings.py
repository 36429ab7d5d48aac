"""Guard against a Qt binding that corrupts Python's reference count of None.

PySide6 6.12.0 on Python 3.11 drops a reference to None on every call of a void method
(None is only immortal from Python 3.12 on); after enough calls the interpreter aborts
with "deallocating None". pyproject.toml pins PySide6 below 6.12 for that reason; this test
fails loudly if a future upgrade brings the bug back.
"""

from __future__ import annotations

import sys

from PySide6.QtGui import QTextCursor, QTextDocument
from pytestqt.qtbot import QtBot


def test_void_calls_keep_the_refcount_of_none(qtbot: QtBot) -> None:
    doc = QTextDocument()
    doc.setPlainText("Decides to convene [a high-level meeting]")
    cursor = QTextCursor(doc)
    before = sys.getrefcount(None)
    for _ in range(500):
        cursor.setPosition(3)
        doc.setTextWidth(300.0)
    assert sys.getrefcount(None) - before > -100
