"""Paragraph alignment: renumbering, moves, bis paragraphs, deletions, merges, splits, lineage."""

from __future__ import annotations

import itertools

from wsis_desk.core.align import ChangeKind, align, assign_lineage
from wsis_desk.core.model import Paragraph, ParagraphKind

K = ParagraphKind
TEXTS = [
    "Recalling its resolution 70/125 on the outcome of the high-level meeting on the review",
    "Decides to convene a high-level meeting on the overall review of the implementation",
    "Requests the Secretary-General to submit a report on the progress made in implementation",
    "Encourages all stakeholders to contribute actively to the preparatory process for the review",
    "Invites the regional commissions to hold consultations on the digital divide and on financing",
    "Calls upon Member States to support capacity building in developing countries for data",
    "Urges the private sector and civil society to share good practices in meaningful connectivity",
]


def paras(items: list[tuple[str, str]]) -> tuple[Paragraph, ...]:
    return tuple(
        Paragraph(index=i, label=label, kind=K.OPERATIVE, text=text, number=label[2:])
        for i, (label, text) in enumerate(items)
    )


def numbered(texts: list[str]) -> tuple[Paragraph, ...]:
    return paras([(f"OP{i + 1}", t) for i, t in enumerate(texts)])


def pairs(old: tuple[Paragraph, ...], new: tuple[Paragraph, ...]) -> dict[int, tuple[int, str]]:
    return {m.new: (m.old, m.change.value) for m in align(old, new).matches if m.new is not None}


def test_identical_versions_align_one_to_one_unchanged() -> None:
    a = numbered(TEXTS)
    result = align(a, a)
    assert [(m.old, m.new, m.change) for m in result.matches] == [
        (i, i, ChangeKind.UNCHANGED) for i in range(len(TEXTS))
    ]
    assert all(m.similarity == 1.0 for m in result.matches)


def test_inserted_bis_paragraph_keeps_labels_and_is_added() -> None:
    old = numbered(TEXTS)
    items = [(f"OP{i + 1}", t) for i, t in enumerate(TEXTS)]
    items.insert(3, ("OP3bis", "Decides also to establish an informal working group on artificial"))
    new = paras(items)
    result = pairs(old, new)
    assert result[3] == (None, "added")
    assert all(result[j][1] == "unchanged" for j in range(len(new)) if j != 3)


def test_deletion_renumbers_the_following_paragraphs() -> None:
    old = numbered(TEXTS)
    new = numbered(TEXTS[:2] + TEXTS[3:])
    result = align(old, new)
    removed = [m for m in result.matches if m.change is ChangeKind.REMOVED]
    assert [m.old for m in removed] == [2]
    assert [m.old for m in result.matches] == list(range(7))  # removed row at its old place
    after = [m for m in result.matches if m.old is not None and m.old > 2]
    assert all(m.renumbered and not m.text_changed for m in after)
    assert all(m.change is ChangeKind.RENUMBERED for m in after)


def test_renumbered_and_changed_sets_both_flags() -> None:
    old = numbered(TEXTS)
    texts = TEXTS[1:]
    texts[3] = texts[3].replace("regional commissions", "United Nations regional commissions")
    new = numbered(texts)
    m = align(old, new).for_new()[3]
    assert m.old == 4 and m.change is ChangeKind.CHANGED
    assert m.renumbered and m.text_changed and not m.moved
    assert 0.8 < m.similarity < 1.0


def test_move_is_detected_by_longest_increasing_subsequence() -> None:
    old = numbered(TEXTS)
    new = paras([(f"OP{k + 1}", TEXTS[i]) for k, i in enumerate([0, 1, 5, 2, 3, 4, 6])])
    result = align(old, new)
    moved = [m for m in result.matches if m.moved]
    assert [(m.old, m.new) for m in moved] == [(5, 2)]
    assert moved[0].change is ChangeKind.MOVED


def test_merge_of_two_paragraphs_into_one() -> None:
    old = numbered(TEXTS)
    merged = TEXTS[2].rstrip(".") + ", and " + TEXTS[3][0].lower() + TEXTS[3][1:]
    new = numbered([*TEXTS[:2], merged, *TEXTS[4:]])
    m = align(old, new).for_new()[2]
    assert m.change is ChangeKind.MERGED and m.merged_from == (2, 3)
    assert m.olds == (2, 3) and m.old == 2


def test_split_of_one_paragraph_into_two() -> None:
    long = TEXTS[2] + " and requests further that the report include recommendations"
    old = numbered([*TEXTS[:2], long, *TEXTS[3:]])
    new = numbered(
        [
            *TEXTS[:2],
            TEXTS[2],
            "Requests further that the report include recommendations",
            *TEXTS[3:],
        ]
    )
    result = align(old, new)
    m = result.for_old()[2]
    assert m.change is ChangeKind.SPLIT and m.split_into == (2, 3)
    assert not [r for r in result.matches if r.change in (ChangeKind.ADDED, ChangeKind.REMOVED)]


def test_rewritten_paragraph_in_place_matches_by_label() -> None:
    old = numbered(TEXTS)
    new = numbered(
        [*TEXTS[:3], "Welcomes the offer of Brazil to host the meeting in 2027", *TEXTS[4:]]
    )
    m = align(old, new).for_new()[3]
    assert m.old == 3 and m.change is ChangeKind.CHANGED


def test_article_headings_follow_their_children_when_articles_are_renumbered() -> None:
    def article(n: int, body: list[str], start: int) -> list[Paragraph]:
        head = Paragraph(start, f"Art. {n}", K.ARTICLE, f"Article {n}", str(n))
        kids = [
            Paragraph(start + 1 + k, f"Art. {n}.{k + 1}", K.OPERATIVE, t, str(k + 1), start)
            for k, t in enumerate(body)
        ]
        return [head, *kids]

    old = tuple(article(1, TEXTS[:2], 0) + article(2, TEXTS[2:4], 3))
    new_list = article(1, TEXTS[4:6], 0) + article(2, TEXTS[:2], 3) + article(3, TEXTS[2:4], 6)
    new = tuple(new_list)
    by_new = align(old, new).for_new()
    assert by_new[3].old == 0 and by_new[3].renumbered  # Article 1 became Article 2
    assert by_new[6].old == 3 and by_new[6].renumbered  # Article 2 became Article 3
    assert by_new[0].change is ChangeKind.ADDED


def test_repeated_short_texts_pair_in_order() -> None:
    old = paras([("OP1", "Option 1:"), ("OP2", TEXTS[0]), ("OP3", "Option 1:"), ("OP4", TEXTS[1])])
    new = paras([("OP1", "Option 1:"), ("OP2", TEXTS[0]), ("OP3", "Option 1:"), ("OP4", TEXTS[1])])
    assert [m.change for m in align(old, new).matches] == [ChangeKind.UNCHANGED] * 4


def test_assign_lineage_inherits_and_mints_fresh_ids() -> None:
    old = numbered(TEXTS[:4])
    merged = TEXTS[2] + " " + TEXTS[3]
    new = numbered(["A completely new opening paragraph about something else", TEXTS[0], merged])
    counter = itertools.count()
    ids = assign_lineage(["L0", "L1", "L2", "L3"], align(old, new), 3, lambda: f"N{next(counter)}")
    assert ids == ["N0", "L0", "L2"]


def test_assign_lineage_split_first_part_keeps_the_id() -> None:
    long = TEXTS[2] + " and requests further that the report include recommendations"
    old = numbered([TEXTS[0], long])
    new = numbered([TEXTS[0], TEXTS[2], "Requests further that the report include recommendations"])
    counter = itertools.count()
    ids = assign_lineage(["A", "B"], align(old, new), 3, lambda: f"N{next(counter)}")
    assert ids == ["A", "B", "N0"]


def test_empty_versions() -> None:
    assert align((), ()).matches == ()
    assert [m.change for m in align((), numbered(TEXTS[:2])).matches] == [ChangeKind.ADDED] * 2
    assert [m.change for m in align(numbered(TEXTS[:2]), ()).matches] == [ChangeKind.REMOVED] * 2
