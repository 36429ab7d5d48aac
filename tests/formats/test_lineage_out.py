"""Lineage table output: CSV for Excel and a black-and-white PDF table."""

from __future__ import annotations

import csv
import io

import pypdf

from tests.formats.redline_pair import NEW_TEXTS, OLD_TEXTS, version
from wsis_desk.core.compare import lineage_table
from wsis_desk.formats.lineage_out import lineage_csv, lineage_pdf


def table():  # type: ignore[no-untyped-def]
    rev1 = version(OLD_TEXTS)
    rev2 = version(NEW_TEXTS)
    rev3 = version([NEW_TEXTS[0], *NEW_TEXTS[2:]])  # PP2 deleted
    return lineage_table([("Rev.1", rev1), ("Rev.2", rev2), ("Rev.3", rev3)])


def test_lineage_table_traces_labels_back() -> None:
    t = table()
    assert t.versions == ("Rev.1", "Rev.2", "Rev.3")
    by_label = {row.cells[-1].label: row for row in t.rows if row.cells[-1]}
    requests = by_label["OP3"]  # Requests …: OP2 in Rev.1, OP3 in Rev.2 and Rev.3
    assert [c.label if c else None for c in requests.cells] == ["OP2", "OP3", "OP3"]
    assert requests.cells[1] is not None and requests.cells[1].change.value == "renumbered"
    welcomes = by_label["OP3bis"]
    assert welcomes.cells[0] is None and welcomes.cells[1] is not None
    assert welcomes.cells[1].change is not None and welcomes.cells[1].change.value == "added"


def test_csv_has_bom_and_header_and_a_row_per_paragraph() -> None:
    data = lineage_csv(table())
    assert data.startswith(b"\xef\xbb\xbf")
    rows = list(csv.reader(io.StringIO(data.decode("utf-8-sig"))))
    assert rows[0] == [
        "Rev.3",
        "Rev.1 label",
        "Rev.2 label",
        "Rev.2 change",
        "Rev.3 label",
        "Rev.3 change",
    ]
    assert len(rows) == 1 + 5 + 2  # the five of Rev.3 and the two deleted on the way
    assert ["OP3", "OP2", "OP3", "renumbered", "OP3", "unchanged"] in rows
    assert ["deleted: PP2 (was)", "PP2", "PP2", "changed", "", "removed"] in rows
    assert ["deleted: OP3 (was)", "OP3", "", "removed", "", ""] in rows


def test_pdf_table_is_extractable() -> None:
    data = lineage_pdf(table(), title="Lineage of A/80/L.1")
    text = pypdf.PdfReader(io.BytesIO(data)).pages[0].extract_text()
    assert "Lineage of A/80/L.1" in text
    assert "Rev.2 change" in text and "renumbered" in text and "OP3bis" in text
    fonts = pypdf.PdfReader(io.BytesIO(data)).pages[0]["/Resources"]["/Font"]
    names = {str(fonts[k].get_object()["/BaseFont"]) for k in fonts}
    assert names and not any("Helvetica" in n for n in names)
