"""A column piece set off its article's measure goes on the open foot of its measure
(app/rules/foot_chains.py): the move, what keeps a piece where it is, and the reads on a
long page (counted, not timed)."""
from app.rules import foot_chains
from app.rules.page import Page
from app.rules.profile import DEFAULT
from counted_reads import CountedReads

P, H = ("paragraph", "body", 0.5), ("headline", "title", 0.5)
TEN, TWELVE = "一二三四五六七八九十", "一二三四五六七八九十一二"


def _page(piece, header=False):
    """Story A's open foot (10 cells), story B's closed piece (12 cells), then ``piece``
    (four lines), a headline over it where ``header``: A's lines article 0, the rest 1."""
    lines = [TEN, TEN, "", "一二" + TWELVE[2:], TWELVE, TWELVE, "一二三。", ""] + (["标题"] if header else []) + piece
    pg = Page(lines, DEFAULT)
    n = len(pg.text)
    lab = [P] * n
    if header:
        lab[7] = H
    return pg, lab, [0, 0] + [1] * (n - 2)


def _moved(piece, header=False):
    pg, lab, arts = _page(piece, header)
    rules = [None] * len(arts)
    foot_chains.pieces_to_open_feet(pg, lab, arts, rules, DEFAULT)
    return arts[-4:]


def test_a_piece_set_off_its_articles_measure_goes_on_the_open_foot_of_its_measure():
    assert _moved([TEN] * 3 + ["一二三。"]) == [0] * 4


def test_a_piece_at_its_articles_measure_stays():
    assert _moved([TWELVE] * 3 + ["一二三。"]) == [1] * 4


def test_a_piece_under_a_header_stays_the_headers():
    assert _moved([TEN] * 3 + ["一二三。"], header=True) == [1] * 4


def test_a_piece_opening_a_paragraph_stays():
    assert _moved(["一二三四五六七"] + [TEN] * 2 + ["一二三。"]) == [1] * 4


def _two_halves(stories):
    """Each story's piece of 10 cells, then each story's piece of 12 cells, in the same
    order, five lines each, every one ending open: every piece of the second half a step
    off its story's piece, far back, and the piece before it a free foot of its measure."""
    lines = []
    for cells in (TEN, TWELVE):
        lines += ([cells] * 5 + [""]) * stories
    return lines


def _reads(stories):
    pg = Page(_two_halves(stories), DEFAULT)
    n = len(pg.text)
    lab = CountedReads([P] * n)
    arts = [(k // 5) % stories for k in range(n)]
    CountedReads.reads = 0
    foot_chains.pieces_to_open_feet(pg, lab, arts, [None] * n, DEFAULT)
    return CountedReads.reads


def test_a_page_twice_as_long_costs_about_twice_the_reads():
    # a piece's article's piece before it is asked about only within Profile.flow_reach
    # lines; walking back to it wherever it is made the reads grow with the page's square
    assert _reads(1600) <= 2.5 * _reads(800)
