"""The ``.wsisdesk`` sync bundle: a zip of manifest.json, records.jsonl and blobs/<sha256>.

Writing is atomic (temp file, then rename). Reading checks everything before returning:
zip safety (names, member count, sizes), the manifest, every member's sha256, every record
against the known tables and columns, duplicate ids, blobs against their hashes. Every
failure is one ``BundleError`` line naming the file.
"""

from __future__ import annotations

import hashlib
import io
import json
import os
import re
import tempfile
import zipfile
import zlib
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from wsis_desk.errors import BundleError
from wsis_desk.formats.bundle_crypto import decrypt, encrypt, is_encrypted
from wsis_desk.formats.bundle_records import ColumnShape, Record, RecordChecker, TableShape

__all__ = [
    "Bundle",
    "ColumnShape",
    "Header",
    "Record",
    "TableShape",
    "parse_bundle",
    "read_bundle",
    "write_bundle",
]

FORMAT = "wsisdesk-bundle"
FORMAT_VERSION = 1
MANIFEST, RECORDS = "manifest.json", "records.jsonl"
MAX_FILE_BYTES = 1024 * 1024 * 1024
MAX_UNCOMPRESSED = 2 * 1024 * 1024 * 1024
MAX_MEMBERS = 200_000
MAX_MANIFEST_BYTES = 16 * 1024 * 1024
MAX_RATIO = 1000  # a real bundle compresses JSON about 5-20x; bombs compress ~1000x
_BLOB_NAME = re.compile(r"blobs/([0-9a-f]{64})")
_HEX64 = re.compile(r"[0-9a-f]{64}")


@dataclass(frozen=True, slots=True)
class Header:
    """Who wrote a bundle and where it sits in that site's sequence."""

    schema_version: str
    app_version: str
    site_id: str
    site_name: str
    sequence: int
    created_at: str
    since_sequence: int | None = None  # None: a full bundle
    acks: Mapping[str, int] = field(default_factory=dict)  # site id -> their last seq imported


@dataclass(frozen=True, slots=True)
class Bundle:
    """A bundle read and fully checked."""

    header: Header
    records: tuple[Record, ...]
    blobs: Mapping[str, bytes]
    counts: Mapping[str, int]
    sha256: str  # of the file as stored (encrypted or not)


def write_bundle(
    path: Path,
    header: Header,
    records: Iterable[Record],
    blobs: Mapping[str, bytes],
    *,
    passphrase: str | None = None,
) -> str:
    """Write a bundle atomically at ``path``; returns the sha256 of the file written."""
    encode = json.JSONEncoder(ensure_ascii=False, separators=(",", ":")).encode  # one encoder
    lines = []
    counts: dict[str, int] = {}
    for record in records:
        lines.append(encode(record.to_json()))
        counts[record.table] = counts.get(record.table, 0) + 1
    body = ("\n".join(lines) + "\n" if lines else "").encode("utf-8")
    members = {RECORDS: hashlib.sha256(body).hexdigest()}
    for sha in blobs:
        members[f"blobs/{sha}"] = sha
    manifest = {
        "format": FORMAT,
        "format_version": FORMAT_VERSION,
        "schema_version": header.schema_version,
        "app_version": header.app_version,
        "site": {"id": header.site_id, "name": header.site_name},
        "sequence": header.sequence,
        "since_sequence": header.since_sequence,
        "created_at": header.created_at,
        "acks": dict(sorted(header.acks.items())),
        "counts": dict(sorted(counts.items())),
        "members": members,
    }
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED, compresslevel=1) as zf:
        zf.writestr(MANIFEST, json.dumps(manifest, ensure_ascii=False, indent=1))
        zf.writestr(RECORDS, body)
        for sha, data in blobs.items():
            zf.writestr(f"blobs/{sha}", data, compress_type=zipfile.ZIP_STORED)
    data = buffer.getvalue()
    if passphrase is not None:
        data = encrypt(data, passphrase)
    _write_atomically(path, data)
    return hashlib.sha256(data).hexdigest()


def _write_atomically(path: Path, data: bytes) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(prefix=".tmp-", suffix=".wsisdesk", dir=path.parent)
    try:
        with os.fdopen(fd, "wb") as fh:
            fh.write(data)
            fh.flush()
            os.fsync(fh.fileno())
        os.replace(tmp, path)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise


def read_file_bytes(path: Path) -> bytes:
    """The bytes of a bundle file, refusing absurd sizes before reading them."""
    try:
        size = path.stat().st_size
        if size > MAX_FILE_BYTES:
            raise BundleError(
                f"{path.name} is larger than {MAX_FILE_BYTES // 2**20} MB; it is not a bundle "
                "this app wrote."
            )
        return path.read_bytes()
    except OSError as exc:
        raise BundleError(f"Cannot read {path}: {exc.strerror or exc}.") from exc


def read_bundle(
    path: Path,
    *,
    tables: Mapping[str, TableShape],
    schema_version: str,
    passphrase: str | None = None,
) -> Bundle:
    """Read and check the bundle at ``path`` (decrypting it with ``passphrase`` if sealed)."""
    raw = read_file_bytes(path)
    return parse_bundle(
        raw, name=path.name, tables=tables, schema_version=schema_version, passphrase=passphrase
    )


def parse_bundle(
    raw: bytes,
    *,
    name: str,
    tables: Mapping[str, TableShape],
    schema_version: str,
    passphrase: str | None = None,
) -> Bundle:
    """Check a bundle held in memory; see ``read_bundle``."""
    sha = hashlib.sha256(raw).hexdigest()
    data = decrypt(raw, passphrase, name=name) if is_encrypted(raw) else raw
    if not data.startswith(b"PK"):
        raise BundleError(f"{name} is not a wsis_desk bundle (not a zip file).")
    members = _unzip(data, name)
    manifest = _manifest(members, name, schema_version)
    expected: dict[str, str] = manifest["members"]
    for member, content in members.items():
        if member == MANIFEST:
            continue
        want = expected.get(member)
        if want is None:
            raise BundleError(f"{name} holds {member}, which its manifest does not list.")
        if hashlib.sha256(content).hexdigest() != want:
            raise BundleError(
                f"{name} is damaged or was altered: {member} does not match its checksum."
            )
    missing = sorted(set(expected) - set(members))
    if missing:
        raise BundleError(f"{name} is incomplete: {missing[0]} is missing.")
    checker = RecordChecker(tables, name=name)
    records = checker.parse_lines(members[RECORDS])
    counts = checker.counts
    if counts != manifest["counts"]:
        raise BundleError(f"{name} is inconsistent: its record counts differ from its manifest.")
    blobs = {m.removeprefix("blobs/"): c for m, c in members.items() if m.startswith("blobs/")}
    checker.check_blobs(records, blobs)
    site = manifest["site"]
    header = Header(
        schema_version=manifest["schema_version"],
        app_version=manifest["app_version"],
        site_id=site["id"],
        site_name=site["name"],
        sequence=manifest["sequence"],
        created_at=manifest["created_at"],
        since_sequence=manifest["since_sequence"],
        acks=manifest["acks"],
    )
    return Bundle(header=header, records=records, blobs=blobs, counts=counts, sha256=sha)


def _unzip(data: bytes, name: str) -> dict[str, bytes]:
    try:
        zf = zipfile.ZipFile(io.BytesIO(data))
        infos = zf.infolist()
    except (zipfile.BadZipFile, zipfile.LargeZipFile, EOFError, OSError, ValueError) as exc:
        raise BundleError(f"{name} is damaged (truncated or not a zip archive).") from exc
    if len(infos) > MAX_MEMBERS:
        raise BundleError(f"{name} has more than {MAX_MEMBERS} members; it was not read.")
    names = [i.filename for i in infos]
    for member in names:
        if member not in (MANIFEST, RECORDS) and not _BLOB_NAME.fullmatch(member):
            raise BundleError(f"{name} holds an unexpected member {member[:80]!r}; refused.")
    if len(set(names)) != len(names):
        raise BundleError(f"{name} holds the same member twice; refused.")
    if sum(i.file_size for i in infos) > MAX_UNCOMPRESSED:
        raise BundleError(f"{name} unpacks to more than {MAX_UNCOMPRESSED // 2**20} MB; refused.")
    out: dict[str, bytes] = {}
    budget = MAX_UNCOMPRESSED
    for info in infos:
        if info.file_size > MAX_RATIO * max(info.compress_size, 1024):
            raise BundleError(f"{name} looks like a zip bomb ({info.filename}); refused.")
        try:
            with zf.open(info) as fh:
                content = fh.read(min(budget, info.file_size) + 1)
        except (zipfile.BadZipFile, zlib.error, EOFError, OSError, RuntimeError) as exc:
            raise BundleError(f"{name} is damaged ({info.filename} cannot be unpacked).") from exc
        except NotImplementedError as exc:
            raise BundleError(f"{name} uses an unsupported compression; refused.") from exc
        if len(content) != info.file_size:
            raise BundleError(f"{name} is damaged ({info.filename} has the wrong size).")
        budget -= len(content)
        out[info.filename] = content
    if MANIFEST not in out or RECORDS not in out:
        raise BundleError(f"{name} is not a wsis_desk bundle (no manifest or records).")
    return out


def _manifest(members: Mapping[str, bytes], name: str, schema_version: str) -> dict[str, Any]:
    text = members[MANIFEST]
    if len(text) > MAX_MANIFEST_BYTES:
        raise BundleError(f"{name} has an oversized manifest; refused.")
    try:
        manifest = json.loads(text)
    except (ValueError, UnicodeDecodeError) as exc:
        raise BundleError(f"{name} has a damaged manifest (not JSON).") from exc
    if not isinstance(manifest, dict) or manifest.get("format") != FORMAT:
        raise BundleError(f"{name} is not a wsis_desk bundle (unknown manifest).")
    version = manifest.get("format_version")
    schema = manifest.get("schema_version")
    if not isinstance(version, int) or not isinstance(schema, str) or not schema.isdigit():
        raise BundleError(f"{name} has a damaged manifest (format or schema version).")
    if version > FORMAT_VERSION or int(schema) > int(schema_version):
        raise BundleError(
            f"{name} was made by a newer wsis_desk (schema {schema}); update wsis_desk to "
            "import it."
        )
    _check_manifest_fields(manifest, name)
    return manifest


def _check_manifest_fields(m: dict[str, Any], name: str) -> None:
    site = m.get("site")
    members = m.get("members")
    counts = m.get("counts")
    acks = m.get("acks")
    since = m.get("since_sequence")
    ok = (
        isinstance(m.get("app_version"), str)
        and isinstance(site, dict)
        and isinstance(site.get("id"), str)
        and 0 < len(site["id"]) <= 36
        and isinstance(site.get("name"), str)
        and isinstance(m.get("sequence"), int)
        and m["sequence"] >= 1
        and (since is None or (isinstance(since, int) and 0 <= since < m["sequence"]))
        and isinstance(m.get("created_at"), str)
        and isinstance(members, dict)
        and all(isinstance(v, str) and _HEX64.fullmatch(v) for v in members.values())
        and isinstance(counts, dict)
        and all(isinstance(v, int) and v >= 0 for v in counts.values())
        and isinstance(acks, dict)
        and all(isinstance(v, int) and not isinstance(v, bool) for v in acks.values())
    )
    if not ok or not isinstance(counts, dict):
        raise BundleError(f"{name} has a damaged manifest (missing or malformed fields).")
    if {k: v for k, v in counts.items() if v} != counts:
        raise BundleError(f"{name} has a damaged manifest (empty counts).")
