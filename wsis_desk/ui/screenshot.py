"""The window as a PNG file: for the README's pictures and for checking the UI without a
display (``wsis-desk gui --screenshot``)."""

from __future__ import annotations

from PySide6.QtGui import QImage
from PySide6.QtWidgets import QApplication, QWidget

from wsis_desk.formats.png import encode_png


def window_png(window: QWidget) -> bytes:
    """PNG bytes of ``window`` as it is on screen now."""
    # Offscreen, the window's backing store already holds the picture: reading it is a sixth
    # of the time of rendering it again (grab); on a real display another window could be on
    # top, so render it there.
    if QApplication.platformName() == "offscreen":
        picture = window.screen().grabWindow(window.winId())
    else:
        picture = window.grab()
    image = picture.toImage().convertToFormat(QImage.Format.Format_RGB888)
    return encode_png(image.constBits(), image.width(), image.height(), image.bytesPerLine())
