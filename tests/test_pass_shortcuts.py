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


def plain_tracked_titles(pg, kinds, profile):
    """:func:`.tracked.tracked_titles` as first written: every line of a run tested for its
    kind, and its spaced lines counted, whatever its length."""
    from itertools import compress, count
    from app.rules import tracked as T
    n = len(kinds)
    text, ls, w = pg.text, pg.letter_spaced, pg.width
    tail = profile.tracked_tail_width

    def piece(r):
        return (kinds[r] == "body" and (ls[r] or w[r] <= tail and not pg.ends_final[r])
                or kinds[r] == "title" and pg.tight[r] and not pg.ends_final[r]
                and (w[r] <= tail or pg.has_space[r] and w[r] < w[r - 1]))

    done = -1
    for k in compress(count(), ls):
        if k <= done or kinds[k] != "body":
            continue
        j = k
        while j + 1 < n and piece(j + 1):
            j += 1
        done = j
        run = range(k, j + 1)
        if (sum(ls[k:j + 1]) > profile.tracked_max_lines
                or not all(kinds[r] in ("body", "title") and T.could_be_tracked_title(text[r]) for r in run)):
            continue
        if (T._opens(pg, kinds, k, profile) or T._set_apart(pg, kinds, k, j)
                or T._kicker_set_apart(pg, kinds, k, j, profile) or k == j and T.alone_in_group(pg, k)
                or T._after_a_headline(pg, kinds, k, j, profile) or T._goes_on_tracked(pg, kinds, k, j, profile)):
            for r in run:
                kinds[r] = "title"


# letter-spaced pieces with and without clause marks, short tails, closing lines, decks
_TRACKED_ROW = st.sampled_from(["安 化 ： 湘 江 岸 边", "韶 山 农 文 旅", "新 时 代 ，新 群 体", "路 子", "力",
                                "文 文 文 文。", "难出实 招", "一二三四五六七八九十。", "一二三四五六七八九十",
                                "——韶山县域经济", "记", "", "破 零 ”", "青 山", "资 难 题 ："])
_KIND = st.sampled_from(["body", "body", "body", "title", "deck", "byline", "noise", "caption"])


# a closed sentence, a run of spaced title pieces and a deck: the runs the rule takes
_TITLE_RUN = st.integers(1, 5).map(lambda m: [("一二三四五六七八九十。", "body")] + [("韶 山 农 文 旅", "body")] * m
                                   + [("——韶山县域经济", "deck")])


@settings(max_examples=1000, deadline=None)
@given(st.lists(st.one_of(st.tuples(_TRACKED_ROW, _KIND).map(lambda r: [r]), _TITLE_RUN), max_size=12)
       .map(lambda parts: [r for part in parts for r in part]), st.integers(1, 4))
def test_tracked_titles_is_the_plain_walk(rows, most):
    from dataclasses import replace
    from app.rules.profile import DEFAULT
    from app.rules.tracked import tracked_titles
    pg = Page([t for t, _ in rows])
    if not pg.text:
        return
    kinds = [kd for t, kd in rows if t][:len(pg.text)]
    profile = replace(DEFAULT, tracked_max_lines=most)
    fast, plain = list(kinds), list(kinds)
    tracked_titles(pg, fast, profile)
    plain_tracked_titles(pg, plain, profile)
    assert fast == plain


# the lines' last glyphs or kinds a rule looks for among others
_ITEMS = st.lists(st.sampled_from(["）", ")", "摄", "。", "caption", "deck", "body"]), max_size=40)


@settings(max_examples=500, deadline=None)
@given(_ITEMS, st.sampled_from(["）", ")", "摄", "caption", "deck"]))
def test_positions_are_the_comprehension(items, value):
    from app.rules.starts import each_position, positions_of
    plain = [k for k, x in enumerate(items) if x == value]
    assert positions_of(items, value) == plain
    assert list(each_position(items, value)) == plain


@settings(max_examples=500, deadline=None)
@given(_ITEMS, st.sets(st.integers(0, 39)))
def test_each_position_finds_a_value_set_later_as_compress_does(items, later):
    # what the loops over a map of the kinds did: a value set past the loop's place is found
    from itertools import compress, count, repeat
    from operator import eq
    from app.rules.starts import each_position
    fast, plain = list(items), list(items)
    seen_fast = [k for k in each_position(fast, "deck") if not _set_later(fast, k, later)]
    seen_plain = [k for k in compress(count(), map(eq, plain, repeat("deck"))) if not _set_later(plain, k, later)]
    assert seen_fast == seen_plain and fast == plain


def _set_later(items, k, later):
    for j in later:
        if k < j < len(items):
            items[j] = "deck"
    return False


# header-ish lines of a page: short titles, a deck, a byline, body lines, blank lines
_PAGE_LINE = st.sampled_from(["守护健康荷塘", "——记某某", "本报记者 张三", "文" * 12 + "，", "文" * 11 + "。", "力", ""])
_KIND = st.sampled_from(["title", "body", "deck", "byline", "kicker", "noise", "caption"])


@settings(max_examples=300, deadline=None)
@given(st.lists(_PAGE_LINE, min_size=1, max_size=40), st.lists(_KIND, min_size=40, max_size=40),
       st.lists(st.integers(0, 39), max_size=60), st.integers(1, 6))
def test_a_runs_stop_kept_between_starts_is_the_first_stop_after_it(rows, kinds, asks, most):
    # a run's stop is found at a start and kept for the starts after it in the run; asked
    # in any order, each end is that of a fresh look-up, and each stop the first line from
    # k + 1 on that cannot continue a run (the pass over every line it stands for)
    from bisect import bisect_left
    from dataclasses import replace
    from app.rules.headers import _Runs
    from app.rules.profile import DEFAULT
    profile = replace(DEFAULT, header_max_lines=most)
    pg = Page(rows)
    n = len(pg.text)
    if not n:
        return
    kinds = kinds[:n]
    runs = _Runs(pg, list(kinds), profile)
    stops = [x for x, e in enumerate(runs.ext) if not e]
    for k in [a for a in asks if a < n]:
        assert runs.end_of(k) == _Runs(pg, list(kinds), profile).end_of(k)
        if k + 1 < n:
            assert runs._stop[1] == stops[bisect_left(stops, k + 1)]
