"""A reportlab canvas that holds its pages back until their count is known ("page x of y")."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from reportlab.pdfgen.canvas import Canvas

__all__ = ["Furniture", "counted_canvas"]

# Draws one page's furniture: the canvas, the page number (from 1) and the page count.
Furniture = Callable[[Canvas, int, int], None]


def counted_canvas(font: str, furniture: Furniture) -> type[Canvas]:
    """A canvas class for ``doc.build(…, canvasmaker=…)`` that calls ``furniture`` on each page
    once the last page is laid out. ``font`` is its initial font, so that no page refers to
    the built-in Helvetica (every PDF embeds its fonts)."""

    class Counted(Canvas):  # type: ignore[misc]
        def __init__(self, *args: Any, **kwargs: Any) -> None:
            kwargs["initialFontName"] = font
            super().__init__(*args, **kwargs)
            self._pages: list[dict[str, Any]] = []

        def showPage(self) -> None:
            self._pages.append(dict(self.__dict__))
            self._startPage()

        def save(self) -> None:
            total = len(self._pages)
            for n, page in enumerate(self._pages, start=1):
                self.__dict__.update(page)
                furniture(self, n, total)
                super().showPage()
            super().save()

    return Counted
