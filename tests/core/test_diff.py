"""Word diff: whole-word chunks, exact round trip, bracket summary, layout-only detection."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from wsis_desk.core.diff import (
    Chunk,
    bracket_groups,
    diff_paragraph,
    layout_key,
    new_text,
    old_text,
    tokenize,
    word_diff,
)


def test_tokens_join_back_to_the_text_and_split_brackets_and_edge_punctuation() -> None:
    text = 'Decides  that [the Fund]\tshall (inter alia) support "1/CP.21";\nand'
    tokens = tokenize(text)
    assert "".join(tokens) == text
    assert "[" in tokens and "]" in tokens
    assert "1/CP.21" in tokens and '";' in tokens and "(" in tokens
    assert "inter" in tokens


def test_diff_is_whole_words_with_deletion_before_insertion() -> None:
    chunks = word_diff(
        "meeting of the Parties to the Paris Agreement shall",
        "meeting of the Parties to this Agreement shall",
    )
    assert chunks == (
        Chunk("=", "meeting of the Parties to "),
        Chunk("-", "the Paris"),
        Chunk("+", "this"),
        Chunk("=", " Agreement shall"),
    )


def test_punctuation_change_is_its_own_chunk() -> None:
    chunks = word_diff("the Convention.", "the Convention;")
    assert chunks == (Chunk("=", "the Convention"), Chunk("-", "."), Chunk("+", ";"))


def test_identical_texts_are_one_kept_chunk() -> None:
    d = diff_paragraph("Decides to act;", "Decides to act;")
    assert d.chunks == (Chunk("=", "Decides to act;"),)
    assert d.identical and d.layout_only and not d.brackets.changed


def test_round_trip_reproduces_both_texts() -> None:
    a = "Urges [all] Parties\nto [[shall][should]] act, [X] times"
    b = "Urges Parties to [should] act  now, [X] times and more"
    chunks = word_diff(a, b)
    assert old_text(chunks) == a
    assert new_text(chunks) == b


def test_bracket_resolved_when_text_stays() -> None:
    d = diff_paragraph("Decides to [enhance] support", "Decides to enhance support")
    assert d.brackets.before == 1 and d.brackets.after == 0
    assert (d.brackets.removed, d.brackets.resolved, d.brackets.dropped) == (1, 1, 0)


def test_bracket_dropped_with_its_text() -> None:
    d = diff_paragraph("Decides to [enhance] support", "Decides to support")
    assert (d.brackets.removed, d.brackets.resolved, d.brackets.dropped) == (1, 0, 1)


def test_bracket_added_and_kept_groups_do_not_count() -> None:
    d = diff_paragraph("[shall] act on [finance]", "[should] act on [finance] [and technology]")
    assert d.brackets.before == 2 and d.brackets.after == 3
    assert d.brackets.added == 1 and d.brackets.removed == 0


def test_footnote_marks_and_ellipses_are_not_negotiation_brackets() -> None:
    assert bracket_groups(tokenize("text[1] and [^4] and [...] and […] [sic]")) == []
    assert len(bracket_groups(tokenize("[X] members and [ ]"))) == 2


def test_brackets_pair_as_the_census_counts_them() -> None:
    # a stray "]" is no group; a "[" left open is one, to the end of the text (it may close
    # in a later paragraph: the census counts it once, where it opens)
    tokens = tokenize("[open [closed] and ] ] stray [left open")
    assert bracket_groups(tokens) == [(0, 9, True), (3, 5, True), (15, 19, False)]


def test_layout_only_ignores_line_breaks_and_markdown_emphasis() -> None:
    d = diff_paragraph(
        "The Parties to this Agreement,\nshall apply mutatis mutandis",
        "*The Parties to this Agreement*, shall apply *mutatis mutandis*",
    )
    assert d.layout_only and not d.identical
    assert layout_key("a “b” – c") == layout_key('a "b" - c')
    assert not diff_paragraph("shall apply", "should apply").layout_only


def test_chinese_japanese_and_korean_are_diffed_character_by_character() -> None:
    zh = diff_paragraph("缔约方应开展合作，养护海洋生物。", "缔约方应加强合作，养护海洋生物。")
    assert zh.chunks == (
        Chunk("=", "缔约方应"),
        Chunk("-", "开展"),
        Chunk("+", "加强"),
        Chunk("=", "合作，养护海洋生物。"),
    )
    ja = diff_paragraph("締約国は協力する。", "締約国は強く協力する。").chunks
    assert ja == (Chunk("=", "締約国は"), Chunk("+", "強く"), Chunk("=", "協力する。"))
    ko = diff_paragraph("당사국은 협력한다", "당사국은 긴밀히 협력한다").chunks
    assert [c for c in ko if c.op != "="] == [Chunk("+", "긴밀히 ")]
    mixed = diff_paragraph("决定[设立]工作组 (A/80/L.1)", "决定设立工作组 (A/80/L.1)")
    assert mixed.brackets.resolved == 1


@given(st.text(alphabet="缔约方合作，。[] ab\n", max_size=40))
def test_cjk_tokens_join_back_to_the_text(text: str) -> None:
    assert "".join(tokenize(text)) == text
