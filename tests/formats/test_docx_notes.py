"""Word footnotes and endnotes read one per printed mark: numbering formats and restarts, notes
cited from table cells, and note bodies holding several lettered notes (never merged, never lost).
"""

from __future__ import annotations

import io
import zipfile

from hypothesis import given, settings
from hypothesis import strategies as st

from tests.formats.docx_factory import W_NS, footnote_ref, make_docx, para, run, table
from wsis_desk.core.model import Footnote, SourceText
from wsis_desk.formats.docx_in import read_docx

FORMATS = ("decimal", "lowerLetter", "upperLetter", "lowerRoman", "upperRoman", "chicago")
_ROMAN = ((10, "x"), (9, "ix"), (5, "v"), (4, "iv"), (1, "i"))
_SUP_RPR = '<w:vertAlign w:val="superscript"/>'


def _printed(n: int, fmt: str) -> str:
    """The mark Word prints for note ``n`` (1-based) in ``fmt``: an independent table."""
    if fmt == "decimal":
        return str(n)
    if fmt in ("lowerLetter", "upperLetter"):
        out = "abcdefghijklmnopqrstuvwxyz"[(n - 1) % 26] * ((n - 1) // 26 + 1)
        return out if fmt == "lowerLetter" else out.upper()
    if fmt in ("lowerRoman", "upperRoman"):
        out, left = "", n
        for value, digits in _ROMAN:
            while left >= value:
                out, left = out + digits, left - value
        return out if fmt == "lowerRoman" else out.upper()
    return ("*", "†", "‡", "§")[(n - 1) % 4] * ((n - 1) // 4 + 1)  # chicago


def _note_pr(kind: str, fmt: str | None, start: int | None, restart: str | None) -> str:
    inner = (f'<w:numFmt w:val="{fmt}"/>' if fmt else "") + (
        f'<w:numStart w:val="{start}"/>' if start else ""
    )
    inner += f'<w:numRestart w:val="{restart}"/>' if restart else ""
    return f"<w:{kind}Pr>{inner}</w:{kind}Pr>" if inner else ""


def _all_notes(got: SourceText) -> list[Footnote]:
    return [f for b in got.blocks for f in b.footnotes]


section = st.tuples(
    st.sampled_from((None, *FORMATS)),
    st.sampled_from((None, 1, 3, 7)),
    st.sampled_from((None, "continuous", "eachSect")),
    st.integers(min_value=0, max_value=6),
)


@settings(max_examples=60, deadline=None)
@given(
    kind=st.sampled_from(("footnote", "endnote")),
    default=section,
    sections=st.lists(section, min_size=1, max_size=4),
)
def test_marks_follow_format_start_and_restart_of_every_section(
    kind: str,
    default: tuple[str | None, int | None, str | None, int],
    sections: list[tuple[str | None, int | None, str | None, int]],
) -> None:
    base_fmt = default[0] or ("decimal" if kind == "footnote" else "lowerRoman")
    base_start, base_restart = default[1] or 1, default[2] or "continuous"
    body, notes, expected = [], {}, []
    counter, started, nid = 0, False, 1
    for k, (fmt, start, restart, n) in enumerate(sections):
        fmt_k, start_k = fmt or base_fmt, start or base_start
        restart_k = restart or base_restart
        if n and (not started or restart_k == "eachSect"):
            counter, started = start_k - 1, True
        for j in range(n):
            nid += 1
            notes[str(nid)] = f"Note {nid}."
            body.append(para(run(f"Section {k} paragraph {j}"), footnote_ref(str(nid), kind=kind)))
            counter += 1
            expected.append((_printed(counter, fmt_k), f"Note {nid}."))
        sect = f"<w:sectPr>{_note_pr(kind, fmt, start, restart)}</w:sectPr>"
        body.append(para(run(f"End of section {k}"), ppr=sect))
    settings_xml = _note_pr(kind, *default[:3])
    data = make_docx(body, settings=settings_xml, **{kind + "s": notes})  # type: ignore[arg-type]
    got = read_docx(data)
    assert [(f.mark, f.text) for f in _all_notes(got)] == expected
    assert got.footnotes == ()


def test_custom_mark_is_the_run_text_and_does_not_count() -> None:
    custom = (
        '<w:r><w:footnoteReference w:customMarkFollows="1" w:id="3"/>'
        '<w:t xml:space="preserve">**</w:t></w:r>'
    )
    body = [
        para(run("one"), footnote_ref("2")),
        para(run("two"), custom),
        para(run("three"), footnote_ref("4")),
    ]
    got = read_docx(make_docx(body, footnotes={"2": "x", "3": "y", "4": "z"}))
    assert [(b.text, [f.mark for f in b.footnotes]) for b in got.blocks] == [
        ("one", ["1"]),
        ("two", ["**"]),
        ("three", ["2"]),
    ]


_cell = para


def test_a_note_cited_from_a_cell_holding_only_its_mark_is_cited_by_the_table() -> None:
    rows = [
        [
            _cell(run("Party")),
            _cell(run("Year")),
            _cell(run("\u00a0"), footnote_ref("7", kind="endnote")),
        ],
        [_cell(run("Ghana")), _cell(run("2021")), _cell(run("yes"))],
    ]
    body = [para(run("Decides as follows:")), table(rows), para(run("Requests the secretariat"))]
    got = read_docx(make_docx(body, endnotes={"7": "Date on which the action was executed."}))
    assert got.footnotes == ()
    tables = [b for b in got.blocks if b.table]
    assert len(tables) == 1
    assert [(f.mark, f.text) for f in tables[0].footnotes] == [
        ("i", "Date on which the action was executed.")
    ]
    assert all(not b.footnotes for b in got.blocks if not b.table)


def test_a_note_mark_alone_in_a_paragraph_is_cited_by_the_paragraph_before() -> None:
    body = [
        para(run("Recalling decision 2/CMA.3,")),
        para(run("\u00a0"), footnote_ref("2")),
        para(run("Noting")),
    ]
    got = read_docx(make_docx(body, footnotes={"2": "Decision 2/CMA.3, paras. 14–15."}))
    assert got.footnotes == ()
    assert [(b.text, [f.mark for f in b.footnotes]) for b in got.blocks] == [
        ("Recalling decision 2/CMA.3,", ["1"]),
        ("Noting", []),
    ]


def _lettered_endnotes(bodies: dict[str, list[str]]) -> str:
    """An endnotes part whose notes hold several paragraphs: the first opens with the
    note's own mark, the others with what is given (typed letters in superscript runs)."""
    out = [f'<w:endnotes xmlns:w="{W_NS}">']
    for nid, paras_ in bodies.items():
        out.append(f'<w:endnote w:id="{nid}">')
        for i, text in enumerate(paras_):
            ref = "<w:r><w:endnoteRef/></w:r>" if i == 0 else ""
            out.append(para(ref or "", text) if ref else text)
        out.append("</w:endnote>")
    out.append("</w:endnotes>")
    return "".join(out)


def _typed_para(letter: str, text: str, bracket: bool) -> str:
    lead = run("[") if bracket else ""
    return para(lead, run(letter, rpr=_SUP_RPR), run("  " + text))


def _docx_with_endnotes(body: list[str], bodies: dict[str, list[str]]) -> bytes:
    data = make_docx(body, endnotes={"0": "placeholder"})
    src = zipfile.ZipFile(io.BytesIO(data))
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w") as out:
        for item in src.infolist():
            raw = src.read(item.filename)
            if item.filename.endswith("endnotes.xml"):
                raw = _lettered_endnotes(bodies).encode()
            out.writestr(item, raw)
    return buf.getvalue()


words = st.text(alphabet=st.sampled_from("abcdefghij klmnop[]().,"), min_size=1, max_size=30).map(
    lambda s: ("Field " + s).strip()
)


@settings(max_examples=60, deadline=None)
@given(
    texts=st.lists(words, min_size=1, max_size=12),
    brackets=st.lists(st.booleans(), min_size=12, max_size=12),
    typed_in_cells=st.lists(st.booleans(), min_size=12, max_size=12),
    restart=st.booleans(),
)
def test_lettered_notes_in_one_body_are_one_note_each_never_merged_never_lost(
    texts: list[str], brackets: list[bool], typed_in_cells: list[bool], restart: bool
) -> None:
    letters = "abcdefghijkl"[: len(texts)]
    sect = '<w:endnotePr><w:numFmt w:val="lowerLetter"/>'
    sect += '<w:numRestart w:val="eachSect"/>' if restart else ""
    sect += "</w:endnotePr>"
    header = [_cell(run("Date"), footnote_ref("5", kind="endnote"))]
    header += [
        _cell(run(f"Column {ch}"), run(ch, rpr=_SUP_RPR))
        if typed_in_cells[i]
        else _cell(run(f"Column {ch}"))
        for i, ch in enumerate(letters[1:], 1)
    ]
    rows = [header, [_cell(run(f"value {i}")) for i in range(len(letters))]]
    body = [para(run("Before the table."), ppr=f"<w:sectPr>{sect}</w:sectPr>"), table(rows)]
    body.append(para(run("After the table."), ppr=f"<w:sectPr>{sect}</w:sectPr>"))
    note = [" " + texts[0]] + [
        _typed_para(ch, texts[i], brackets[i]) for i, ch in enumerate(letters[1:], 1)
    ]
    got = read_docx(_docx_with_endnotes(body, {"5": note}))
    notes = _all_notes(got) + list(got.footnotes)
    assert got.footnotes == ()
    assert [f.mark for f in notes] == list(letters)  # one per letter, as printed
    want = {ch: ("[" if i and brackets[i] else "") + texts[i] for i, ch in enumerate(letters)}
    assert {f.mark: f.text for f in notes} == want
    # each note's text exactly once across all notes: never merged, never lost
    assert sorted(f.text for f in notes) == sorted(want.values())


def test_a_lettered_note_in_a_layout_table_goes_to_the_cell_with_its_typed_mark() -> None:
    rows = [  # one column: a table laying out paragraphs, each cell its own paragraph
        [para(run("Decides"), footnote_ref("5", kind="endnote"))],
        [para(run("Notes")) + para(run("Requests"), run("b", rpr=_SUP_RPR))],
    ]
    sect = '<w:sectPr><w:endnotePr><w:numFmt w:val="lowerLetter"/></w:endnotePr></w:sectPr>'
    note = [" First note.", _typed_para("b", "Second note.", False)]
    body = [table(rows), para(run("end"), ppr=sect)]
    got = read_docx(_docx_with_endnotes(body, {"5": note}))
    assert [(b.text, [(f.mark, f.text) for f in b.footnotes]) for b in got.blocks] == [
        ("Decides", [("a", "First note.")]),
        ("Notes", []),
        ("Requestsb", [("b", "Second note.")]),  # a typed mark is typed text: kept
        ("end", []),
    ]


def test_a_typed_letter_out_of_sequence_stays_in_its_note() -> None:
    note = [" Unique identifier.", _typed_para("c", "Not the next letter.", False)]
    body = [para(run("Cooperative approach"), footnote_ref("5", kind="endnote"))]
    sect = '<w:sectPr><w:endnotePr><w:numFmt w:val="lowerLetter"/></w:endnotePr></w:sectPr>'
    body.append(para(run("end"), ppr=sect))
    got = read_docx(_docx_with_endnotes(body, {"5": note}))
    assert [(f.mark, f.text) for f in _all_notes(got)] == [
        ("a", "Unique identifier.\nc  Not the next letter.")
    ]


def test_a_note_of_several_plain_paragraphs_stays_one_note_as_written() -> None:
    note = [" See decision 2/CMA.3.", para(), para(run("2  Annex, para. 14."))]
    body = [para(run("Recalling"), footnote_ref("5", kind="endnote"))]
    got = read_docx(_docx_with_endnotes(body, {"5": note}))  # "i" then "2": not a sequence
    assert [(f.mark, f.text) for f in _all_notes(got)] == [
        ("i", "See decision 2/CMA.3.\n\n2  Annex, para. 14.")
    ]
