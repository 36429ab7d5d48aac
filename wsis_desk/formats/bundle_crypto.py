"""Team-passphrase encryption of a whole bundle: AES-256-GCM, key from scrypt, versioned header.

Written (version 2): ``MAGIC`` (13 bytes) | salt (16) | nonce (12) | passphrase check (16) |
ciphertext length (8, big-endian) | ciphertext with its 16-byte tag. The header is
authenticated too, so any flipped byte anywhere fails to decrypt.

The check and the length tell apart what AES-GCM alone cannot: a wrong passphrase (the check
differs: said at once, definitely) and a file cut short (shorter than its header says: damaged,
or still being copied in by a file-sync engine). The check is an HMAC under a second key from
the same scrypt run, so it says nothing about the encryption key.

Read also: version 1 (``MAGIC`` ending in 1: salt | nonce | ciphertext), written before the
check existed; there a wrong passphrase and a damaged file look the same.
"""

from __future__ import annotations

import hashlib
import hmac
import os
from functools import lru_cache

from cryptography.exceptions import InvalidTag
from cryptography.hazmat.primitives.ciphers.aead import AESGCM
from cryptography.hazmat.primitives.kdf.scrypt import Scrypt

from wsis_desk.errors import BundleError, PassphraseError, Remedy

MAGIC_V1 = b"WSISDESK-ENC\x01"
MAGIC = b"WSISDESK-ENC\x02"
SCRYPT_N, SCRYPT_R, SCRYPT_P = 2**15, 8, 1
_SALT, _NONCE, _CHECK, _LENGTH, _TAG = 16, 12, 16, 8, 16
_HEADER_V1 = len(MAGIC_V1) + _SALT + _NONCE
_HEADER = len(MAGIC) + _SALT + _NONCE + _CHECK + _LENGTH
_CHECK_LABEL = b"wsis-desk team passphrase check"


def is_encrypted(data: bytes) -> bool:
    """Whether ``data`` starts like an encrypted bundle (any version of the header)."""
    return data.startswith(MAGIC[:-1])


@lru_cache(maxsize=16)
def _keys(passphrase: str, salt: bytes) -> tuple[bytes, bytes]:
    """(encryption key, check key): one scrypt run of 64 bytes, split in two halves.

    The first half is what version 1 used as its key (scrypt's output is PBKDF2 blocks, so the
    first 32 bytes of a 64-byte run are a 32-byte run). Cached in memory for this process
    only: re-reading a file, or writing several bundles in one session (which reuse one salt,
    each with a fresh nonce), derives the keys once.
    """
    kdf = Scrypt(salt=salt, length=64, n=SCRYPT_N, r=SCRYPT_R, p=SCRYPT_P)
    both = kdf.derive(passphrase.encode("utf-8"))
    return both[:32], both[32:]


def _check(check_key: bytes, salt: bytes) -> bytes:
    return hmac.new(check_key, _CHECK_LABEL + salt, hashlib.sha256).digest()[:_CHECK]


@lru_cache(maxsize=16)
def _session_salt(passphrase: str) -> bytes:
    return os.urandom(_SALT)


def encrypt(data: bytes, passphrase: str) -> bytes:
    """``data`` sealed with a key derived from ``passphrase`` (fresh salt and nonce)."""
    if not passphrase:
        raise PassphraseError("The passphrase is empty; give the team passphrase.")
    salt, nonce = _session_salt(passphrase), os.urandom(_NONCE)
    key, check_key = _keys(passphrase, salt)
    length = (len(data) + _TAG).to_bytes(_LENGTH, "big")
    header = MAGIC + salt + nonce + _check(check_key, salt) + length
    return header + AESGCM(key).encrypt(nonce, data, header)


def decrypt(data: bytes, passphrase: str | None, *, name: str) -> bytes:
    """The plain bundle inside ``data``; one clear error for every way this can fail.

    A wrong passphrase raises ``PassphraseError`` (say so, ask again); a file cut short or
    damaged raises ``BundleError`` saying "damaged" (a sync folder waits for one still being
    copied in). Version 1 files cannot tell the two apart.
    """
    if not data.startswith((MAGIC, MAGIC_V1)):
        raise PassphraseError(
            f"{name} is encrypted in a format this wsis_desk does not know; update wsis_desk."
        )
    if not passphrase:
        raise PassphraseError(
            f"{name} is encrypted; give the team passphrase.", remedy=Remedy.PASSPHRASE
        )
    if data.startswith(MAGIC_V1):
        return _decrypt_v1(data, passphrase, name)
    if len(data) < _HEADER:
        raise BundleError(f"{name} is damaged or still being copied: it ends inside its header.")
    header = data[:_HEADER]
    at = len(MAGIC)
    salt, at = header[at : at + _SALT], at + _SALT
    nonce, at = header[at : at + _NONCE], at + _NONCE
    check, at = header[at : at + _CHECK], at + _CHECK
    length = int.from_bytes(header[at : at + _LENGTH], "big")
    key, check_key = _keys(passphrase, salt)
    if not hmac.compare_digest(check, _check(check_key, salt)):
        raise PassphraseError(
            f"{name} was written with another passphrase: ask the team for the one it uses.",
            remedy=Remedy.PASSPHRASE,
        )
    body = data[_HEADER:]
    if len(body) != length:
        short = "cut short" if len(body) < length else "longer than it says"
        raise BundleError(f"{name} is damaged ({short}), or still being copied in.")
    try:
        return AESGCM(key).decrypt(nonce, body, header)
    except InvalidTag:
        raise BundleError(f"{name} is damaged: its contents fail their seal.") from None


def _decrypt_v1(data: bytes, passphrase: str, name: str) -> bytes:
    if len(data) < _HEADER_V1 + _TAG:
        raise PassphraseError(f"{name}: wrong passphrase or damaged file.")
    header = data[:_HEADER_V1]
    salt = header[len(MAGIC_V1) : len(MAGIC_V1) + _SALT]
    nonce = header[len(MAGIC_V1) + _SALT :]
    try:
        return AESGCM(_keys(passphrase, salt)[0]).decrypt(nonce, data[_HEADER_V1:], header)
    except InvalidTag:
        raise PassphraseError(f"{name}: wrong passphrase or damaged file.") from None
