"""The document view's label column: long structural labels wrap (they must be read whole);
an unnumbered heading, labelled by its own words, takes one line, cut, its words in full beside
it and in the tooltip."""

from __future__ import annotations

from PySide6.QtGui import QFontMetrics
from PySide6.QtWidgets import QStyleOptionViewItem, QTableView
from pytestqt.qtbot import QtBot

from wsis_desk.core.brackets.scan import parse_brackets
from wsis_desk.core.model import Paragraph, ParagraphKind, labelled_by_its_words
from wsis_desk.core.segment import segment
from wsis_desk.formats.parties_in import load_registry
from wsis_desk.formats.reader import parse_bytes
from wsis_desk.services.brackets import paragraph_brackets
from wsis_desk.ui.delegates.label_delegate import LabelDelegate
from wsis_desk.ui.models.paragraph_model import ParagraphTableModel

TEXT = b"""Draft decision on matters relating to cooperative approaches

The Conference of the Parties,

1. Decides that a cooperative approach is voluntary;

I. Scope

2. Requests the secretariat to report;
"""


def test_only_an_unnumbered_heading_is_labelled_by_its_own_words() -> None:
    paragraphs = segment(parse_bytes(TEXT, "draft.txt")).paragraphs
    own = [p.label for p in paragraphs if labelled_by_its_words(p)]
    assert own == [paragraphs[0].label]
    assert paragraphs[0].text.startswith(own[0]) and len(own[0]) > 20
    assert {"OP1", "OP2", "I."} <= {p.label for p in paragraphs if not labelled_by_its_words(p)}


def test_a_heading_labelled_by_its_words_takes_one_line_and_a_long_label_wraps(
    qtbot: QtBot,
) -> None:
    registry = load_registry()
    rows = [
        Paragraph(
            0,
            "Draft decision on matters relating to",
            ParagraphKind.HEADING,
            "Draft decision on matters relating to cooperative approaches",
        ),
        Paragraph(1, "OPi quinquies Opt.b/OP69 Opt.2(a)", ParagraphKind.OPTION, "Text.", "(a)"),
    ]
    model = ParagraphTableModel()
    model.set_rows([paragraph_brackets(p, parse_brackets(p.text, registry)) for p in rows])
    view = QTableView()
    qtbot.addWidget(view)
    view.setWordWrap(True)
    view.setModel(model)
    delegate = LabelDelegate(view)
    view.setItemDelegateForColumn(ParagraphTableModel.LABEL, delegate)
    view.setColumnWidth(ParagraphTableModel.LABEL, 90)
    view.show()
    line = QFontMetrics(view.font()).lineSpacing()

    def cell(row: int) -> tuple[int, QStyleOptionViewItem]:
        index = model.index(row, ParagraphTableModel.LABEL)
        option = QStyleOptionViewItem()
        option.initFrom(view)
        option.features |= QStyleOptionViewItem.ViewItemFeature.WrapText  # as the view sets
        option.rect.setWidth(90)
        height = delegate.sizeHint(option, index).height()
        delegate.initStyleOption(option, index)
        return height, option

    own_height, own = cell(0)
    long_height, long = cell(1)
    assert own_height < 2 * line <= long_height  # one line, against a wrapped label
    assert not own.features & QStyleOptionViewItem.ViewItemFeature.WrapText
    assert long.features & QStyleOptionViewItem.ViewItemFeature.WrapText
    tip = model.index(0, ParagraphTableModel.LABEL).data(3)  # ToolTipRole: the label in full
    assert tip.startswith("Draft decision on matters relating to")
