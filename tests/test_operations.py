"""Every operation: apply, undo and redo, checked on the document, the Change and the corpus."""
import pytest

from app.corpus import build_corpus
from app.corpus_check import check_corpus
from app.document import ARTICLE, BREAK, LABEL, TEXT, Document, Source
from app.operations import (Compound, Confirm, EditText, MoveRows, SetLabel, SetParagraphEnd, SplitRow,
                            _RangeOp, merge_into_previous, start_article)

# text, label, article, paragraph end
PAGE = [
    ("第1版  要闻", "noise", 0, False),      # 0
    ("", None, -1, False),                  # 1
    ("标题一", "headline", 0, False),        # 2
    ("正文第一行，", "paragraph", 0, False),   # 3
    ("正文第二行。", "paragraph", 0, True),    # 4
    ("", None, -1, False),                  # 5
    ("标题二", "headline", 1, False),        # 6
    ("第二篇正文。再升级。（杨 晨）", "paragraph", 1, True),  # 7
    ("图片说明", "caption", 1, True),         # 8
]
LINES = [t for t, *_ in PAGE]


def make_doc():
    doc = Document(Source("t.txt", "\n".join(LINES) + "\n"), LINES)
    for i, (_, lab, art, end) in enumerate(PAGE):
        doc.label[i], doc.article[i], doc.para_end[i] = lab, art, end
    return doc


def state(doc):
    return {c: list(getattr(doc, c)) for c in Document.COLUMNS}


def corpus(doc):
    c = build_corpus(doc)
    assert check_corpus(c, LINES) == []
    return c


def blocks(c, article=1):
    return [(b["type"], b["text"], b["lines"], b.get("split_of")) for b in c["articles"][article - 1]["blocks"]]


def cycle(doc, op):
    """Apply, undo, redo; check undo restores and redo reproduces. Returns the three changes
    and the corpus after the operation."""
    s0, c0 = state(doc), corpus(doc)
    ch = doc.do(op)
    s1, c1 = state(doc), corpus(doc)
    doc.assert_consistent()
    ch_undo = doc.undo()
    assert state(doc) == s0
    assert corpus(doc) == c0
    ch_redo = doc.redo()
    assert state(doc) == s1
    assert corpus(doc) == c1
    return ch, ch_undo, ch_redo, c1


def test_the_fixture_is_a_valid_corpus():
    c = corpus(make_doc())
    assert [a["headline"] for a in c["articles"]] == ["标题一", "标题二"]
    assert c["dropped"] == [{"type": "noise", "text": "第1版  要闻", "lines": [1]}]


def test_set_label():
    doc = make_doc()
    ch, ch_undo, ch_redo, c = cycle(doc, SetLabel(2, 6, "subheading"))
    assert doc.label[2:6] == ["subheading"] * 3 + [None]
    assert [doc.confirmed[i] for i in range(2, 6)] == [LABEL, LABEL, LABEL, 0]
    for change in (ch, ch_undo, ch_redo):
        assert change.rows == [(2, 6)] and change.articles == {0}
        assert not change.structure and not change.articles_changed
    assert ch.name == "Label subheading"
    assert blocks(c) == [("subheading", "标题一正文第一行，正文第二行。", [3, 4, 5], None)]
    assert c["articles"][0]["headline"] is None


def test_set_label_rejects_an_unknown_label():
    with pytest.raises(ValueError):
        SetLabel(0, 1, "footnote")


def test_paragraph_end_toggle_and_set():
    doc = make_doc()
    ch, ch_undo, _, c = cycle(doc, SetParagraphEnd(3))
    assert doc.para_end[3] is True and doc.confirmed[3] == BREAK
    assert ch.rows == ch_undo.rows == [(3, 4)] and ch.articles == {0}
    assert ch.name == "Toggle paragraph end"
    assert [b[1] for b in blocks(c) if b[0] == "paragraph"] == ["正文第一行，", "正文第二行。"]
    # toggling again joins; setting to the value it has changes nothing but the confirmation
    doc.do(SetParagraphEnd(3))
    assert doc.para_end[3] is False
    ch, *_ = cycle(doc, SetParagraphEnd(4, True))
    assert doc.para_end[4] is True and ch.name == "Paragraph end"
    ch, _, _, c = cycle(doc, SetParagraphEnd(4, False))
    assert doc.para_end[4] is False and ch.name == "Join paragraph"
    assert ("paragraph", "正文第一行，正文第二行。", [4, 5], None) in blocks(c)


def test_confirm():
    doc = make_doc()
    doc.edited[3] = "正文第一行改，"
    ch, ch_undo, _, _ = cycle(doc, Confirm(0, 5))
    assert doc.confirmed[:5] == [LABEL | ARTICLE | BREAK, 0, LABEL | ARTICLE | BREAK,
                                 LABEL | ARTICLE | BREAK | TEXT, LABEL | ARTICLE | BREAK]
    assert ch.rows == ch_undo.rows == [(0, 5)] and ch.articles == {0}
    assert ch.name == "Confirm"


def test_edit_text_and_restore_raw():
    doc = make_doc()
    ch, ch_undo, _, c = cycle(doc, EditText(3, "正文第 一 行，"))
    assert doc.edited[3] == "正文第 一 行，" and doc.text[3] == "正文第一行，"
    assert doc.confirmed[3] == TEXT and ch.rows == ch_undo.rows == [(3, 4)] and ch.articles == {0}
    assert ("paragraph", "正文第一行，正文第二行。", [4, 5], None) in blocks(c)
    doc.do(EditText(3, "改过的一行，"))
    assert blocks(corpus(doc))[1][1] == "改过的一行，正文第二行。"
    _, _, _, c = cycle(doc, EditText(3, None))
    assert doc.edited[3] is None and doc.current_text(3) == "正文第一行，"
    assert blocks(c)[1][1] == "正文第一行，正文第二行。"
    # typing the raw text again is the same as restoring it
    doc.do(EditText(4, "x"))
    doc.do(EditText(4, "正文第二行。"))
    assert doc.edited[4] is None


def test_edit_text_to_nothing_drops_the_line():
    doc = make_doc()
    _, _, _, c = cycle(doc, EditText(8, ""))
    assert doc.label[8] == "noise"
    assert {"type": "noise", "text": "", "lines": [9]} in c["dropped"]
    assert all(b[0] != "caption" for b in blocks(c, 2))


def test_edit_a_blank_row():
    doc = make_doc()
    ch, ch_undo, _, c = cycle(doc, EditText(5, "补上的一句。"))
    assert doc.label[5] == "paragraph" and doc.article[5] == 0  # joins the article before it
    assert ch.rows == ch_undo.rows == [(5, 6)]
    # a blank line is never cited, even when a person typed into it
    assert blocks(c)[-1] == ("paragraph", "补上的一句。", [], None)
    # removing the typed text makes it a blank row again, not a noise line
    cycle(doc, EditText(5, None))
    assert doc.label[5] is None and doc.article[5] == -1
    assert corpus(doc) == corpus(make_doc())


def test_edit_the_only_blank_row_of_an_empty_page():
    doc = Document(Source("e.txt", "\n"), [""])
    doc.do(EditText(0, "新文字"))
    assert doc.label[0] == "paragraph" and doc.article[0] == 0
    c = build_corpus(doc)
    assert check_corpus(c, [""]) == []
    assert c["articles"][0]["blocks"] == [{"type": "paragraph", "text": "新文字", "lines": []}]
    doc.undo()
    assert doc.label[0] is None and build_corpus(doc)["articles"] == []


def test_move_rows_to_an_existing_article():
    doc = make_doc()
    ch, ch_undo, ch_redo, c = cycle(doc, MoveRows([8], 0))
    assert doc.article[8] == 0 and doc.confirmed[8] == ARTICLE
    for change in (ch, ch_undo, ch_redo):
        assert change.articles == {0, 1} and change.articles_changed and change.rows == [(8, 9)]
    assert blocks(c)[-1] == ("caption", "图片说明", [9], None)
    assert blocks(c, 2) == [("headline", "标题二", [7], None),
                            ("paragraph", "第二篇正文。再升级。（杨晨）", [8], None)]


def test_move_rows_to_a_new_article():
    doc = make_doc()
    ch, _, ch_redo, c = cycle(doc, MoveRows([3, 4], None))
    assert doc.article[3] == doc.article[4] == 2
    assert ch.articles == ch_redo.articles == {0, 2} and ch.articles_changed
    assert doc.article_order() == [0, 2, 1]
    assert [a["headline"] for a in c["articles"]] == ["标题一", None, "标题二"]


def test_start_article():
    doc = make_doc()
    op = start_article(doc, 3)
    assert op.name == "Start article"
    ch, _, _, c = cycle(doc, op)
    assert doc.article[2] == 0 and doc.article[3] == doc.article[4] == 2
    assert ch.articles == {0, 2} and ch.articles_changed
    assert len(c["articles"]) == 3
    assert blocks(c, 2) == [("paragraph", "正文第一行，正文第二行。", [4, 5], None)]


def test_start_article_where_one_starts_or_on_a_blank_row_is_nothing():
    doc = make_doc()
    assert start_article(doc, 2) is None
    assert start_article(doc, 6) is None
    assert start_article(doc, 1) is None
    assert start_article(doc, 99) is None


def test_merge_into_previous():
    doc = make_doc()
    op = merge_into_previous(doc, 1)
    assert op.name == "Merge with previous article"
    ch, ch_undo, _, c = cycle(doc, op)
    assert doc.article[6:9] == [0, 0, 0]
    assert ch.articles == ch_undo.articles == {0, 1} and ch.articles_changed
    assert len(c["articles"]) == 1
    assert doc.article_order() == [0]


def test_merge_the_first_article_is_nothing():
    doc = make_doc()
    assert merge_into_previous(doc, 0) is None
    assert merge_into_previous(doc, 42) is None


def test_split_row_into_a_credit():
    doc = make_doc()
    offset = len("第二篇正文。再升级。")
    ch, ch_undo, ch_redo, c = cycle(doc, SplitRow(7, offset, "byline"))
    assert len(doc) == 10
    assert doc.text[7:9] == ["第二篇正文。再升级。", "（杨 晨）"]
    assert doc.src[7:10] == [8, 8, 9]
    assert doc.label[7:10] == ["paragraph", "byline", "caption"]
    assert doc.confirmed[8] == TEXT | LABEL and doc.para_end[7]
    for change in (ch, ch_undo, ch_redo):
        assert change.structure and change.articles == {1} and change.rows[0][0] == 7
    art = c["articles"][1]
    assert art["bylines"] == ["杨晨"]
    assert blocks(c, 2) == [("headline", "标题二", [7], None),
                            ("byline", "（杨晨）", [], [8]),
                            ("paragraph", "第二篇正文。再升级。", [8], None),
                            ("caption", "图片说明", [9], None)]
    assert ch_undo.rows == [(7, 9)]


def test_split_an_edited_row_and_later_rows_stay_addressable():
    doc = make_doc()
    doc.do(EditText(3, "正文第一行，又一句"))
    _, _, _, c = cycle(doc, SplitRow(3, 6))
    assert [doc.current_text(i) for i in (3, 4)] == ["正文第一行，", "又一句"]
    assert doc.text[3] == "正文第一行，" and doc.edited[3] == "正文第一行，"
    assert doc.text[4] == "" and doc.edited[4] == "又一句"
    assert doc.label[5] == "paragraph" and doc.src[5] == 5
    # rows after the split moved down by one; an operation on them still works and undoes
    cycle(doc, SetLabel(5, 6, "subheading"))
    assert doc.label[5] == "subheading"


@pytest.mark.parametrize("offset", [0, len("标题一"), 99])
def test_split_outside_the_text_is_refused_and_records_nothing(offset):
    doc = make_doc()
    before = state(doc)
    with pytest.raises(ValueError):
        doc.do(SplitRow(2, offset))
    with pytest.raises(ValueError):
        doc.do(SplitRow(1, 0))  # a blank row
    assert state(doc) == before and not doc.can_undo() and doc.revision == 0


def test_range_outside_the_document_is_refused():
    doc = make_doc()
    with pytest.raises(ValueError):
        doc.do(SetLabel(5, 20, "paragraph"))
    assert not doc.can_undo()


def test_undo_redo_names_and_redo_cleared_by_a_new_operation():
    doc = make_doc()
    assert (doc.undo_name(), doc.redo_name()) == ("", "")
    assert doc.undo() is None and doc.redo() is None
    doc.do(SetLabel(3, 4, "subheading"))
    doc.do(SetParagraphEnd(3, True))
    assert doc.undo_name() == "Paragraph end" and not doc.can_redo()
    doc.undo()
    assert doc.undo_name() == "Label subheading" and doc.redo_name() == "Paragraph end"
    doc.do(Confirm(0, 1))
    assert not doc.can_redo() and doc.redo_name() == ""
    doc.undo()
    doc.undo()
    assert not doc.can_undo() and doc.label[3] == "paragraph" and doc.para_end[3] is False


def test_revision_dirty_and_subscribers():
    doc = make_doc()
    seen = []
    doc.subscribe(seen.append)
    assert not doc.dirty and doc.revision == 0
    ch = doc.do(SetLabel(3, 4, "subheading"))
    assert doc.dirty and doc.revision == 1 and seen == [ch]
    doc.saved_revision = doc.revision
    assert not doc.dirty
    ch_undo = doc.undo()
    assert doc.dirty and doc.revision == 2 and seen == [ch, ch_undo]
    ch_redo = doc.redo()
    assert seen == [ch, ch_undo, ch_redo] and doc.revision == 3
    doc.unsubscribe(seen.append)
    doc.do(Confirm(0, 1))
    assert len(seen) == 3


def test_article_order_follows_moves():
    doc = make_doc()
    assert doc.article_order() == [0, 1] and doc.article_number(1) == 2
    doc.do(MoveRows([2], 1))  # headline of the first article joins the second
    assert doc.article_order() == [1, 0] and doc.article_number(0) == 2
    doc.undo()
    assert doc.article_order() == [0, 1] and doc.article_number(7) == 0


class _MarkNoise(_RangeOp):
    """A stand-in for the engine's re-suggestion: unconfirmed rows starting with 第 become
    noise (it records and reverts itself as the real one must)."""
    name = "Re-suggest"

    def mutate(self, doc):
        for i in range(self.start, self.stop):
            if doc.label[i] is not None and not doc.confirmed[i] & LABEL and doc.current_text(i).startswith("第"):
                doc.label[i] = "noise"


def test_resuggest_follows_an_operation_and_is_undone_with_it():
    doc = make_doc()
    calls = []

    def resuggest(d, change):
        calls.append(change.name)
        return _MarkNoise(0, len(d))

    doc.resuggest = resuggest
    before, c0 = state(doc), corpus(doc)
    ch = doc.do(SetLabel(2, 3, "subheading"))
    assert calls == ["Label subheading"]
    assert doc.label[2] == "subheading" and doc.label[7] == "noise"  # the follow-up ran
    assert ch.name == "Label subheading" and (0, len(doc)) in ch.rows and ch.articles == {0, 1}
    after = state(doc)
    assert doc.undo_name() == "Label subheading"
    doc.undo()
    assert state(doc) == before and corpus(doc) == c0
    doc.redo()
    assert state(doc) == after and calls == ["Label subheading"]  # redo replays, no re-run
    doc.resuggest = lambda d, change: None
    doc.do(SetParagraphEnd(3, True))
    doc.undo()
    assert state(doc) == after


def test_compound_reverts_in_reverse_order():
    doc = make_doc()
    s0 = state(doc)
    op = Compound([SplitRow(7, 10), SetLabel(8, 9, "byline")], name="Split credit")
    ch = doc.do(op)
    assert ch.name == "Split credit" and ch.structure and doc.label[8] == "byline"
    doc.undo()
    assert state(doc) == s0


def test_labelling_an_article_all_noise_takes_it_out_of_the_order():
    doc = make_doc()
    assert doc.article_order() == [0, 1]
    ch = doc.do(SetLabel(2, 5, "noise"))
    assert ch.articles_changed and doc.article_order() == [1] and doc.article_number(1) == 1
    assert len(corpus(doc)["articles"]) == 1
    ch = doc.undo()
    assert ch.articles_changed and doc.article_order() == [0, 1]
    assert not doc.do(SetLabel(2, 3, "subheading")).articles_changed


def test_typing_into_a_blank_row_before_everything_starts_an_article_first():
    doc = make_doc()
    doc.do(MoveRows([2, 3, 4], 1))  # article 0 is left with its noise row only
    assert doc.article_order() == [1]
    ch = doc.do(EditText(1, "新的开头"))  # joins the noise row's article 0, now in front
    assert ch.articles_changed and doc.article_order() == [0, 1]
    assert corpus(doc)["articles"][0]["blocks"][0]["text"] == "新的开头"
