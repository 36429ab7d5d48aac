"""The PDFium calls of the PDF reader's loops, bound with plain integer handles (cheaper calls).

pypdfium2's bindings type every handle as a pointer to an opaque struct: each call converts
its handles and each returned handle is a new pointer object, and a font handle must be cast
before it can key a cache. Reading the 86-page Geneva text makes about 50,000 such calls.
The same C functions bound with ``c_void_p`` handles take and return plain integers, and the
out-parameters are passed as ready-made references, which saves about a third of the time
these calls take. Only the reader's hot calls are bound here; PDFium is not thread-safe, so a
:class:`Calls` is used under the reader's lock, by one reader at a time.
"""

from __future__ import annotations

import ctypes
from ctypes import POINTER, c_char, c_double, c_float, c_int, c_size_t, c_void_p
from typing import Any

import pypdfium2.raw as pdfium_c

__all__ = ["Calls", "handle"]


def _bind(fn: Any, restype: Any, *argtypes: Any) -> Any:
    """``fn`` (a pypdfium2 binding) again, with the given C types (handles as ``c_void_p``)."""
    return ctypes.CFUNCTYPE(restype, *argtypes)(ctypes.cast(fn, c_void_p).value or 0)


_F, _D = POINTER(c_float), POINTER(c_double)
_count_objects = _bind(pdfium_c.FPDFPage_CountObjects, c_int, c_void_p)
_get_object = _bind(pdfium_c.FPDFPage_GetObject, c_void_p, c_void_p, c_int)
_object_type = _bind(pdfium_c.FPDFPageObj_GetType, c_int, c_void_p)
_object_bounds = _bind(pdfium_c.FPDFPageObj_GetBounds, c_int, c_void_p, _F, _F, _F, _F)
_text_size = _bind(pdfium_c.FPDFTextObj_GetFontSize, c_int, c_void_p, _F)
_text_font = _bind(pdfium_c.FPDFTextObj_GetFont, c_void_p, c_void_p)
_font_name = _bind(pdfium_c.FPDFFont_GetBaseFontName, c_size_t, c_void_p, POINTER(c_char), c_size_t)
_font_weight = _bind(pdfium_c.FPDFFont_GetWeight, c_int, c_void_p)
_font_angle = _bind(pdfium_c.FPDFFont_GetItalicAngle, c_int, c_void_p, POINTER(c_int))
_char_box = _bind(pdfium_c.FPDFText_GetCharBox, c_int, c_void_p, c_int, _D, _D, _D, _D)
_char_size = _bind(pdfium_c.FPDFText_GetFontSize, c_double, c_void_p, c_int)
_char_at = _bind(
    pdfium_c.FPDFText_GetCharIndexAtPos, c_int, c_void_p, c_double, c_double, c_double, c_double
)
_is_hyphen = _bind(pdfium_c.FPDFText_IsHyphen, c_int, c_void_p, c_int)


def handle(pointer: Any) -> int:
    """A pypdfium2 handle (page, text page) as the integer these calls take; 0 for NULL."""
    return ctypes.cast(pointer, c_void_p).value or 0


class Calls:
    """The bound calls with their out-parameters, reused from call to call."""

    def __init__(self) -> None:
        self._box = tuple(c_double() for _ in range(4))  # left, right, bottom, top
        self._box_refs = tuple(ctypes.byref(x) for x in self._box)
        self._bounds = tuple(c_float() for _ in range(5))  # left, bottom, right, top, size
        self._bounds_refs = tuple(ctypes.byref(x) for x in self._bounds)
        self._rect_refs = self._bounds_refs[:4]
        self._name = ctypes.create_string_buffer(256)
        self._angle = c_int(0)
        self.count_objects = _count_objects
        self.get_object = _get_object
        self.object_type = _object_type
        self.text_font = _text_font
        self.char_size = _char_size
        self.is_hyphen = _is_hyphen

    def object_bounds(self, obj: int) -> tuple[float, float, float, float] | None:
        """(left, bottom, right, top) of a page object, or None when PDFium has none."""
        if not _object_bounds(obj, *self._rect_refs):
            return None
        left, bottom, right, top, _ = self._bounds
        return left.value, bottom.value, right.value, top.value

    def text_size(self, obj: int) -> float:
        """The font size of a text object (as set, before the text matrix)."""
        _text_size(obj, self._bounds_refs[4])
        return float(self._bounds[4].value)

    def font_face(self, font: int) -> tuple[str, int, int]:
        """(base font name in lower case, weight, italic angle) of a font handle."""
        if not font:
            return "", -1, 0
        n = _font_name(font, self._name, 256)
        face = self._name.raw[: max(0, n - 1)].decode("latin-1").lower()
        self._angle.value = 0
        _font_angle(font, ctypes.byref(self._angle))
        return face, _font_weight(font), self._angle.value

    def char_box(self, text_page: int, i: int) -> tuple[float, float, float, float]:
        """(left, bottom, right, top) of character ``i``."""
        _char_box(text_page, i, *self._box_refs)
        left, right, bottom, top = self._box
        return left.value, bottom.value, right.value, top.value

    def char_at(self, text_page: int, x: float, y: float) -> int:
        """The index of the character at (x, y) within 2 points, or -1."""
        return int(_char_at(text_page, x, y, 2.0, 2.0))
