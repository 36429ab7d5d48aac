"""Encrypted bundles: a wrong passphrase is said as such, a cut or damaged file as damaged."""

from __future__ import annotations

import os

import pytest
from cryptography.hazmat.primitives.ciphers.aead import AESGCM
from cryptography.hazmat.primitives.kdf.scrypt import Scrypt
from hypothesis import given, settings
from hypothesis import strategies as st

from wsis_desk.errors import BundleError, PassphraseError, WsisDeskError
from wsis_desk.formats.bundle_crypto import MAGIC, MAGIC_V1, decrypt, encrypt

TEAM = "correct horse battery"
OTHERS = st.sampled_from(["Correct horse battery", "correct horse", "guess", "é" * 3])
PLAIN = st.binary(min_size=0, max_size=2_000)


def _version_1(data: bytes, passphrase: str) -> bytes:
    """A file as wsis_desk wrote them before the passphrase check (written out here from the
    format, independently of the module under test)."""
    salt, nonce = os.urandom(16), os.urandom(12)
    key = Scrypt(salt=salt, length=32, n=2**15, r=8, p=1).derive(passphrase.encode())
    header = MAGIC_V1 + salt + nonce
    return header + AESGCM(key).encrypt(nonce, data, header)


@settings(max_examples=25, deadline=None)
@given(data=PLAIN, other=OTHERS)
def test_a_wrong_passphrase_is_said_as_such_and_the_right_one_opens(
    data: bytes, other: str
) -> None:
    sealed = encrypt(data, TEAM)
    assert sealed.startswith(MAGIC) and decrypt(sealed, TEAM, name="b") == data
    with pytest.raises(PassphraseError, match="written with another passphrase") as raised:
        decrypt(sealed, other, name="b")
    assert "damaged" not in str(raised.value)  # a sync folder reports it at once


@settings(max_examples=40, deadline=None)
@given(data=PLAIN, cut=st.floats(0.0, 0.999))
def test_a_file_cut_short_anywhere_is_damaged_never_a_wrong_passphrase(
    data: bytes, cut: float
) -> None:
    sealed = encrypt(data, TEAM)
    keep = len(MAGIC) + int(cut * (len(sealed) - len(MAGIC)))
    with pytest.raises(BundleError, match="damaged") as raised:
        decrypt(sealed[:keep], TEAM, name="b")
    assert not isinstance(raised.value, PassphraseError)


@settings(max_examples=40, deadline=None)
@given(data=PLAIN, where=st.floats(0.0, 0.999), bit=st.integers(0, 7))
def test_a_flipped_bit_anywhere_never_opens(data: bytes, where: float, bit: int) -> None:
    sealed = bytearray(encrypt(data, TEAM))
    at = int(where * len(sealed))
    sealed[at] ^= 1 << bit
    with pytest.raises(WsisDeskError):
        decrypt(bytes(sealed), TEAM, name="b")


def test_files_written_before_the_check_still_open() -> None:
    old = _version_1(b"records", TEAM)
    assert decrypt(old, TEAM, name="old") == b"records"
    with pytest.raises(PassphraseError, match="wrong passphrase or damaged file"):
        decrypt(old, "guess", name="old")
    with pytest.raises(PassphraseError, match="give the team passphrase"):
        decrypt(old, None, name="old")


def test_a_newer_format_asks_to_update() -> None:
    newer = MAGIC[:-1] + b"\x09" + encrypt(b"x", TEAM)[len(MAGIC) :]
    with pytest.raises(PassphraseError, match="update wsis_desk"):
        decrypt(newer, TEAM, name="new")
