"""Build small, real .docx files from raw WordprocessingML for tests and fixtures.

Typical use::

    data = make_docx(
        [para("Decides that", num=(1, 0)), para(run("kept"), ins_run("new"), del_run("old"))],
        numbering=numbering([abstract_num(0, [("decimal", "%1.")])], [num(1, 0)]),
        footnotes={"1": "A footnote."},
        comments=[comment("0", "US: delete", author="Note-taker")],
    )
"""

from __future__ import annotations

import io
import zipfile
from collections.abc import Iterable, Sequence
from xml.sax.saxutils import escape, quoteattr

W_NS = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
R_NS = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
_NS = f'xmlns:w="{W_NS}" xmlns:r="{R_NS}"'
_REL = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/"
_PKG_REL = "http://schemas.openxmlformats.org/package/2006/relationships"
_CT = "application/vnd.openxmlformats-officedocument.wordprocessingml."


def run(text: str, *, rpr: str = "") -> str:
    """A run with text (tabs and line breaks in ``text`` become w:tab / w:br)."""
    parts = []
    for i, line in enumerate(text.split("\n")):
        if i:
            parts.append("<w:br/>")
        for j, chunk in enumerate(line.split("\t")):
            if j:
                parts.append("<w:tab/>")
            if chunk:
                parts.append(f'<w:t xml:space="preserve">{escape(chunk)}</w:t>')
    return f"<w:r>{f'<w:rPr>{rpr}</w:rPr>' if rpr else ''}{''.join(parts)}</w:r>"


def ins_run(text: str, *, author: str = "Editor", rid: int = 901) -> str:
    """Tracked insertion of ``text``."""
    return f'<w:ins w:id="{rid}" w:author={quoteattr(author)}>{run(text)}</w:ins>'


def del_run(text: str, *, author: str = "Editor", rid: int = 902) -> str:
    """Tracked deletion of ``text`` (written as w:delText, as Word does)."""
    body = f'<w:r><w:delText xml:space="preserve">{escape(text)}</w:delText></w:r>'
    return f'<w:del w:id="{rid}" w:author={quoteattr(author)}>{body}</w:del>'


def footnote_ref(note_id: str, *, kind: str = "footnote") -> str:
    """A footnote (or endnote) reference run."""
    return f'<w:r><w:{kind}Reference w:id="{note_id}"/></w:r>'


def comment_start(cid: str) -> str:
    return f'<w:commentRangeStart w:id="{cid}"/>'


def comment_end(cid: str) -> str:
    """End of a comment range plus the reference run Word writes after it."""
    return f'<w:commentRangeEnd w:id="{cid}"/><w:r><w:commentReference w:id="{cid}"/></w:r>'


def para(
    *content: str,
    num: tuple[int, int] | None = None,
    style: str | None = None,
    ppr: str = "",
) -> str:
    """A w:p. Plain strings become runs; strings starting with "<" are inserted as XML."""
    props = ""
    if style:
        props += f'<w:pStyle w:val="{style}"/>'
    if num is not None:
        props += f'<w:numPr><w:ilvl w:val="{num[1]}"/><w:numId w:val="{num[0]}"/></w:numPr>'
    props += ppr
    inner = "".join(c if c.startswith("<") else run(c) for c in content)
    return f"<w:p>{f'<w:pPr>{props}</w:pPr>' if props else ''}{inner}</w:p>"


def table(rows: Sequence[Sequence[str]]) -> str:
    """A table; each cell is a string (one paragraph) or XML of its paragraphs."""
    out = ["<w:tbl><w:tblPr/><w:tblGrid/>"]
    for row in rows:
        out.append("<w:tr>")
        for cell in row:
            out.append(f"<w:tc>{cell if cell.startswith('<') else para(cell)}</w:tc>")
        out.append("</w:tr>")
    out.append("</w:tbl>")
    return "".join(out)


def level(
    ilvl: int,
    fmt: str,
    text: str,
    *,
    start: int = 1,
    restart: int | None = None,
    legal: bool = False,
    pstyle: str | None = None,
) -> str:
    """One w:lvl of an abstract numbering definition."""
    extra = f'<w:lvlRestart w:val="{restart}"/>' if restart is not None else ""
    extra += f'<w:pStyle w:val="{pstyle}"/>' if pstyle else ""
    extra += "<w:isLgl/>" if legal else ""
    return (
        f'<w:lvl w:ilvl="{ilvl}"><w:start w:val="{start}"/><w:numFmt w:val="{fmt}"/>'
        f"{extra}<w:lvlText w:val={quoteattr(text)}/></w:lvl>"
    )


def abstract_num(aid: int, levels: Iterable[tuple[str, str] | str], *, extra: str = "") -> str:
    """An abstractNum; ``levels`` are ``(numFmt, lvlText)`` pairs or ready ``level()`` XML."""
    body = "".join(
        lv if isinstance(lv, str) else level(i, lv[0], lv[1]) for i, lv in enumerate(levels)
    )
    return f'<w:abstractNum w:abstractNumId="{aid}">{extra}{body}</w:abstractNum>'


def num(nid: int, aid: int, *, start_overrides: dict[int, int] | None = None) -> str:
    """A w:num instance of an abstractNum, optionally restarting levels."""
    overrides = "".join(
        f'<w:lvlOverride w:ilvl="{lv}"><w:startOverride w:val="{v}"/></w:lvlOverride>'
        for lv, v in (start_overrides or {}).items()
    )
    return f'<w:num w:numId="{nid}"><w:abstractNumId w:val="{aid}"/>{overrides}</w:num>'


def numbering(abstracts: Iterable[str], nums: Iterable[str]) -> str:
    """Inner XML of numbering.xml: abstractNums first, then nums (Word's required order)."""
    return "".join(abstracts) + "".join(nums)


def style(
    sid: str,
    name: str,
    *,
    based_on: str | None = None,
    ppr: str = "",
    kind: str = "paragraph",
    default: bool = False,
) -> str:
    """A w:style element."""
    attrs = f' w:type="{kind}" w:styleId="{sid}"' + (' w:default="1"' if default else "")
    based = f'<w:basedOn w:val="{based_on}"/>' if based_on else ""
    return f'<w:style{attrs}><w:name w:val="{name}"/>{based}<w:pPr>{ppr}</w:pPr></w:style>'


def comment(cid: str, text: str, *, author: str = "Reviewer", date: str | None = None) -> str:
    """A w:comment; ``text`` lines become its paragraphs."""
    when = f' w:date="{date}"' if date else ""
    paras = "".join(para(line) for line in text.split("\n"))
    return f'<w:comment w:id="{cid}" w:author={quoteattr(author)}{when}>{paras}</w:comment>'


def _notes(kind: str, notes: dict[str, str]) -> str:
    seps = (
        f'<w:{kind} w:type="separator" w:id="-1"><w:p><w:r><w:separator/></w:r></w:p></w:{kind}>'
        f'<w:{kind} w:type="continuationSeparator" w:id="0"><w:p><w:r>'
        f"<w:continuationSeparator/></w:r></w:p></w:{kind}>"
    )
    body = "".join(
        f'<w:{kind} w:id="{nid}"><w:p><w:r><w:{kind}Ref/></w:r>{run(" " + text)}</w:p></w:{kind}>'
        for nid, text in notes.items()
    )
    return f"<w:{kind}s {_NS}>{seps}{body}</w:{kind}s>"


def make_docx(
    body: Iterable[str] | str,
    *,
    numbering: str | None = None,
    styles: str | None = None,
    footnotes: dict[str, str] | None = None,
    endnotes: dict[str, str] | None = None,
    comments: Iterable[str] | None = None,
    settings: str | None = None,
    main_part: str = "word/document.xml",
    extra_parts: dict[str, bytes] | None = None,
) -> bytes:
    """A complete .docx. ``body`` items: paragraphs/tables as XML, or plain strings."""
    items = [body] if isinstance(body, str) else list(body)
    xml = "".join(i if i.startswith("<") else para(i) for i in items)
    folder = main_part.rsplit("/", 1)[0]
    parts: dict[str, str] = {
        main_part: f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
        f"<w:document {_NS}><w:body>{xml}</w:body></w:document>",
    }
    related: list[tuple[str, str, str]] = []  # (rel type, file name, content type)
    optional = [
        ("numbering", numbering, "numbering", "numbering"),
        ("styles", styles, "styles", "styles"),
        ("settings", settings, "settings", "settings"),
    ]
    for rel, inner, root, ctype in optional:
        if inner is not None:
            parts[f"{folder}/{rel}.xml"] = f"<w:{root} {_NS}>{inner}</w:{root}>"
            related.append((rel, f"{rel}.xml", ctype))
    if footnotes is not None:
        parts[f"{folder}/footnotes.xml"] = _notes("footnote", footnotes)
        related.append(("footnotes", "footnotes.xml", "footnotes"))
    if endnotes is not None:
        parts[f"{folder}/endnotes.xml"] = _notes("endnote", endnotes)
        related.append(("endnotes", "endnotes.xml", "endnotes"))
    if comments is not None:
        parts[f"{folder}/comments.xml"] = f"<w:comments {_NS}>{''.join(comments)}</w:comments>"
        related.append(("comments", "comments.xml", "comments"))
    rels = "".join(
        f'<Relationship Id="rId{i}" Type="{_REL}{rel}" Target="{target}"/>'
        for i, (rel, target, _ct) in enumerate(related, 1)
    )
    parts[f"{folder}/_rels/{main_part.rsplit('/', 1)[1]}.rels"] = (
        f'<Relationships xmlns="{_PKG_REL}">{rels}</Relationships>'
    )
    parts["_rels/.rels"] = (
        f'<Relationships xmlns="{_PKG_REL}"><Relationship Id="rId1" '
        f'Type="{_REL}officeDocument" Target="{main_part}"/></Relationships>'
    )
    overrides = "".join(
        f'<Override PartName="/{folder}/{target}" ContentType="{_CT}{ct}+xml"/>'
        for _rel, target, ct in related
    )
    parts["[Content_Types].xml"] = (
        '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
        '<Default Extension="rels" '
        'ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
        '<Default Extension="xml" ContentType="application/xml"/>'
        f'<Override PartName="/{main_part}" ContentType="{_CT}document.main+xml"/>'
        f"{overrides}</Types>"
    )
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w", zipfile.ZIP_DEFLATED) as zf:
        for name, text in parts.items():
            zf.writestr(name, text.encode("utf-8"))
        for name, raw in (extra_parts or {}).items():
            zf.writestr(name, raw)
    return buf.getvalue()
