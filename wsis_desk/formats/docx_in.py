"""Read a Word .docx into source blocks: accepted/original text, list numbers, notes, comments."""

from __future__ import annotations

from typing import Any

from wsis_desk.core.model import Comment, Diagnostic, Footnote, Severity, SourceBlock, SourceText
from wsis_desk.errors import CorruptFileError, UnsupportedFormatError
from wsis_desk.formats.docx_grid import merge_tables
from wsis_desk.formats.docx_notes import (
    note_marks,
    note_paragraphs,
    split_lettered,
    superscript_paras,
)
from wsis_desk.formats.docx_numbering import ListCounter, Numbering, Styles
from wsis_desk.formats.docx_walk import W_ID, Para, W, Walker, story_text
from wsis_desk.formats.safezip import DEFAULT_MAX_UNCOMPRESSED, ZipPackage, sniff_not_zip

_STRICT_NS = "http://purl.oclc.org/ooxml/wordprocessingml/main"
_REL = "/relationships/"


def _main_part(pkg: ZipPackage, name: str) -> str:
    for rel_type, target in pkg.relationships(""):
        if rel_type.endswith(_REL + "officeDocument") and pkg.has(target):
            return target
    if pkg.has("word/document.xml"):
        return "word/document.xml"
    if pkg.has("mimetype") and pkg.has("content.xml"):
        raise UnsupportedFormatError(
            f"{name} is an OpenDocument file, not a Word .docx. Save it from LibreOffice as .docx."
        )
    if pkg.has("xl/workbook.xml") or pkg.has("ppt/presentation.xml"):
        raise UnsupportedFormatError(
            f"{name} is an Excel or PowerPoint file, not a Word document. Pick the Word file."
        )
    raise CorruptFileError(
        f"{name} is not a usable Word document: it has no main document part "
        "(word/document.xml). Open it in Word and save it again as .docx."
    )


def read_docx(
    data: bytes, *, name: str = "document.docx", max_uncompressed: int = DEFAULT_MAX_UNCOMPRESSED
) -> SourceText:
    """Read a .docx into blocks; raise CorruptFileError / UnsupportedFormatError with one line."""
    sniff_not_zip(data, name)
    pkg = ZipPackage(data, name=name, max_uncompressed=max_uncompressed)
    main = _main_part(pkg, name)
    root = pkg.xml(main)
    if root is None or not isinstance(root.tag, str):
        raise CorruptFileError(f"{name} is damaged: its main document part is empty.")
    if root.tag.startswith("{" + _STRICT_NS):
        raise UnsupportedFormatError(
            f"{name} is saved as Strict Open XML. In Word, use Save As › Word Document (.docx)."
        )
    body = root.find(W + "body")
    if root.tag != W + "document" or body is None:
        raise CorruptFileError(
            f"{name} is not a usable Word document: its main part has no document body. "
            "Open it in Word and save it again as .docx."
        )
    rels: dict[str, str] = {}
    for rel_type, target in pkg.relationships(main):
        rels.setdefault(rel_type.rsplit("/", 1)[-1], target)
    folder = main.rpartition("/")[0]
    for kind in ("styles", "numbering", "settings", "footnotes", "endnotes", "comments"):
        if kind not in rels and pkg.has(f"{folder}/{kind}.xml"):  # parts without relationships
            rels[kind] = f"{folder}/{kind}.xml"
    styles = Styles(pkg.xml(rels["styles"]) if "styles" in rels else None)
    num_root = pkg.xml(rels["numbering"]) if "numbering" in rels else None
    walker = Walker().walk(body)
    has_notes = any(p.notes for p in walker.paras)
    settings_root = pkg.xml(rels["settings"]) if has_notes and "settings" in rels else None
    footnotes = note_paragraphs(pkg, rels.get("footnotes"), W + "footnote")
    endnotes = note_paragraphs(pkg, rels.get("endnotes"), W + "endnote")
    comments_root = pkg.xml(rels["comments"]) if "comments" in rels else None
    return _assemble(
        walker,
        styles,
        Numbering(num_root, styles),
        num_root is not None,
        settings_root,
        {"footnote": footnotes, "endnote": endnotes},
        comments_root,
    )


class _Citer:
    """Turns the note references of a paragraph into its Footnotes, one per printed mark."""

    def __init__(
        self,
        walker: Walker,
        notes: dict[str, dict[str, list[str]]],
        marks: dict[int, str],
        diags: list[Diagnostic],
    ) -> None:
        self.paras, self.notes, self.marks, self.diags = walker.paras, notes, marks, diags
        self.referenced: set[tuple[str, str]] = set()
        self.elsewhere: dict[int, list[Footnote]] = {}  # typed lettered notes → their paragraph
        self._para_of: dict[int, int] | None = None
        self._typed: dict[int, dict[str, list[int]]] = {}
        self.order: dict[int, int] = {}  # id(Footnote) → order of its reference and letter

    def cite(self, i: int, block: int) -> list[Footnote]:
        """The notes paragraph ``i`` cites; lettered notes whose typed superscript mark sits
        in another paragraph of the same table are kept aside in ``elsewhere``."""
        out: list[Footnote] = []
        p = self.paras[i]
        for ref in p.notes:
            self.referenced.add((ref.kind, ref.id))
            paras = self.notes[ref.kind].get(ref.id)
            if paras is None:
                self.diags.append(
                    _diag(
                        Severity.WARNING,
                        "docx.note_missing",
                        f"The {ref.kind} referenced here (id {ref.id}) is missing.",
                        block,
                    )
                )
                continue
            parts = split_lettered(self.marks.get(id(ref), ""), paras)
            first = Footnote(mark=parts[0][0], text=parts[0][1])
            out.append(first)
            self.order[id(first)] = len(self.order)
            for mark, text in parts[1:]:
                where = self._typed_mark(p, i, mark)
                note = Footnote(mark=mark, text=text)
                self.order[id(note)] = len(self.order)
                if where == i:
                    out.append(note)
                else:
                    self.elsewhere.setdefault(where, []).append(note)
        return out

    def _typed_mark(self, p: Para, i: int, mark: str) -> int:
        """The paragraph of the table (or the paragraph itself) holding ``mark`` typed in
        superscript; ``i`` when there is none."""
        scope = p.table if p.table is not None else p.element
        if scope is None:
            return i
        if self._para_of is None:
            self._para_of = {id(q.element): k for k, q in enumerate(self.paras)}
        found = self._typed.get(id(scope))
        if found is None:
            found = self._typed[id(scope)] = superscript_paras(scope, self._para_of)
        hits = found.get(mark, [])
        if not hits:
            return i
        return min(hits, key=lambda k: (k < i, abs(k - i)))  # the first such mark after i


def _place_notes(
    paras: list[Para],
    kept: dict[int, dict[str, Any]],
    orphans: dict[int, list[Footnote]],
    elsewhere: dict[int, list[Footnote]],
) -> list[Footnote]:
    """Give notes cited from paragraphs that are not blocks (a cell holding only a note mark)
    to the nearest kept paragraph of the same table, else the nearest one before (or after);
    return those with no paragraph at all to hold them."""
    for target, found in elsewhere.items():
        if target in kept:
            kept[target]["footnotes"].extend(found)
        else:
            orphans.setdefault(target, []).extend(found)
    order = sorted(kept)
    left: list[Footnote] = []
    for pi in sorted(orphans):
        table = paras[pi].table
        same = [k for k in order if table is not None and paras[k].table is table]
        before = [k for k in (same or order) if k < pi]
        after = [k for k in (same or order) if k > pi]
        if before:
            kept[before[-1]]["footnotes"].extend(orphans[pi])
        elif after:
            kept[after[0]]["footnotes"][:0] = orphans[pi]
        else:
            left.extend(orphans[pi])
    return left


def _anchor(texts: list[str], start: tuple[int, int], end: tuple[int, int | None] | None) -> str:
    """Accepted text between a comment's range start and end, paragraphs joined by \\n."""
    sp, so = start
    if sp >= len(texts):
        return ""
    ep, eo = end if end is not None and end[0] >= sp else (sp, None)
    if ep == sp:
        return texts[sp][so:eo].strip()
    middle = [t for t in texts[sp + 1 : ep] if t.strip()]
    return "\n".join([texts[sp][so:], *middle, texts[ep][:eo]]).strip()


def _assemble(
    walker: Walker,
    styles: Styles,
    numbering: Numbering,
    has_numbering: bool,
    settings: Any | None,
    notes: dict[str, dict[str, list[str]]],
    comments_root: Any | None,
) -> SourceText:
    diags: list[Diagnostic] = []
    counter = ListCounter(numbering)
    marks = note_marks(walker, settings)
    texts = ["".join(p.accepted) for p in walker.paras]
    kept: dict[int, dict[str, Any]] = {}  # paragraph index -> SourceBlock fields
    citer = _Citer(walker, notes, marks, diags)
    orphans: dict[int, list[Footnote]] = {}  # notes cited by paragraphs that are not blocks
    missing_numbering = 0
    for i, p in enumerate(walker.paras):
        text = texts[i].strip()
        if not text and (p.mark_deleted or p.sect is not None):
            if p.notes:  # a note cited from an empty paragraph still belongs to the text
                orphans[i] = citer.cite(i, len(kept))
            continue  # deleted with its mark, or only holding a section break: not a paragraph
        num_id, ilvl = p.num_id, p.ilvl
        if num_id is None or ilvl is None:
            s_num, s_ilvl = styles.num_pr(p.style_id)
            num_id = s_num if num_id is None else num_id
            ilvl = s_ilvl if ilvl is None else ilvl
        number: str | None = None
        level: int | None = None
        if num_id:
            if has_numbering:
                number, level = counter.next(num_id, ilvl, p.style_id, i)
            else:
                missing_numbering += 1
        cited = citer.cite(i, len(kept))
        if not text and number is None:
            if cited:  # a note mark alone in a table cell or paragraph ("\u00a0" + mark)
                orphans[i] = cited
            continue
        original = "".join(p.original).strip()
        kept[i] = {
            "text": text,
            "original_text": original if original != text else None,
            "number": number,
            "level": level,
            "style": styles.name(p.style_id),
            "heading_level": styles.heading_level(p.style_id, p.outline),
            "in_table": p.in_table,
            "footnotes": cited,
            "comments": [],
        }
    unplaced = _place_notes(walker.paras, kept, orphans, citer.elsewhere)
    n_comments = _attach_comments(walker, comments_root, texts, kept, sorted(kept), diags)
    order = merge_tables(walker.paras, kept)
    block_of = {pi: bi for bi, pi in enumerate(order)}
    for num_id, pi in sorted(counter.unresolved.items()):
        diags.append(
            _diag(
                Severity.WARNING,
                "docx.numbering_unresolved",
                f"List numbering {num_id} is not defined; its numbers are not shown.",
                block_of.get(pi),
            )
        )
    if missing_numbering:
        diags.append(
            _diag(
                Severity.WARNING,
                "docx.numbering_missing",
                f"{missing_numbering} paragraphs use list numbering but the file has "
                "no numbering part; their numbers are not shown.",
            )
        )
    if walker.changes:
        diags.append(
            _diag(
                Severity.INFO,
                "docx.tracked_changes",
                f"{walker.changes} tracked changes: the text shows them accepted; "
                "the original wording is kept alongside.",
            )
        )
    if n_comments:
        diags.append(_diag(Severity.INFO, "docx.comments", f"{n_comments} Word comments."))
    if walker.alt_chunks:
        diags.append(
            _diag(
                Severity.WARNING,
                "docx.alt_chunk",
                f"{walker.alt_chunks} embedded documents (altChunk) were not read.",
            )
        )
    blocks = []
    for bi, pi in enumerate(order):
        fields_ = kept[pi]
        fields_["comments"] = tuple(fields_["comments"])
        notes_ = fields_["footnotes"]
        if fields_.get("table"):  # a table's notes as printed under it: a, b, c…
            notes_ = sorted(notes_, key=lambda n: citer.order.get(id(n), 0))
        fields_["footnotes"] = tuple(notes_)
        blocks.append(SourceBlock(line=bi + 1, **fields_))
    loose = tuple(unplaced) + tuple(
        Footnote(mark=mark, text=text)
        for kind, texts_by_id in notes.items()
        for nid, paras in texts_by_id.items()
        if (kind, nid) not in citer.referenced
        for mark, text in split_lettered("", paras)
        if text
    )
    return SourceText(
        format="docx", blocks=tuple(blocks), diagnostics=tuple(diags), footnotes=loose
    )


def _attach_comments(
    walker: Walker,
    root: Any | None,
    texts: list[str],
    kept: dict[int, dict[str, Any]],
    order: list[int],
    diags: list[Diagnostic],
) -> int:
    """Attach each comment to the block where its range starts; return how many were found."""
    if root is None:
        return 0
    ref_para = {cid: pi for pi, p in enumerate(walker.paras) for cid in p.comment_refs}
    count = 0
    for el in root.iterchildren(W + "comment"):
        count += 1
        cid = el.get(W_ID, "")
        if cid in walker.starts:
            pi = walker.starts[cid][0]
            anchor = _anchor(texts, walker.starts[cid], walker.ends.get(cid))
        elif cid in ref_para:
            pi, anchor = ref_para[cid], ""
        else:
            continue  # a comment whose anchor was deleted from the text
        target = next((k for k in order if k >= pi), order[-1] if order else None)
        if target is None:
            continue
        kept[target]["comments"].append(
            Comment(
                id=cid,
                author=el.get(W + "author", ""),
                text=story_text(el),
                anchor=anchor,
                date=el.get(W + "date"),
            )
        )
    return count


def _diag(severity: Severity, code: str, message: str, paragraph: int | None = None) -> Diagnostic:
    return Diagnostic(severity=severity, code=code, message=message, paragraph=paragraph)
