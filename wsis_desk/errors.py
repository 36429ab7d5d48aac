"""One exception tree for everything the app reports to a person.

    WsisDeskError                 anything the user should see as one clear line
    ├── InputFileError            a file we were asked to read cannot be used (and why, what to do)
    │   ├── UnsupportedFormatError    .doc, .pdf, password-protected Word, unknown extension
    │   ├── CorruptFileError          broken zip, missing parts, hostile or malformed XML
    │   ├── FileTooLargeError         over the size limit
    │   └── BundleError               a .wsisdesk bundle is damaged, hostile, too new or locked
    │       └── PassphraseError           wrong passphrase, missing one, or damaged ciphertext
    ├── NotFoundError             a named document / version does not exist
    └── StoreError                the database cannot be opened, migrated or backed up

Every message says what happened and what the person can do next. Code that is not ours
(bugs) raises anything else and is reported as an internal error.
"""

from __future__ import annotations


class WsisDeskError(Exception):
    """Base of all user-facing errors; ``str(err)`` is the one line shown to the person."""


class InputFileError(WsisDeskError):
    """A file cannot be read as a negotiation text."""


class UnsupportedFormatError(InputFileError):
    """The file is of a kind we do not read (old .doc, encrypted Word, unknown)."""


class CorruptFileError(InputFileError):
    """The file claims a format we read but is damaged or hostile."""


class FileTooLargeError(InputFileError):
    """The file is larger than we are willing to read."""


class BundleError(CorruptFileError):
    """A sync bundle cannot be used (checked before anything in the database changes)."""


class PassphraseError(BundleError):
    """An encrypted bundle cannot be opened: no passphrase, a wrong one, or damaged bytes."""


class NotFoundError(WsisDeskError):
    """A document or version named by the user does not exist."""


class StoreError(WsisDeskError):
    """The local database cannot be opened, migrated or backed up."""
