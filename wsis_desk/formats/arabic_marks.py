"""Arabic words with harakat drawn from HarfBuzz's glyphs, so every mark sits on its letter.

Presentation forms (``arabic_reshaper``) join the letters right but cannot place a mark: a
shadda drawn at the pen lands beside its letter. HarfBuzz shapes the word with the font's own
GSUB/GPOS tables and gives each glyph its advance and offset; the glyphs are drawn through the
reportlab font by a code that maps to them (the font's own character where it has one, a
private-use code for contextual forms and mark ligatures). Extraction reads the line's
``/ActualText`` (the letters as written), so those codes never reach a reader's search.
Words without marks keep the presentation forms (same look, plain text layer for every reader).
"""

from __future__ import annotations

import functools
import re
import unicodedata
from typing import Any

from reportlab.pdfbase import pdfmetrics

from wsis_desk.paths import resources_dir

__all__ = ["Glyph", "has_marks", "shape_word"]

Glyph = tuple[str, float, float, float]  # (code drawn, x offset, y offset, advance) in points

_MARKS = re.compile("[\u064b-\u065f\u0670\u06d6-\u06ed]")
_FILES = {
    "WsisArabic": "NotoNaskhArabic-Regular.ttf",
    "WsisArabic-Bold": "NotoNaskhArabic-Bold.ttf",
}
_PRIVATE = 0xF0000  # codes for glyphs the font's character map does not reach


def has_marks(text: str) -> bool:
    """Whether ``text`` holds Arabic harakat (or other combining marks of the script)."""
    return _MARKS.search(text) is not None


@functools.cache
def _engine(font_name: str) -> tuple[Any, int, dict[int, int]] | None:
    """HarfBuzz font, units per em and glyph → code map for a registered Arabic face."""
    file = _FILES.get(font_name)
    if file is None:
        return None
    try:
        import uharfbuzz as hb
    except ImportError:  # pragma: no cover - a build without it keeps presentation forms
        return None
    face = hb.Face(hb.Blob.from_file_path(str(resources_dir() / "fonts" / file)))
    codes: dict[int, int] = {}
    for code, gid in pdfmetrics.getFont(font_name).face.charToGlyph.items():
        if code < _PRIVATE and (gid not in codes or 0xFB50 <= code <= 0xFEFF):
            codes[gid] = code
    return hb.Font(face), face.upem, codes


def _code(font_name: str, gid: int, advance: int, upem: int, codes: dict[int, int]) -> str:
    code = codes.get(gid)
    if code is None:  # give the glyph a code of its own in reportlab's view of the font
        code = _PRIVATE + gid
        face = pdfmetrics.getFont(font_name).face
        face.charToGlyph[code] = gid
        face.charWidths[code] = advance * 1000 / upem
        codes[gid] = code
    return chr(code)


@functools.lru_cache(maxsize=4096)
def shape_word(letters: str, font_name: str, size: float) -> tuple[Glyph, ...] | None:
    """The glyphs of one word (logical order in, visual order out), or None to fall back."""
    engine = _engine(font_name)
    if engine is None:
        return None
    import uharfbuzz as hb

    font, upem, codes = engine
    buf = hb.Buffer()
    buf.add_str(unicodedata.normalize("NFC", letters))
    buf.direction, buf.script, buf.language = "rtl", "Arab", "ar"
    hb.shape(font, buf, {})
    scale = size / upem
    return tuple(
        (
            _code(font_name, info.codepoint, pos.x_advance, upem, codes),
            pos.x_offset * scale,
            pos.y_offset * scale,
            pos.x_advance * scale,
        )
        for info, pos in zip(buf.glyph_infos, buf.glyph_positions, strict=True)
    )
