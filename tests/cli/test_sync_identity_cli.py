"""A team importing the same drafts before syncing: one version per text, one document per
title, numbers and labels that agree, deltas that relay, clocks that stay bounded (issue 16)."""

from __future__ import annotations

import io
import json
from pathlib import Path

import pytest

from wsis_desk.cli import main

CORPUS = Path(__file__).resolve().parents[2] / ".." / "shared" / "corpus" / "texts"
V1 = CORPUS / "unfccc_paris_agreement_v1_2015-11-06_adp_draft.txt"
V2 = CORPUS / "unfccc_paris_agreement_v2_2015-12-04_adp_draft.txt"
V3 = CORPUS / "unfccc_paris_agreement_v3_2015-12-09_presidency_draft.txt"
OTHER = CORPUS / "unga_A-C.3-78-L.41_2023-11-01_draft_resolution.txt"

pytestmark = pytest.mark.skipif(not V3.is_file(), reason="the shared corpus is absent")


def run(*argv: str) -> tuple[int, str]:
    out = io.StringIO()
    code = main(list(argv), out)
    return code, out.getvalue()


def ok(*argv: str) -> str:
    code, text = run(*argv)
    assert code == 0, (argv, text)
    return text


def state(d: Path) -> str:
    return ok("--data-dir", str(d), "export-state", "--json")


def exchange(src: Path, dst: Path, tmp: Path, name: str) -> None:
    bundle = tmp / f"{name}.wsisdesk"
    ok("--data-dir", str(src), "bundle", "export", "-o", str(bundle))
    ok("--data-dir", str(dst), "bundle", "import", str(bundle))


def versions(d: Path, doc: str = "Paris") -> list[tuple[int, str, str]]:
    data = json.loads(ok("--data-dir", str(d), "versions", doc, "--json"))
    return [(v["seq"], v["label"], v["content_sha256"]) for v in data["versions"]]


def test_one_draft_here_two_there_no_unique_crash_and_the_same_numbers(tmp_path: Path) -> None:
    a, b = tmp_path / "a", tmp_path / "b"
    ok("--data-dir", str(a), "import", str(V1), "--doc", "Paris")
    ok("--data-dir", str(b), "import", str(V1), "--doc", "Paris")
    ok("--data-dir", str(b), "import", str(V2), "--doc", "Paris")
    exchange(b, a, tmp_path, "b1")  # was: UNIQUE constraint failed: version.document_id, ...
    exchange(a, b, tmp_path, "a1")
    exchange(b, a, tmp_path, "b2")  # and every later sync failed the same way
    assert state(a) == state(b)
    assert [v[:2] for v in versions(a)] == [(1, "Version 1"), (2, "Version 2")]
    assert len(json.loads(ok("--data-dir", str(a), "docs", "--json"))) == 1


def test_different_next_drafts_get_the_same_order_and_labels_everywhere(tmp_path: Path) -> None:
    a, b = tmp_path / "a", tmp_path / "b"
    for d in (a, b):
        ok(
            "--data-dir", str(d), "import", str(V1), "--doc", "Paris", "--label", "Zero draft",
            "--circulated", "2015-11-06T18:00+01:00",
        )  # fmt: skip
    ok(
        "--data-dir", str(a), "import", str(V3), "--doc", "Paris", "--label", "Rev.1",
        "--circulated", "2015-12-09T10:00+01:00",
    )  # fmt: skip
    ok(
        "--data-dir", str(b), "import", str(V2), "--doc", "Paris", "--label", "Rev.1",
        "--circulated", "2015-12-04T10:00+01:00",
    )  # fmt: skip
    exchange(a, b, tmp_path, "a1")
    exchange(b, a, tmp_path, "b1")
    assert state(a) == state(b)
    seen = versions(a)
    assert seen == versions(b)
    # circulation order, and the clash is resolved the same way and shown, never silently
    assert [label for _seq, label, _sha in seen] == ["Zero draft", "Rev.1", "Rev.1 (2)"]
    code, text = run("--data-dir", str(a), "show", "Paris", "--version", "Rev.1 (2)")
    assert code == 0 and "Rev.1 (2)" in text
    listing = ok("--data-dir", str(b), "versions", "Paris")
    assert "imported as 'Rev.1', a label an earlier version has" in listing


def test_the_same_new_document_on_two_laptops_is_one_document(tmp_path: Path) -> None:
    a, b = tmp_path / "a", tmp_path / "b"
    ok("--data-dir", str(a), "import", str(OTHER), "--doc", "Res")
    ok("--data-dir", str(b), "import", str(OTHER), "--doc", "Res")
    exchange(a, b, tmp_path, "a1")
    exchange(b, a, tmp_path, "b1")
    assert state(a) == state(b)
    docs = json.loads(ok("--data-dir", str(a), "docs", "--json"))
    assert len(docs) == 1
    ok("--data-dir", str(a), "versions", "Res")  # was: "Several documents are called 'Res'"
    assert json.loads(ok("--data-dir", str(b), "conflicts", "--json")) == []  # same fact


def test_a_new_document_under_another_spelling_of_its_title_is_still_one(tmp_path: Path) -> None:
    a, b = tmp_path / "a", tmp_path / "b"
    ok("--data-dir", str(a), "import", str(OTHER), "--doc", "Res")
    ok("--data-dir", str(b), "import", str(OTHER), "--doc", " res")
    exchange(a, b, tmp_path, "a1")
    exchange(b, a, tmp_path, "b1")
    assert state(a) == state(b)
    assert len(json.loads(ok("--data-dir", str(a), "docs", "--json"))) == 1
    (conflict,) = json.loads(ok("--data-dir", str(a), "conflicts", "--json"))  # shown
    assert conflict["table"] == "document"


def test_a_relay_reaches_the_third_laptop_through_a_delta(tmp_path: Path) -> None:
    a, b, c = tmp_path / "a", tmp_path / "b", tmp_path / "c"
    # A's work is stamped before B's next export, but reaches B only after it
    ok("--data-dir", str(a), "intervention", "add", "--title", "From A, via B", "--text", "Hi")
    ok("--data-dir", str(a), "import", str(V1), "--doc", "Paris")
    ok("--data-dir", str(c), "site", "--name", "C")
    exchange(c, b, tmp_path, "c0")  # B knows C
    ok("--data-dir", str(b), "intervention", "add", "--title", "B's own", "--text", "Yo")
    ok("--data-dir", str(b), "bundle", "export", "-o", str(tmp_path / "b0.wsisdesk"))
    ok("--data-dir", str(c), "bundle", "import", str(tmp_path / "b0.wsisdesk"))
    exchange(c, b, tmp_path, "c1")  # C confirms B's first bundle
    exchange(a, b, tmp_path, "a1")
    delta = tmp_path / "b-for-c.wsisdesk"
    ok("--data-dir", str(b), "bundle", "export", "-o", str(delta), "--delta-for", "C")
    ok("--data-dir", str(c), "bundle", "import", str(delta))
    assert state(b) == state(c)
    assert "From A, via B" in state(c)


def test_a_clock_far_in_the_future_is_refused_naming_the_laptop(tmp_path: Path, capsys) -> None:
    a, b = tmp_path / "a", tmp_path / "b"
    ok("--data-dir", str(a), "site", "--name", "Laptop with a wrong clock")
    ok("--data-dir", str(a), "intervention", "add", "--title", "Future", "--text", "x")
    bundle = tmp_path / "a.wsisdesk"
    ok("--data-dir", str(a), "bundle", "export", "-o", str(bundle))
    _rewrite_clocks(bundle, "9999999999999999-99999-")
    before = state(b)
    code, _text = run("--data-dir", str(b), "bundle", "import", str(bundle))
    err = capsys.readouterr().err
    assert code == 1 and "Laptop with a wrong clock" in err and "ahead" in err
    assert err.count("\n") == 1 and "Traceback" not in err
    assert state(b) == before
    ok("--data-dir", str(b), "intervention", "add", "--title", "Still works", "--text", "y")


def _rewrite_clocks(bundle: Path, prefix: str) -> None:
    """Give every editable record of an (unencrypted) bundle a clock starting ``prefix``."""
    import hashlib
    import re
    import zipfile

    with zipfile.ZipFile(bundle) as zf:
        members = {n: zf.read(n) for n in zf.namelist()}
    body = re.sub(rb'"hlc":"\d{16}-\d{5}-', b'"hlc":"' + prefix.encode(), members["records.jsonl"])
    manifest = json.loads(members["manifest.json"])
    manifest["members"]["records.jsonl"] = hashlib.sha256(body).hexdigest()
    members["records.jsonl"] = body
    members["manifest.json"] = json.dumps(manifest).encode()
    with zipfile.ZipFile(bundle, "w") as zf:
        for name, data in members.items():
            zf.writestr(name, data)


def test_two_truly_different_documents_of_one_title_are_reached_by_symbol_or_id(
    tmp_path: Path, capsys
) -> None:
    a, b = tmp_path / "a", tmp_path / "b"
    ok("--data-dir", str(a), "import", str(OTHER), "--doc", "Res", "--symbol", "A/C.3/78/L.41")
    ok("--data-dir", str(b), "import", str(V1), "--doc", "Res", "--symbol", "FCCC/ADP/2015/L.6")
    exchange(a, b, tmp_path, "a1")
    exchange(b, a, tmp_path, "b1")
    assert state(a) == state(b)
    docs = json.loads(ok("--data-dir", str(a), "docs", "--json"))
    assert len(docs) == 2
    code, _ = run("--data-dir", str(a), "versions", "Res")
    err = capsys.readouterr().err
    assert code == 1 and err.count("\n") == 1
    for doc in docs:
        assert doc["id"][:8] in err and doc["symbol"] in err
        for name in (doc["symbol"], doc["id"][:8]):
            listed = json.loads(ok("--data-dir", str(a), "versions", name, "--json"))
            assert listed["document"]["id"] == doc["id"]
    code, _ = run("--data-dir", str(a), "versions", "%_%_%_%_")  # literal, not a wildcard
    assert code == 1


EN = CORPUS / "bbnj_agreement_2023_en_preamble_art1_excerpt.txt"


def test_what_points_at_a_paragraph_follows_it_when_an_earlier_draft_arrives(
    tmp_path: Path,
) -> None:
    a, b = tmp_path / "a", tmp_path / "b"
    lines = EN.read_text(encoding="utf-8").splitlines()
    cut = tmp_path / "cut.txt"
    cut.write_text("\n".join(lines[: len(lines) * 2 // 3]) + "\n", encoding="utf-8")
    early, late = "2023-03-01T10:00+00:00", "2023-03-04T18:00+00:00"
    ok("--data-dir", str(b), "import", str(EN), "--doc", "BBNJ", "--circulated", late)
    shown = json.loads(ok("--data-dir", str(b), "show", "BBNJ", "--json"))
    label = next(p["label"] for p in shown["paragraphs"] if p["label"])
    doc = ("BBNJ", "--paragraph", label)
    ok("--data-dir", str(b), "position", "add", *doc, "--party", "USA", "--stance", "support")
    ok("--data-dir", str(b), "input", "add", *doc, "--submitter", "EU", "--title", "In")
    ok("--data-dir", str(b), "commitment", "add", *doc, "--who", "EU", "--what", "Do it")
    ok("--data-dir", str(b), "intervention", "add", "--title", "On it", "--doc", "BBNJ",
       "--paragraphs", label)  # fmt: skip
    ok("--data-dir", str(a), "import", str(cut), "--doc", "BBNJ", "--circulated", early)
    ok("--data-dir", str(a), "import", str(EN), "--doc", "BBNJ", "--circulated", late)
    for n in range(2):
        exchange(a, b, tmp_path, f"a{n}")
        exchange(b, a, tmp_path, f"b{n}")
    assert state(a) == state(b)
    data = json.loads(state(b))
    lineages = {p["lineage_id"] for p in data["paragraph"]}
    (position,) = data["position"]
    assert position["lineage_id"] in lineages
    (item,) = data["stakeholder_input"]
    assert set(json.loads(item["targets_json"])) <= lineages
    (commitment,) = data["commitment"]
    assert set(json.loads(commitment["lineages_json"])) <= lineages
    (statement,) = data["intervention"]
    assert {r["lineage"] for r in json.loads(statement["paragraphs_json"])} <= lineages


def test_a_pack_keeps_the_version_it_was_made_from_when_the_numbers_move(tmp_path: Path) -> None:
    a, b = tmp_path / "a", tmp_path / "b"
    ok("--data-dir", str(a), "import", str(V3), "--doc", "Paris")  # "Version 1" here, now
    made = json.loads(ok("--data-dir", str(a), "versions", "Paris", "--json"))["versions"][0]
    shown = json.loads(ok("--data-dir", str(a), "show", "Paris", "--json"))
    label = next(p["label"] for p in shown["paragraphs"] if p["label"])
    out = tmp_path / "pack.pdf"
    ok("--data-dir", str(a), "pack", "--paragraphs", f"Paris:Version 1:{label}", "-o", str(out))
    ok("--data-dir", str(b), "import", str(V1), "--doc", "Paris", "--circulated", "2015-11-06")
    exchange(b, a, tmp_path, "b1")  # an earlier draft: what was "Version 1" is "Version 2"
    versions = json.loads(ok("--data-dir", str(a), "versions", "Paris", "--json"))["versions"]
    assert [v["id"] for v in versions][1] == made["id"]
    (pack,) = json.loads(state(a))["pack"]
    assert json.loads(pack["items_json"])["versions"] == [made["id"]]
