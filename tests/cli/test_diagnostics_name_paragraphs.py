"""Diagnostics and conditional markers name a paragraph as the room does: by its label.

``check`` printed ``¶1`` for the paragraph ``show`` lists as ``¶2`` (the 0-based index), so a
delegate looking for the remark found the paragraph before it (Art. 6.2 working copy: "¶1
unclassified_paragraph: 'Matters relating to …'", the paragraph the window labels ¶2)."""

from __future__ import annotations

import io
import json
import re
from pathlib import Path

from hypothesis import given, settings
from hypothesis import strategies as st

from wsis_desk.cli import main

WORD = st.sampled_from(["Decides", "Requests", "Invites", "the", "Parties", "report"])


@st.composite
def drafts(draw: st.DrawFn) -> str:
    """Numbered paragraphs, some out of order, with unnumbered lines a reader cannot place."""
    lines = []
    for _ in range(draw(st.integers(2, 8))):
        words = " ".join(draw(st.lists(WORD, min_size=2, max_size=6)))
        if draw(st.booleans()):
            lines.append(f"{draw(st.integers(1, 9))}. {words};")
        else:
            lines.append(f"{words}:")  # no number, no chapeau: unclassified
    return "\n\n".join(lines) + "\n"


@settings(max_examples=40, deadline=None)
@given(drafts())
def test_every_remark_names_a_paragraph_by_its_listed_label(tmp_path_factory, text: str) -> None:  # type: ignore[no-untyped-def]
    path: Path = tmp_path_factory.mktemp("d") / "draft.txt"
    path.write_text(text, encoding="utf-8")
    out = io.StringIO()
    assert main(["check", str(path), "--json", "--paragraphs"], out=out) == 0
    found = json.loads(out.getvalue())
    labels = [p["label"] for p in found["paragraphs"]]
    for d in found["diagnostics"]:
        if d["paragraph"] is not None:
            assert d["label"] == labels[d["paragraph"]], d
    out = io.StringIO()
    assert main(["check", str(path)], out=out) == 0
    for d in found["diagnostics"]:
        if d["paragraph"] is not None:  # the plain listing names the same paragraph
            line = f" {d['severity']} {d['label']} {d['code']}: "
            assert line in out.getvalue(), (line, out.getvalue())


def test_the_unclassified_second_paragraph_is_named_as_listed(tmp_path: Path) -> None:
    path = tmp_path / "draft.txt"
    path.write_text(
        "Draft decision -/CMA.6\n\nMatters relating to cooperative approaches\n\n"
        "The Conference of the Parties,\n\nRecalling decision 2/CMA.3,\n\n1. Decides;\n"
    )
    out = io.StringIO()
    assert main(["check", str(path), "--paragraphs"], out=out) == 0
    listed = re.search(r"^(\S+)\s+Matters relating", out.getvalue(), re.M)
    assert listed is not None
    assert f" {listed.group(1)} unclassified_paragraph" in out.getvalue()
