"""Every label of every corpus file, and the ones that end in a ``#n`` duplicate suffix.

``python -m tests.corpus.label_survey dump OUT`` writes every label of every corpus file (one
``file<TAB>label<TAB>kind<TAB>start of text`` line each) for a before/after diff of a fix;
``python -m tests.corpus.label_survey hashes`` lists the labels with ``#`` and the text around
each, so that they can be sorted by the layout that produced them (see test_corpus_labels.py).
"""

from __future__ import annotations

import sys
from collections.abc import Iterator
from pathlib import Path

from tests.conftest import CORPUS
from wsis_desk.core.model import Paragraph
from wsis_desk.core.segment import segment
from wsis_desk.formats.reader import load_file, parse_bytes

__all__ = ["corpus_files", "hash_labels", "labels_of"]


def corpus_files() -> list[Path]:
    """Every negotiation text of the corpus (texts, docx, pdf), in a stable order."""
    out: list[Path] = []
    for sub in ("texts", "docx", "pdf"):
        out += sorted((CORPUS / sub).glob("*.*"))
    return [p for p in out if p.suffix in (".txt", ".docx", ".pdf")]


def labels_of(path: Path) -> tuple[Paragraph, ...]:
    """The segmented paragraphs of one corpus file (a text file loses its CORPUS-SOURCE line)."""
    if path.suffix == ".txt":
        data = path.read_bytes()
        if data.lstrip(b"\xef\xbb\xbf").startswith(b"CORPUS-SOURCE:"):
            data = data.split(b"\n", 1)[1] if b"\n" in data else b""
        return segment(parse_bytes(data, path.name)).paragraphs
    return segment(load_file(path).source).paragraphs


def hash_labels(paragraphs: tuple[Paragraph, ...]) -> list[str]:
    """The labels that carry a ``#n`` duplicate suffix."""
    return [p.label for p in paragraphs if "#" in p.label]


def _rows() -> Iterator[tuple[str, Paragraph]]:
    for path in corpus_files():
        for p in labels_of(path):
            yield path.name, p


def main(argv: list[str]) -> int:
    if argv[:1] == ["dump"] and len(argv) == 2:
        with open(argv[1], "w", encoding="utf-8") as out:
            for name, p in _rows():
                text = " ".join(p.text.split())[:60]
                out.write(f"{name}\t{p.label}\t{p.kind.value}\t{text}\n")
        return 0
    if argv[:1] == ["hashes"]:
        total = 0
        for path in corpus_files():
            ps = labels_of(path)
            hits = [i for i, p in enumerate(ps) if "#" in p.label]
            if not hits:
                continue
            print(f"== {path.name}: {len(hits)}")
            for i in hits:
                prev = ps[i - 1].label if i else ""
                text = " ".join(ps[i].text.split())[:90]
                print(f"  {ps[i].label:<24} after {prev:<20} {text}")
            total += len(hits)
        print(f"total {total}")
        return 0
    print(__doc__)
    return 2


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
