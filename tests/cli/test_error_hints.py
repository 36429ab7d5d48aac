"""The CLI words each remedy as its own flag or command, printed after the message on its
line (one error, one line)."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.hardening.hostile import cli
from tests.test_errors import CLI_WORDS
from wsis_desk.cli.hints import CLI_HINTS, cli_hint
from wsis_desk.errors import NotFoundError, Remedy, StoreError


@pytest.mark.parametrize("remedy", list(Remedy), ids=str)
def test_every_remedy_has_a_cli_hint_with_a_flag_or_a_command(remedy: Remedy) -> None:
    assert CLI_WORDS.search(CLI_HINTS[remedy]), CLI_HINTS[remedy]


def test_the_hint_takes_the_subject_of_the_error() -> None:
    err = StoreError("damaged", remedy=Remedy.RESTORE_BACKUP, subject="wsis_desk-2026")
    assert cli_hint(err) == "restore it with: wsis-desk backup restore wsis_desk-2026"
    assert cli_hint(NotFoundError("gone")) is None


def test_an_unknown_document_names_the_list_command(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    code, _out, err = cli(capsys, "--data-dir", str(tmp_path), "versions", "Nothing")
    assert code == 1
    (line,) = err.splitlines()
    message, hint = line.split(" (hint: ")
    assert "No document called 'Nothing'" in message and "wsis-desk" not in message[10:]
    assert hint == "list them with: wsis-desk docs)"


def test_an_empty_document_name_names_the_flag(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    text = tmp_path / "draft.txt"
    text.write_text("1. Decides to act.\n", encoding="utf-8")
    code, _out, err = cli(capsys, "--data-dir", str(tmp_path), "import", str(text), "--doc", " ")
    assert code == 1
    assert err == (
        "wsis-desk: The document name is empty; give the document a name. "
        "(hint: give the document with --doc NAME, its title or symbol)\n"
    )


def test_an_unknown_conflict_names_the_list_command(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    code, _out, err = cli(
        capsys, "--data-dir", str(tmp_path), "conflicts", "resolve", "abcdef12", "--keep", "ours"
    )
    assert code == 1
    assert err.count("\n") == 1
    assert err.endswith(" (hint: list them with: wsis-desk conflicts)\n")


def test_an_error_without_a_remedy_stays_one_line(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    code, _out, err = cli(capsys, "--data-dir", str(tmp_path), "site", "--name", " ")
    assert code == 1
    assert err.count("\n") == 1 and "hint" not in err
