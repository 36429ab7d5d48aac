"""The draft-belongs-to-document check and the name a new document gets from its draft."""

from __future__ import annotations

from wsis_desk.core.draft_name import name_draft
from wsis_desk.core.similarity import UNRELATED_BELOW, looks_unrelated, similarity

OP = [
    "Decides that a cooperative approach is the voluntary participation of a Party;",
    "Requests the secretariat to publish the annual reports in a timely manner;",
    "Invites Parties to submit their views on the matters referred to in paragraph 3 above;",
]


def test_a_revision_that_renumbers_brackets_and_cuts_still_belongs() -> None:
    revised = [
        "[Also] decides that a cooperative approach is the voluntary participation of a Party;",
        "Invites Parties to submit their views on the matters referred to in paragraph 2 above;",
    ]
    score = similarity(OP, revised)
    assert not looks_unrelated(score) and score > 3 * UNRELATED_BELOW


def test_texts_of_one_forum_with_other_wording_look_unrelated() -> None:
    other = [
        "Decides to convene a high-level meeting on the review of the information society;",
        "Requests the Secretary-General to report on the implementation of this resolution;",
        "Invites Member States to consider the outcomes of the World Summit;",
    ]
    assert looks_unrelated(similarity(OP, other))


def test_order_case_and_punctuation_do_not_count_and_empty_texts_are_handled() -> None:
    assert similarity(OP, [t.upper().replace(";", ".") for t in reversed(OP)]) == 1.0
    assert similarity(OP, []) == 0.0 and similarity([], []) == 1.0
    assert similarity(["Decides."], ["Decides."]) == 1.0  # too short for a 5-gram, yet equal


def test_name_from_the_symbol_and_the_title_line_skipping_furniture() -> None:
    name = name_draft(
        [
            "United Nations",
            "A/80/L.1",
            "Distr.: Limited",
            "Draft resolution",
            "Transforming our world: the information society at twenty",
            "The General Assembly,",
            "Recalling its resolution 70/125 of 16 December 2015,",
        ],
        "a80l1_rev1",
    )
    assert name.symbol == "A/80/L.1"
    assert name.title == "Transforming our world: the information society at twenty"


def test_no_title_line_falls_back_to_the_file_name() -> None:
    name = name_draft(["The General Assembly,", "Recalling its resolution 70/125,"], "zero_draft")
    assert (name.title, name.symbol) == ("zero draft", None)


def test_the_session_a_draft_was_written_for_is_not_its_title() -> None:
    head = [
        "AD HOC WORKING GROUP ON THE DURBAN PLATFORM FOR ENHANCED ACTION",
        "Second session, part eight",
        "8–13 February 2015",
        "Geneva, Switzerland",
        "WORK OF THE CONTACT GROUP ON ITEM 3",
        "Negotiating text",
        "12 February 2015",
    ]
    name = name_draft(head[1:], "geneva")  # the masthead is a running head, dropped
    assert name.title == "WORK OF THE CONTACT GROUP ON ITEM 3"
    assert str(name.dated) == "2015-02-12"
