"""Team-passphrase encryption of a whole bundle: AES-256-GCM, key from scrypt, versioned header.

Layout: ``MAGIC`` (13 bytes) | salt (16) | nonce (12) | ciphertext with its 16-byte tag. The
header is authenticated too, so any flipped byte anywhere fails to decrypt.
"""

from __future__ import annotations

import os
from functools import lru_cache

from cryptography.exceptions import InvalidTag
from cryptography.hazmat.primitives.ciphers.aead import AESGCM
from cryptography.hazmat.primitives.kdf.scrypt import Scrypt

from wsis_desk.errors import PassphraseError, Remedy

MAGIC = b"WSISDESK-ENC\x01"
SCRYPT_N, SCRYPT_R, SCRYPT_P = 2**15, 8, 1
_SALT, _NONCE = 16, 12
_HEADER = len(MAGIC) + _SALT + _NONCE


def is_encrypted(data: bytes) -> bool:
    """Whether ``data`` starts like an encrypted bundle (any version of the header)."""
    return data.startswith(MAGIC[:-1])


@lru_cache(maxsize=16)
def _key(passphrase: str, salt: bytes) -> bytes:
    # Cached in memory for this process only: re-reading a file, or writing several bundles
    # in one session (which reuse one salt, each with a fresh nonce), derives the key once.
    kdf = Scrypt(salt=salt, length=32, n=SCRYPT_N, r=SCRYPT_R, p=SCRYPT_P)
    return kdf.derive(passphrase.encode("utf-8"))


@lru_cache(maxsize=16)
def _session_salt(passphrase: str) -> bytes:
    return os.urandom(_SALT)


def encrypt(data: bytes, passphrase: str) -> bytes:
    """``data`` sealed with a key derived from ``passphrase`` (fresh salt and nonce)."""
    if not passphrase:
        raise PassphraseError("The passphrase is empty; give the team passphrase.")
    salt, nonce = _session_salt(passphrase), os.urandom(_NONCE)
    header = MAGIC + salt + nonce
    return header + AESGCM(_key(passphrase, salt)).encrypt(nonce, data, header)


def decrypt(data: bytes, passphrase: str | None, *, name: str) -> bytes:
    """The plain bundle inside ``data``; one clear error for every way this can fail."""
    if not data.startswith(MAGIC):
        raise PassphraseError(
            f"{name} is encrypted in a format this wsis_desk does not know; update wsis_desk."
        )
    if not passphrase:
        raise PassphraseError(
            f"{name} is encrypted; give the team passphrase.", remedy=Remedy.PASSPHRASE
        )
    if len(data) < _HEADER + 16:
        raise PassphraseError(f"{name}: wrong passphrase or damaged file.")
    header = data[:_HEADER]
    salt = header[len(MAGIC) : len(MAGIC) + _SALT]
    nonce = header[len(MAGIC) + _SALT :]
    try:
        return AESGCM(_key(passphrase, salt)).decrypt(nonce, data[_HEADER:], header)
    except InvalidTag:
        raise PassphraseError(f"{name}: wrong passphrase or damaged file.") from None
