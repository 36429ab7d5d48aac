"""The shipped parties registry: complete, consistent, and resolving real spellings."""

from __future__ import annotations

import json
from collections import Counter
from pathlib import Path

import pytest

from wsis_desk.core.parties import NAMESPACE, PartyKind, normalise_name
from wsis_desk.errors import InputFileError
from wsis_desk.formats.parties_in import default_registry_path, load_registry


def test_shipped_registry_contents() -> None:
    data = json.loads(default_registry_path().read_text(encoding="utf-8"))
    assert isinstance(data["version"], int)
    reg = load_registry()
    kinds = Counter(p.kind for p in reg)
    assert kinds[PartyKind.STATE] == 193
    assert {p.code for p in reg if p.kind is PartyKind.OBSERVER} == {"VAT", "PSE"}
    assert [p.code for p in reg if p.kind is PartyKind.ORGANISATION] == ["EU"]
    assert kinds[PartyKind.STAKEHOLDER_GROUP] == 5
    for p in reg:
        assert p.id.version == 5 and p.names.get("en")
        if p.kind is PartyKind.STATE:
            assert len(p.code) == 3 and p.code.isupper() and p.names.get("fr")
        for m in p.members:
            assert m in reg, f"{p.code} lists unknown member {m}"
        if not p.members and p.kind is PartyKind.GROUP:
            assert p.note, f"{p.code}: say why members are empty"
    assert NAMESPACE.version is not None


def test_group_memberships() -> None:
    reg = load_registry()
    assert sorted(p.code for p in reg.members("BASIC")) == ["BRA", "CHN", "IND", "ZAF"]
    assert len(reg.members("AGN")) == 54 and len(reg.members("EEG")) == 23
    assert len(reg.members("GRULAC")) == 33 and len(reg.members("EU")) == 27
    assert len(reg.members("LDC")) == 44 and len(reg.members("LLDC")) == 32
    regional = ["AGN", "APG", "EEG", "GRULAC", "WEOG"]
    covered = {m.code for g in regional for m in reg.members(g)}
    states = {p.code for p in reg if p.kind is PartyKind.STATE}
    assert states - covered == {"USA"}  # observer in WEOG
    assert {g.code for g in reg.groups_of("FRA")} >= {"EU", "WEOG"}


def test_no_name_means_two_parties() -> None:
    owner: dict[str, str] = {}
    for p in load_registry():
        for name in (*p.names.values(), *p.aliases):
            key = normalise_name(name)
            assert owner.setdefault(key, p.code) == p.code, f"{name!r}: {owner[key]} / {p.code}"


@pytest.mark.parametrize(
    ("name", "code"),
    [
        ("G77", "G77"), ("G-77", "G77"), ("G-77/China", "G77"), ("G77 and China", "G77"),
        ("Group of 77", "G77"), ("Group of 77 and China", "G77"), ("US", "USA"),
        ("USA", "USA"), ("United States", "USA"), ("U.S.", "USA"), ("UK", "GBR"),
        ("United Kingdom", "GBR"), ("Russia", "RUS"), ("Russian Federation", "RUS"),
        ("EU", "EU"), ("European Union", "EU"), ("Iran", "IRN"), ("Syria", "SYR"),
        ("DRC", "COD"), ("Congo", "COG"), ("Türkiye", "TUR"), ("Turkey", "TUR"),
        ("Korea", "KOR"), ("DPRK", "PRK"), ("Allemagne", "DEU"), ("États-Unis", "USA"),
        ("Holy See", "VAT"), ("Palestine", "PSE"), ("African Group", "AGN"), ("AOSIS", "AOSIS"),
        ("LDCs", "LDC"), ("LMDC", "LMDC"), ("EIG", "EIG"), ("Umbrella Group", "UMBRELLA"),
        ("AILAC", "AILAC"), ("ALBA", "ALBA"), ("Arab Group", "ARAB"), ("BASIC", "BASIC"),
        ("GRULAC", "GRULAC"), ("WEOG", "WEOG"), ("EEG", "EEG"), ("Asia-Pacific Group", "APG"),
        ("JUSCANZ", "JUSCANZ"), ("CELAC", "CELAC"), ("SIDS", "SIDS"), ("LLDCs", "LLDC"),
        ("civil society", "CIVIL_SOCIETY"), ("Technical community", "TECHNICAL_COMMUNITY"),
        ("private sector", "PRIVATE_SECTOR"), ("academia", "ACADEMIA"),
        ("international organizations", "INTERNATIONAL_ORGANIZATIONS"),
        ("Phillipines", "PHL"), ("Cote d'Ivoire", "CIV"), ("Viet Nam", "VNM"), ("Vietnam", "VNM"),
    ],
)  # fmt: skip
def test_real_spellings_resolve(name: str, code: str) -> None:
    found = load_registry().resolve(name)
    assert found is not None and found.code == code


def test_loading_is_cached_per_path(tmp_path: Path) -> None:
    assert load_registry() is load_registry(default_registry_path())
    path = tmp_path / "parties.json"
    path.write_text(json.dumps({"version": 1, "parties": [{"code": "XXA", "names": "X"}]}))
    mine = load_registry(path)
    assert len(mine) == 1 and load_registry(path) is mine


@pytest.mark.parametrize(
    ("content", "message"),
    [
        (None, "Cannot read"),
        (b"{not json", "not valid JSON"),
        (b"\xff\xfe\x00", "not valid JSON"),
        (b'{"version": 1}', "no list"),
        (b'{"parties": [{"kind": "state"}]}', "malformed"),
    ],
)
def test_bad_registry_files(tmp_path: Path, content: bytes | None, message: str) -> None:
    path = tmp_path / f"bad-{len(content or b'')}.json"
    if content is not None:
        path.write_bytes(content)
    with pytest.raises(InputFileError, match=message):
        load_registry(path)
