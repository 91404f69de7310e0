"""The engine computes each rule for whole columns of lines at once (app/rules/page.py and
the stages that read it); these tests hold every column equal to the one-line rule it
stands for, on real pages and on random lines."""

from hypothesis import given, settings
from hypothesis import strategies as st

from app.corpus import _cleaned, clean_row
from app.decoding import read_source
from app.lines import split_lines
from app.document import Document, Source
from app.rules.chars import width
from app.rules.columns import local_width, local_widths
from app.rules.kinds import is_byline
from app.rules.lineindex import LineIndex
from app.rules.lines import _END_STRIP, ends_final, starts_closed, strip
from app.rules.page import Page
from app.rules.kinds import kind_of, line_kinds
from app.rules.profile import DEFAULT
from app.rules.text import is_letter_spaced
from conftest import OUR_PAGES

# characters the rules look at, and plain ones around them
ALPHABET = ("，。、；：？！”’“‘（）《》【】「」…—－-·%#* \t\u3000\u00a0"
            "0123456789０１２３abcXYZ" "版编辑校对年记者通讯员本报摄图片供文上下左右"
            "王李张周肖畅曾玉玺莫钢黄欧阳司马会的一块劳动实践基地旨在让学生新时代" "①②⑥")
LINE = st.text(alphabet=ALPHABET, max_size=45)


def pages(paths):
    for p in paths:
        yield split_lines(read_source(p).text)


def check_page(lines):
    pg = Page(lines)
    assert pg.rows == [i for i, t in enumerate(lines) if t.strip()]
    assert pg.text == [strip(lines[i]) for i in pg.rows]
    # a line of closing marks only (a quote wrapped onto a line of its own) ends what the
    # line before it ends
    assert pg.ends_final == [ends_final(t) or bool(k and not t.strip(_END_STRIP) and ends_final(pg.text[k - 1] + t))
                             for k, t in enumerate(pg.text)]
    assert pg.starts_closed == [starts_closed(t) for t in pg.text]
    assert pg.letter_spaced == [" " in t and is_letter_spaced(t) for t in pg.text]
    for t, w in zip(pg.text, pg.width):
        if all(c.isascii() or c == "·" or width(c) == 1 and len(c.encode()) == 3 or c.isspace() for c in t):
            assert w == width(t), t   # the byte count is exact on narrow and wide characters
    seen = 0
    want = []
    for k, (t, ls) in enumerate(zip(pg.text, pg.letter_spaced)):
        kd = kind_of(t, ls, top=k < DEFAULT.top_lines and seen == 0)
        seen += kd != "noise"
        want.append(kd)
    assert line_kinds(pg) == want
    assert pg.spread(pg.text, None) == [pg.text[pg.rows.index(i)] if i in pg.rows else None
                                        for i in range(len(lines))]


def test_columns_equal_the_line_rules_on_our_pages():
    for lines in pages(OUR_PAGES):
        check_page(lines)


@settings(max_examples=150, deadline=None)
@given(st.lists(st.one_of(LINE, st.just("")), min_size=1, max_size=40))
def test_columns_equal_the_line_rules_on_random_lines(lines):
    check_page(lines)


@settings(max_examples=300, deadline=None)
@given(LINE)
def test_byline_shortcut_changes_no_answer(t):
    """is_byline gives up early when the first character cannot begin a name: the full
    test must agree."""
    from app.rules import kinds
    t = t.strip()
    full = (len(t) <= DEFAULT.byline_max_chars and bool(kinds._BYLINE_CHARS.match(kinds.han_shape(t))) and bool(kinds.split_names(t))
            and all(kinds.looks_like_name(n) for n in kinds.split_names(t))
            and (len(kinds.split_names(t)) >= 2 or bool(__import__("re").search(
                r"记者|通讯员|实习生|文/图|文／图|图/文|摄影|编辑|撰文", t))))
    assert is_byline(t) == full


@given(st.lists(st.sampled_from([12.0, 12.5, 13.0, 13.5, 14.0, 3.0, 24.0, 25.0, 25.5]), max_size=60))
def test_local_widths_equal_local_width(ws):
    assert local_widths(ws) == [local_width(ws, p) for p in range(len(ws))]


@given(st.lists(st.sampled_from([12.0, 13.0, 13.5, 3.0, 24.0, 25.0]), max_size=40), st.data())
def test_shared_column_changes_equal_change_at(ws, data):
    from app.rules.columns import change_at
    from app.rules.segments import ColumnChanges
    mids = sorted(data.draw(st.sets(st.integers(0, 200), min_size=len(ws), max_size=len(ws))))
    ch = ColumnChanges(ws, mids)
    for k in data.draw(st.lists(st.integers(0, 210), max_size=30)):
        import bisect
        assert ch(k) == change_at(ws, bisect.bisect_left(mids, k))


@given(st.lists(st.text(alphabet="ab版\t", max_size=5), max_size=20), st.sampled_from(["版", "\t", "ab", "b版"]))
def test_line_index_finds_every_line_holding_the_needle(texts, needle):
    assert LineIndex(texts).containing(needle) == [k for k, t in enumerate(texts) if needle in t]


@settings(max_examples=100, deadline=None)
@given(st.lists(LINE, min_size=1, max_size=30), st.booleans())
def test_rows_cleaned_together_equal_rows_cleaned_one_by_one(lines, fold):
    doc = Document(Source("p", ""), lines)
    doc.settings["fold_half_width"] = fold
    assert _cleaned(doc, range(len(doc))) == [clean_row(doc, r) for r in range(len(doc))]


@settings(max_examples=400, deadline=None)
@given(st.text(alphabet="读书，人,:;?!()（）abc 3" + "中", max_size=20))
def test_half_width_shortcut_equals_the_rule(t):
    """Marks fold as the look-around rule says; a bracket pair folds whole or not at all."""
    import re
    from app.rules.chars import WIDE
    from app.rules.text import HALF_TO_FULL, fold_half_width
    w = f"[{WIDE}]"
    marks_rule = re.compile(f"(?<={w})[,:;?!]|[,:;?!](?={w})")   # a mark beside a wide character
    got = fold_half_width(t)
    assert len(got) == len(t)
    if "(" not in t and ")" not in t:
        assert got == marks_rule.sub(lambda m: m.group(0).translate(HALF_TO_FULL), t)
    depth = []
    for c, g in zip(t, got):
        if c == "(":
            depth.append(g)
        elif c == ")" and depth:
            assert (depth.pop() == "（") == (g == "）"), (t, got)


SPACED = st.text(alphabet="会的一块劳动，。、“”（）—…%37aZ中 文1２+=" "\U00020000", min_size=1, max_size=30)


@given(SPACED)
@settings(max_examples=3000)
def test_plain_spaces_decide_each_gap_as_the_expressions_do(text):
    """Lines whose spaces are plain ones, any number of them in runs of any length, take
    the per-gap rule; it answers what the expressions answer."""
    from app.rules.text import _layout_spaces_re, _plain_spaces
    text = text.strip(" ")
    if text and " " in text:
        assert _plain_spaces(text) == _layout_spaces_re(text)


def test_a_joining_sign_in_a_letter_spaced_line_with_few_spaces_is_closed_up():
    """A letter-spaced line of a few gaps, one of them before a sign glued to the next
    ideograph: the gap goes, as in a long line ("小 组 +部 门")."""
    from app.rules.text import remove_layout_spaces
    assert remove_layout_spaces("小 组 织 +部") == "小组织+部"
    assert remove_layout_spaces("会 的 一 块 =劳") == "会的一块=劳"
    assert remove_layout_spaces("A + B 等于 C") == "A + B 等于 C"


@given(st.lists(st.tuples(st.integers(1, 30), st.sampled_from(["body", "title", "noise", "caption"])), min_size=1,
                max_size=50), st.data())
def test_lazy_local_widths_equal_column_widths(rows, data):
    # the column width the heads and ends read line by line, asked in any order, is the
    # one computed for the whole page at once
    from app.rules.starts import LocalWidths, body_runs, column_widths
    pg = Page(["字" * n for n, _ in rows])
    kinds = [kd for _, kd in rows]
    labels = dict.fromkeys(data.draw(st.sets(st.integers(0, len(rows) - 1), max_size=5)))
    lazy = LocalWidths(pg, body_runs(kinds, labels))
    whole = column_widths(pg, kinds, labels)
    order = data.draw(st.permutations(range(len(rows))))
    assert [lazy[k] for k in order] == [whole[k] for k in order]
    assert list(lazy) == whole


@given(SPACED)
@settings(max_examples=3000)
def test_letter_spaced_lines_of_plain_spaces_decide_each_gap_as_the_expressions_do(text):
    """A letter-spaced line of plain spaces asks only its gaps beside a narrow character;
    it answers what the expressions answer."""
    from app.rules.chars import han_shape
    from app.rules.text import _layout_spaces_re, _letter_spaced_plain, is_letter_spaced
    text = text.strip(" ")
    if text and is_letter_spaced(text):
        assert _letter_spaced_plain(text, han_shape(text)) == _layout_spaces_re(text)


@given(st.lists(st.sampled_from(["会", "的", "块", "，", "“", "”", "37", "5", "%", "a", "Z", "+", "=", ".",
                                 "\U00020000"]), min_size=3, max_size=25),
       st.lists(st.integers(1, 2), min_size=24, max_size=24))
@settings(max_examples=3000)
def test_letter_spaced_lines_built_of_gaps_decide_as_the_expressions_do(tokens, runs):
    """The same on lines built as extractors spread them: a token a gap, runs of one or
    two spaces (the random text above is rarely letter-spaced)."""
    from app.rules.chars import han_shape
    from app.rules.text import _layout_spaces_re, _letter_spaced_plain, is_letter_spaced
    text = tokens[0] + "".join(" " * n + t for n, t in zip(runs, tokens[1:]))
    if is_letter_spaced(text):
        assert _letter_spaced_plain(text, han_shape(text)) == _layout_spaces_re(text)
