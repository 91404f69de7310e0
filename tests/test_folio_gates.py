"""`folio.number_in_line` asks cheap questions before its expressions (a jump's word before
the jump expressions, full-width characters before translating): it must read the same
number as the plain form, which runs every expression on every line."""
import re

from hypothesis import example, given, settings
from hypothesis import strategies as st

from app.folio import _FULL, _HEAD, MAX_CHARS, PageNumber, number_in_line
from app.rules.jumps import chinese_number, leading_jump, parse_jump, trailing_jump


def plain_number_in_line(line):
    line = line.strip().translate(_FULL)
    if not line or len(line) > MAX_CHARS or re.search(r"[，。；！？]", line):
        return None
    if parse_jump(line) or leading_jump(line) or trailing_jump(line):
        return None
    for pattern, source in _HEAD:
        m = pattern.search(line)
        if m:
            number = chinese_number(m.group("num"))
            if number:
                return PageNumber(number, m.groupdict().get("letter") or "", source, line)
    return None


# what running heads, folios and jump lines are made of, and some text around them
_PIECES = st.sampled_from(["第", "版", "面", "A", "H", "I", "Ａ", "Ｃ", "a", "0", "2", "12", "１", "７", "三", "十",
                           "七", "-", "—", "－", "–", " ", "\u3000", "\t", "下转", "上接", "接", "续", "承", "转",
                           "（", "）", "〔", "〕", "。", "，", "年", "月", "日", "要闻", "县域经济", "星期二",
                           "版权", "2025", "B3", "\x1c", "\u2028", "本"])


@settings(max_examples=3000, deadline=None)
@given(st.lists(_PIECES, max_size=14).map("".join))
@example("承2版")        # each jump word's character: the gate must let its line through
@example("续3版")
@example("接４版")
@example("（转A2版）")
def test_number_in_line_is_the_plain_form(line):
    got, want = number_in_line(line), plain_number_in_line(line)
    assert got == want and (got is None or got.line == want.line)


@settings(max_examples=500, deadline=None)
@given(st.text(max_size=30))
def test_number_in_line_is_the_plain_form_on_any_text(line):
    got, want = number_in_line(line), plain_number_in_line(line)
    assert got == want and (got is None or got.line == want.line)
