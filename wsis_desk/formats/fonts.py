"""Register the bundled TrueType fonts with reportlab and pick a face per script."""

from __future__ import annotations

import functools
import unicodedata
from dataclasses import dataclass
from pathlib import Path

from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont

from wsis_desk.paths import resources_dir


@dataclass(frozen=True, slots=True)
class FontFamily:
    """reportlab font names for one script: regular, bold, italic, bold italic."""

    regular: str
    bold: str
    italic: str
    bold_italic: str


@dataclass(frozen=True, slots=True)
class FontSet:
    """The registered families: Latin/Cyrillic, Arabic and CJK."""

    latin: FontFamily
    arabic: FontFamily
    cjk: FontFamily

    def for_language(self, language: str) -> FontFamily:
        """The family for a UN language code (``en fr es ru ar zh``)."""
        code = language.lower()[:2]
        if code == "ar":
            return self.arabic
        if code == "zh":
            return self.cjk
        return self.latin

    def for_text(self, text: str) -> FontFamily:
        """The family whose script dominates ``text`` (Arabic, CJK, else Latin)."""
        return self.for_language(script_of(text))


def script_of(text: str) -> str:
    """``"ar"``, ``"zh"`` or ``"en"``: the script of the first letters found in ``text``."""
    arabic = cjk = latin = 0
    for ch in text[:400]:
        if "\u0600" <= ch <= "\u06ff" or "\u0750" <= ch <= "\u077f" or "\ufb50" <= ch <= "\ufeff":
            arabic += 1
        elif unicodedata.east_asian_width(ch) in ("W", "F") and ch.isalpha():
            cjk += 1
        elif ch.isalpha():
            latin += 1
    best = max(arabic, cjk, latin)
    if best == 0 or best == latin:
        return "en"
    return "ar" if best == arabic else "zh"


def _register(name: str, path: Path, subfont: int | None = None) -> str:
    if name not in pdfmetrics.getRegisteredFontNames():
        if subfont is None:
            pdfmetrics.registerFont(TTFont(name, str(path)))
        else:
            pdfmetrics.registerFont(TTFont(name, str(path), subfontIndex=subfont))
    return name


@functools.cache
def register_fonts(folder: Path | None = None) -> FontSet:
    """Register the bundled fonts once per process and return their names."""
    base = folder or resources_dir() / "fonts"
    latin = FontFamily(
        regular=_register("WsisSans", base / "NotoSans-Regular.ttf"),
        bold=_register("WsisSans-Bold", base / "NotoSans-Bold.ttf"),
        italic=_register("WsisSans-Italic", base / "NotoSans-Italic.ttf"),
        bold_italic=_register("WsisSans-BoldItalic", base / "NotoSans-BoldItalic.ttf"),
    )
    pdfmetrics.registerFontFamily(
        "WsisSans",
        normal=latin.regular,
        bold=latin.bold,
        italic=latin.italic,
        boldItalic=latin.bold_italic,
    )
    ar_regular = _register("WsisArabic", base / "NotoNaskhArabic-Regular.ttf")
    ar_bold = _register("WsisArabic-Bold", base / "NotoNaskhArabic-Bold.ttf")
    arabic = FontFamily(ar_regular, ar_bold, ar_regular, ar_bold)
    pdfmetrics.registerFontFamily(
        "WsisArabic", normal=ar_regular, bold=ar_bold, italic=ar_regular, boldItalic=ar_bold
    )
    # WenQuanYi has no bold face: bold CJK uses the same face (brackets stay marked by glyphs).
    zh = _register("WsisCJK", base / "wqy-microhei.ttc", subfont=0)
    cjk = FontFamily(zh, zh, zh, zh)
    pdfmetrics.registerFontFamily("WsisCJK", normal=zh, bold=zh, italic=zh, boldItalic=zh)
    return FontSet(latin=latin, arabic=arabic, cjk=cjk)
