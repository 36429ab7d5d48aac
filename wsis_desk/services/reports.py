"""Report data and files: the transparency report (steps 8 and 11) and the state of play."""

from __future__ import annotations

from collections import Counter
from datetime import UTC, date, datetime
from pathlib import Path

from wsis_desk.core.positions import Disposition
from wsis_desk.core.reports import CommitmentLine, InputLine, StateOfPlay, TransparencyReport
from wsis_desk.errors import WsisDeskError
from wsis_desk.formats.docx_report import write_report_docx
from wsis_desk.formats.matrix_csv import write_matrix_csv
from wsis_desk.formats.pdf_matrix import write_state_pdf
from wsis_desk.formats.pdf_report import write_report_pdf
from wsis_desk.services.anchors import document_version
from wsis_desk.services.commitments import list_commitments
from wsis_desk.services.documents import one_document
from wsis_desk.services.inputs import InputInfo, list_inputs
from wsis_desk.services.matrix import position_matrix, state_of_play
from wsis_desk.services.workspace import Workspace
from wsis_desk.store.paragraph_anchors import labels_by_lineage

ASKED_CHARS = 600


def input_line(info: InputInfo, labels: dict[str, str] | None = None) -> InputLine:
    """An input as a report line (targets labelled in the report's version when given)."""
    asked = info.text.strip() or (f"(attached file {info.file_name})" if info.file_name else "")
    if len(asked) > ASKED_CHARS:
        asked = asked[: ASKED_CHARS - 1].rstrip() + "…"
    targets = (
        tuple(labels.get(t, "not in this version") for t in info.targets)
        if labels is not None
        else info.target_labels
    )
    return InputLine(
        id=info.id,
        title=info.title,
        submitter=info.submitter,
        group=info.stakeholder_group or "Other stakeholders",
        submitted_on=info.submitted_on,
        asked=asked,
        targets=targets,
        landed=info.evidence,
        disposition=info.disposition,
        reason=info.reason,
        changes=len(info.history),
    )


def build_report(
    *,
    document: str,
    symbol: str | None,
    scope: str,
    lines: list[InputLine],
    commitments: tuple[CommitmentLine, ...] = (),
    generated_at: str | None = None,
) -> TransparencyReport:
    """Totals by stakeholder group and by outcome around the given lines."""
    order = list(Disposition)
    by_outcome = Counter(line.disposition for line in lines)
    groups: dict[str, Counter[Disposition]] = {}
    for line in lines:
        groups.setdefault(line.group, Counter())[line.disposition] += 1
    return TransparencyReport(
        document=document,
        symbol=symbol,
        scope=scope,
        generated_at=generated_at or datetime.now(UTC).astimezone().isoformat(timespec="minutes"),
        inputs=tuple(lines),
        by_group=tuple((g, tuple((d, c[d]) for d in order)) for g, c in sorted(groups.items())),
        by_outcome=tuple((d, by_outcome[d]) for d in order),
        commitments=tuple(commitments),
    )


def transparency_report(
    ws: Workspace, document: str, version: str | None = None, *, today: date | None = None
) -> TransparencyReport:
    """How each input on a document was considered: for one version, or across the process."""
    with ws.db.sessions() as session:
        doc = one_document(session, document)
        labels = None
        scope = "the whole process"
        if version is not None:
            _, ver = document_version(session, document, version)
            labels = labels_by_lineage(session, ver.id)
            scope = ver.label
        title, symbol = doc.title, doc.symbol
    lines = [input_line(i, labels) for i in list_inputs(ws, document)]
    commitments = tuple(list_commitments(ws, document, today=today))
    return build_report(
        document=title, symbol=symbol, scope=scope, lines=lines, commitments=commitments
    )


def export_report(
    ws: Workspace,
    document: str,
    out: Path,
    *,
    version: str | None = None,
    fmt: str | None = None,
    today: date | None = None,
) -> TransparencyReport:
    """Write the transparency report as PDF or DOCX (chosen by ``fmt`` or the suffix)."""
    kind = (fmt or out.suffix.lstrip(".")).lower()
    if kind not in ("pdf", "docx"):
        raise WsisDeskError(f"Cannot write a report as '{kind}'; use a .pdf or .docx file.")
    report = transparency_report(ws, document, version, today=today)
    data = write_report_pdf(report) if kind == "pdf" else write_report_docx(report)
    _write(out, data)
    return report


def export_state_of_play(
    ws: Workspace, document: str, out: Path, *, version: str | None = None, ours: str | None = None
) -> StateOfPlay:
    """Write the state of play PDF: landscape pages, every paragraph, 8.5 pt."""
    state = state_of_play(ws, document, version, ours=ours)
    _write(out, write_state_pdf(state))
    return state


def export_matrix_csv(
    ws: Workspace,
    document: str,
    out: Path,
    *,
    version: str | None = None,
    group: str | None = None,
    red_lines_only: bool = False,
    contested_only: bool = False,
) -> int:
    """Write the position matrix as CSV; returns the number of party rows."""
    matrix = position_matrix(
        ws,
        document,
        version,
        group=group,
        red_lines_only=red_lines_only,
        contested_only=contested_only,
    )
    _write(out, write_matrix_csv(matrix))
    return len(matrix.rows)


def _write(out: Path, data: bytes) -> None:
    try:
        out.write_bytes(data)
    except OSError as exc:
        raise WsisDeskError(f"Cannot write {out}: {exc.strerror}.") from exc
