"""Pack definitions: options are validated and the content fingerprint is stable."""

from __future__ import annotations

import dataclasses
from datetime import datetime, timedelta, timezone

import pytest

from wsis_desk.core.model import Paragraph, ParagraphKind
from wsis_desk.core.packs import (
    Banner,
    GlossaryItem,
    Pack,
    PackOptions,
    Paper,
    ParagraphsItem,
    RedlineItem,
    StatementItem,
    fingerprint,
)

AT = datetime(2025, 5, 2, 14, 3, tzinfo=timezone(timedelta(hours=2)))


def _pack(text: str = "We call for an open, inclusive process.", **options: object) -> Pack:
    items = (
        StatementItem("Statement", "CSO caucus", "WSIS+20", "en", text, 120),
        ParagraphsItem(
            "Outcome",
            "A/80/L.1",
            "Rev.2",
            "en",
            (Paragraph(0, "OP1", ParagraphKind.OPERATIVE, "Decides [to establish]"),),
        ),
        RedlineItem(
            "Outcome", "A/80/L.1", "Rev.1", "Rev.2", "en", (("OP1", (("=", "a"), ("+", "b"))),)
        ),
        GlossaryItem((("IGF", "Internet Governance Forum"),)),
    )
    return Pack("Pack", "WSIS+20", items, PackOptions(generated_at=AT, **options))  # type: ignore[arg-type]


def test_fingerprint_is_short_hex_and_stable() -> None:
    fp = fingerprint(_pack())
    assert len(fp) == 12 and int(fp, 16) >= 0
    assert fingerprint(_pack()) == fp
    # a known value: the fingerprint must not change between runs or releases by accident
    assert fp == "4f76ca175c59"


def test_fingerprint_follows_content_not_print_settings() -> None:
    base = fingerprint(_pack())
    assert fingerprint(_pack(paper=Paper.LETTER, duplex=True, copies=40)) == base
    later = dataclasses.replace(_pack(), options=PackOptions(generated_at=AT + timedelta(hours=5)))
    assert fingerprint(later) == base
    assert fingerprint(_pack("We call for an open process.")) != base
    assert fingerprint(_pack(banner=Banner.READ_OUT_VERBATIM)) != base


def test_options_need_a_time_zone_and_a_copy() -> None:
    with pytest.raises(ValueError, match="time zone"):
        PackOptions(generated_at=datetime(2025, 5, 2, 14, 3))
    with pytest.raises(ValueError, match="copies"):
        PackOptions(generated_at=AT, copies=0)
    opts = PackOptions(generated_at=AT)
    assert (opts.paper, opts.duplex, opts.copies) == (Paper.A4, False, 1)
    assert opts.banner.value == "CHECK AGAINST DELIVERY"
