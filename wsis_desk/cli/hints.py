"""How the command line words each ``Remedy``: the flag or command to use, printed after the
message on its line (the messages themselves name no flags, so the desktop app shows them too)."""

from __future__ import annotations

from wsis_desk.errors import Remedy, WsisDeskError

CLI_HINTS: dict[Remedy, str] = {
    Remedy.NAME_DOCUMENT: "give the document with --doc NAME, its title or symbol",
    Remedy.LABEL_VERSION: "give another label with --label LABEL",
    Remedy.IMPORT_VERSION: "import one with: wsis-desk import FILE --doc NAME",
    Remedy.RELINK: "run: wsis-desk relink",
    Remedy.REPARSE: "run: wsis-desk reparse",
    Remedy.TITLE_INPUT: "give one with --title TEXT",
    Remedy.DESCRIBE_COMMITMENT: "say it with --what TEXT",
    Remedy.NEW_ACTOR: "add it with --new-actor",
    Remedy.LIST_DOCUMENTS: "list them with: wsis-desk docs",
    Remedy.LIST_VERSIONS: "list them with: wsis-desk versions DOC",
    Remedy.LIST_DELETED: "list the bin with: wsis-desk version deleted",
    Remedy.LIST_INTERVENTIONS: "list them with: wsis-desk intervention list",
    Remedy.LIST_INPUTS: "list them with: wsis-desk input list DOC",
    Remedy.LIST_POSITIONS: "list them with: wsis-desk position list DOC",
    Remedy.LIST_COMMITMENTS: "list them with: wsis-desk commitment list",
    Remedy.LIST_CONFLICTS: "list them with: wsis-desk conflicts",
    Remedy.LIST_BACKUPS: "list them with: wsis-desk backup list",
    Remedy.RESTORE_BACKUP: "restore it with: wsis-desk backup restore {subject}",
    Remedy.OTHER_DATA_FOLDER: "choose another data folder with --data-dir DIR",
    Remedy.OCR: "import it again with --ocr",
    Remedy.PASSPHRASE: "give it with --passphrase-file FILE",
}


def cli_hint(error: WsisDeskError) -> str | None:
    """The command-line hint for an error's remedy (None when it has none), with the
    error's subject (e.g. the backup to restore) filled in."""
    if error.remedy is None:
        return None
    return CLI_HINTS[error.remedy].format(subject=error.subject or "NAME")
