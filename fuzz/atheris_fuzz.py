"""Coverage-guided fuzzing (atheris, libFuzzer) of the docx and text readers, optional.

    .venv/bin/pip install atheris
    .venv/bin/python -m fuzz.atheris_fuzz docx fuzz/corpus-docx -max_total_time=600
    .venv/bin/python -m fuzz.atheris_fuzz text fuzz/corpus-text -max_total_time=600

The corpus folder is seeded with the harness seeds (built drafts, ../shared/corpus) on the
first run; libFuzzer adds the inputs that reach new code. A crash is written as
``crash-<sha1>`` in the current folder: turn it into a test in
tests/hardening/test_fuzz_regressions.py.
"""

from __future__ import annotations

import hashlib
import sys
from pathlib import Path

import atheris

with atheris.instrument_imports(include=["wsis_desk"]):
    from fuzz.harness import check_docx, check_text, docx_seeds, text_seed_lines


def _seed(target: str, folder: Path) -> None:
    folder.mkdir(parents=True, exist_ok=True)
    if any(folder.iterdir()):
        return
    seeds = (
        list(docx_seeds())
        if target == "docx"
        else ["\n".join(text_seed_lines()[i : i + 40]).encode() for i in range(0, 400, 40)]
    )
    for data in seeds:
        (folder / hashlib.sha1(data).hexdigest()).write_bytes(data)


def _docx(data: bytes) -> None:
    check_docx(data)


def _text(data: bytes) -> None:
    check_text(data, markdown=bool(data[:1]) and data[0] % 2 == 1)


def main() -> None:
    target = sys.argv[1] if len(sys.argv) > 1 else ""
    if target not in ("docx", "text"):
        sys.exit(__doc__)
    args = [sys.argv[0], *sys.argv[2:]]
    corpus = next((Path(a) for a in args[1:] if not a.startswith("-")), None)
    if corpus is not None:
        _seed(target, corpus)
    atheris.Setup(args, _docx if target == "docx" else _text)
    atheris.Fuzz()


if __name__ == "__main__":
    main()
