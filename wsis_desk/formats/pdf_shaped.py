"""A platypus flowable for text in any script: Arabic shaped right to left and searchable."""

from __future__ import annotations

from typing import Any

from reportlab.platypus import Flowable

from wsis_desk.formats.fonts import FontSet
from wsis_desk.formats.pack_text import Span
from wsis_desk.formats.pdf_lines import Line, Shaper, draw_line

__all__ = ["ShapedParagraph", "needs_shaping"]


def needs_shaping(text: str) -> bool:
    """Whether ``text`` holds Arabic (platypus would draw it unjoined, left to right)."""
    return any("\u0600" <= ch <= "\u08ff" or "\ufb50" <= ch <= "\ufeff" for ch in text)


class ShapedParagraph(Flowable):  # type: ignore[misc]
    """Spans wrapped by the pack line breaker: joined Arabic set flush right, marks placed by
    HarfBuzz, letters in the text layer (``/ActualText``), other scripts as usual."""

    def __init__(self, spans: list[Span], fonts: FontSet, size: float, leading: float) -> None:
        super().__init__()
        self._spans = spans
        self._shaper = Shaper(fonts, "ar" if needs_shaping(_text(spans)) else "en", size)
        self._leading = leading
        self._lines: list[Line] = []
        self._width = 0.0

    def wrap(self, avail_width: float, avail_height: float) -> tuple[float, float]:
        self._width = avail_width
        self._lines = self._shaper.wrap(self._spans, avail_width)
        return avail_width, len(self._lines) * self._leading

    def draw(self) -> None:
        canvas: Any = self.canv
        y = len(self._lines) * self._leading
        for line in self._lines:
            y -= self._leading
            baseline = y + (self._leading - line.size) / 2 + line.size * 0.2
            if line.rtl:
                draw_line(canvas, line, self._width, baseline, "R")
            else:
                draw_line(canvas, line, 0.0, baseline, "L")


def _text(spans: list[Span]) -> str:
    return "".join(text for text, _ in spans)
