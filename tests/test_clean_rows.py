"""The pass hands the corpus what it found of a page's rows (``Document.opened``), so the
corpus does not search every row for it again: the rows whose text the cleaning may change
(those holding a layout space, markup or a half-width mark: ``Suggestions.to_clean``), and
whether a line was split (else no row is cited apart). The rows handed over must hold every
row the cleaning's own search finds, and the corpus built from them must be the one built by
searching, on any page: lines with jumps taken off (the page reads them without the jump),
split rows, headline edits, noise."""
from hypothesis import given, settings
from hypothesis import strategies as st

from app.corpus import _cleaned, _cleaned_rows, build_corpus, cited_apart, page_pieces
from app.document import Source
from app.lines import split_lines
from app.operations import EditText
from app.rules.chars import LAYOUT_SPACE
from app.rules.lineindex import LineIndex
from app.rules.text import HALF_MARKS, MARKUP_MARKS
from app.suggest import open_document, suggest

# pieces of lines: text, every layout space, markup, the half-width marks, jumps with
# half- and full-width brackets (taken off the line they end or start), a doubled headline
_PIECES = st.sampled_from(["中", "文", "会 的 一 块", "全县 37 所", "，", "。", "“", "”", "a", "7", "%", "+", " ",
                           "  ", "\t", "\u3000", "\u00a0", "#", "## ", "**", "*", *HALF_MARKS, "（转第2版）",
                           "(上接第1版)", "（下转 第 3 版）", "(转第2版)", "。(下转第3版)", "(上接 第1版)", "协同育人育人", "本报记者 张三", "2025年11月18日  星期二"])
_LINE = st.lists(_PIECES, max_size=8).map("".join)


def _searched(doc, rows):
    """The rows among ``rows`` the cleaning's own search finds: (layout or markup, half)."""
    index = LineIndex([doc.current_text(r) for r in rows])
    layout = {rows[i] for mark in LAYOUT_SPACE + MARKUP_MARKS for i in index.containing(mark)}
    half = {rows[i] for mark in HALF_MARKS for i in index.containing(mark)}
    return layout, half


def _corpus_searching(doc):
    """The corpus as the cleaning builds it without the rows handed over."""
    kept, doc.opened = doc.opened, None
    try:
        return build_corpus(doc)
    finally:
        doc.opened = kept


def _check(doc):
    rows = page_pieces(doc)[1]
    layout, half = doc.opened.layout, doc.opened.half
    found = _searched(doc, rows)
    assert found[0] <= layout and found[1] <= half
    assert doc.opened.split or not cited_apart(doc, rows)
    by_rows = _cleaned_rows(doc)
    assert [by_rows[r] for r in rows] == _cleaned(doc, rows)
    assert build_corpus(doc) == _corpus_searching(doc)


@settings(max_examples=400, deadline=None)
@given(st.lists(_LINE, max_size=30), st.booleans())
def test_the_rows_handed_over_clean_as_the_search_does(lines, fold):
    doc = open_document(Source("p.txt", "\n".join(lines)), lines, explain=False)
    doc.settings["fold_half_width"] = fold
    assert doc.opened is not None
    _check(doc)


def test_the_sample_pages_clean_as_the_search_does(sample_path):
    for path in sorted(sample_path.parent.glob("*.txt")):
        lines = split_lines(path.read_text(encoding="utf-8"))
        _check(open_document(Source(path.name, ""), lines, explain=False))


def test_a_step_drops_the_rows_handed_over():
    lines = ["标题", "", "正文第一行，", "接着说完。"]
    doc = open_document(Source("p.txt", "\n".join(lines)), lines)
    assert doc.opened is not None
    doc.do(EditText(2, "正 文 第 一 行 ，"))      # now a letter-spaced row the pass never saw
    assert doc.opened is None
    assert build_corpus(doc)["articles"][0]["blocks"][-1]["text"].endswith("正文第一行，接着说完。")
    doc.undo()
    assert doc.opened is None


def test_a_row_read_without_its_jump_is_handed_over_for_both_cleanings():
    """The page reads a line without the jump taken off it, which may hold what the
    cleaning changes (a half-width bracket): the row is handed over whatever it holds."""
    layout, half = suggest(["正文第一行，", "接着说完。(下转第3版)"], explain=False).to_clean
    assert 1 in layout and 1 in half
