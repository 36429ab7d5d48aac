"""A footnote's words are substance in compare: a pair whose paragraphs are the same but
whose notes' words differ is not "layout only", and the note's word diff is on its row;
re-wrapping a note or printing its mark another way changes nothing."""

from __future__ import annotations

import json

from hypothesis import given, settings
from hypothesis import strategies as st

from wsis_desk.core.compare import compare
from wsis_desk.core.compare_text import render_text
from wsis_desk.core.model import Footnote, Paragraph, ParagraphKind

Pairs = tuple[list[tuple[Footnote, ...]], list[tuple[Footnote, ...]], list[int]]
WORDS = (
    "long-term",
    "Party",
    "reserves",
    "its",
    "position",
    "on",
    "this",
    "paragraph",
    "finance",
    "means",
)


def _paras(notes: list[tuple[Footnote, ...]]) -> list[Paragraph]:
    return [
        Paragraph(
            k,
            f"OP{k + 1}",
            ParagraphKind.OPERATIVE,
            f"{k + 1}. Decides item {k}.",
            None,
            None,
            None,
            None,
            notes[k],
        )
        for k in range(len(notes))
    ]


def _op(label: str, text: str, *notes: Footnote) -> Paragraph:
    return Paragraph(0, label, ParagraphKind.OPERATIVE, text, footnotes=notes)


@st.composite
def note_pairs(draw: st.DrawFn) -> Pairs:
    """Per paragraph, its notes in two versions: each note kept, re-wrapped, hyphenated at a
    line end, its mark printed at its start another way, or its words changed; and, per
    paragraph, how many notes had their words changed (known by construction)."""
    olds, news, changed = [], [], []
    mark = 0
    for _ in range(draw(st.integers(1, 4))):
        old_notes, new_notes, n_changed = [], [], 0
        for _ in range(draw(st.integers(0, 2))):
            mark += 1
            words = draw(st.lists(st.sampled_from(WORDS), min_size=1, max_size=8))
            text = " ".join(words) + "."
            how = draw(st.sampled_from(("same", "wrapped", "hyphenated", "mark", "words")))
            n_changed += how == "words"
            if how == "wrapped":
                new = "\n".join(" ".join(words[i : i + 2]) for i in range(0, len(words), 2)) + "."
            elif how == "hyphenated":  # "para-" / "graph", as a PDF's text reads
                cut = [w.replace("-", "-\n  ") if "-" in w else w for w in words]  # "long-"
                cut = [w[:4] + "-\n  " + w[4:] if len(w) > 6 else w for w in cut]  # "para-"
                new = " ".join(cut) + "."
            elif how == "mark":
                new = f"{draw(st.sampled_from((f'{mark}.', str(mark))))} {text}"
            elif how == "words":
                at = draw(st.integers(0, len(words)))
                new = " ".join([*words[:at], draw(st.sampled_from(("not", "[X]"))), *words[at:]])
                new += "."
            else:
                new = text
            old_notes.append(Footnote(str(mark), text))
            new_notes.append(Footnote(str(mark), new))
        olds.append(tuple(old_notes))
        news.append(tuple(new_notes))
        changed.append(n_changed)
    return olds, news, changed


@settings(max_examples=60, deadline=None)
@given(note_pairs())
def test_layout_only_exactly_when_no_notes_words_changed(
    pair: Pairs,
) -> None:
    olds, news, changed = pair
    result = compare(_paras(olds), _paras(news))
    assert result.summary.layout_only is (sum(changed) == 0)
    assert result.summary.notes_changed == sum(changed)
    assert [r.notes_changed for r in result.paragraphs] == changed
    for row, n in zip(result.paragraphs, changed, strict=True):
        assert bool(row.note_chunks) is bool(n)  # the diff is carried exactly when it changed
        if n:
            assert any(op != "=" for op, _ in row.note_chunks)
    text = render_text(result)
    assert ("no substantive change" in text) is (sum(changed) == 0)
    assert text.count("  footnote: ") >= sum(bool(n) for n in changed)


def test_a_changed_footnote_is_shown_under_its_row_in_text_and_json() -> None:
    old = [_op("OP1", "1. Decides to act.", Footnote("1", "Party X reserves its position."))]
    new = [_op("OP1", "1. Decides to act.", Footnote("1", "Party X accepts its position."))]
    result = compare(old, new)
    s = result.summary
    assert (s.layout_only, s.notes_changed, s.changed, s.unchanged) == (False, 1, 0, 1)
    text = render_text(result)
    assert "1 footnote changed" in text
    assert "no substantive change" not in text
    assert "OP1  unchanged (footnote changed)" in text
    assert "  footnote: Party X [-reserves-]{+accepts+} its position." in text
    data = json.loads(json.dumps(result.to_json()))
    assert data["summary"]["notes_changed"] == 1
    assert data["summary"]["layout_only"] is False
    row = data["paragraphs"][0]
    assert ["-", "reserves"] in row["notes_diff"] and ["+", "accepts"] in row["notes_diff"]


def test_a_note_rewrapped_or_with_its_mark_printed_is_layout_only() -> None:
    old = [_op("OP1", "1. Acts.", Footnote("1", "Party X reserves\nits position."))]
    new = [_op("OP1", "1. Acts.", Footnote("1", "1. Party X reserves its  position."))]
    result = compare(old, new)
    assert result.summary.layout_only and result.summary.notes_changed == 0
    assert "OP1" not in render_text(result)
    assert result.paragraphs[0].note_chunks == ()


def test_uncited_notes_count_and_are_rendered_apart() -> None:
    para = [_op("OP1", "1. Acts.")]
    result = compare(
        para,
        para,
        notes=((Footnote("*", "Without prejudice."),), (Footnote("*", "With prejudice."),)),
    )
    assert not result.summary.layout_only and result.summary.notes_changed == 1
    text = render_text(result)
    assert "footnotes no paragraph cites  changed" in text
    assert "footnote: [-Without-]{+With+} prejudice." in text
    assert result.to_json()["notes_diff"]


def test_a_note_added_or_removed_is_a_change_counted_once() -> None:
    old = [_op("OP1", "1. Acts.")]
    new = [_op("OP1", "1. Acts.", Footnote("2", "Definition of means."))]
    result = compare(old, new)
    assert result.summary.notes_changed == 1 and not result.summary.layout_only
    assert "  footnote: {+Definition of means.+}" in render_text(result)
    assert compare(new, old).summary.notes_changed == 1
