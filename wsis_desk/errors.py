"""One exception tree for everything the app reports to a person.

    WsisDeskError                 anything the user should see as one clear line
    ├── InputFileError            a file we were asked to read cannot be used (and why, what to do)
    │   ├── UnsupportedFormatError    .doc, .pdf, password-protected Word, unknown extension
    │   ├── CorruptFileError          broken zip, missing parts, hostile or malformed XML
    │   │   └── BundleError               a .wsisdesk bundle is damaged, hostile, too new or locked
    │   │       └── PassphraseError           wrong passphrase or missing one (v1 files: or damaged)
    │   └── FileTooLargeError         over the size limit
    ├── NotFoundError             a named document, version, record or backup does not exist
    │   └── UnknownPartyError         a party neither in the registry nor a custom actor
    ├── InvalidRequestError       what was asked cannot be done with the values given
    │   ├── InvalidInterventionError  an intervention's pace, slot, language, status…
    │   ├── InvalidPositionError      a position's stance, source or target
    │   ├── InvalidInputError         a stakeholder input's disposition, file or target
    │   ├── InvalidCommitmentError    a commitment's date or status
    │   └── InvalidPackError          a pack's paragraphs, copies or output file
    └── StoreError                the database cannot be opened, migrated or backed up

    Cancelled                     not an error: the person pressed Cancel and the job stopped
                                  where stopping is safe, having changed nothing

Every message says what happened and what the person can do next, in words that fit every
front end (no command-line flags, no command names): a ``Remedy`` names the step, and each
front end words it its own way (the CLI prints its flag hint under the message, see
``cli/hints.py``). Code that is not ours (bugs) raises anything else and is reported as an
internal error.
"""

from __future__ import annotations

from enum import StrEnum


class Remedy(StrEnum):
    """A step the person can take, named for the front ends to word (CLI: a flag to give)."""

    NAME_DOCUMENT = "name-document"  # say which document
    LABEL_VERSION = "label-version"  # give the version another label
    IMPORT_VERSION = "import-version"  # import a text into the document
    RELINK = "relink"  # link the paragraphs of a document's versions again
    REPARSE = "reparse"  # recompute censuses and layouts
    TITLE_INPUT = "title-input"  # give a stakeholder input a title
    DESCRIBE_COMMITMENT = "describe-commitment"  # say what was committed to
    NEW_ACTOR = "new-actor"  # add a party that is not in the registry
    LIST_DOCUMENTS = "list-documents"
    LIST_VERSIONS = "list-versions"
    LIST_DELETED = "list-deleted"  # the bin of deleted versions and documents
    LIST_INTERVENTIONS = "list-interventions"
    LIST_INPUTS = "list-inputs"
    LIST_POSITIONS = "list-positions"
    LIST_COMMITMENTS = "list-commitments"
    LIST_CONFLICTS = "list-conflicts"
    LIST_BACKUPS = "list-backups"
    RESTORE_BACKUP = "restore-backup"
    OTHER_DATA_FOLDER = "other-data-folder"  # work in another data folder
    OCR = "ocr"  # read a scanned PDF by OCR
    PASSPHRASE = "passphrase"  # give the team passphrase


class WsisDeskError(Exception):
    """Base of all user-facing errors; ``str(err)`` is the one line shown to the person,
    ``remedy`` (if any) the step a front end may word for it after the message, and
    ``subject`` what that step applies to when the message names it (a backup's name)."""

    def __init__(
        self, message: str = "", *, remedy: Remedy | None = None, subject: str | None = None
    ) -> None:
        super().__init__(message)
        self.remedy = remedy
        self.subject = subject


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
    """An encrypted bundle cannot be opened: no passphrase, or a wrong one (a version-1 file
    cannot tell a wrong one from damaged bytes; a damaged version-2 file is a BundleError)."""


class NotFoundError(WsisDeskError):
    """A document, version or record named by the user does not exist."""


class UnknownPartyError(NotFoundError):
    """A party name that is neither in the registry nor a custom actor."""


class InvalidRequestError(WsisDeskError):
    """What was asked cannot be done with the values given (one of them is out of range,
    missing, or names something that cannot be used there)."""


class InvalidInterventionError(InvalidRequestError):
    """A value given for an intervention (pace, slot, language, status…) cannot be used."""


class InvalidPositionError(InvalidRequestError):
    """A position given with a stance, source or target we cannot use."""


class InvalidInputError(InvalidRequestError):
    """A stakeholder input given with a disposition, file or target we cannot use."""


class InvalidCommitmentError(InvalidRequestError):
    """A commitment given with a date or status we cannot use."""


class InvalidPackError(InvalidRequestError):
    """A pack cannot be built or written as asked."""


class StoreError(WsisDeskError):
    """The local database cannot be opened, migrated or backed up."""


class Cancelled(Exception):
    """A long job stopped because the person pressed Cancel; nothing was changed. Not a
    ``WsisDeskError``: nothing went wrong, so the front ends report no error for it."""
