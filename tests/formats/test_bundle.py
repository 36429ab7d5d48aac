"""The .wsisdesk file: round trip, atomic write, encryption header, checks on reading."""

from __future__ import annotations

import zipfile
from pathlib import Path

import pytest

from wsis_desk.errors import BundleError, PassphraseError
from wsis_desk.formats.bundle import Header, Record, read_bundle, write_bundle
from wsis_desk.formats.bundle_crypto import MAGIC
from wsis_desk.store.migrate import SCHEMA_HEAD
from wsis_desk.store.sync_tables import sync_tables

TABLES = {s.name: s for s in sync_tables()}
HEADER = Header(
    SCHEMA_HEAD, "test", "site-1", "Laptop", 3, "2025-11-20T09:00:00+00:00", 2, {"x": 1}
)
CLOCK = "0001763629200000-00000-site-1"


def _records() -> list[Record]:
    data = {
        "title": "Pack",
        "meeting": None,
        "items_json": "[]",
        "options_json": "{}",
        "created_at": "t",
        "updated_at": "t",
    }
    return [Record("pack", "p1", CLOCK, None, "site-1", False, data, ())]


def test_round_trip_keeps_header_records_and_blobs(tmp_path: Path) -> None:
    path = tmp_path / "b.wsisdesk"
    blob = b"source bytes"
    import hashlib

    sha = hashlib.sha256(blob).hexdigest()
    blob_record = Record(
        "blob", sha, None, None, None, False, {"size": len(blob), "created_at": "t"}
    )
    write_bundle(path, HEADER, [*_records(), blob_record], {sha: blob})
    with zipfile.ZipFile(path) as zf:
        assert sorted(zf.namelist()) == ["blobs/" + sha, "manifest.json", "records.jsonl"]
    bundle = read_bundle(path, tables=TABLES, schema_version=SCHEMA_HEAD)
    assert bundle.header == HEADER
    assert bundle.records[0] == _records()[0]
    assert bundle.blobs == {sha: blob}
    assert bundle.counts == {"pack": 1, "blob": 1}
    assert not list(tmp_path.glob(".tmp-*"))


def test_encrypted_file_has_a_versioned_header_and_opens_only_with_the_passphrase(
    tmp_path: Path,
) -> None:
    path = tmp_path / "b.wsisdesk"
    write_bundle(path, HEADER, _records(), {}, passphrase="s3cret")
    raw = path.read_bytes()
    assert raw.startswith(MAGIC) and b"s3cret" not in raw
    assert read_bundle(path, tables=TABLES, schema_version=SCHEMA_HEAD, passphrase="s3cret")
    with pytest.raises(PassphraseError, match="written with another passphrase"):
        read_bundle(path, tables=TABLES, schema_version=SCHEMA_HEAD, passphrase="nope")
    path.write_bytes(MAGIC[:-1] + b"\x09" + raw[len(MAGIC) :])
    with pytest.raises(PassphraseError, match="update wsis_desk"):
        read_bundle(path, tables=TABLES, schema_version=SCHEMA_HEAD, passphrase="s3cret")


def test_missing_required_column_and_immutable_clock_are_refused(tmp_path: Path) -> None:
    path = tmp_path / "b.wsisdesk"
    (record,) = _records()
    del record.data["title"]
    write_bundle(path, HEADER, [record], {})
    with pytest.raises(BundleError, match=r"lacks pack\.title"):
        read_bundle(path, tables=TABLES, schema_version=SCHEMA_HEAD)
    clocked = Record("blob", "0" * 64, CLOCK, None, "x", False, {"size": 1, "created_at": "t"})
    write_bundle(path, HEADER, [clocked], {})
    with pytest.raises(BundleError, match="immutable"):
        read_bundle(path, tables=TABLES, schema_version=SCHEMA_HEAD)


def test_local_tables_never_travel() -> None:
    assert {"site", "pack_file", "revision", "conflict", "sync_peer"}.isdisjoint(TABLES)
    assert {"process", "document", "pack", "intervention"} <= {
        n for n, s in TABLES.items() if s.editable
    }
    assert {"blob", "version", "paragraph"} <= {n for n, s in TABLES.items() if not s.editable}
