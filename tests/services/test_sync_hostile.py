"""Hostile and broken bundles: one clear message each, the database byte-for-byte unchanged."""

from __future__ import annotations

import hashlib
import io
import json
import zipfile
from collections.abc import Callable
from pathlib import Path

import pytest

from tests.services.sync_sites import dir_hashes, put_pack
from wsis_desk.errors import BundleError
from wsis_desk.services import sync
from wsis_desk.services.demo import load_demo
from wsis_desk.services.workspace import open_workspace


def _members(path: Path) -> dict[str, bytes]:
    with zipfile.ZipFile(path) as zf:
        return {name: zf.read(name) for name in zf.namelist()}


def _zip(members: dict[str, bytes], *, fix_hashes: bool = True) -> bytes:
    manifest = json.loads(members["manifest.json"])
    if fix_hashes:
        manifest["members"] = {
            n: hashlib.sha256(d).hexdigest() for n, d in members.items() if n != "manifest.json"
        }
        lines = [json.loads(x) for x in members["records.jsonl"].decode().splitlines() if x]
        counts: dict[str, int] = {}
        for line in lines:
            counts[line["table"]] = counts.get(line["table"], 0) + 1
        manifest["counts"] = counts
    members = {**members, "manifest.json": json.dumps(manifest).encode()}
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as zf:
        for name, data in members.items():
            zf.writestr(name, data)
    return buffer.getvalue()


def _edit_records(members: dict[str, bytes], change: Callable[[list[dict]], None]) -> bytes:
    lines = [json.loads(x) for x in members["records.jsonl"].decode().splitlines() if x]
    change(lines)
    body = "".join(json.dumps(x) + "\n" for x in lines).encode()
    blobs = {f"blobs/{x['id']}" for x in lines if x["table"] == "blob"}
    kept = {n: d for n, d in members.items() if not n.startswith("blobs/") or n in blobs}
    return _zip({**kept, "records.jsonl": body})


def _first(lines: list[dict], table: str) -> dict:
    return next(x for x in lines if x["table"] == table)


def _bomb() -> bytes:
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as zf:
        zf.writestr("manifest.json", b"{}")
        zf.writestr("records.jsonl", b"\n" * (300 * 1024 * 1024))
    return buffer.getvalue()


def _traversal(members: dict[str, bytes]) -> bytes:
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as zf:
        for name, data in members.items():
            zf.writestr(name, data)
        zf.writestr("../../evil.sh", b"rm -rf ~")
    return buffer.getvalue()


def _newer(members: dict[str, bytes]) -> bytes:
    manifest = json.loads(members["manifest.json"])
    manifest["schema_version"] = "9999"
    return _zip({**members, "manifest.json": json.dumps(manifest).encode()})


def _dangling(lines: list[dict]) -> None:
    _first(lines, "paragraph")["data"]["version_id"] = "00000000-dead-beef-0000-000000000000"
    lines[:] = [x for x in lines if x["table"] in ("paragraph",)]


def _duplicate(lines: list[dict]) -> None:
    lines.append(dict(_first(lines, "pack")))


CASES: dict[str, tuple[Callable[[bytes, dict[str, bytes]], bytes], str]] = {
    "tampered member": (
        lambda raw, m: _zip(
            {**m, "records.jsonl": m["records.jsonl"].replace(b"Pack", b"Hack")}, fix_hashes=False
        ),
        "does not match its checksum",
    ),
    "truncated file": (lambda raw, m: raw[: len(raw) // 2], "damaged"),
    "not a zip": (lambda raw, m: b"%PDF-1.7 hello", "not a wsis_desk bundle"),
    "zip bomb": (lambda raw, m: _bomb(), "zip bomb|more than"),
    "path traversal": (lambda raw, m: _traversal(m), "unexpected member"),
    "unknown table": (
        lambda raw, m: _edit_records(m, lambda ls: ls.append({**ls[0], "table": "secrets"})),
        "unknown table",
    ),
    "unknown column": (
        lambda raw, m: _edit_records(
            m, lambda ls: _first(ls, "pack")["data"].update({"shell": "x"})
        ),
        r"unknown column pack\.shell",
    ),
    "wrong type": (
        lambda raw, m: _edit_records(m, lambda ls: _first(ls, "pack")["data"].update(title=5)),
        "wrong type",
    ),
    "newer schema": (lambda raw, m: _newer(m), "newer wsis_desk"),
    "duplicate ids": (lambda raw, m: _edit_records(m, _duplicate), "repeats the id"),
    "dangling reference": (lambda raw, m: _edit_records(m, _dangling), "neither it nor this"),
    "bad clock": (
        lambda raw, m: _edit_records(m, lambda ls: _first(ls, "pack").update(hlc="yesterday")),
        "malformed clock",
    ),
}


@pytest.fixture(scope="module")
def good_bundle(tmp_path_factory: pytest.TempPathFactory) -> Path:
    root = tmp_path_factory.mktemp("source")
    ws = open_workspace(root / "src")
    try:
        load_demo(ws)
        put_pack(ws, "p1", title="Pack for the booths")
        sync.export_bundle(ws, root / "good.wsisdesk")
        sync.export_bundle(ws, root / "sealed.wsisdesk", passphrase="team secret")
    finally:
        ws.close()
    return root / "good.wsisdesk"


@pytest.fixture
def target(tmp_path: Path) -> Path:
    ws = open_workspace(tmp_path / "target")
    put_pack(ws, "other", title="Local work")
    ws.close()
    return tmp_path / "target"


def _refused(target: Path, bundle: Path, match: str, passphrase: str | None = None) -> None:
    before = dir_hashes(target)
    ws = open_workspace(target)
    try:
        with pytest.raises(BundleError, match=match) as info:
            sync.import_bundle(ws, bundle, passphrase=passphrase)
    finally:
        ws.close()
    message = str(info.value)
    assert "\n" not in message and len(message) < 300
    assert dir_hashes(target) == before


@pytest.mark.parametrize("case", sorted(CASES))
def test_hostile_bundle_is_refused_and_changes_nothing(
    case: str, good_bundle: Path, target: Path, tmp_path: Path
) -> None:
    make, match = CASES[case]
    raw = good_bundle.read_bytes()
    bad = tmp_path / f"{case.replace(' ', '_')}.wsisdesk"
    bad.write_bytes(make(raw, _members(good_bundle)))
    _refused(target, bad, match)


def test_wrong_passphrase_and_tampered_ciphertext(
    good_bundle: Path, target: Path, tmp_path: Path
) -> None:
    sealed = good_bundle.with_name("sealed.wsisdesk")
    _refused(target, sealed, "written with another passphrase", passphrase="guess")
    data = bytearray(sealed.read_bytes())
    data[len(data) // 2] ^= 0x01
    flipped = tmp_path / "flipped.wsisdesk"
    flipped.write_bytes(bytes(data))
    _refused(target, flipped, "is damaged", passphrase="team secret")
    _refused(target, sealed, "written with another passphrase", passphrase="Team secret")
    cut = tmp_path / "cut.wsisdesk"
    cut.write_bytes(sealed.read_bytes()[: len(data) - 100])  # a copy still arriving
    _refused(target, cut, "cut short", passphrase="team secret")
    _refused(target, sealed, "give the team passphrase")


def test_the_good_bundle_itself_imports(good_bundle: Path, target: Path) -> None:
    ws = open_workspace(target)
    try:
        assert sync.import_bundle(ws, good_bundle).total("added") > 50
    finally:
        ws.close()
