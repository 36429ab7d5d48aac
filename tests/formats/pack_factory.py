"""Small interpreter packs in the six UN languages, and helpers to read the PDFs back."""

from __future__ import annotations

import re
import shutil
import subprocess
import unicodedata
from datetime import datetime, timedelta, timezone
from pathlib import Path

from wsis_desk.core.model import Paragraph, ParagraphKind
from wsis_desk.core.packs import (
    GlossaryItem,
    Pack,
    PackItem,
    PackOptions,
    Paper,
    ParagraphsItem,
    RedlineItem,
    StatementItem,
)

GENERATED = datetime(2025, 5, 2, 14, 3, tzinfo=timezone(timedelta(hours=2)))
MEETING = "WSIS+20 informal consultations"
SPEAKER = "Civil Society Caucus"

SAMPLES = {
    "en": "The Parties shall cooperate on well-being and capacity-building, including "
    "in 2025–2030, as set out in document A/80/L.1 (Rev.2).",
    "fr": "Les Parties coopèrent, dans la mesure du possible, à l’échelle régionale et "
    "internationale, notamment en vue d’atteindre les objectifs de l’Accord.",
    "es": "Las Partes cooperarán para lograr la conservación y el uso sostenible de la "
    "diversidad biológica marina, según proceda, también en el año 2030.",
    "ru": "Стороны сотрудничают в целях сохранения и устойчивого использования морского "
    "биологического разнообразия, в том числе до 2030 года.",
    "ar": "تتعاون الأطراف من أجل حفظ التنوع البيولوجي البحري واستخدامه على نحو مستدام، "
    "وفقا للإعلان (UDHR) الصادر في عام 2025، ولا سيما في المناطق الواقعة خارج حدود الولاية.",
    "zh": "缔约方应开展合作，养护和可持续利用国家管辖范围以外区域的海洋生物多样性，"
    "包括在2030年以前实现《公约》的目标。",
}


def statement(language: str, text: str | None = None, *, repeat: int = 1) -> StatementItem:
    """A statement in ``language``; ``repeat`` paragraphs of the sample make it longer."""
    body = text if text is not None else "\n\n".join([SAMPLES[language]] * repeat)
    return StatementItem(
        title=f"Statement ({language})",
        speaker=SPEAKER,
        meeting=MEETING,
        language=language,
        text=body,
        limit_seconds=120,
        document_symbol="A/80/L.1",
        version_label="Rev.2",
        paragraph_labels=("OP3", "OP5bis"),
    )


def paragraphs_item(language: str = "en") -> ParagraphsItem:
    texts = (
        "Decides to [establish][create] an [intergovernmental] working group "
        "[on data governance - US delete; G77 retain];",
        "Requests the Secretary-General to submit a report [xx].",
    )
    paras = tuple(
        Paragraph(index=i, label=f"OP{i + 1}", kind=ParagraphKind.OPERATIVE, text=t)
        for i, t in enumerate(texts)
    )
    return ParagraphsItem("Outcome document", "A/80/L.1", "Rev.2", language, paras)


def redline_item() -> RedlineItem:
    ops = (("=", "Decides to"), ("-", "establish"), ("+", "create"), ("=", "a working group;"))
    return RedlineItem(
        "Outcome document",
        "A/80/L.1",
        "Rev.1",
        "Rev.2",
        "en",
        (("OP3", ops),),
        old_date=datetime(2025, 5, 1, 18, 0),
        new_date=datetime(2025, 5, 2, 9, 0),
    )


def make_pack(
    items: tuple[PackItem, ...],
    *,
    duplex: bool = False,
    paper: Paper = Paper.A4,
    copies: int = 12,
) -> Pack:
    options = PackOptions(generated_at=GENERATED, paper=paper, duplex=duplex, copies=copies)
    return Pack("Interpreter pack", MEETING, items, options)


def six_language_pack(*, repeat: int = 1, duplex: bool = False) -> Pack:
    items: list[PackItem] = [statement(lang, repeat=repeat) for lang in SAMPLES]
    items += [
        paragraphs_item(),
        redline_item(),
        GlossaryItem((("IGF", "Internet Governance Forum"),)),
    ]
    return make_pack(tuple(items), duplex=duplex)


def normalize(text: str) -> str:
    """Whitespace collapsed, compatibility forms folded (Arabic presentation forms → letters)."""
    return " ".join(unicodedata.normalize("NFKC", text).split())


FURNITURE = re.compile(r"^(CHECK AGAINST DELIVERY|READ OUT VERBATIM|Meeting: |Refers to: |page \d)")


def body_lines(page_text: str) -> list[str]:
    """A page's extracted text minus header, footer and margin line numbers."""
    return [
        line
        for line in page_text.splitlines()
        if line.strip() and not FURNITURE.match(line) and not re.fullmatch(r"[\d\s]+", line)
    ]


def words(text: str) -> str:
    """The words of ``text``, split at spaces and punctuation, space-separated and -framed."""
    parts = re.split(r"[\s،؛.,;:()\[\]\"«»“”/-]+", normalize(text))
    return " " + " ".join(p for p in parts if p) + " "


def arabic_runs(text: str) -> list[list[str]]:
    """Maximal runs of words written wholly in the Arabic block (Arabic commas split words).

    pypdf turns each stretch of Arabic script back into reading order, but a character from
    outside the block (quote, slash, ASCII full stop, digit, Latin) ends the stretch, and the
    stretches of one line keep their visual order. So runs end at such words.
    """
    runs: list[list[str]] = [[]]
    for word in normalize(text).replace("،", " ").replace("؛", " ").split():
        if all("\u0600" <= c <= "\u06ff" for c in word):
            runs[-1].append(word)
        elif runs[-1]:
            runs.append([])
    return [r for r in runs if r]


def tool(name: str) -> str | None:
    """Path of a command-line tool (poppler-utils, LibreOffice), or None."""
    return shutil.which(name)


def pdffonts(path: Path) -> list[tuple[str, str]]:
    """(font name, embedded yes/no) for every font ``pdffonts`` lists."""
    exe = tool("pdffonts")
    assert exe is not None
    out = subprocess.run([exe, str(path)], capture_output=True, text=True, check=True).stdout
    rows = []
    for line in out.splitlines()[2:]:
        parts = line.split()
        # name type [type2] encoding emb sub uni id gen: emb is the 5th field from the end
        rows.append((parts[0], parts[-5]))
    return rows
