"""The measure steps' rule reads a bounded stretch of the page around each step: a file a
user opens is one page however long, and a page of 56,000 lines whose measure keeps
stepping took a minute when each step walked back to the page's first line. Counted in
reads of the label list, not timed (machines are noisy)."""
from app.rules import measure_steps
from app.rules.page import Page
from app.rules.profile import DEFAULT
from counted_reads import CountedReads


def stepping_page(groups):
    """Text groups of five lines, a blank line after each, set 24 and 20 cells wide by
    turns: every group a step off the one before, no header anywhere."""
    lines = []
    for g in range(groups):
        lines += ["文" * (20 if g % 2 else 24)] * 4 + ["文" * 10 + "。", ""]
    return lines


def reads_to_move_steps(groups):
    pg = Page(stepping_page(groups), DEFAULT)
    n = len(pg.text)
    lab = CountedReads([("paragraph", "body", 0.5)] * n)
    steps = measure_steps.measure_steps(pg, lab, [0] * n, measure_steps.measured_groups(pg, lab, DEFAULT), DEFAULT)
    assert len(steps) == groups - 1       # the page does what it is made for
    CountedReads.reads = 0
    measure_steps.move_measure_steps(pg, lab, [0] * n, [None] * n, DEFAULT)
    return CountedReads.reads


def test_a_page_twice_as_long_costs_about_twice_the_reads():
    # each step reads a stretch bounded by Profile.flow_reach, so the reads grow with the
    # page's length; walking back to line 0 at every step made them grow with its square
    assert reads_to_move_steps(800) <= 2.5 * reads_to_move_steps(400)
