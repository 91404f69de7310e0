"""`kinds.line_kinds` sends a line to `kind_of` only where a rule other than the title
shape could take it, by cheap tests of its first and last characters; each test here
holds one of those gates to the rule it stands for, so a change to a rule's expression
that a gate no longer covers fails here instead of changing outputs."""
import sys

from hypothesis import given, settings
from hypothesis import strategies as st

from app.rules.kinds import (_FURN_FIRST, _FURN_ONLY, _KICKER_END, _YEAR_THEN_DIGIT, _YEAR_THEN_DIGIT_IN_LINE,
                             _kicker_may_end, holds_two_han,
                             is_kicker, kind_of, line_kinds)
from app.rules.lines import han_count
from app.rules.page import Page
from app.rules.profile import DEFAULT

# what the kicker's and the furniture's expressions look for, and plain ideographs
KICKER_ALPHABET = ("之·篇“”【】[]（）()①⑥⑳㉑一二三十0123456789０９- —–\u3000\t"
                   "，。：系列报道北湖答卷攸县奋进")
# random lines, and lines opened and closed as each alternative of the kicker's expression
KICKER_LINE = st.one_of(
    st.text(alphabet=KICKER_ALPHABET, min_size=1, max_size=26),
    st.builds(lambda a, b, c: a + b + c, st.sampled_from(["", "“", "【", "[", "奋进"]),
              st.text(alphabet=KICKER_ALPHABET, max_size=12),
              st.sampled_from(["篇", "·攸县篇", "之三", "3", "三", "⑥", "】", "]", "（3）", "” 3"])))


@settings(max_examples=3000, deadline=None)
@given(KICKER_LINE)
def test_no_kicker_ends_where_its_gate_says_none_can(t):
    """A line as short as a kicker, ending in one of `_KICKER_END`, that
    `_kicker_may_end` turns away is no kicker."""
    if t[-1] in _KICKER_END and not _kicker_may_end(t, t[0], t[-1]):
        assert not is_kicker(t)


def test_the_kicker_gate_keeps_every_kind_of_kicker():
    for t in ["“十四五”北湖答卷⑥", "【聚焦两会】", "[聚焦两会]", "奋进新征程·攸县篇", "系列报道之三",
              "“十四五”答卷三", "“十四五”答卷3", "系列报道（3）"]:
        assert is_kicker(t) and _kicker_may_end(t, t[0], t[-1]), t


def test_furniture_of_dashes_and_digits_ends_in_one():
    """`_shaped_kinds` sends a line opening like furniture only when it also ends in
    `_FURN_FIRST`: what `kind_of` asks of such a line, `_FURN_ONLY.fullmatch`, takes
    exactly the characters of that set."""
    assert {chr(c) for c in range(sys.maxunicode + 1) if _FURN_ONLY.fullmatch(chr(c))} == _FURN_FIRST


@settings(max_examples=300, deadline=None)
@given(st.lists(st.one_of(KICKER_LINE, st.just("")), min_size=1, max_size=30))
def test_line_kinds_are_kind_of_on_kicker_like_lines(lines):
    """Every line of a page of kicker-like lines past the first ones (asked in
    `line_kinds` itself) has the kind `kind_of` gives it."""
    pg = Page(lines)
    kinds = line_kinds(pg) if pg.rows else []
    for k in range(DEFAULT.top_lines, len(kinds)):
        assert kinds[k] == kind_of(pg.text[k], pg.letter_spaced[k]), pg.text[k]


def test_two_ideographs_are_found_where_the_count_finds_them():
    """`holds_two_han` tells ideographs by the flags table, the count by the shape: the
    two agree on every character (and so on every line)."""
    for c in map(chr, range(sys.maxunicode + 1)):
        assert holds_two_han(c + c) == (han_count(c + c) >= 2), hex(ord(c))


@settings(max_examples=2000, deadline=None)
@given(st.text(alphabet="——-－ \t\u3000中a1，·“𠀀㐀豈\ud7ff", max_size=30))
def test_two_ideographs_on_lines(t):
    assert holds_two_han(t) == (han_count(t) >= 2)


@settings(max_examples=1000, deadline=None)
@given(st.lists(st.text(alphabet="年12３ \t\u3000\x0b\x1c，今a", max_size=8), min_size=1, max_size=12))
def test_year_then_digit_found_in_the_joined_lines_as_in_each(lines):
    """`_ruled_lines` finds the lines holding 年 and then a digit by one search of the
    page's joined lines, which must stop at each line's end."""
    pg = Page(lines)
    want = [k for k, t in enumerate(pg.text) if _YEAR_THEN_DIGIT.search(t)]
    assert pg.lines_matching(_YEAR_THEN_DIGIT_IN_LINE) == want


@settings(max_examples=1000, deadline=None)
@given(st.text(alphabet="欧阳司马上官诸葛端木周红波曾铮奋发有为 ·", max_size=6))
def test_looks_like_name_reads_compound_surnames_as_startswith(n):
    """`looks_like_name` asks a name's first two glyphs of a set of the compound surnames
    (each is two glyphs): the same as `str.startswith` of the tuple."""
    from app.rules.kinds import COMPOUND_SURNAMES, SURNAMES, looks_like_name
    want = 3 <= len(n) <= 4 if n.startswith(COMPOUND_SURNAMES) else 2 <= len(n) <= 3 and n[0] in SURNAMES
    assert looks_like_name(n) == want
