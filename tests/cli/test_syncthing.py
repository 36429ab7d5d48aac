"""`wsis-desk sync` through real Syncthing instances on 127.0.0.1: three laptops, several
rounds of edits and draft imports, then everyone agrees and nothing was lost or taken twice.

Skipped with a message when the ``syncthing`` binary is absent (``./dev.sh`` installs
Debian's package). Every socket is on the loopback interface; discovery, relays and NAT are
off (see tests/cli/syncthing_rig.py and the README's Syncthing set-up).
"""

from __future__ import annotations

import io
import re
import shutil
from collections import Counter
from pathlib import Path

import pytest

from tests.cli import syncthing_rig as rig
from wsis_desk.cli import main

CORPUS = Path(__file__).resolve().parents[2] / ".." / "shared" / "corpus" / "texts"
EN = CORPUS / "bbnj_agreement_2023_en_preamble_art1_excerpt.txt"
FR = CORPUS / "bbnj_agreement_2023_fr_preamble_art1_excerpt.txt"

pytestmark = [
    pytest.mark.skipif(
        rig.BINARY is None,
        reason="syncthing is not installed (apt-get install syncthing; ./dev.sh does it)",
    ),
    pytest.mark.skipif(not EN.is_file(), reason="the shared corpus is absent"),
]
_IMPORTED = re.compile(r"^(\S+) from .* \(#(\d+)\):", re.MULTILINE)


def cli(*argv: str) -> str:
    out = io.StringIO()
    code = main(list(argv), out)
    assert code == 0, (argv, out.getvalue())
    return out.getvalue()


def test_three_laptops_converge_through_syncthing(tmp_path: Path) -> None:
    laptops = [tmp_path / f"laptop{i}" for i in range(3)]
    instances = rig.start(tmp_path / "syncthing", len(laptops))
    taken: list[Counter[str]] = [Counter() for _ in laptops]

    def sync_all() -> None:
        for i, (data, st) in enumerate(zip(laptops, instances, strict=True)):
            text = cli("--data-dir", str(data), "sync", str(st.folder))
            assert "skipped" not in text, text
            for name, seq in _IMPORTED.findall(text):
                taken[i][f"{name}#{seq}"] += 1
        rig.wait_until_alike(instances)

    try:
        for i, data in enumerate(laptops):
            cli("--data-dir", str(data), "site", "--name", f"Laptop {i}")
        # round 1: the same new draft on two laptops, another draft on the third, edits
        cli("--data-dir", str(laptops[0]), "import", str(EN), "--doc", "BBNJ", "--label", "Rev.1")
        cli("--data-dir", str(laptops[1]), "import", str(EN), "--doc", "BBNJ", "--label", "Rev.1")
        cli("--data-dir", str(laptops[2]), "import", str(FR), "--doc", "BBNJ")
        for i, data in enumerate(laptops):
            cli("--data-dir", str(data), "intervention", "add", "--title", f"Statement {i}")
        sync_all()
        # Syncthing leftovers in the shared folder: a conflict copy and a temp file of a
        # bundle, carried to every laptop; they must never be imported
        first = next(instances[0].folder.glob("*/1.wsisdesk"))
        shutil.copyfile(first, first.with_name("1.sync-conflict-20251120-090000-AAAAAAA.wsisdesk"))
        shutil.copyfile(first, first.with_name(".syncthing.2.wsisdesk.tmp"))
        # round 2: more edits everywhere, a relay (laptop 2 learns laptop 0's work first)
        for i, data in enumerate(laptops):
            cli("--data-dir", str(data), "intervention", "add", "--title", f"Second {i}")
        sync_all()
        cli("--data-dir", str(laptops[1]), "import", str(FR), "--doc", "BBNJ", "--label", "Rev.2")
        for _round in range(4):
            sync_all()
            states = {cli("--data-dir", str(d), "export-state") for d in laptops}
            if len(states) == 1:
                break
        assert len(states) == 1, "the laptops did not converge through Syncthing"
        (state,) = states
        for i in range(3):
            assert f"Statement {i}" in state and f"Second {i}" in state
        assert state.count('"source_name": "bbnj_agreement_2023_en') == 1  # one version
        for counts in taken:
            assert counts and max(counts.values()) == 1, counts  # nothing imported twice
    finally:
        rig.stop(instances)
