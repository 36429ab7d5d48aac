"""Fidelity report: facts about every corpus file, read by people, checked against the tool.

``python -m tests.corpus.fidelity`` prints "facts right / facts checked" per file and exits 1 when
any fact that is not a listed known gap is wrong (or a known gap has started to pass: the list of
gaps only shrinks). The facts live in ``tests/corpus/facts/*.toml`` (see its README).
"""

from __future__ import annotations

import re
import sys
import tomllib
from collections.abc import Iterator
from dataclasses import dataclass, field
from functools import cache
from pathlib import Path

from wsis_desk.core.brackets.census import VersionCensus
from wsis_desk.core.model import Paragraph, ParagraphKind, SegmentedText
from wsis_desk.core.segment import segment
from wsis_desk.formats.parties_in import load_registry
from wsis_desk.formats.text_in import read_text
from wsis_desk.services.census import compute_census

FACTS = Path(__file__).parent / "facts"
CORPUS = Path(__file__).resolve().parents[2].parent / "shared" / "corpus"
K = ParagraphKind


@dataclass
class FileReport:
    """The facts of one corpus file: each checked one with its outcome."""

    name: str
    right: list[str] = field(default_factory=list)
    wrong: list[tuple[str, str]] = field(default_factory=list)  # (fact, what the tool said)
    gaps_still_open: list[str] = field(default_factory=list)
    gaps_closed: list[str] = field(default_factory=list)

    @property
    def checked(self) -> int:
        return len(self.right) + len(self.wrong) + len(self.gaps_still_open)

    @property
    def ok(self) -> bool:
        return not self.wrong and not self.gaps_closed


@cache
def parsed(source: str, markdown: bool) -> tuple[SegmentedText, VersionCensus]:
    """The segmented corpus file (its CORPUS-SOURCE line dropped) and its census."""
    data = (CORPUS / source).read_bytes()
    if data.lstrip(b"\xef\xbb\xbf").startswith(b"CORPUS-SOURCE:"):
        data = data.split(b"\n", 1)[1] if b"\n" in data else b""
    result = segment(read_text(data, markdown=markdown))
    return result, compute_census(result.paragraphs, result.footnotes)


_SPACE = re.compile(r"\s+")


def norm_label(label: str) -> str:
    """Labels compare without spaces or case: ``Art. 3 bis`` = ``Art.3bis``."""
    return _SPACE.sub("", label).lower()


def norm_text(text: str) -> str:
    """Text compares with one space, no markdown emphasis, straight quotes."""
    text = text.replace("*", "").replace("’", "'").replace("“", '"').replace("”", '"')
    return _SPACE.sub(" ", text).strip().lower()


def _ancestors(ps: tuple[Paragraph, ...], p: Paragraph) -> Iterator[Paragraph]:
    seen = 0
    while p.parent is not None and seen < 50:
        p = ps[p.parent]
        seen += 1
        yield p


def top_level(ps: tuple[Paragraph, ...], kind: ParagraphKind) -> int:
    """Paragraphs of ``kind`` that are not sub-items of a PP/OP, and (for OP) not in an article.

    An option standing for a paragraph (``OP34 Opt.1``, counted as that paragraph by
    ``option_runs``) is part of it: its items and the paragraphs wording it (``OP34 Opt.1+1``)
    are not paragraphs of their own."""
    n = 0
    runs = option_runs(ps, "PP") | option_runs(ps, "OP")
    for p in ps:
        if p.kind is not kind:
            continue
        up = list(_ancestors(ps, p))
        if any(a.kind in (K.PREAMBULAR, K.OPERATIVE) for a in up):
            continue
        if any(a.kind is K.OPTION and a.label.split(" Opt.")[0] in runs for a in up):
            continue
        if kind is K.OPERATIVE and any(a.kind is K.ARTICLE for a in up):
            continue
        n += 1
    return n


_PRINTED_OPTION = re.compile(r"^\[?(?:option|alt\.?|alternative)\s*[\w()]{0,6}\s*[:.]?\s*", re.I)


def option_runs(ps: tuple[Paragraph, ...], tag: str = "PP") -> set[str]:
    """Paragraphs printed as options only (``PP12 Opt.1``, ``PP12 Opt.2``; ``16. Option 1: …``
    gives ``OP16 Opt.1``, ``OP16 Opt.2``): one paragraph each."""
    bases = {p.label.split(" Opt.")[0] for p in ps if p.kind is K.OPTION and " Opt." in p.label}
    labels = {p.label for p in ps}
    return {b for b in bases - labels if re.search(rf"(?:^|\s){tag}\w+$", b)}


def _starts(p: Paragraph, words: str) -> bool:
    text, want = norm_text(p.text), norm_text(words)
    if p.kind is K.OPTION:
        text = _PRINTED_OPTION.sub("", text, count=1)
    if text.startswith(want):
        return True
    first, _, rest = text.partition(" ")  # the printed number kept in the text
    return rest.startswith(want) and len(first) <= 12


def tool_facts(source: str, markdown: bool) -> dict[str, object]:
    """What the tool says for every kind of fact (labels answered on demand)."""
    result, census = parsed(source, markdown)
    ps = result.paragraphs
    notes = sum(len(p.footnotes) for p in ps) + len(result.footnotes)
    return {
        "counts.preambular": top_level(ps, K.PREAMBULAR) + len(option_runs(ps, "PP")),
        "counts.operative": top_level(ps, K.OPERATIVE) + len(option_runs(ps, "OP")),
        "counts.articles": sum(p.kind is K.ARTICLE for p in ps),
        "counts.footnotes": notes,
        "brackets.groups": census.groups + census.footnote_groups,  # every "[" of the file
        "brackets.ad_ref": census.agreed_ad_ref,
    }


def check_file(path: Path) -> FileReport:
    """Check every fact written in one facts file."""
    spec = tomllib.loads(path.read_text(encoding="utf-8"))
    report = FileReport(path.stem)
    source, markdown = str(spec["source"]), bool(spec.get("markdown", False))
    gaps: dict[str, str] = dict(spec.get("known_gaps", {}))
    result, census = parsed(source, markdown)
    facts = tool_facts(source, markdown)
    by_label: dict[str, list[Paragraph]] = {}
    for p in result.paragraphs:
        by_label.setdefault(norm_label(p.label), []).append(p)
    registry = load_registry()

    def record(key: str, good: bool, said: str) -> None:
        if key in gaps:
            (report.gaps_closed if good else report.gaps_still_open).append(key)
        elif good:
            report.right.append(key)
        else:
            report.wrong.append((key, said))

    for section in ("counts", "brackets"):
        for name, want in spec.get(section, {}).items():
            key = f"{section}.{name}"
            if name == "proponents":
                codes = set(census.proponents)
                for who in want:
                    party = registry.resolve(who)
                    code = party.code if party is not None else who
                    record(f"{key}.{who}", code in codes, f"not among {sorted(codes)[:12]}")
                continue
            if key not in facts:
                raise ValueError(f"{path.name}: unknown fact {key}")
            got = facts[key]
            record(key, got == want, f"{got} (expected {want})")
    for label, words in spec.get("labels", {}).items():
        key = f"labels.{label}"
        found = by_label.get(norm_label(label), [])
        if not found:
            near = [p.label for p in result.paragraphs if _starts(p, words)]
            record(key, False, f"no such label (text found under {near[:3]})")
        else:
            good = any(_starts(p, words) for p in found)
            record(key, good, f"text is {found[0].text[:50]!r}")
    return report


def check_all() -> list[FileReport]:
    """Reports for every facts file whose corpus source is present."""
    out = []
    for path in sorted(FACTS.glob("*.toml")):
        spec = tomllib.loads(path.read_text(encoding="utf-8"))
        if (CORPUS / str(spec["source"])).exists():
            out.append(check_file(path))
    return out


def render(reports: list[FileReport], verbose: bool = False) -> str:
    """The report as text: one line per file, the wrong facts under it."""
    lines = []
    right = checked = 0
    for r in reports:
        right += len(r.right)
        checked += r.checked
        pct = 100 * len(r.right) / r.checked if r.checked else 100.0
        lines.append(f"{len(r.right):4d} / {r.checked:4d}  {pct:5.1f}%  {r.name}")
        for key, said in r.wrong:
            lines.append(f"      WRONG {key}: {said}")
        for key in r.gaps_closed:
            lines.append(f"      FIXED (remove from known_gaps) {key}")
        if verbose:
            lines.extend(f"      gap {key}" for key in r.gaps_still_open)
    pct = 100 * right / checked if checked else 100.0
    gaps = sum(len(r.gaps_still_open) for r in reports)
    lines.append(
        f"{right} / {checked} facts right ({pct:.1f}%), {gaps} known gaps, "
        f"{sum(len(r.wrong) for r in reports)} wrong"
    )
    return "\n".join(lines)


def record_gaps(reports: list[FileReport]) -> None:
    """Rewrite each file's ``[known_gaps]`` (its last section) as what is wrong today.

    For a maintainer who has fixed a class of errors and re-baselines: facts that now pass
    leave the list, wrong ones enter it with what the tool said. Review the diff before
    committing: a fact that was right and is now a gap is a regression.
    """
    for r in reports:
        path = FACTS / f"{r.name}.toml"
        text = path.read_text(encoding="utf-8")
        head = text[: text.index("[known_gaps]")] if "[known_gaps]" in text else text + "\n"
        old = dict(tomllib.loads(text).get("known_gaps", {}))
        lines = ["[known_gaps]"]
        for key in r.gaps_still_open:
            lines.append(f"{_toml_str(key)} = {_toml_str(old[key])}")
        for key, said in r.wrong:
            lines.append(f"{_toml_str(key)} = {_toml_str('not yet: the tool says ' + said)}")
        path.write_text(head + "\n".join(lines) + "\n", encoding="utf-8")


def _toml_str(value: str) -> str:
    return '"' + value.replace("\\", "\\\\").replace('"', '\\"') + '"'


def main(argv: list[str]) -> int:
    reports = check_all()
    if not reports:
        print(f"no corpus at {CORPUS}: nothing checked")
        return 0
    if "--record-gaps" in argv:
        record_gaps(reports)
        reports = check_all()
    print(render(reports, verbose="-v" in argv))
    return 0 if all(r.ok for r in reports) else 1


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
