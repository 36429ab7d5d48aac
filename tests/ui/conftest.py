"""UI tests run in English with its plural forms ("1 word", "6 words"), whatever the machine's
locale; a test that wants another language installs it with the ``language`` fixture."""

from __future__ import annotations

import os
from collections.abc import Callable, Iterator

import pytest

# QLocale.system() reads these when the QApplication starts: an English run everywhere.
os.environ["LANGUAGE"] = "en"
os.environ["LC_ALL"] = "C.UTF-8"


@pytest.fixture(autouse=True, scope="session")
def _english(qapp: object) -> None:
    from wsis_desk.ui.i18n import install_language

    install_language(qapp, "en")  # type: ignore[arg-type]


@pytest.fixture
def language(qapp: object) -> Iterator[Callable[[str], list[str]]]:
    """Install a language for one test (returns the catalogs loaded); English again after."""
    from PySide6.QtWidgets import QApplication

    from wsis_desk.ui.i18n import install_language

    font = QApplication.font()
    yield lambda code: install_language(qapp, code)  # type: ignore[arg-type]
    install_language(qapp, "en")  # type: ignore[arg-type]
    QApplication.setFont(font)  # a script's shipped face may have been put first
