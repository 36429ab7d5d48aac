"""Segment a source text into labelled paragraphs (PP/OP, articles, options, notes).

One handler per kind of printed label, each reading and moving the ``State``; the state and
the label rules across it are in ``segment_state``, options in ``segment_options`` (and the
sets of options of one scope, named by their paragraphs, in ``option_sets``).
Over ~400 lines because the handlers share that state and read best side by side.
"""

from __future__ import annotations

import re

from wsis_desk.core.columns import attach_columns
from wsis_desk.core.labels import (
    LabelKind,
    LabelMatch,
    normalise_suffix,
    parse_label,
)
from wsis_desk.core.lexicon import (
    find_status,
    is_chapeau,
    is_closing_formula,
    is_operative_start,
    is_preambular_start,
    looks_heading,
)
from wsis_desk.core.model import (
    Diagnostic,
    Paragraph,
    ParagraphKind,
    SegmentedText,
    Severity,
    SourceText,
    StatusMarker,
)
from wsis_desk.core.option_sets import name_decimals_by_option, name_sets_by_paragraph
from wsis_desk.core.paragraphs import RawParagraph, raw_paragraphs
from wsis_desk.core.raw_labels import drop_empty, label_of
from wsis_desk.core.runon import split_run_on
from wsis_desk.core.segment_items import (
    inserted_in_option,
    inserted_lead,
    latin_lower,
    letter_or_roman,
    lists_open,
    sibling,
    sub_item,
    under_item,
    under_lead,
)
from wsis_desk.core.segment_options import (
    END_OPTIONS,
    continue_option,
    drop_stray_margins,
    leave_paragraph_options,
    numbered_option,
    option,
    worded_by_paragraphs,
)
from wsis_desk.core.segment_sections import defer_number, end_deferred, heads_title
from wsis_desk.core.segment_state import (
    Item,
    State,
    add,
    article_paragraph,
    compiles_decisions,
    dedupe,
    enter_scope,
    plain_when_unique,
    prefix,
    scope_parent,
    scope_restarted_preambles,
    scoped,
)
from wsis_desk.core.segment_tables import table_item
from wsis_desk.core.segment_titles import note_list_item, numbered_title

__all__ = ["segment"]

K = ParagraphKind
_ITEMS = (LabelKind.LETTER, LabelKind.ROMAN)
_NOTE_START = re.compile(r"^(?:note|nb|n\.b\.|facilitator['’]s note)\s*[:.]", re.IGNORECASE)
# a document's type under its symbol ("Note by the Co-Chairs", "Note by the Secretary-General"),
# not the French operative "Note avec satisfaction …"
_NOTE_BY = re.compile(r"^Note\s+by\b")
# A preamble lettered A., B., B bis. (the WSIS+20 zero draft): PPA, PPB, PPBbis.
_PP_LETTER = re.compile(
    r"^(?P<l>[A-Z])(?:\s?(?P<suf>bis|ter|quater|quinquies|sexies|septies|octies))?\.\s+(?=\S)"
)


def segment(source: SourceText) -> SegmentedText:
    """Split a source text into labelled paragraphs; never raises, reports oddities."""
    try:
        return _segment(source)
    except Exception as exc:  # pragma: no cover - last-resort guard, the grammar should not fail
        paras = tuple(
            Paragraph(index=i, label=f"¶{i + 1}", kind=K.OTHER, text=b.text or "")
            for i, b in enumerate(b for b in source.blocks if (b.text or "").strip())
        )
        diag = Diagnostic(Severity.WARNING, "segmenter_fallback", f"segmentation failed: {exc!r}")
        return SegmentedText(paragraphs=paras, diagnostics=(diag,))


def _segment(source: SourceText) -> SegmentedText:
    raws, unattached, diags = raw_paragraphs(source)
    st = State(diags=list(diags))
    raws = split_run_on(drop_empty(attach_columns(raws), unattached))
    drop_stray_margins(st, raws)
    st.decisions_scoped = compiles_decisions([r.text for r in raws])
    labels = [label_of(r) if not r.table else (None, r.text) for r in raws]
    for i, raw in enumerate(raws):
        nxt = labels[i + 1] if i + 1 < len(raws) else None
        _classify(st, raw, labels[i], nxt)
    end_deferred(st)
    name_sets_by_paragraph(st)
    name_decimals_by_option(st)
    plain_when_unique(st)
    scope_restarted_preambles(st)
    dedupe(st)
    paragraphs: list[Paragraph] = []
    for i, it in enumerate(st.items):
        found = find_status(it.text)
        status: StatusMarker | None = found[0] if found else None
        paragraphs.append(
            Paragraph(
                index=i,
                label=it.label,
                kind=it.kind,
                text=it.text,
                number=it.number,
                parent=it.parent if it.parent is not None and 0 <= it.parent < i else None,
                status=status,
                original_text=it.raw.original_text,
                footnotes=tuple(it.raw.footnotes),
                comments=it.raw.comments,
            )
        )
    for note in unattached:
        st.diags.append(
            Diagnostic(
                Severity.INFO,
                "footnote_unattached",
                f"footnote {note.mark or '?'} not linked to a paragraph: {note.text[:60]}",
            )
        )
    return SegmentedText(tuple(paragraphs), tuple(st.diags), tuple(unattached))


def _classify(
    st: State,
    raw: RawParagraph,
    labelled: tuple[LabelMatch | None, str],
    nxt: tuple[LabelMatch | None, str] | None,
) -> None:
    lab, text = labelled
    if raw.table:
        end_deferred(st)
        table_item(st, raw)
        return
    if lab is not None and lab.kind is LabelKind.SECTION:
        rest = defer_number(st, raw, lab, text, nxt)  # "V." printed before the items above
        if rest == "":
            return
        if rest is not None:
            lab, text = parse_label(rest), rest
            text = lab.rest if lab is not None else text
    elif (lab is None or lab.kind not in _ITEMS) and heads_title(st, lab, text):
        return
    if lab is not None and lab.old is not None:
        st.diag(
            Severity.INFO,
            "old_new_number",
            f"paragraph printed as {lab.printed}: old number {lab.old}, new number {lab.value}",
        )
    kind = lab.kind if lab is not None else None
    if st.lead is not None and (
        not raw.nested
        or raw.indent < st.items[st.lead].raw.indent
        or (lab is None and raw.indent == st.items[st.lead].raw.indent)
    ):
        st.lead = None  # a line less indented than the option, or a note beside it, ends its list
    if st.preamble and st.container is None and _preamble_letter(st, raw, lab):
        return
    if kind is LabelKind.ARTICLE and lab is not None:
        _article(st, raw, lab, text)
    elif kind is LabelKind.OPTION and lab is not None:
        option(st, raw, lab, text, numbered_next=nxt is not None and nxt[0] is not None)
    elif raw.heading_level is not None or kind is LabelKind.SECTION:
        _heading(st, raw, lab, text)
    elif kind is LabelKind.EXPLICIT and lab is not None:
        _explicit(st, raw, lab, text)
    elif kind is LabelKind.NUMBER and lab is not None:
        own = article_paragraph(st, lab.value) is not None
        listed = lists_open(st) and (lab.value == "1" or st.letter is not None)
        if inserted_in_option(st, lab.value):
            _number(st, raw, lab, text)
        elif under_item(st, raw, lab.value) and not own:
            sub_item(st, raw, lab, text, level=2)
        elif under_lead(st, lab.value) and not own:
            sub_item(st, raw, lab, text, level=1, parent=st.lead)
        elif (
            raw.nested
            and not own
            and (st.top is not None or listed)
            and not sibling(st, raw, lab.value)
        ):
            sub_item(st, raw, lab, text, level=1)
        elif numbered_title(st, lab, text, nxt):
            _heading(st, raw, lab, text)
        elif note_list_item(st, raw, lab, text):
            pass
        else:
            _number(st, raw, lab, text, nxt)
    elif kind in (LabelKind.LETTER, LabelKind.ROMAN) and lab is not None:
        letter_or_roman(st, raw, lab, text, nxt)
    elif (bare := _number_without_period(st, raw, text)) is not None:
        _number(st, raw, bare, bare.rest)
    elif (value := inserted_lead(st, text, nxt)) is not None:  # "7bis", printed unnumbered
        _number(st, raw, LabelMatch(LabelKind.NUMBER, "", value, text), text)
    else:
        _unlabelled(st, raw, text)


_BARE_NUMBER = re.compile(r"^(?P<n>\d{1,3})\s+(?=\[?[A-Z])")


def _number_without_period(st: State, raw: RawParagraph, text: str) -> LabelMatch | None:
    """``18 [Notes with concern …`` printed without its period, right after paragraph 17: the
    number the sequence expects, not text ("12 members from …" follows no paragraph 11)."""
    m = _BARE_NUMBER.match(text)
    if m is None or raw.margin or raw.number or st.top is None or st.letter is not None:
        return None
    top = st.items[st.top]
    if top.kind is not K.OPERATIVE or not top.value.isdigit():
        return None
    if int(m.group("n")) != int(top.value) + 1:
        return None
    return LabelMatch(LabelKind.NUMBER, m.group("n"), m.group("n"), text[m.end() :])


def _preamble_letter(st: State, raw: RawParagraph, lab: LabelMatch | None) -> bool:
    """A lettered preambular paragraph (``A.``, ``B bis.``): PPA, PPBbis. False if it is not."""
    if raw.number or raw.margin or raw.heading_level is not None:
        return False
    m = _PP_LETTER.match(raw.text)
    if m is None or (lab is not None and lab.kind is LabelKind.ARTICLE):
        return False
    text = raw.text[m.end() :]
    if len(text) < 30 or looks_heading(text) or not text.rstrip().endswith((",", ";")):
        return False  # "I. Scope and definition": a section heading, not PPI
    value = m.group("l") + normalise_suffix(m.group("suf"))
    label = scoped(st, f"PP{value}")
    idx = add(st, Item(label, K.PREAMBULAR, text, m.group(0).strip(), None, value, raw=raw))
    st.top, st.letter, st.roman = idx, None, None
    return True


def _article(st: State, raw: RawParagraph, lab: LabelMatch, text: str) -> None:
    full = raw.text if not raw.margin else text
    idx = add(st, Item(f"Art. {lab.value}", K.ARTICLE, full, lab.value, None, lab.value, raw=raw))
    st.container, st.option, st.top, st.letter, st.roman = idx, None, None, None, None
    st.preamble = False


def _heading(st: State, raw: RawParagraph, lab: LabelMatch | None, text: str) -> None:
    if lab is not None and lab.kind is LabelKind.SECTION:
        label, number = f"{lab.value}.", lab.value
    elif lab is not None and lab.kind is LabelKind.NUMBER:
        label, number = lab.value, lab.printed
        text = raw.text if not raw.number else text
    else:
        label, number = (text[:40].strip() or f"¶{len(st.items) + 1}"), None
        text = raw.text
        enter_scope(st, text)
    st.preamble, st.cover_base = False, None
    add(st, Item(label, K.HEADING, text, number, None, raw=raw))
    st.container = None if lab is None or lab.kind is LabelKind.SECTION else st.container
    st.option, st.top, st.letter, st.roman = None, None, None, None


def _explicit(st: State, raw: RawParagraph, lab: LabelMatch, text: str) -> None:
    tag = lab.prefix or "PP"
    label = scoped(st, f"{tag}{lab.value}")
    inner = parse_label(text)
    if tag == "PP" and inner is not None and inner.kind is LabelKind.OPTION:
        # margin label Pp12 on "Option 1: …": the options of PP12, as in the unlabelled text
        if lab.value.isdigit():
            st.pp = int(lab.value) - 1
        st.top = None
        option(st, raw, inner, inner.rest)
        return
    if lab.alt:
        target = _find_label(st, label)
        add(st, Item(label + " Alt", K.OPTION, text, lab.printed, target, lab.value, raw=raw))
        return
    kind = K.PREAMBULAR if tag == "PP" else K.OPERATIVE
    if tag == "PP" and lab.value.isdigit():
        st.pp = int(lab.value)
    if tag == "OP":
        st.preamble = False
    idx = add(
        st,
        Item(prefix(st) + label, kind, text, lab.printed, scope_parent(st), lab.value, raw=raw),
    )
    st.top, st.letter, st.roman = idx, None, None
    if tag == "OP":
        st.last_op = label
        st.unnumbered = 0


def _find_label(st: State, label: str) -> int | None:
    for i in range(len(st.items) - 1, -1, -1):
        if st.items[i].label.endswith(label):
            return i
    return None


def _number(
    st: State,
    raw: RawParagraph,
    lab: LabelMatch,
    text: str,
    nxt: tuple[LabelMatch | None, str] | None = None,
) -> None:
    own = article_paragraph(st, lab.value)
    value = own if own is not None else lab.value
    if lab.alt:
        target = None
        stop = st.container if st.container is not None else -1  # an Alt of this article's
        for i in range(len(st.items) - 1, stop, -1):
            if st.items[i].value == value and st.items[i].kind is not K.OPTION:
                target = i
                break
        name = st.items[target].label if target is not None else prefix(st) + _num_label(st, value)
        add(st, Item(name + " Alt", K.OPTION, text, lab.printed, target, value, raw=raw))
        return
    leave_paragraph_options(st, value)
    parent = scope_parent(st)
    if own is not None:
        pass  # the article's own paragraph, under the article or the option it stands in
    elif "." in value.rstrip("."):
        head = value.split(".")[0]
        for i in range(len(st.items) - 1, -1, -1):
            it = st.items[i]
            if it.level == 0 and it.value == head and it.kind is K.OPERATIVE:
                parent = i
                break
            if it.kind in (K.ARTICLE, K.HEADING):
                break
    else:
        _check_sequence(st, value)
    kind = K.OPERATIVE
    if is_preambular_start(text) and not is_operative_start(text) and st.last_op == "OP0":
        kind = K.OPERATIVE if st.container is not None else K.PREAMBULAR
    if kind is K.OPERATIVE:
        st.preamble = False
    label = prefix(st) + _num_label(st, value)
    if lab.tag and lab.tag != "ALL":
        label += f" {lab.tag}"  # "(ABS)9.1." and "(CBTMT)9.1.": one number, several bodies
    worded = nxt is not None and nxt[0] is None and is_operative_start(nxt[1].strip())
    if kind is K.PREAMBULAR or not numbered_option(
        st, raw, lab.printed, label, text, parent, worded=worded
    ):
        idx = add(st, Item(label, kind, text, lab.printed, parent, value, raw=raw))
        st.top, st.letter, st.roman = idx, None, None
    if st.container is None:
        st.last_op = _num_label(st, value)
        st.unnumbered = 0


def _num_label(st: State, value: str) -> str:
    if st.container is not None:
        return f"{st.items[st.container].label}.{value}"
    if st.option is not None:
        return f"OP{value}"  # the option's label already names the scope
    return scoped(st, f"OP{value}")


def _check_sequence(st: State, value: str) -> None:
    digits = re.match(r"\d+", value)
    if digits is None or digits.group(0) != value:
        return
    n = int(value)
    key = (st.container, st.option)
    last = st.last_num.get(key)
    st.last_num[key] = n
    if last is None or n == last + 1:
        return
    if n == 1:
        st.diag(Severity.INFO, "numbering_restart", f"numbering restarts at 1 after {last}")
    elif n > last + 1:
        st.diag(Severity.INFO, "numbering_gap", f"paragraph {n} follows {last}: numbers skipped")
    elif n == last:
        st.diag(Severity.WARNING, "numbering_jump", f"paragraph number {n} printed twice in a row")
    else:
        st.diag(Severity.WARNING, "numbering_jump", f"paragraph {n} follows {last}: out of order")


def _unlabelled(st: State, raw: RawParagraph, text: str) -> None:
    n = len(st.items) + 1
    parent = scope_parent(st)
    stripped = text.strip()
    if not stripped:
        add(st, Item(f"¶{n}", K.OTHER, text, parent=parent, raw=raw))
        return
    if (stripped.startswith("{") and stripped.rstrip(".;:,").endswith("}")) or _NOTE_START.match(
        stripped
    ):
        add(st, Item(f"Note {n}", K.NOTE, text, parent=parent, raw=raw))
        if END_OPTIONS.search(stripped):
            st.option = None
        return
    if is_chapeau(stripped):
        add(st, Item("chapeau", K.OTHER, text, raw=raw))
        st.top, st.letter, st.roman = None, None, None
        st.preamble, st.pp = st.container is None, 0
        return
    if st.preamble and is_closing_formula(stripped):
        add(st, Item(f"¶{n}", K.OTHER, text, parent=parent, raw=raw))
        st.preamble, st.top, st.letter, st.roman = False, None, None, None
        return
    if st.preamble and st.container is None and not is_operative_start(stripped):
        # between the chapeau and the first operative paragraph, whatever the first word
        st.pp += 1
        label = f"{prefix(st)}{scoped(st, f'PP{st.pp}')}"
        idx = add(st, Item(label, K.PREAMBULAR, text, None, parent, raw=raw))
        st.top, st.letter, st.roman = idx, None, None
        return
    if raw.italic and not is_preambular_start(stripped):
        add(st, Item(f"Note {n}", K.NOTE, text, parent=parent, raw=raw))
        return
    if looks_heading(stripped):
        _heading(st, raw, None, text)
        return
    # a lower-case "recognising that …" closes the list above it: not a preambular paragraph
    # (in Latin script; Russian preambular paragraphs do open in lower case: "ссылаясь на …")
    if is_preambular_start(stripped) and st.container is None and not latin_lower(stripped[:1]):
        st.pp += 1
        label = f"{prefix(st)}{scoped(st, f'PP{st.pp}')}"
        idx = add(st, Item(label, K.PREAMBULAR, text, None, parent, raw=raw))
        st.top, st.letter, st.roman = idx, None, None
        return
    if is_operative_start(stripped) and not _NOTE_BY.match(stripped):
        st.preamble = False
        st.unnumbered += 1
        worded = worded_by_paragraphs(st)
        if worded is not None:  # "34. [Option 1:" / "Recommends …": OP34 Opt.1+1
            label = f"{worded.label}+{st.unnumbered}"
        else:
            label = f"{prefix(st)}{st.last_op}+{st.unnumbered}"
        idx = add(st, Item(label, K.OPERATIVE, text, None, parent, raw=raw))
        st.top, st.letter, st.roman = idx, None, None
        return
    if st.container is None and st.option is None and len(stripped) > 40:
        st.diag(
            Severity.INFO,
            "unclassified_paragraph",
            f"cannot tell what this paragraph is: {stripped[:50]!r}",
        )
    continue_option(st, stripped)  # "The GCF shall be strengthened, as follows:" in option 4
    add(st, Item(f"¶{n}", K.OTHER, text, parent=parent, raw=raw))
