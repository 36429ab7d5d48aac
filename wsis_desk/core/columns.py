"""Give paragraph numbers that PDF text prints as a column apart from their texts back to them.

Text extracted from a PDF often gives a page's margin numbers as one column (``1.`` ``2.``
``3.`` on lines of their own) and then the texts one after the other, or the texts first and
the numbers after them. The reader then hands over margin labels without text and texts
without labels (``SourceBlock.margin``, ``breaks``, ``blank_before``). Here each column
is paired with the run of unlabelled paragraphs printed beside it (lines with no blank line
between them); where the joiner ran two of those texts together, they are cut where a wrapped
line ended a sentence, the shortest such lines first (a paragraph's last line rarely fills the
page). A column's first text that begins inside a sentence (the top of a page) ends the
paragraph before the column; a text run into a sub-item (``(c)`` … ``CMA.`` ``The …``) is cut
from it like any other. A paragraph printed as its options is one text of the column: the
later options of a set (``Option 2:`` after ``Option 1:``), an option's text under its header
line and the texts between two options ride along with the first, as sub-items and notes do.
When the texts cannot be made to match the numbers one to one, nothing is changed. Columns of
sub-item letters are handed out first (``column_letters``); the cutting and handing out of a
run of texts is ``column_pieces``, which paragraphs ride along ``column_riders``.

Over ~400 lines because finding a column, finding the run of texts beside it and deciding that
they match are one search that backs out as a whole when the count does not fit; the parts
that stand alone (letters, cutting, riders) are already in their own modules.
"""

from __future__ import annotations

import re
from dataclasses import replace

from wsis_desk.core.column_letters import (
    letters_around,
    letters_to_titles,
    list_mark,
    lone_letters,
    numbers_before_letters,
)
from wsis_desk.core.column_pieces import cut_run, hand_out, label_only
from wsis_desk.core.column_riders import (
    goes_on,
    is_item,
    is_rider,
    number_off_option,
    one_more_set,
    option_of,
    riders,
    set_before,
    sub_number,
    unlabelled,
)
from wsis_desk.core.labels import LabelKind, parse_label
from wsis_desk.core.lexicon import looks_heading
from wsis_desk.core.paragraphs import RawParagraph

__all__ = ["attach_columns"]

# A footnote's number printed in the column of paragraph numbers ("1." "2." "14" "15").
_BARE_MARK = re.compile(r"^\d{1,3}$")
_NUMBER = re.compile(r"^(\d{1,4})\.$")
_LETTER = re.compile(r"^\(([a-z])\)$")
_MARK = re.compile(r"^\((?:[a-z]|[ivx]{1,5})\)$")  # a letter or a small roman numeral
# A text that begins inside a sentence: lower case in a script with case, maybe in brackets.
_CONTINUES = re.compile(r"^\[*[a-zа-яёàâçéèêëîïôûùüÿñæœ]")


def _number_before(margin: str | None, labels: list[str]) -> bool:
    """Whether ``labels`` are the numbers ``n+1.`` ``n+2.`` … following ``margin`` (``n.``)."""
    m = _NUMBER.match((margin or "").strip())
    values = [_NUMBER.match(x.strip()) for x in labels]
    if m is None or any(v is None for v in values):
        return False
    first = int(m.group(1))
    got = [int(v.group(1)) for v in values if v is not None]
    return got == list(range(first + 1, first + 1 + len(labels)))


def _run_after(
    paras: list[RawParagraph],
    k: int,
    limit: int,
    *,
    after_text: bool,
    before: list[RawParagraph] | None = None,
    across_items: bool = False,
    across_blanks: bool = False,
) -> list[int]:
    """Indices of the texts (and the riders among them: sub-items, notes, the later options
    of a set) printed together from ``k``: no blank line between them (``across_items``: but
    before a sub-item and the text after one; ``across_blanks``: blank lines or not), at most
    ``limit`` texts and the riders after the last; riders first only ``after_text``
    (``before``: the paragraphs printed before, for the options they go on with)."""
    found: list[int] = []
    while k < len(paras):
        p = paras[k]
        if not (unlabelled(p) or is_rider(p) or option_of(p) is not None or sub_number(p)):
            break
        after_item = is_item(paras[found[-1]]) if found else False
        crossing = across_items and (is_item(p) or (after_item and unlabelled(p)))
        if found and p.blank_before and not (crossing or across_blanks):
            break
        found.append(k)
        k += 1
    rides = riders([paras[t] for t in found], before)
    taken: list[int] = []
    texts = 0
    for t, rider in zip(found, rides, strict=True):
        if sub_number(paras[t]) and not rider:
            break  # a numbered part outside an option has its own number
        if rider:
            if not (taken or after_text):
                break
        elif texts == limit:
            break
        else:
            texts += 1
        taken.append(t)
    return taken


def _numbers_first(
    paras: list[RawParagraph], i: int, j: int, context: list[RawParagraph] | None = None
) -> tuple[list[RawParagraph], int] | None:
    """Labels ``paras[i:j]`` and the one joined to the text at ``j``, paired with the texts
    that follow: the new paragraphs and where to go on, or None. ``context``: the options
    printed before the column (``set_before``) that its first texts may go on with."""
    labels = [p.margin or "" for p in paras[i : j + 1]]
    first = paras[j]
    context = context or []
    if _BARE_MARK.match(first.text.strip()):
        head: list[RawParagraph] = []
        k = j + 1
        while k < len(paras) and not paras[k].margin and _BARE_MARK.match(paras[k].text.strip()):
            k += 1  # more footnote numbers in the column
        taken = _run_after(paras, k, len(labels), after_text=False)
    else:
        head = [replace(first, margin=None, blank_before=False)]
        lead = _after_lead_in(paras, j, labels)
        if lead is not None:
            return [*head, *lead[0]], lead[1]
        limit = len(labels) - (not riders(head, context)[0])
        # a column of numbers only: the texts go on past the sub-items printed with blank lines
        numbers = all(_NUMBER.match(x.strip()) for x in labels)
        # the last letter of a list and the next numbers (a page's top): the first text is the
        # item's, the numbered texts follow it as paragraphs, blank lines between them or not
        mixed = len(labels) > 1 and _MARK.match(labels[0]) is not None
        mixed = mixed and all(_NUMBER.match(x) for x in labels[1:])
        taken = _run_after(
            paras,
            j + 1,
            limit,
            after_text=True,
            before=context + head,
            across_items=numbers,
            across_blanks=mixed,
        )
        blank = taken and paras[taken[0]].blank_before and not mixed
        if blank and not _leads_in(head[0], paras[taken[0]]):
            taken = []  # the texts after the first are printed right under it
    run = head + [paras[k] for k in taken]
    stop = (taken[-1] if taken else j) + 1
    more = stop
    while more < len(paras) and not paras[more].blank_before:
        if not (option_of(paras[more]) or (more > stop and is_rider(paras[more]))):
            break
        more += 1
    if more > stop and one_more_set(run, paras[stop:more], context):
        # one more set of options after the run: a plain text in it goes on with the one before
        pieces = cut_run([*run, *paras[stop:more]], len(labels) + 1, context)
        at = goes_on(pieces) if pieces is not None else None
        if pieces is not None and at is not None:
            return hand_out([*pieces[: at + 1], *pieces[at + 2 :]], labels), more
    pieces = cut_run(run, len(labels), context)
    if pieces is None:
        return None
    numbered = hand_out(pieces, labels)
    return numbered, stop


def _leads_in(p: RawParagraph, nxt: RawParagraph) -> bool:
    """Whether ``nxt`` is the first sub-item of ``p`` (``… to:`` / blank / ``(a)``), which a
    blank line may set apart (Paris decision draft of 6 November 2015, PDF text)."""
    return p.text.rstrip().endswith(":") and is_item(nxt)


def _after_lead_in(
    paras: list[RawParagraph], j: int, labels: list[str]
) -> tuple[list[RawParagraph], int] | None:
    """``For the purposes of this Agreement … In addition:`` at ``j``, the first text beside a
    column ``1.`` ``2.`` …, is the article's unnumbered lead-in: the numbers go to the texts
    under it (the definitions), when those can be made as many. None when it is not so."""
    if not paras[j].text.rstrip().endswith(":") or labels[0].strip() != "1.":
        return None
    if option_of(replace(paras[j], margin=None)) is not None:
        return None  # "Option 1:" heads the first paragraph's first wording
    taken = _run_after(paras, j + 1, len(labels), after_text=False)
    if not taken or paras[taken[0]].blank_before:
        return None
    pieces = cut_run([paras[k] for k in taken], len(labels))
    if pieces is None:
        return None
    return hand_out(pieces, labels), taken[-1] + 1


def _numbers_after(out: list[RawParagraph], labels: list[str]) -> bool:
    """Labels printed after their texts: hand them to the unlabelled paragraphs that follow the
    paragraph numbered just before them (in ``out``, changed in place). False if they do not fit.
    """
    k = len(out)
    while k > 0 and (
        unlabelled(out[k - 1]) or is_rider(out[k - 1]) or option_of(out[k - 1]) is not None
    ):
        k -= 1
    if k == 0 or not out[k - 1].text or not _number_before(out[k - 1].margin, labels):
        return False
    out_head = out[k - 1]
    pieces = cut_run(out[k - 1 :], len(labels) + 1)
    if pieces is None:
        return False
    del out[k - 1 :]
    out.extend(hand_out(pieces, [out_head.margin or "", *labels]))
    return True


def _own_label_apart(paras: list[RawParagraph]) -> list[RawParagraph]:
    """The last number of a column joined to a heading (``10.`` + ``II. TITLE``) kept apart:
    the number ends the column, the heading is not paragraph 10."""
    out: list[RawParagraph] = []
    for p in paras:
        if out and label_only(out[-1]) and p.margin and _is_heading(p.text):
            out.append(RawParagraph("", p.line, margin=p.margin))
            out.append(replace(p, margin=None))
        else:
            out.append(p)
    return out


def _is_heading(text: str) -> bool:
    lab = parse_label(text)
    if lab is not None:
        return lab.kind in (LabelKind.SECTION, LabelKind.ARTICLE) and bool(lab.rest)
    return looks_heading(text)


def _texts_after(paras: list[RawParagraph], j: int, n: int) -> tuple[list[RawParagraph], list[int]]:
    """The text on a column's last line (``paras[j]``, number off) and the texts run on after
    it for ``n`` numbers; none after a blank line (a new block is not the column's)."""
    head = [replace(paras[j], margin=None, blank_before=False)]
    taken = _run_after(paras, j + 1, n - 1, after_text=True, before=head)
    if taken and paras[taken[0]].blank_before:
        taken = []
    return head, taken


def _straddling(
    paras: list[RawParagraph], i: int, j: int, out: list[RawParagraph]
) -> tuple[list[RawParagraph], int] | None:
    """A column printed between its texts: ``2.`` Requests … / Invites … / ``3.`` ``4.`` /
    Also invites …: the texts the column lacks after it were run into the paragraph numbered
    just before it, whose last sentences they are (``out[-1]``, changed in place)."""
    labels = [p.margin or "" for p in paras[i : j + 1]]
    before = out[-1] if out else None
    if before is None or is_rider(before) or not _number_before(before.margin, labels):
        return None
    head, taken = _texts_after(paras, j, len(labels))
    texts = riders(head + [paras[k] for k in taken]).count(False)
    missing = len(labels) - texts
    if missing < 1 or len(before.breaks) < missing:
        return None
    pieces = cut_run([before], missing + 1)
    rest = cut_run(head + [paras[k] for k in taken], texts)
    if pieces is None or rest is None:
        return None
    out[-1:] = hand_out(pieces, [before.margin or "", *labels[:missing]])
    stop = (taken[-1] if taken else j) + 1
    return hand_out(rest, labels[missing:]), stop


def _among_texts(
    paras: list[RawParagraph], i: int, j: int, out: list[RawParagraph]
) -> tuple[list[RawParagraph], int] | None:
    """A column printed among its texts, some of which stand before it as paragraphs of their
    own: ``67.`` [The CMA shall …] / [Placeholder referring to …] / ``68.`` ``69.`` / [Decides
    …] (Paris decision draft of 6 November 2015, PDF text). The texts from the paragraph
    numbered just before the column to the end of the run after it take the numbers in order,
    cut where the texts cannot otherwise be made so many (``out`` changed in place)."""
    labels = [p.margin or "" for p in paras[i : j + 1]]
    k = len(out)
    while k > 1 and (
        is_rider(out[k - 1]) or (unlabelled(out[k - 1]) and not out[k - 1].blank_before)
    ):
        k -= 1  # its sub-items, and texts printed right under it, before the column
    before = out[k - 1] if k > 0 else None
    if before is None or is_rider(before) or not _number_before(before.margin, labels):
        return None
    head, taken = _texts_after(paras, j, len(labels))
    run = [replace(before, margin=None), *out[k:], *head, *(paras[n] for n in taken)]
    pieces = cut_run(run, len(labels) + 1)
    if pieces is None:
        return None
    numbered = hand_out(pieces, [before.margin or "", *labels])
    del out[k - 1 :]
    return numbered, (taken[-1] if taken else j) + 1


def _next_letter(before: RawParagraph, after: RawParagraph) -> bool:
    """Whether ``after`` is the sub-item lettered right after ``before`` (``(a)`` → ``(b)``)."""
    m, n = _LETTER.match(before.margin or ""), _LETTER.match(after.margin or "")
    return m is not None and n is not None and ord(n.group(1)) == ord(m.group(1)) + 1


def _after_sub_items(
    paras: list[RawParagraph], i: int, j: int, out: list[RawParagraph]
) -> tuple[list[RawParagraph], int] | None:
    """Numbers printed above the sub-items of the paragraph before them (``…that:`` / ``83.``
    ``84.`` / ``(a)`` … ``(c)`` / ``Decides …`` / ``Also decides …``): they are the numbers of
    the texts after those sub-items, in order, each text keeping the sub-items under it."""
    if j >= len(paras) or not is_rider(paras[j]):
        return None
    labels = [p.margin or "" for p in paras[i:j]]
    if not _NUMBER.match(labels[-1]):  # a letter column beside its own items: not this case
        return None
    if not out or not (out[-1].text.endswith(":") or _next_letter(out[-1], paras[j])):
        return None  # the sub-items after the numbers are not those of the paragraph before
    k = j + 1
    while k < len(paras) and is_rider(paras[k]) and paras[k].margin != "(a)":
        k += 1  # the sub-items, up to those of another paragraph (the texts ran into them)
    last = k - 1  # the last sub-item: a text the joiner ran into it is cut from it
    found: list[int] = []
    while k < len(paras) and (
        unlabelled(paras[k]) or ((found or paras[last].breaks) and is_rider(paras[k]))
    ):
        found.append(k)
        k += 1
    # the texts after the sub-items, the later options of a set riding with the first
    rides = riders([paras[n] for n in found])
    taken: list[int] = []
    for n, rider in zip(found, rides, strict=True):
        if not rider and rides[: len(taken)].count(False) == len(labels):
            break
        taken.append(n)
    pieces = cut_run([paras[last], *(paras[n] for n in taken)], len(labels))
    if pieces is None:
        return None
    return [*paras[j:last], *hand_out(pieces, labels)], (taken[-1] if taken else last) + 1


# "[(a)": the first sub-item's letter with the bracket that opens the items, printed alone
_LONE_LETTER = re.compile(r"^(\[+)(\([a-z]\))$")


def _after_lone_letter(
    paras: list[RawParagraph], i: int, j: int, out: list[RawParagraph]
) -> tuple[list[RawParagraph], int] | None:
    """``…include:`` / ``[(a)`` / ``29.`` … ``36.`` / ``Quantifiable …`` / ``(b)`` …: the
    letter printed before the column is the first sub-item's, whose text is the column's first
    text; the numbers go to the texts after the sub-items (Paris decision draft of 4 December
    2015, PDF text, paragraphs 28-36). ``out[-1]``, the letter, is taken off ``out``."""
    m = _LONE_LETTER.match(out[-1].text) if out and out[-1].margin is None else None
    if m is None or j >= len(paras) or not paras[j].margin or not paras[j].text:
        return None
    first = paras[j]
    item = replace(first, margin=m.group(2), text=m.group(1) + first.text)
    column = [RawParagraph("", first.line, margin=p.margin) for p in paras[i : j + 1]]
    done = _after_sub_items([*paras[:i], *column, item, *paras[j + 1 :]], i, j + 1, out[:-1])
    if done is None:
        return None
    out.pop()
    return done[0], done[1] - 1  # one paragraph more than ``paras`` before the stop


def _after_tail(
    paras: list[RawParagraph], i: int, j: int, out: list[RawParagraph]
) -> tuple[list[RawParagraph], int] | None:
    """A column whose first text begins inside a sentence (``on and guided by …``, the top of a
    page): that first sentence run is the end of the paragraph before the column (in ``out``,
    changed in place; a page number or note mark left between them is passed over); the
    numbers go to the texts after it. None when it is not so."""
    first = paras[j]
    at = len(out) - 1
    while at > 0 and not out[at].margin and _BARE_MARK.match(out[at].text.strip()):
        at -= 1
    before = out[at] if out else None
    if not _CONTINUES.match(first.text) or before is None:
        return None
    if not before.text or label_only(before) or before.table:
        return None
    if first.breaks:  # the texts the numbers stand for were joined to the tail
        off = min(o for o, _ in first.breaks)
        rest = first.text[off:]
        lead = len(rest) - len(rest.lstrip())
        breaks = [(o - off - lead, r) for o, r in first.breaks if o > off]
        moved = [replace(first, text=rest.strip(), breaks=breaks)]
        skip = 0
    else:  # the tail is a paragraph of its own: the numbers go to the ones after it
        nxt = paras[j + 1] if j + 1 < len(paras) else None
        if nxt is not None and is_item(nxt) and is_item(before):
            return _after_item_tail(paras, i, j, out, at)
        if nxt is None or nxt.blank_before or not (unlabelled(nxt) or option_of(nxt)):
            return None
        off = len(first.text)
        moved = [replace(nxt, margin=first.margin)]
        skip = 1
    context = [before] if option_of(replace(before, margin=None)) is not None else []
    done = _numbers_first([*paras[:j], *moved, *paras[j + 1 + skip :]], i, j, context)
    if done is None:
        return None
    out[at] = replace(before, text=f"{before.text} {first.text[:off].strip()}")
    return done[0], done[1] + skip


def _after_item_tail(
    paras: list[RawParagraph], i: int, j: int, out: list[RawParagraph], at: int
) -> tuple[list[RawParagraph], int] | None:
    """``92.`` ``93.`` ``94.`` / ``that facilitates …]`` / ``(f)`` … at a page's top: the tail
    ends the sub-item before the column (``out[at]``, changed in place) and the numbers are
    those of the texts after the sub-items that follow it (Paris decision draft of 4 December
    2015, PDF text, paragraphs 91-94)."""
    first = paras[j]
    ended = replace(out[at], text=f"{out[at].text} {first.text.strip()}")
    column = [RawParagraph("", first.line, margin=p.margin) for p in paras[i : j + 1]]
    done = _after_sub_items([*paras[:i], *column, *paras[j + 1 :]], i, j + 1, [*out[:at], ended])
    if done is None:
        return None
    out[at] = ended
    return done


def _letter_columns(paras: list[RawParagraph]) -> list[RawParagraph]:
    """``paras`` with each column of sub-item letters handed to its texts first, so that the
    items are whole riders of their paragraph when the numbers are handed out: a column among
    the texts of a column of numbers (``(c)`` ``(d)`` / ``Evaluate …`` / ``Provide …``: Paris
    decision draft of 6 November 2015, PDF text, paragraphs 52 and 58), and one printed around
    its texts (``column_letters``)."""
    out: list[RawParagraph] = []
    i = 0
    while i < len(paras):
        j = i
        while j < len(paras) and label_only(paras[j]) and list_mark(paras[j]):
            j += 1
        titled = letters_to_titles(paras, i, j) if i < j else None
        if titled is not None:
            out.extend(titled[0])
            i = titled[1]
            continue
        last = paras[j] if j < len(paras) else None
        if last is None or not list_mark(last) or _CONTINUES.match(last.text):
            out.extend(paras[i : max(j, i + 1)])
            i = max(j, i + 1)
            continue
        done = letters_around(paras, i, j) or (_numbers_first(paras, i, j) if i < j else None)
        if done is None:
            out.extend(paras[i : j + (i == j)])
            i = j + (i == j)
            continue
        out.extend(done[0])
        i = done[1]
    return out


def attach_columns(paras: list[RawParagraph]) -> list[RawParagraph]:
    """``paras`` with each column of labels handed to the texts it stands for."""
    paras = lone_letters(number_off_option(paras))
    if not any(label_only(p) or (p.margin and _CONTINUES.match(p.text)) for p in paras):
        return paras
    paras = _letter_columns(numbers_before_letters(_own_label_apart(paras)))
    out: list[RawParagraph] = []
    i = 0
    while i < len(paras):
        if _NUMBER.match(paras[i].margin or "") and paras[i].text:
            done = _after_tail(paras, i, i, out)  # a column of one number at a page's top
            if done is not None:
                out.extend(done[0])
                i = done[1]
                continue
        if not label_only(paras[i]):
            out.append(paras[i])
            i += 1
            continue
        j = i
        while j < len(paras) and label_only(paras[j]):
            j += 1
        moved = _after_sub_items(paras, i, j, out) or _after_lone_letter(paras, i, j, out)
        if moved is not None:
            out.extend(moved[0])
            i = moved[1]
            continue
        if j < len(paras) and paras[j].margin and paras[j].text:
            done = _after_tail(paras, i, j, out) or _numbers_first(paras, i, j, set_before(out))
            done = done or _straddling(paras, i, j, out) or _among_texts(paras, i, j, out)
            if done is not None:
                out.extend(done[0])
                i = done[1]
                continue
            out.extend(paras[i : j + 1])
            i = j + 1
            continue
        labels = [p.margin or "" for p in paras[i:j]]
        if not _numbers_after(out, labels):
            out.extend(paras[i:j])
        i = j
    return out
