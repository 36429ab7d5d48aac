"""The window as a PNG file: for the README's pictures and for checking the UI without a
display (``wsis-desk gui --screenshot``)."""

from __future__ import annotations

from PySide6.QtGui import QImage
from PySide6.QtWidgets import QApplication, QWidget

from wsis_desk.formats.png import encode_png


def window_png(window: QWidget) -> bytes:
    """PNG bytes of ``window`` as it is on screen now."""
    # Offscreen, the window's backing store is an image that already holds the picture:
    # reading it is a sixth of the time of rendering it again (grab), and converting it where
    # it is spares grabWindow's 5 MB copy of it. On a real display another window could be
    # on top, so render it there.
    picture = _backing_image(window) if QApplication.platformName() == "offscreen" else None
    if picture is None:
        picture = window.grab().toImage()
    image = picture.convertToFormat(QImage.Format.Format_RGB888)
    return encode_png(image.constBits(), image.width(), image.height(), image.bytesPerLine())


def _backing_image(window: QWidget) -> QImage | None:
    """The image the offscreen platform paints ``window`` into, or None if it has none."""
    store = window.backingStore()
    device = store.paintDevice() if store is not None else None
    return device if isinstance(device, QImage) and not device.isNull() else None
