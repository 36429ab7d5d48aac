"""The lineage export on paper: deleted paragraphs kept, labels naming one paragraph, x of y."""

from __future__ import annotations

import io

from pypdf import PdfReader

from wsis_desk.core.compare import lineage_table, qualified_labels
from wsis_desk.core.model import Paragraph, ParagraphKind
from wsis_desk.formats.lineage_out import lineage_csv, lineage_pdf, lineage_rows

K = ParagraphKind


def _version(items: list[tuple[str, str, int | None]]) -> tuple[Paragraph, ...]:
    return tuple(
        Paragraph(i, label, K.ARTICLE if parent is None else K.OPTION, text, parent=parent)
        for i, (label, text, parent) in enumerate(items)
    )


OLD = _version(
    [
        ("Art. 1", "Article 1 on the scope of the agreement", None),
        ("(a)", "the high seas and the Area of the oceans", 0),
        ("Art. 2", "Article 2 on the objectives of the agreement", None),
        ("(a)", "to ensure the conservation of marine biodiversity", 2),
        ("Art. 3", "Article 3 on the relation to other instruments entirely", None),
    ]
)
NEW = _version(
    [
        ("Art. 1", "Article 1 on the scope of the agreement", None),
        ("(a)", "the high seas and the Area of the oceans", 0),
        ("Art. 2", "Article 2 on the objectives of the agreement", None),
        ("(a)", "to ensure the conservation of marine biodiversity", 2),
    ]
)


def test_repeated_labels_are_qualified_by_their_section() -> None:
    assert qualified_labels(NEW) == ["Art. 1", "Art. 1 › (a)", "Art. 2", "Art. 2 › (a)"]


def test_a_deleted_paragraph_has_its_row_named_apart() -> None:
    table = lineage_table([("Rev.1", OLD), ("Rev.2", NEW)])
    rows = lineage_rows(table)
    assert ["deleted: Art. 3 (was)", "Art. 3", "", "removed"] in rows
    firsts = [r[0] for r in rows[1:]]
    assert len(firsts) == len(set(firsts)) == 5
    assert firsts[-1].startswith("deleted:")  # in the place it had
    assert "deleted: Art. 3 (was)" in lineage_csv(table).decode("utf-8-sig")


def test_the_pdf_pages_say_x_of_y_and_carry_the_title() -> None:
    many = [("Rev.1", OLD), ("Rev.2", NEW * 1)]
    long_new = _version(
        [(f"OP{k}", f"Operative paragraph number {k} text", None) for k in range(90)]
    )
    table = lineage_table([*many, ("Rev.3", long_new)])
    reader = PdfReader(io.BytesIO(lineage_pdf(table, title="Lineage: Outcome (A/80/L.1)")))
    total = len(reader.pages)
    assert total > 1
    for n, page in enumerate(reader.pages, start=1):
        text = page.extract_text()
        assert f"page {n} of {total}" in text and "Lineage: Outcome (A/80/L.1)" in text
