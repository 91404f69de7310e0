"""The group chains' rule reads a bounded stretch of the page around each group: a file a
user opens is one page however long. Counted in reads of the label list, not timed
(machines are noisy)."""
from app.rules import group_chains
from app.rules.page import Page
from app.rules.profile import DEFAULT
from counted_reads import CountedReads


def chained_page(groups):
    """Text groups of five full lines, a blank line after each, ending by turns on a
    sentence end and open: each group opens mid-paragraph, no header anywhere."""
    lines = []
    for g in range(groups):
        lines += ["文" * 20] * 4 + ["文" * 19 + ("，" if g % 2 else "。"), ""]
    return lines


def reads_to_move(groups):
    """Label reads of the rule on a page of ``groups`` groups set in two articles by
    turns (every group after the first two breaks its article's chain)."""
    pg = Page(chained_page(groups), DEFAULT)
    n = len(pg.text)
    lab = CountedReads([("paragraph", "body", 0.5)] * n)
    arts = [(k // 5) % 2 for k in range(n)]
    rules = [None] * n
    CountedReads.reads = 0
    group_chains.move_groups_to_open_chains(pg, lab, arts, rules, DEFAULT)
    assert rules.count(None) < n          # the page does what it is made for
    return CountedReads.reads


def test_a_page_twice_as_long_costs_about_twice_the_reads():
    assert reads_to_move(800) <= 2.5 * reads_to_move(400)
