"""Defensive reading of Office zip packages and their XML parts (zip bombs, DOCTYPEs, damage)."""

from __future__ import annotations

import io
import posixpath
import zipfile
import zlib
from typing import Any

from lxml import etree

from wsis_desk.errors import CorruptFileError, UnsupportedFormatError

DEFAULT_MAX_UNCOMPRESSED = 200 * 1024 * 1024
OLE2_MAGIC = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"
_ENCRYPTED = "EncryptedPackage".encode("utf-16-le")
_DOCTYPES = (b"<!DOCTYPE", "<!DOCTYPE".encode("utf-16-le"), "<!DOCTYPE".encode("utf-16-be"))
_REL_NS = "{http://schemas.openxmlformats.org/package/2006/relationships}"


def sniff_not_zip(data: bytes, name: str) -> None:
    """Raise a helpful error when ``data`` is clearly some other kind of file."""
    if data.startswith(OLE2_MAGIC):
        if _ENCRYPTED in data:
            raise UnsupportedFormatError(
                f"{name} is password-protected: remove the password in Word "
                "(File › Info › Protect Document) and save again."
            )
        raise UnsupportedFormatError(
            f"{name} is not a Word .docx file (it looks like an old binary .doc). "
            "Open it in Word or LibreOffice and save it as .docx."
        )
    head = data[:1024].lstrip(b"\xef\xbb\xbf \t\r\n")
    if head.startswith(b"%PDF"):
        raise UnsupportedFormatError(
            f"{name} is a PDF, not a Word .docx file. Import the Word original, or its text."
        )
    if head.startswith(b"{\\rtf"):
        raise UnsupportedFormatError(
            f"{name} is an RTF file, not a Word .docx file. "
            "Open it in Word or LibreOffice and save it as .docx."
        )
    if head.startswith(b"<") and (b"wordDocument" in head or b"pkg:package" in head):
        raise UnsupportedFormatError(
            f"{name} is a flat Word XML file, not a .docx. "
            "Open it in Word or LibreOffice and save it as .docx."
        )


class ZipPackage:
    """Read parts of an Open Packaging zip within a total uncompressed-size budget."""

    def __init__(self, data: bytes, *, name: str, max_uncompressed: int) -> None:
        self.name = name
        self._budget = max_uncompressed
        self._limit = max_uncompressed
        try:
            self._zip = zipfile.ZipFile(io.BytesIO(data))
            infos = self._zip.infolist()
        except (
            zipfile.BadZipFile,
            zipfile.LargeZipFile,
            EOFError,
            OSError,
            ValueError,
            NotImplementedError,  # "zip file version 10.4": a damaged central directory
        ) as err:
            if data[:2] == b"PK":
                raise CorruptFileError(
                    f"{name} is damaged (the zip archive is truncated or corrupt). "
                    "Ask for a fresh copy, or open it in Word and save it again."
                ) from err
            raise CorruptFileError(
                f"{name} is not a Word .docx file (it is not a zip package). "
                "Check that you picked the right file, or save it from Word as .docx."
            ) from err
        self._by_lower = {  # not i.is_dir(): it fails on an empty name
            i.filename.lower().lstrip("/"): i for i in infos if not i.filename.endswith("/")
        }

    def has(self, part: str) -> bool:
        """Whether the package holds ``part`` (names compared case-insensitively)."""
        return part.lower().lstrip("/") in self._by_lower

    def read(self, part: str) -> bytes | None:
        """The bytes of ``part`` (None when absent); raises when over budget or damaged."""
        info = self._by_lower.get(part.lower().lstrip("/"))
        if info is None:
            return None
        if info.file_size > self._budget:
            raise self._bomb(part)
        try:
            with self._zip.open(info) as fh:
                data = fh.read(self._budget + 1)
        except RuntimeError as err:  # encrypted zip member
            raise UnsupportedFormatError(
                f"{self.name} is an encrypted zip archive, not a Word .docx file."
            ) from err
        except (
            zipfile.BadZipFile,
            zlib.error,
            EOFError,
            OSError,
            NotImplementedError,
            ValueError,  # a member offset pointing before the archive: "negative seek value"
        ) as err:
            raise CorruptFileError(
                f"{self.name} is damaged (part {part} cannot be unpacked: {_one_line(err)}). "
                "Ask for a fresh copy, or open it in Word and save it again."
            ) from err
        if len(data) > self._budget:
            raise self._bomb(part)
        self._budget -= len(data)
        return data

    def _bomb(self, part: str) -> CorruptFileError:
        mb = self._limit // (1024 * 1024)
        return CorruptFileError(
            f"{self.name} unpacks to more than {mb} MB (part {part}); it is not a normal "
            "Word document and was not read."
        )

    def xml(self, part: str) -> Any | None:
        """The parsed root element of ``part`` (None when absent)."""
        data = self.read(part)
        return None if data is None else parse_xml(data, part=part, name=self.name)

    def relationships(self, part: str) -> list[tuple[str, str]]:
        """``(type, target part)`` for the internal relationships of ``part``."""
        folder, base = posixpath.split(part)
        root = self.xml(posixpath.join(folder, "_rels", base + ".rels"))
        if root is None:
            return []
        out = []
        for rel in root.iterchildren(_REL_NS + "Relationship"):
            target = rel.get("Target")
            if not target or rel.get("TargetMode") == "External":
                continue
            if target.startswith("/"):
                resolved = target.lstrip("/")
            else:
                resolved = posixpath.normpath(posixpath.join(folder, target))
            out.append((rel.get("Type") or "", resolved))
        return out


def parse_xml(data: bytes, *, part: str, name: str) -> Any:
    """Parse one XML part without entities, DTDs or network; reject any DOCTYPE."""
    if any(marker in data for marker in _DOCTYPES):
        raise _hostile(part, name)
    parser = etree.XMLParser(
        resolve_entities=False, no_network=True, huge_tree=False, load_dtd=False
    )
    try:
        root = etree.fromstring(data, parser)
    except (etree.XMLSyntaxError, ValueError) as err:
        limit = _limit_hit(str(err))
        if limit:
            raise CorruptFileError(
                f"{name} was refused: part {part} {limit}, which Word never writes (a sign of "
                "a hostile or broken file). Ask the sender for a copy saved by Word."
            ) from err
        raise CorruptFileError(
            f"{name} is damaged: part {part} is not well-formed XML ({_one_line(err)}). "
            "Open it in Word and save it again."
        ) from err
    docinfo: Any = root.getroottree().docinfo
    if docinfo.doctype or docinfo.internalDTD is not None:
        raise _hostile(part, name)
    return root


def _limit_hit(message: str) -> str | None:
    """What a libxml2 safety limit (kept on: huge_tree=False) refused, in words; else None."""
    if "Excessive depth" in message:
        return "nests XML elements more than 256 levels deep"
    if "Resource limit exceeded" in message or "XML_PARSE_HUGE" in message:
        return "holds a single run of text or markup over 10 MB"
    return None


def _hostile(part: str, name: str) -> CorruptFileError:
    return CorruptFileError(
        f"{name} was refused: part {part} declares a DOCTYPE, which Word never writes "
        "(a sign of a hostile file). Ask the sender for a copy saved by Word."
    )


def _one_line(err: BaseException) -> str:
    return " ".join(str(err).split())[:200]
