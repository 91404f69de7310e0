"""A paragraph's indented first line printed as a text group of its own
(app.rules.first_lines_alone): it goes on into the next group where that group opens full."""
import doctest

import app.rules.first_lines_alone as first_lines_alone
from app.rules.first_lines_alone import first_lines_going_on
from app.rules.page import Page

P = ("paragraph", "", 1)
END = (True, "short-final", 0.8)

# paragraphs of a 12-cell column, each a group between blank lines (pdfminer's page)
CLOSED = ["一二三四五六七八九十一二", "一二三四五六七八九十一二", "一二三四五。"]
FIRST = ["一二三四五六七八九。"]                          # 10 cells: 12 less an indent
REST = ["一二三四五六七八九十一二", "一二三四五六七八九十一二", "一二三四五六七八。"]  # opens full
INDENTED = ["一二三四五六七八九十", "一二三四五六七八九十一二", "一二三。"]


def page(*groups):
    lines = []
    for g in groups:
        lines += ([""] if lines else []) + g
    return lines


def ends_after(lines, arts=None, change=None):
    """The end records after the step, every line a paragraph line ending where it ends a
    sentence (a group's last line), ``change``: records put in first."""
    pg = Page(lines)
    n = len(pg.text)
    end = [(pg.text[k].endswith("。"), "short-final", 0.8) for k in range(n)]
    for k, record in (change or {}).items():
        end[k] = record
    first_lines_going_on(pg, [P] * n, end, arts or [0] * n)
    return end


def test_doctests():
    result = doctest.testmod(first_lines_alone)
    assert result.attempted > 0 and result.failed == 0


def test_an_indented_first_line_alone_goes_on_into_a_group_opening_full():
    end = ends_after(page(CLOSED, FIRST, REST, CLOSED))
    assert end[3] == (False, "full-first-line", 0.6)
    assert end[2][0] and end[6][0]


def test_the_next_group_opening_indented_is_a_new_paragraph():
    assert ends_after(page(CLOSED, FIRST, INDENTED, CLOSED))[3][0]


def test_a_line_alone_after_a_line_left_open_is_the_last_line_of_its_paragraph():
    lines = page(CLOSED, ["一二三四五六七八九十"], FIRST, REST, CLOSED)
    assert ends_after(lines)[4][0]


def test_the_next_group_in_another_article_keeps_the_end():
    lines = page(CLOSED, FIRST, REST, CLOSED)
    assert ends_after(lines, arts=[0, 0, 0, 0, 1, 1, 1, 1, 1, 1])[3][0]


def test_a_persons_end_is_kept():
    assert ends_after(page(CLOSED, FIRST, REST, CLOSED), change={3: (True, "person", 1.0)})[3][0]


def test_not_on_a_page_whose_blank_lines_do_not_part_paragraphs():
    lines = page(CLOSED * 5, FIRST, REST)     # most sentence ends run on into the next line
    assert ends_after(lines)[15][0]
