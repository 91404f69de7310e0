"""The piece links of a page read down its columns (app.rules.piece_links): an open column
foot linked to the one piece of its story, printed before it, whose join reads as a pair."""
from app.rules.page import Page
from app.rules.piece_links import GOES_ON_AT, PIECE_AFTER, piece_links
from app.suggest import suggest

P = ("paragraph", "", 1)
H = ("headline", "", 1)

# k: 0 headline; 1-3 the rest, opening mid-paragraph under the headline ("蕴，……");
# 4-6 a paragraph writing "底蕴" side by side; 7-8 the start, its last line open ("……底");
# 9-10 a paragraph opening with an indent (short by more than two cells)
REST = ["蕴，正推动有色金属产业从传", "统冶炼向精深加工与绿色智能", "转型。"]
PAIRED = ["作为中国银都", "永兴依托千年银脉底蕴，推动产", "业发展。"]
START = ["舒云表示，作为", "中国银都，永兴依托千年银脉底"]
NEXT = ["新时代催生新业态", "体带来新课题，值得我们深思。"]


def page(*groups, head=True):
    lines = ["标题"] if head else []
    for g in groups:
        lines += ([""] if lines else []) + g
    return lines


def records(lines, ends, head=True):
    """Label, end and article records of a made page: a headline first, paragraphs after,
    ``ends`` the k of the paragraph lines that end."""
    n = sum(1 for t in lines if t.strip())
    lab = ([H] if head else []) + [P] * (n - head)
    end = [(k in ends or (head and k == 0), "", 1) for k in range(n)]
    return lab, end, [0] * n


def links(lines, ends, arts=None, head=True, change=None):
    lab, end, art = records(lines, ends, head)
    for k, record in (change or {}).items():
        end[k] = record
    return piece_links(Page(lines), lab, end, arts or art)


def test_an_open_foot_goes_on_at_the_one_opening_of_its_story_its_join_pairs_with():
    lines = page(REST, PAIRED, START, NEXT)
    assert links(lines, {3, 6, 10}) == ({8: 1}, {})
    # an end the rules gave the open line is taken back: the link cuts it
    assert links(lines, {3, 6, 8, 10}) == ({8: 1}, {8: (False, GOES_ON_AT, 0.6)})


def test_the_line_before_the_piece_is_ended_where_it_was_left_open():
    lines = page(["这是上一段的最后一行。"], REST, PAIRED, START, NEXT)
    # k 1: a paragraph line ending a sentence, left open: the piece opening at 2 is no going on of it
    assert links(lines, {4, 7, 11}) == ({9: 2}, {1: (True, PIECE_AFTER, 0.6)})
    # a person's open end there is kept, and no link made
    assert links(lines, {4, 7, 11}, change={1: (False, "person", 1.0)}) == ({}, {})


def test_no_link_where_a_person_decided_the_open_lines_end():
    lines = page(REST, PAIRED, START, NEXT)
    assert links(lines, {3, 6, 10}, change={8: (True, "person", 1.0)}) == ({}, {})
    assert links(lines, {3, 6, 10}, change={8: (False, "person", 1.0)}) == ({}, {})


def test_no_link_where_the_join_pairs_with_two_openings():
    other = ["蕴含新的发展动力在其中呢。", "这是第二行文字内容了啊。"]
    lines = page(REST, PAIRED, other, START, NEXT)
    assert links(lines, {3, 6, 8, 12}) == ({}, {})


def test_no_link_to_an_opening_printed_after_the_open_line():
    lines = page(PAIRED, START, NEXT, REST)
    assert links(lines, {3, 7, 10}) == ({}, {})


def test_no_link_to_another_story():
    lines = page(REST, PAIRED, START, NEXT)
    arts = [0, 1, 1, 1] + [0] * 7
    assert links(lines, {3, 6, 10}, arts=arts) == ({}, {})


def test_no_link_where_the_open_lines_paragraph_goes_on_after_it():
    full = ["之蕴，正推动有色金属产业从传", "统冶炼向精深加工转型。"]   # opening mid-paragraph: its rest
    lines = page(REST, PAIRED, START, full)
    assert links(lines, {3, 6, 10}) == ({}, {})


def test_no_link_where_the_piece_runs_into_the_open_lines_own():
    # no end between the opening and the open line: one piece, not two
    lines = page(REST, PAIRED, START, NEXT)
    assert links(lines, {10}) == ({}, {})


def test_no_link_on_a_page_read_in_drawing_order():
    lines = [t for t in page(REST, PAIRED, START, NEXT) if t]
    assert links(lines, {3, 6, 10}) == ({}, {})


def test_the_pass_gives_the_links_by_row_blank_rows_counted():
    lines = page(REST, PAIRED, START, NEXT)
    sugg = suggest(lines)
    r, s = lines.index(START[-1]), lines.index(REST[0])
    assert sugg.goes_on == {r: s}
    assert not sugg.para_end[r] and sugg.para_end[lines.index(REST[-1])]


def test_a_persons_end_on_the_open_line_is_kept_and_no_link_made():
    from app.document import Source
    from app.operations import SetParagraphEnd
    from app.suggest import open_document
    lines = page(REST, PAIRED, START, NEXT)
    r = lines.index(START[-1])
    doc = open_document(Source("p.txt", "\n".join(lines)), lines)
    doc.do(SetParagraphEnd(r, True))
    sugg = suggest(lines, doc)
    assert sugg.goes_on == {} and sugg.para_end[r]
