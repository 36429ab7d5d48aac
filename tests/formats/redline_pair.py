"""A small old/new pair of versions with every kind of change, shared by the redline tests."""

from __future__ import annotations

from wsis_desk.core.compare import Comparison, compare
from wsis_desk.core.model import Paragraph, ParagraphKind

K = ParagraphKind
OLD_TEXTS = [
    (
        "PP1",
        K.PREAMBULAR,
        "Recalling its resolution 70/125 on the high-level review of the Summit,",
    ),
    ("PP2", K.PREAMBULAR, "Noting with concern the persistent digital divides between countries,"),
    ("OP1", K.OPERATIVE, "Decides to [enhance][strengthen] cooperation on [data governance];"),
    (
        "OP2",
        K.OPERATIVE,
        "Requests the Secretary-General to submit a report at its eighty-first session;",
    ),
    (
        "OP3",
        K.OPERATIVE,
        "Invites the regional commissions to hold consultations on financing for development;",
    ),
    (
        "OP4",
        K.OPERATIVE,
        "Encourages all stakeholders to contribute to the preparatory process for the review;",
    ),
]
NEW_TEXTS = [
    (
        "PP1",
        K.PREAMBULAR,
        "Recalling its resolution 70/125 on the high-level review of the Summit,",
    ),
    (
        "PP2",
        K.PREAMBULAR,
        "Noting with deep concern the persistent digital divides between countries,",
    ),
    (
        "OP1",
        K.OPERATIVE,
        "Encourages all stakeholders to contribute to the preparatory process for the review;",
    ),
    ("OP2", K.OPERATIVE, "Decides to strengthen cooperation on [artificial intelligence];"),
    (
        "OP3",
        K.OPERATIVE,
        "Requests the Secretary-General to submit a report at its eighty-first session;",
    ),
    ("OP3bis", K.OPERATIVE, "Welcomes the offer of the Government of Brazil to host the meeting;"),
]


def version(items: list[tuple[str, ParagraphKind, str]]) -> tuple[Paragraph, ...]:
    return tuple(
        Paragraph(index=i, label=label, kind=kind, text=text, number=label[2:])
        for i, (label, kind, text) in enumerate(items)
    )


def pair() -> tuple[tuple[Paragraph, ...], tuple[Paragraph, ...], Comparison]:
    old, new = version(OLD_TEXTS), version(NEW_TEXTS)
    return old, new, compare(old, new)
