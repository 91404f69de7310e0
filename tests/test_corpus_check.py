"""The corpus checker's findings, whole: every message, its wording and its order.

tests/test_export.py finds each broken rule's message somewhere in the list; these compare
the full list, so they also pin the order of the checks and where the checker gives up.
"""
import copy

import pytest

from app.corpus_check import LIMIT, check_corpus

LINES = ["标题", "", "正文一", "正文二", "噪声"]


def good():
    return {
        "format": "reflow-corpus", "version": 1,
        "source": {"name": "p.txt", "sha256": "0" * 64, "encoding": "utf-8", "lines": 5},
        "articles": [{"id": 1, "kicker": None, "headline": "标题", "subtitle": None, "bylines": [],
                      "blocks": [{"type": "headline", "text": "标题", "lines": [1]},
                                 {"type": "paragraph", "text": "正文一正文二", "lines": [3, 4]}]}],
        "dropped": [{"type": "noise", "text": "噪声", "lines": [5]}],
    }


def broken(fn):
    c = good()
    fn(c)
    return c


def _art(c):
    return c["articles"][0]


def _block(c, b=0):
    return c["articles"][0]["blocks"][b]


CASES = {
    "source not an object": (lambda c: c.update(source=[]), ["source is not an object"]),
    "source fields": (lambda c: c["source"].update(name=1, encoding=None, lines="5"),
                      ["source.name is missing or not a str", "source.encoding is missing or not a str",
                       "source.lines is missing or not an integer"]),
    "version true": (lambda c: c.update(version=True), ["version is True, not 1"]),
    "head then dropped": (lambda c: c.update(format=None, dropped={}),
                          ["format is None, not 'reflow-corpus'", "dropped is not a list"]),
    "article not an object": (lambda c: c["articles"].insert(0, "x"),
                              ["article 1 is not an object", "article 2: id is 1, expected 2"]),
    "kicker": (lambda c: _art(c).update(kicker=3), ["article 1: kicker is neither text nor null",
                                                    "article 1: kicker is 3 but its blocks say None"]),
    "no blocks go on": (lambda c: (_art(c).update(id=0, blocks="x"), c["dropped"].clear()),
                        ["article 1: id is 0, expected 1", "article 1: blocks is missing, not a list, or empty",
                         "4 non-blank line(s) never cited: 1, 3, 4, 5"]),
    "block not an object": (lambda c: _art(c)["blocks"].insert(1, 7), ["article 1 block 2 is not an object"]),
    "header order": (lambda c: _art(c)["blocks"].insert(1, {"type": "kicker", "text": "", "lines": []}),
                     ["article 1 block 2: kicker out of header order (kicker, headline, subtitle, byline)",
                      "article 1: kicker is None but its blocks say ''"]),
    "header after body and bad type": (
        lambda c: _art(c)["blocks"].extend([{"type": "byline", "text": 1, "lines": [9, 2, 5]},
                                           {"type": "quote", "text": "", "lines": []}]),
        ["article 1 block 3: byline after the body began (header blocks come first)",
         "article 1 block 3: text is missing or not a string",
         "article 1 block 3: line 9 is not a line number in 1..5",
         "article 1 block 3: cites line 2, which is blank",
         "article 1 block 4: type 'quote' is not a block type",
         "dropped 1: cites line 5, already cited by article 1 block 3"]),
    "lines not a list stops the block's refs": (
        lambda c: _block(c).update(lines=None, split_of=["x"]),
        ["article 1 block 1: lines is missing or not a list", "1 non-blank line(s) never cited: 1"]),
    "split_of": (lambda c: _block(c, 1).update(split_of=[1, "2"]),
                 ["article 1 block 2: split_of is not a list of line numbers"]),
    "split_of dangling": (lambda c: c["dropped"].append({"type": "noise", "text": "", "lines": [],
                                                         "split_of": [3, 2, 9]}),
                          ["dropped 2: split_of line 2, which no block cites under lines",
                           "dropped 2: split_of line 9, which no block cites under lines"]),
    "dropped entries": (lambda c: c["dropped"].extend(["x", {"type": "jump", "lines": []}, {"type": None}]),
                        ["dropped 2 is not an object", "dropped 3: text is missing or not a string",
                         "dropped 4: type None, expected 'noise' or 'jump'",
                         "dropped 4: text is missing or not a string", "dropped 4: lines is missing or not a list"]),
    "headline from blocks": (lambda c: _art(c).update(headline="别的", subtitle=None),
                             ["article 1: headline is '别的' but its blocks say '标题'"]),
    "bylines": (lambda c: _art(c).update(bylines=["甲", 2]), ["article 1: bylines is not a list of names"]),
    "missing keys": (lambda c: [_art(c).pop(k) for k in ("kicker", "subtitle")],
                     ["article 1: no 'kicker' key", "article 1: no 'subtitle' key"]),
}


@pytest.mark.parametrize("case", sorted(CASES))
def test_the_checker_says_exactly_this(case):
    fn, expected = CASES[case]
    assert check_corpus(broken(fn), LINES) == expected


def test_the_good_corpus_passes():
    assert check_corpus(good(), LINES) == []


def test_the_early_refusals():
    assert check_corpus("x", LINES) == ["corpus is not a JSON object"]
    assert check_corpus({"format": "x", "version": 1.0}, LINES) == [
        "format is 'x', not 'reflow-corpus'", "version is 1.0, not 1", "source is not an object",
        "articles is not a list"]


def test_more_than_ten_lines_never_cited_are_cut_short():
    c = good()
    c["articles"], c["dropped"] = [], []
    lines = [f"行{k}" for k in range(12)]
    c["source"]["lines"] = 12
    assert check_corpus(c, lines) == ["12 non-blank line(s) never cited: 1, 2, 3, 4, 5, 6, 7, 8, 9, 10 ..."]


def test_a_loop_over_lines_gives_up_at_the_limit():
    c = good()
    _block(c, 1)["lines"] += [0] * 60
    problems = check_corpus(c, LINES)
    assert len(problems) == LIMIT
    assert problems[-1] == "article 1 block 2: line 0 is not a line number in 1..5"


def test_the_limit_stops_at_the_next_check_that_gives_up():
    """Checks of an article's own fields go on past the limit; the first problem of a block's
    lines after it is reached ends the list."""
    c = good()
    c["articles"] = [copy.deepcopy(_art(c)) for _ in range(30)]
    for a in c["articles"]:
        a.update(id=0, bylines=None)
        for blk in a["blocks"]:
            blk["lines"] = []
    c["articles"][-1]["blocks"][0]["lines"] = [0, 0]
    problems = check_corpus(c, LINES)
    assert len(problems) == 61
    assert problems[:2] == ["article 1: id is 0, expected 1", "article 1: bylines is not a list of names"]
    assert problems[-2:] == ["article 30: bylines is not a list of names",
                             "article 30 block 1: line 0 is not a line number in 1..5"]


def test_an_article_not_an_object_at_the_limit_ends_the_list():
    c = good()
    c["articles"] = [0] * 80
    problems = check_corpus(c, LINES)
    assert problems == [f"article {a} is not an object" for a in range(1, LIMIT + 1)]


def test_a_dangling_piece_at_the_limit_ends_the_list():
    c = good()
    c["dropped"].append({"type": "noise", "text": "", "lines": [], "split_of": list(range(10, 80))})
    problems = check_corpus(c, LINES)
    assert len(problems) == LIMIT and problems[-1] == "dropped 2: split_of line 59, which no block cites under lines"
