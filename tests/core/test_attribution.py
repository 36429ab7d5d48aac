"""Attribution grammars of real drafts, resolved to parties, and the false positives avoided."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from wsis_desk.core.attribution import (
    Action,
    AttributionStyle,
    Proponent,
    comment_attribution,
    parse_proponents,
    reservation,
)
from wsis_desk.core.brackets.census import paragraph_census
from wsis_desk.core.brackets.scan import parse_brackets
from wsis_desk.core.brackets.scope import CleanMode, clean_text
from wsis_desk.core.parties import PartyRegistry
from wsis_desk.formats.parties_in import load_registry


@pytest.fixture(scope="module")
def reg() -> PartyRegistry:
    return load_registry()


def summary(text: str, reg: PartyRegistry) -> list[tuple[str, str, list[str | None], str]]:
    p = parse_brackets(text, reg)
    return [
        (a.style.value, a.action.value, [x.code for x in a.proponents], a.wording)
        for g in p.walk()
        for a in g.attributions
    ] + [
        (a.style.value, a.action.value, [x.code for x in a.proponents], a.wording) for a in p.notes
    ]


def test_dash_with_proponent_and_deleter(reg: PartyRegistry) -> None:
    text = "to address [extreme - US; G77 delete] poverty"
    assert summary(text, reg) == [
        ("dash", "propose", ["USA"], "extreme"),
        ("dash", "delete", ["G77"], "extreme"),
    ]
    group = parse_brackets(text, reg).groups[0]
    assert group.wording == "extreme" and group.inner == "extreme - US; G77 delete"
    assert paragraph_census(text, reg).proponents == ("G77", "USA")


def test_slash_separated_alternatives_each_with_proponents(reg: PartyRegistry) -> None:
    text = "[changing unsustainable - EU, G77 retain / promoting sustainable - US] patterns"
    assert summary(text, reg) == [
        ("dash", "retain", ["EU", "G77"], "changing unsustainable"),
        ("dash", "propose", ["USA"], "promoting sustainable"),
    ]
    group = parse_brackets(text, reg).groups[0]
    assert [a.option for a in group.attributions] == [0, 1]
    assert group.wording == "changing unsustainable / promoting sustainable"


def test_colon_prefix_text_and_delete(reg: PartyRegistry) -> None:
    assert summary("[G77: common but differentiated responsibilities]", reg) == [
        ("colon", "propose", ["G77"], "common but differentiated responsibilities")
    ]
    assert summary("[EU: delete]", reg) == [("colon", "delete", ["EU"], "")]
    assert summary("[G-77/China, AGN: retain]", reg) == [("colon", "retain", ["G77", "AGN"], "")]


def test_postfix_parenthesis_after_a_group(reg: PartyRegistry) -> None:
    assert summary("the [right to development] (EU) and", reg) == [
        ("postfix", "propose", ["EU"], "right to development")
    ]
    assert summary("[x](Russian Federation, Iran)", reg) == [
        ("postfix", "propose", ["RUS", "IRN"], "x")
    ]
    assert summary("[x] (US: delete)", reg) == [("postfix", "delete", ["USA"], "x")]


def test_parenthesised_proposal(reg: PartyRegistry) -> None:
    text = "to domestic action;](AILAC propose to delete para here, insert at Article 3.5)"
    assert summary(text, reg) == [("parenthetical", "delete", ["AILAC"], "")]
    note = parse_brackets(text, reg).notes[0]
    assert note.note.startswith("AILAC propose to delete")
    assert summary("(Switzerland and Norway support this paragraph)", reg) == [
        ("parenthetical", "support", ["CHE", "NOR"], "")
    ]


def test_attribution_after_a_group_in_parentheses_is_kept_once(reg: PartyRegistry) -> None:
    text = "[text](AILAC propose to delete para here)"
    p = parse_brackets(text, reg)
    assert len(p.groups[0].attributions) == 1 and p.notes == ()


def test_unknown_acronyms_are_kept_and_flagged(reg: PartyRegistry) -> None:
    assert summary("[text - XYZG, US]", reg) == [("dash", "propose", [None, "USA"], "text")]
    group = parse_brackets("[text - XYZG, US]", reg).groups[0]
    assert group.attributions[0].proponents[0] == Proponent("XYZG", None)
    assert summary("[text - XYZG delete]", reg) == [("dash", "delete", [None], "text")]
    assert paragraph_census("[text - XYZG delete]", reg).proponents == ("XYZG",)


@pytest.mark.parametrize(
    "text",
    [
        "[2030 - 2035]",
        "[low - and middle-income]",
        "[global low - carbon transformation]",
        "[and zero net emissions in the period 2060 - 2080]",
        "[Option 2: No provision on response measures.]",
        "[Placeholder: notion of avoiding double counting]",
        "[NB: see above]",
        "[CMA - CMP]",
        "[text] (NDMC)",
        "[text] (REDD-PLUS)",
        "[text](a)",
        "[text] (Article 2/XX)",
        "[text](delete, move to Agreement as modified)",
        "(EU internal note: I move this up here)",
        "[let us - we]",
        "[North - South cooperation]",
    ],
)
def test_ordinary_text_is_not_attribution(text: str, reg: PartyRegistry) -> None:
    assert summary(text, reg) == []


def test_parse_proponents_clause(reg: PartyRegistry) -> None:
    parsed = parse_proponents("Group of 77 and China, US strongly oppose", reg)
    assert parsed is not None
    assert [p.code for p in parsed[0]] == ["G77", "USA"] and parsed[1] is Action.OPPOSE
    by = parse_proponents("proposed by the United Kingdom and Japan", reg)
    assert by is not None and [p.code for p in by[0]] == ["GBR", "JPN"]
    assert parse_proponents("us", reg) is None
    assert parse_proponents("climate change", reg) is None


def test_reservation_footnote(reg: PartyRegistry) -> None:
    text = (
        "[South Africa wishes its reservation on the original text in brackets to be recorded; "
        "we do not accept any unconditional part of contributions]"
    )
    found = reservation(text, reg)
    assert found is not None
    assert [p.code for p in found.proponents] == ["ZAF"] and found.action is Action.RESERVE
    assert found.style is AttributionStyle.FOOTNOTE
    other = reservation("The Russian Federation would like its reservation to be noted.", reg)
    assert other is not None and [p.code for p in other.proponents] == ["RUS"]
    assert reservation("No reservations may be made to this Agreement.", reg) is None


def test_comment_attribution(reg: PartyRegistry) -> None:
    found = comment_attribution("US: Clarifies not decides", reg)
    assert found is not None and [p.code for p in found.proponents] == ["USA"]
    lmdc = comment_attribution("LMDC: Delete whole section", reg)
    assert lmdc is not None and lmdc.action is Action.DELETE and lmdc.proponents[0].code == "LMDC"
    assert comment_attribution("Note: this is odd", reg) is None


def test_without_registry_only_acronyms_with_an_action_are_read() -> None:
    p = parse_brackets("[text - EU delete] [more - EU]")
    assert [len(g.attributions) for g in p.walk()] == [1, 0]
    assert p.groups[0].attributions[0].proponents == (Proponent("EU", None),)


@pytest.mark.parametrize(
    ("text", "codes"),
    [
        ("[text - Russian Federation delete]", ["RUS"]),
        ("[text - Arab Group, African Group retain]", ["ARAB", "AGN"]),
        ("[text - United States of America]", ["USA"]),
        ("[text] (Russian Federation)", ["RUS"]),
        ("[Russian Federation: delete]", ["RUS"]),
        ("[texte - Groupe des 77 supprimer]", ["G77"]),
        ("[texte - UE]", ["EU"]),
        ("[texto - Grupo de los 77 eliminar]", ["G77"]),
        ("[текст - Группа 77]", ["G77"]),
        ("[текст - ЕС удалить]", ["EU"]),
        ("[案文 - 77国集团]", ["G77"]),
        ("[案文 - 欧盟]", ["EU"]),
        ("[77国集团：删除]", ["G77"]),
        ("[نص - مجموعة الـ77]", ["G77"]),
        ("[نص - الاتحاد الأوروبي]", ["EU"]),
        ("[texto - Estados Unidos eliminar]", ["USA"]),
        ("[texte - Fédération de Russie]", ["RUS"]),
        ("[текст - Российская Федерация, Китай]", ["RUS", "CHN"]),
        ("[案文 - 美国]", ["USA"]),
        ("[نص - المملكة العربية السعودية]", ["SAU"]),
    ],
)
def test_multi_word_names_and_the_six_languages(
    reg: PartyRegistry, text: str, codes: list[str]
) -> None:
    found = [code for _, _, cs, _ in summary(text, reg) for code in cs]
    assert found == codes


@pytest.mark.parametrize(
    "text",
    [
        "to [promote - G77; US,Canada, EU delete] the",
        "to [promote- G77; US,Canada, EU delete] the",  # the space before the dash lost too
        "to [promote - G77;US,Canada,EU delete] the",
    ],
)
def test_a_comma_list_whose_spaces_were_lost(reg: PartyRegistry, text: str) -> None:
    assert summary(text, reg) == [
        ("dash", "propose", ["G77"], "promote"),
        ("dash", "delete", ["USA", "CAN", "EU"], "promote"),
    ]


def test_an_attribution_with_no_wording_before_it(reg: PartyRegistry) -> None:
    assert summary("Decides [- G77; US,Canada, EU delete]", reg) == [
        ("dash", "propose", ["G77"], ""),
        ("dash", "delete", ["USA", "CAN", "EU"], ""),
    ]


def test_a_hyphen_before_a_space_is_not_an_attribution(reg: PartyRegistry) -> None:
    assert summary("[short- and long-term finance]", reg) == []
    assert summary("[short- and long-term finance - EU]", reg) == [
        ("dash", "propose", ["EU"], "short- and long-term finance")
    ]


def test_an_alternative_labelled_by_its_proponent(reg: PartyRegistry) -> None:
    assert summary("[Alt. AGN] Decides that the [mechanism] shall", reg) == [
        ("label", "propose", ["AGN"], "")
    ]
    assert summary("[Alt 2 (Russian Federation, Arab Group)] Decides", reg) == [
        ("label", "propose", ["RUS", "ARAB"], "")
    ]


@pytest.mark.parametrize(
    ("text", "codes"),
    [
        ("Alt. AGN: Decides that the [mechanism] shall", ["AGN"]),
        ("Alt (AGN): Decides", ["AGN"]),
        ("Alt 2 – EU, US: Requests", ["EU", "USA"]),
        ("Alternative text: Decides", []),
        ("Alt. 2: Decides", []),
        ("Although Parties: consider", []),
        ("Alternatively, Parties: consider", []),
    ],
)
def test_a_paragraph_opening_with_a_proposal_label(
    reg: PartyRegistry, text: str, codes: list[str]
) -> None:
    found = [c for style, _, cs, _ in summary(text, reg) if style == "label" for c in cs]
    assert found == codes
    if codes:  # the label is not part of the wording
        assert not clean_text(text, CleanMode.KEEP_ALL, reg).startswith("Alt")


def test_caseless_scripts_still_need_the_registry(reg: PartyRegistry) -> None:
    # a Chinese or Arabic word that is no party is not taken for one
    assert summary("[案文 - 气候变化]", reg) == []
    assert summary("[نص - تغير المناخ]", reg) == []


def _written_as_a_party(name: str) -> bool:
    """What the grammar accepts as a name: capitalised (or in a script without capitals),
    and a short one all in capitals ("BiH", "civil society" are read as words)."""
    letters = [c for c in name if c.isalpha()]
    if not letters or any(c in name for c in ",;/:()[]+&") or " - " in name:
        return False
    if not any(c.isupper() or c.islower() for c in letters):
        return True
    return letters[0].isupper() and (len(letters) > 3 or all(c.isupper() for c in letters))


_NAMES = sorted(
    (name, p.code)
    for p in load_registry()
    for name in (*p.names.values(), *p.aliases)
    if _written_as_a_party(name) and len(name) <= 60
)


@settings(deadline=None, max_examples=300)
@given(st.sampled_from(_NAMES), st.sampled_from(["", " delete", " retain"]))
def test_every_party_name_in_every_language_resolves_in_a_dash_attribution(
    named: tuple[str, str], action: str
) -> None:
    """Oracle: the registry itself. Whatever name or alias a party has in any language, an
    attribution written with it names the party the registry resolves it to."""
    name, _ = named
    reg = load_registry()
    party = reg.resolve(name)
    assert party is not None
    found = [code for _, _, cs, _ in summary(f"[the wording - {name}{action}]", reg) for code in cs]
    assert found == [party.code], name


@pytest.mark.parametrize(
    ("text", "codes"),
    [
        # Paris draft agreement, Art. 3ter (markdown and pdftotext renderings)
        ('Additional element - own contribution - EU submission on paragraph 34 "Deliver', ["EU"]),
        ("own contribution – EU submission on paragraph 34", ["EU"]),
        ("[G77 and China proposal for Article 6: Decides]", ["G77"]),
        ("Russian Federation submission on Article 2", ["RUS"]),
        ("The submission on paragraph 34 was made", []),
        ("Co-Chairs' proposal for Article 6", []),
        ("Parties submission on adaptation", []),
        # Paris presidency draft of 9 December 2015, note under Art. 2
        (
            "Note: A joint submission was received from Turkey and Ukraine for Art 2.bis",
            ["TUR", "UKR"],
        ),
        ("A submission was received from the Co-Chairs for Article 4", []),
    ],
)
def test_wording_named_as_a_partys_submission(
    reg: PartyRegistry, text: str, codes: list[str]
) -> None:
    found = [c for style, _, cs, _ in summary(text, reg) if style == "label" for c in cs]
    assert found == codes
