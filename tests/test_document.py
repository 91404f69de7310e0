"""The document model: reading helpers, history bookkeeping, and a real page loaded."""
from app.corpus import build_corpus
from app.corpus_check import check_corpus
from app.lines import split_lines
from app.document import LABELS, Change, Document, Source, Why, blank_document
from app.loader import load_page
from app.operations import EditText, SetLabel

LINES = ["第1版", "", "标题", "正文一，", "  ", "正文二。"]


def make():
    return blank_document(Source("p.txt", "\n".join(LINES)), LINES)


def test_blank_document_labels_every_nonblank_line_a_paragraph_of_one_article():
    doc = make()
    assert len(doc) == 6 and doc.src == [1, 2, 3, 4, 5, 6]
    assert doc.label == ["paragraph", None, "paragraph", "paragraph", None, "paragraph"]
    assert doc.article == [0, -1, 0, 0, -1, 0]
    assert doc.is_blank(1) and doc.is_blank(4) and not doc.is_blank(0)
    assert doc.settings == {"fold_half_width": True}
    doc.assert_consistent()


def test_reading_helpers():
    doc = make()
    assert doc.next_nonblank(0) == 2 and doc.next_nonblank(3) == 5 and doc.next_nonblank(5) is None
    assert doc.next_nonblank(5, -1) == 3 and doc.next_nonblank(0, -1) is None
    assert doc.rows_of(0) == [0, 2, 3, 5] and doc.rows_of(3) == []
    assert doc.new_article_id() == 1
    assert doc.article_order() == [0] and doc.article_number(0) == 1 and doc.article_number(5) == 0
    doc.edited[3] = "改过"
    assert doc.current_text(3) == "改过" and doc.text[3] == "正文一，"


def test_noise_rows_do_not_give_an_article_its_place():
    doc = make()
    doc.label[0], doc.article[0] = "noise", 1
    doc.forget_caches()
    assert doc.article_order() == [0]


def test_change_row_span_and_why_confidence():
    assert Change("x").row_span() is None
    ch = Change("x", rows=[(5, 7), (2, 3)])
    assert ch.row_span() == (2, 7)
    assert Why("a", 0.9, "b", 0.4, "c", 0.7).confidence() == 0.4


def test_snapshot_restore_insert_delete_keep_columns_parallel():
    doc = make()
    snap = doc.snapshot_rows(2, 4)
    doc.label[2] = "headline"
    doc.restore_rows(2, snap)
    assert doc.label[2] == "paragraph"
    row = doc.delete_row(3)
    assert len(doc) == 5 and row["text"] == "正文一，"
    doc.insert_row(3, row)
    assert doc.text == LINES
    doc.assert_consistent()


def test_clear_history():
    doc = make()
    doc.do(SetLabel(0, 1, "noise"))
    doc.do(EditText(2, "标 题"))
    doc.undo()
    doc.clear_history()
    assert not doc.can_undo() and not doc.can_redo()


def test_a_real_page_loads_into_a_consistent_document(sample_path):
    doc = load_page(sample_path)
    doc.assert_consistent()
    text = sample_path.read_bytes().decode("utf-8")
    assert doc.source.name == sample_path.name and doc.source.text == text
    assert len(doc.source.sha256) == 64 and doc.source.encoding == "utf-8"
    assert doc.src[-1] == len(split_lines(text)) == 874
    assert all(lab is None or lab in LABELS for lab in doc.label)
    corpus = build_corpus(doc)
    assert check_corpus(corpus, split_lines(text)) == []
    assert corpus["source"]["lines"] == 874 and not doc.dirty and not doc.can_undo()


def test_empty_document():
    doc = Document(Source("e.txt", ""), [])
    assert len(doc) == 0 and doc.article_order() == [] and doc.new_article_id() == 0
    c = build_corpus(doc)
    assert c["articles"] == [] and c["dropped"] == [] and check_corpus(c, []) == []


def test_undo_back_to_the_saved_state_is_clean_and_a_new_step_there_is_not():
    from app.document import Source, blank_document
    from app.operations import SetLabel
    doc = blank_document(Source("p", "a\nb\n"), ["a", "b"])
    assert not doc.dirty
    doc.do(SetLabel(0, 1, "headline"))
    assert doc.dirty
    doc.undo()
    assert not doc.dirty
    doc.redo()
    doc.saved_revision = doc.revision
    doc.undo()
    assert doc.dirty
    doc.do(SetLabel(1, 2, "noise"))       # same depth, another step: not the saved state
    doc.undo()
    assert doc.dirty
    doc.saved_revision = doc.revision - 1  # read from elsewhere: no state of the history is saved
    assert doc.dirty
