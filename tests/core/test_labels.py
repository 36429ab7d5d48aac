"""Label grammar: explicit labels, bis/ter numbers, sub-paragraphs, articles, options."""

from __future__ import annotations

import pytest

from wsis_desk.core.labels import (
    LabelKind,
    is_roman,
    letter_index,
    normalise_suffix,
    parse_label,
    roman_value,
)


@pytest.mark.parametrize(
    ("text", "kind", "value", "rest"),
    [
        ("PP3 Recalling its resolutions,", LabelKind.EXPLICIT, "3", "Recalling its resolutions,"),
        ("OP5 bis Decides", LabelKind.EXPLICIT, "5bis", "Decides"),
        ("Pp12", LabelKind.EXPLICIT, "12", ""),
        ("5bis. Decides", LabelKind.NUMBER, "5bis", "Decides"),
        ("5 bis. Decides", LabelKind.NUMBER, "5bis", "Decides"),
        ("5.bis Decides", LabelKind.NUMBER, "5bis", "Decides"),
        ("3.1 bis. Requests", LabelKind.NUMBER, "3.1bis", "Requests"),
        ("58quinquies.Encourages Parties", LabelKind.NUMBER, "58quinquies", "Encourages Parties"),
        ("19quinqiues. Notes", LabelKind.NUMBER, "19quinquies", "Notes"),
        ("2.3.1 Text", LabelKind.NUMBER, "2.3.1", "Text"),
        # Geneva negotiating text, Feb. 2015: sub-paragraphs of an inserted paragraph
        ("18ter.1 To be communicated", LabelKind.NUMBER, "18ter.1", "To be communicated"),
        ("18 ter.2 To have effect", LabelKind.NUMBER, "18ter.2", "To have effect"),
        ("16 quinquies.3 Continues", LabelKind.NUMBER, "16quinquies.3", "Continues"),
        ("12. Calls upon", LabelKind.NUMBER, "12", "Calls upon"),
        ("[4][2]. Also recognizes", LabelKind.NUMBER, "2", "Also recognizes"),
        ("(a) Cooperating fully", LabelKind.LETTER, "a", "Cooperating fully"),
        ("(ii) How the risk", LabelKind.ROMAN, "ii", "How the risk"),
        ("(i) Application", LabelKind.ROMAN, "i", "Application"),
        ("(a) bis. [The alignment", LabelKind.LETTER, "abis", "[The alignment"),
        ("b) second", LabelKind.LETTER, "b", "second"),
        ("iv. fourth", LabelKind.ROMAN, "iv", "fourth"),
        ("IV. Modalities", LabelKind.SECTION, "IV", "Modalities"),
        ("B. DRAFT DECISION", LabelKind.SECTION, "B", "DRAFT DECISION"),
        ("Article 2bis (GENERAL)", LabelKind.ARTICLE, "2bis", "(GENERAL)"),
        ("Art. 3", LabelKind.ARTICLE, "3", ""),
        ("Article premier", LabelKind.ARTICLE, "1", ""),
        ("Статья 1", LabelKind.ARTICLE, "1", ""),
        ("第一条用语", LabelKind.ARTICLE, "1", "用语"),
        ("第十二条", LabelKind.ARTICLE, "12", ""),
        ("Option 1: Recognizing", LabelKind.OPTION, "1", "Recognizing"),
        ("Option I:", LabelKind.OPTION, "I", ""),
        ("Option (b) 1: Arrangements", LabelKind.OPTION, "(b)1", "Arrangements"),
        ("Option A", LabelKind.OPTION, "A", ""),
        ("Alt", LabelKind.OPTION, "Alt", ""),
    ],
)
def test_labels_are_recognised(text: str, kind: LabelKind, value: str, rest: str) -> None:
    lab = parse_label(text)
    assert lab is not None
    assert (lab.kind, lab.value, lab.rest) == (kind, value, rest)


def test_explicit_label_keeps_prefix_and_alt() -> None:
    lab = parse_label("OP5bis Alt Decides")
    assert lab is not None
    assert lab.prefix == "OP"
    assert lab.alt
    numbered = parse_label("3bis Alt Parties shall")
    assert numbered is not None
    assert numbered.alt
    assert numbered.value == "3bis"


def test_old_new_numbering_keeps_old_number() -> None:
    lab = parse_label("[5][3]. Decides")
    assert lab is not None
    assert (lab.old, lab.value, lab.printed) == ("5", "3", "[5][3].")


@pytest.mark.parametrize(
    "text",
    [
        "1.5 °C above pre-industrial levels",
        "2 °C or 1.5 °C]",
        "2, 3 and 4], [including",
        "1 Resolution 217 A (III).",
        "2015. The year",
        "10:30 meeting",
        "70] [70–95] per cent",
        "Article 6, paragraph 2, of the Paris Agreement",
        "Options for the future",
        "Alternatively, Parties",
        "etc. and more",
        "i.e. the Parties",
        "(particularly converts",
        "(A/78/53), chap. III.",
        "3 terms of office",
        "Recalling its resolutions",
        "",
    ],
)
def test_ordinary_text_is_not_a_label(text: str) -> None:
    assert parse_label(text) is None


def test_suffix_spellings_normalise() -> None:
    assert normalise_suffix("quinqiues") == "quinquies"
    assert normalise_suffix("NONIES") == "novies"
    assert normalise_suffix(None) == ""


def test_roman_and_letter_helpers() -> None:
    assert is_roman("iv") and is_roman("xii") and not is_roman("iiii") and not is_roman("ab")
    assert roman_value("ix") == 9
    assert roman_value("ab") == 0
    assert letter_index("h") == 8
    assert letter_index("aa") == 27
    assert letter_index("ab") == 0
