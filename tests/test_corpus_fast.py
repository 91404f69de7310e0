"""join_lines joins most blocks at once, after one search of their text joined by newlines;
it must give what joining line by line gives, whatever the characters at the line ends
(each side of each range it tells apart, empty lines, a newline inside a line).

page_pieces groups a page's rows by article and cuts them in one loop over its lines:
it must give what grouping the rows first and then cutting each article's rows gives, on
any page (articles in several runs, blank rows, noise, paragraph ends in headers)."""
from itertools import groupby

from hypothesis import given, settings
from hypothesis import strategies as st

from app.corpus import cut_pieces, page_pieces
from app.document import Document, Source
from app.rules.text import _join_stepwise, join_lines

# each side of each range join_lines tells apart, and characters join_pair reads
_CHARS = st.sampled_from(["中", "\u4e00", "\u9fff", "\u4dff", "\ua000", "，", "。", "\u3000", "\u303f",
                          "\u3040", "\uff01", "\uff60", "\uff00", "\uff61", "a", "z", "1", "-", ")", " ", "\n",
                          "é", "\U00020000"])


@settings(max_examples=1000, deadline=None)
@given(st.lists(st.text(_CHARS, max_size=4), max_size=8))
def test_join_lines_is_its_stepwise_form(texts):
    assert join_lines(texts) == _join_stepwise(texts)


def _grouped(doc):
    """The rows of each article in source order, in the order of their first rows."""
    label = doc.label
    rows = [r for r, lab in enumerate(label) if lab is not None and lab != "noise"]
    groups = {}
    for a, run in groupby(rows, key=doc.article.__getitem__):
        groups.setdefault(a, []).extend(run)
    return groups


_ROW = st.tuples(st.sampled_from([None, "paragraph", "headline", "subtitle", "noise", "caption"]),   # label
                 st.integers(0, 3),                                                                # article
                 st.booleans())                                                                    # para_end


@settings(max_examples=300, deadline=None)
@given(st.lists(_ROW, max_size=50))
def test_page_pieces_are_the_articles_grouped_then_cut(rows):
    doc = Document(Source("page.txt", ""), ["文"] * len(rows))
    for r, (lab, art, end) in enumerate(rows):
        doc.label[r], doc.article[r], doc.para_end[r] = lab, art if lab is not None else -1, end
    pieces, kept, noise = page_pieces(doc)
    groups = _grouped(doc)
    assert list(pieces) == list(groups)
    assert all(pieces[a] == cut_pieces(groups[a], doc.label, doc.para_end) for a in groups)
    assert sorted(kept) == sorted(r for a in groups for r in groups[a])
    assert noise == [r for r, lab in enumerate(doc.label) if lab == "noise"]


def test_an_article_built_from_its_rows_is_the_corpus_article(sample_path):
    """The window's preview builds an article at a time from its rows: the same article
    as the corpus of the page."""
    from app.corpus import build_article_of_rows, build_corpus
    from app.loader import load_page
    doc = load_page(sample_path)
    groups = _grouped(doc)
    assert len(groups) > 1
    whole = build_corpus(doc)["articles"]
    assert [build_article_of_rows(doc, rows, 1 + i) for i, rows in enumerate(groups.values())] == whole
