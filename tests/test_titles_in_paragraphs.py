"""A headline printed inside another story's paragraph (pdftotext) heads no text under it;
title groups on every page that prints blank lines between text groups."""
import pytest

from app.rules.page import Page
from app.rules.profile import DEFAULT
from app.rules.segments import Segments
from app.rules.title_groups import blank_lines_part_groups
from app.rules.titles_in_paragraphs import headlines_inside_paragraphs, inside_a_paragraph

H, B, P, N = ("headline", "", 1), ("byline", "", 1), ("paragraph", "body", 1), ("noise", "", 1)

# a header over a column of one paragraph, another story's headline printed inside it (the
# line before cut mid-sentence, the text under it going on), then the paragraph's end
LINES = [
    "桃江让群众办事更方便",           # 0 headline
    "本报记者 王明",                 # 1 byline
    "今年以来，县里推动政务服务下",    # 2
    "沉到村，办事群众不出村就能把",    # 3
    "事情办好，受到了群众的欢迎和",    # 4
    "",
    "向新而行",                      # 6 another story's headline
    "",
    "好评。县政务服务中心还在各乡",    # 8
    "镇设立了帮办代办窗口，专门为",    # 9
    "群众提供一对一的上门服务。",      # 10
]


def page_and_labels(lines=LINES):
    pg = Page(lines)
    lab = [H, B, P, P, P, H, P, P, P]
    return pg, lab


def segments(pg, owners):
    """The page's two body runs (lines 2-4 and 6-8 of the page's non-blank lines), owned as
    given."""
    segs = Segments([[[2, 3, 4]], [[6, 7, 8]]], ["cluster", "cluster"], [1, 2], ["" for _ in pg.text], 1.0)
    segs.owner[:] = owners
    return segs


def test_a_headline_between_an_open_line_and_text_going_on_is_inside_a_paragraph():
    pg, lab = page_and_labels()
    assert inside_a_paragraph(pg, lab, [5], 6)


def test_a_headline_after_a_sentences_end_is_not_inside_a_paragraph():
    lines = LINES[:4] + ["事情办好，受到群众欢迎。"] + LINES[5:]
    pg, lab = page_and_labels(lines)
    assert not inside_a_paragraph(pg, lab, [5], 6)


def test_a_headline_over_a_paragraphs_first_line_is_not_inside_a_paragraph():
    lines = LINES[:8] + ["县政务服务中心还在", "各乡镇设立了帮办代办窗口，专", "门为群众提供上门服务。"]
    pg, lab = page_and_labels(lines)
    assert not inside_a_paragraph(pg, lab, [5], 6)


def test_the_segment_under_it_goes_on_the_paragraph_before():
    pg, lab = page_and_labels()
    hunits = [[0, 1], [5]]
    segs = segments(pg, [0, 1])
    hseg = [0, 1]
    assert headlines_inside_paragraphs(pg, lab, segs, hseg, hunits, DEFAULT) == [(4, [6, 7, 8])]
    assert segs.owner == [0, None] and hseg == [0, None]


def test_a_header_with_a_byline_keeps_its_segment():
    pg, lab = page_and_labels()
    lab[5] = B
    segs = segments(pg, [0, 1])
    assert headlines_inside_paragraphs(pg, lab, segs, [0, 1], [[0, 1], [5]], DEFAULT) == []
    assert segs.owner == [0, 1]


def test_a_headless_piece_before_the_headline_is_its_own_storys_first_column():
    pg, lab = page_and_labels()
    segs = segments(pg, [None, 1])
    assert headlines_inside_paragraphs(pg, lab, segs, [None, 1], [[0, 1], [5]], DEFAULT) == []
    assert segs.owner == [None, 1]


def test_title_groups_take_pages_printing_blank_lines_after_a_third_of_their_sentences():
    # two of the five sentence ends before the last line have a blank line after them
    # (0.4): more than group_blank_share, no more than title_group_blank_share (pdftotext
    # prints 0.07-0.45)
    body = ["一二三四五六七八九十", "一二三四五。"]
    lines = body + [""] + body + [""] + body * 4
    pg = Page(lines)
    assert not blank_lines_part_groups(pg, DEFAULT)
    assert blank_lines_part_groups(pg, DEFAULT, DEFAULT.title_group_blank_share)
    assert DEFAULT.group_blank_share < DEFAULT.title_group_blank_share < DEFAULT.paragraph_blank_share


@pytest.mark.parametrize("after, rows", [
    ("神", ["title", "title", "title", "body"]),                    # the group ends with a glyph left over
    ("一二三四五六七八九十", ["title", "body", "body", "body"]),      # the group goes on: running text
])
def test_letter_spaced_rows_under_a_title_are_its_rows_only_where_the_group_ends(after, rows):
    from app.rules.tracked_rows import rows_under_a_title
    body = ["一二三四五六七八九十", "一二三四五。"]
    lines = body * 3 + ["", "怀化校园足", "球 踢 出 精 气", after, ""] + body * 3
    pg = Page(lines)
    kinds = ["body"] * len(pg.text)
    kinds[6] = "title"
    rows_under_a_title(pg, kinds, DEFAULT)
    assert kinds[6:10] == rows
