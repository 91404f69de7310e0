"""Faster forms that hold only while two tables agree: each is checked here, so a change
to one table that breaks the other's shortcut fails a test instead of changing outputs."""
import re
import sys

from app.rules.headers import CLOSING_KINDS
from app.rules.kinds import _KICKER_END, _KICKER_RARE_END, is_kicker
from app.rules.starts import _TEXT_SET, ASIDE

_SPACES = [chr(c) for c in range(sys.maxunicode + 1) if re.match(r"\s", chr(c))]


def test_a_kicker_ends_where_line_kinds_looks_for_one():
    """`kinds._shaped_kinds` sends a short line opening like a kicker to `kind_of` only
    when its last character is in one of the two end sets: every kicker, with any
    trailing space, ends there."""
    ends = _KICKER_END | _KICKER_RARE_END
    for base in ["【聚焦两会】", "“十四五”北湖答卷⑥", "奋进新征程·攸县篇", "系列报道㉑", "系列报道（3）", "系列之三"]:
        assert is_kicker(base), base
        for t in [base] + [base + c for c in _SPACES] + [base + c + c for c in _SPACES]:
            assert not is_kicker(t) or t[-1] in ends, repr(t)


def test_closing_kinds_are_found_among_the_lines_of_no_paragraph_kind():
    """`heads._closing_lines` looks for closing kinds only among `Body.other_lines`
    (neither body nor title) and counts on the aside kinds closing."""
    assert not CLOSING_KINDS & _TEXT_SET
    assert ASIDE <= CLOSING_KINDS
