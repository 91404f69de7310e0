"""Steps of the pass that take a faster form than the plain one they stand for; each must
give the plain form's answer on any input."""
from hypothesis import given, settings
from hypothesis import strategies as st

from app.rules.chars import IS_HAN, flags_of
from app.rules.measure import holds_measure
from app.rules.page import Page
from app.rules.starts import _full_lines, body_runs, set_to_measure
from app.rules.text import dedupe_tail


def plain_dedupe_tail(text):
    """:func:`dedupe_tail` without its first test: every doubled tail tried."""
    t = text.rstrip()
    for k in (4, 3, 2, 1):
        if len(t) >= 3 * k + (2 if k == 1 else 0) and t[-k:] == t[-2 * k:-k] and flags_of(t[-1]) & IS_HAN:
            if k == 1:
                continue
            return t[:-k]
    return None


# few glyphs, so that tails repeat often; a space and a Latin letter besides
_HEADLINE = st.text(st.sampled_from("育人新颜a， "), max_size=14)


@settings(max_examples=2000, deadline=None)
@given(_HEADLINE, _HEADLINE)
def test_dedupe_tail_is_the_plain_loop(head, tail):
    for t in (head, head + tail + tail, head + tail + tail + " "):
        assert dedupe_tail(t) == plain_dedupe_tail(t)


def plain_set_to_measure(pg, kinds, labels, profile):
    sides = []
    size = profile.measure_lines
    for run in body_runs(kinds, labels):
        full = [pg.width[run[i]] for i in _full_lines(pg, run)]
        sides += [full[x:x + size] for x in range(0, len(full) - size + 1, size)]
    return holds_measure(sides, profile)


# full lines of two measures, short ones, and lines ending a sentence or letter-spaced
_LINE = st.sampled_from(["文" * 12, "文" * 12, "文" * 11, "文" * 13, "文" * 5 + "。", "文" * 11 + "。",
                         "文 文 文 文 文 文", "文" * 4])


@settings(max_examples=300, deadline=None)
@given(st.lists(_LINE, max_size=80), st.sets(st.integers(0, 79)), st.sets(st.integers(0, 79)))
def test_set_to_measure_is_the_full_lines_measured(rows, heads, others):
    from app.rules.profile import DEFAULT
    pg = Page(rows)
    kinds = ["noise" if k in others else "body" for k in range(len(pg.text))]
    labels = {k: None for k in heads if k < len(kinds)}
    assert set_to_measure(pg, kinds, labels, DEFAULT) == plain_set_to_measure(pg, kinds, labels, DEFAULT)
