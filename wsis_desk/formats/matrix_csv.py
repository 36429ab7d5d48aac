"""Write the position matrix as CSV: one row per party, one column per paragraph."""

from __future__ import annotations

import csv
import io

from wsis_desk.core.reports import PositionMatrix

__all__ = ["write_matrix_csv"]


def write_matrix_csv(matrix: PositionMatrix) -> bytes:
    """UTF-8 CSV (with BOM, so spreadsheet programs read accents) of stance values."""
    buf = io.StringIO()
    out = csv.writer(buf, lineterminator="\r\n")
    out.writerow(["party", "name", "kind", *(c.label for c in matrix.columns)])
    for r, row in enumerate(matrix.rows):
        key = row.name if row.key.startswith("actor:") else row.key
        cells = [matrix.cells.get((r, c)) for c in range(len(matrix.columns))]
        out.writerow([key, row.name, row.kind, *(s.value if s else "" for s in cells)])
    return ("\ufeff" + buf.getvalue()).encode("utf-8")
