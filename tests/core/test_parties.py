"""Party registry: deterministic ids, spelling variants, memberships, malformed records."""

from __future__ import annotations

import uuid

import pytest

from wsis_desk.core.parties import NAMESPACE, PartyKind, PartyRegistry, normalise_name, party_id

RECORDS: list[dict[str, object]] = [
    {"code": "USA", "kind": "state", "names": {"en": "United States of America"},
     "aliases": ["US", "United States"]},
    {"code": "CAN", "kind": "state", "names": {"en": "Canada", "fr": "Canada"}},
    {"code": "G77", "kind": "group", "names": {"en": "Group of 77 and China"},
     "aliases": ["G77", "G-77/China", "Group of 77"], "members": ["CAN"], "note": "test"},
    {"code": "EU", "kind": "organisation", "names": "European Union", "aliases": ["EU"]},
]  # fmt: skip


def test_ids_are_uuid5_of_the_code() -> None:
    reg = PartyRegistry.from_records(RECORDS)
    usa = reg.get("usa")
    assert usa is not None and usa.id == uuid.uuid5(NAMESPACE, "USA") == party_id("USA")
    assert uuid.UUID("6f0c3c52-8a1e-5b7d-9c4e-2d9a0b7e51a3") == NAMESPACE  # never change it
    assert PartyRegistry.from_records(RECORDS).get("USA") == usa


@pytest.mark.parametrize(
    "name",
    ["G77", "G-77", "g77", "G-77/China", "G77 and China", "G 77 & China", "Group of 77",
     "Group of 77 and China", "the Group of 77 and China", "  G-77 / China.  "],
)  # fmt: skip
def test_g77_spellings_resolve_to_one_party(name: str) -> None:
    found = PartyRegistry.from_records(RECORDS).resolve(name)
    assert found is not None and found.code == "G77"


def test_codes_match_only_in_capitals() -> None:
    reg = PartyRegistry.from_records(RECORDS)
    assert reg.resolve("CAN") is not None and reg.resolve("can") is None
    assert reg.resolve("Canada") is reg.resolve("CANADA")
    assert reg.resolve("") is None and reg.resolve("and") is None
    assert reg.resolve(3) is None  # type: ignore[arg-type]


def test_names_can_be_a_plain_string_and_lookup_helpers() -> None:
    reg = PartyRegistry.from_records(RECORDS)
    eu = reg.get("EU")
    assert eu is not None and eu.name == "European Union" and eu.kind is PartyKind.ORGANISATION
    assert [p.code for p in reg.members("G77")] == ["CAN"]
    assert [p.code for p in reg.groups_of("can")] == ["G77"]
    assert reg.members("nope") == () and "G77" in reg and "XXX" not in reg
    assert len(reg) == 4 and [p.code for p in reg] == ["USA", "CAN", "G77", "EU"]


def test_normalise_name() -> None:
    assert normalise_name("Côte d'Ivoire") == normalise_name("COTE D IVOIRE")
    assert normalise_name("G-77/China") == normalise_name("G77 & China") == "g77china"
    assert normalise_name("Türkiye") == "turkiye"


@pytest.mark.parametrize(
    ("records", "message"),
    [
        ([{"kind": "state"}], "without a code"),
        ([{"code": "X", "kind": "planet"}], "unknown kind"),
        ([{"code": "X"}, {"code": "x"}], "duplicate"),
        ([{"code": "X", "aliases": "X"}], "aliases"),
        ([{"code": "X", "names": ["a"]}], "names"),
    ],
)
def test_malformed_records_raise_value_error(
    records: list[dict[str, object]], message: str
) -> None:
    with pytest.raises(ValueError, match=message):
        PartyRegistry.from_records(records)
