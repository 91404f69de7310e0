"""The pure side of the window's actions (app.commands, app.article_index), without Qt."""
from app import commands
from app.article_index import ArticleIndex
from app.document import ALL, Source, Why, blank_document
from app.operations import MoveRows, SetLabel, SplitRow


def doc_of(lines, articles):
    d = blank_document(Source("t", "\n".join(lines)), lines)
    for r, a in enumerate(articles):
        if d.label[r] is not None:
            d.article[r] = a
    return d


LINES = ["标题甲", "正文一。", "", "正文二。", "标题乙", "正文三。", "正文四。"]
ARTS = [0, 0, -1, 0, 1, 1, 1]


def test_index_follows_moves_labels_and_splits_like_a_fresh_one():
    d = doc_of(LINES, ARTS)
    idx = ArticleIndex(d)
    assert idx.order() == [0, 1] and idx.rows(0) == [0, 1, 3]
    idx.totals()    # summed now, then kept up to date by update
    for op in (MoveRows([5, 6], None), commands.confirm_op(d, [0, 1, 5]), SetLabel(0, 1, "noise"),
               MoveRows([0], 1), SplitRow(3, 2), commands.confirm_op(d, [3, 4])):
        idx.update(d.do(op))
        fresh = ArticleIndex(d)
        assert idx.order() == fresh.order() == d.article_order()
        assert {a: idx.rows(a) for a in idx.order()} == {a: fresh.rows(a) for a in fresh.order()}
        assert idx.totals() == fresh.totals()
    while d.can_undo():
        idx.update(d.undo())
        assert idx.totals() == ArticleIndex(d).totals()
    assert idx.order() == [0, 1] and idx.rows(1) == [4, 5, 6]


def test_index_stats_and_column_width():
    d = doc_of(LINES, ARTS)
    idx = ArticleIndex(d)
    assert idx.stats(1) == (3, 0)
    idx.update(d.do(commands.confirm_op(d, [4, 5])))
    assert idx.stats(1) == (3, 2)
    assert idx.totals() == (6, 2)
    assert idx.column_width(1) == 4.0


def test_label_and_confirm_ops_cover_runs_across_blank_rows():
    d = doc_of(LINES, ARTS)
    op = commands.label_op(d, [1, 3], "caption")
    d.do(op)
    assert [d.label[r] for r in (1, 2, 3)] == ["caption", None, "caption"]
    assert commands.label_op(d, [2], "headline") is None
    d.do(commands.confirm_op(d, [0, 1, 3, 5]))
    assert [d.confirmed[r] & ALL == ALL for r in (0, 1, 3, 4, 5)] == [True, True, True, False, True]


def test_next_unconfirmed_and_review_order():
    from app.review import review_order
    d = doc_of(LINES, ARTS)
    for r, c in ((0, 0.9), (1, 0.2), (3, 0.5), (4, 0.2), (5, 0.9), (6, 0.7)):
        d.why[r] = Why("r", c, "r", 1.0, "r", 1.0)
    assert commands.next_unconfirmed(d, 1) == 3
    order = review_order(d)
    assert sorted(order) == [0, 1, 3, 4, 5, 6]
    assert commands.review_target(d, None, 1) == order[0]
    walked, row = [], None
    for _ in range(6):
        row = commands.review_target(d, row, 1)
        walked.append(row)
    assert walked == order
    assert commands.review_target(d, row, 1) == order[0]            # wraps round
    assert commands.review_target(d, order[3], -1) == order[2]


def test_article_jump_goto_and_titles():
    d = doc_of(LINES, ARTS)
    idx = ArticleIndex(d)
    assert commands.article_jump(idx, 1, 1) == 4
    assert commands.article_jump(idx, 5, -1) == 0
    assert commands.article_jump(idx, 5, 1) == 4          # stays on the last
    assert commands.rows_for_lines(d, 2, 4) == (1, 3)
    assert commands.rows_for_lines(d, 99, 99) == (6, 6)
    d.label[4] = "headline"
    assert commands.article_title(d, idx.rows(1)) == "标题乙"
    assert commands.article_title(d, idx.rows(0), words=2) == "标题…"


def test_move_and_start_ops():
    d = doc_of(LINES, ARTS)
    assert commands.move_op(d, [4], 1, 2) is None          # already there
    op = commands.move_op(d, [5, 6], 0, 1)
    assert op.name == "Move to article 1"
    assert commands.move_op(d, [5], None).name == "Move to new article"
    assert commands.start_article_op(d, [0]) is None
    assert commands.start_article_op(d, [2, 3]).name == "Start article"
    assert commands.merge_prev_op(d, 5).name == "Merge with previous article"
    assert commands.toggle_break_op(d, 2) is None
    assert commands.edit_op(d, 1, "正文一。") is None
    assert commands.split_op(d, 1, 0) is None and commands.split_op(d, 1, 2) is not None


def test_find_row_sees_through_layout_spaces():
    d = doc_of(["学 校 学 生", "其他"], [0, 0])
    assert commands.find_row(d, "学校", None) == 0
    assert commands.find_row(d, "其他", 1) == 1            # wraps to itself
    assert commands.find_row(d, "无", 0) is None


# ---- the line editor's text: one line, no new control character, not too long -----------------
def texts(d):
    return [d.current_text(r) for r in range(len(d))]


def test_an_edit_holding_line_ends_splits_the_line_in_one_undo_step():
    d = doc_of(LINES, ARTS)
    before = texts(d)
    op, said = commands.line_edit(d, 1, "第一行\n\n# 假标题\r\n尾")
    d.do(op)
    assert texts(d)[1:4] == ["第一行", "# 假标题", "尾"] and len(d) == len(LINES) + 2
    assert [n.text() for n in said] == ["Split into 3 lines at the line breaks of the pasted text."]
    assert op.name == "Edit text" and all("\n" not in t and "\r" not in t for t in texts(d))
    d.assert_consistent()
    d.undo()
    assert texts(d) == before
    op, said = commands.line_edit(d, 1, "正文一。\n")            # a copied line's own line end
    assert op is None and [n.text() for n in said] == ["The line breaks of the pasted text were left out."]
    op, said = commands.line_edit(d, 1, "\n".join("行%d" % i for i in range(150)))
    d.do(op)
    assert len(d) == len(LINES) + 99 and texts(d)[100] == "行99"
    assert [n.text() for n in said][0] == "Only the first 100 lines of the text were kept (it had 150)."


def test_an_edit_bringing_a_control_character_is_refused_and_a_long_one_cut():
    d = doc_of(LINES, ARTS)
    for bad in ("正文\x00一。", "\x1b[31m红", "a\x0cb", "a\x7fb", "a\u2028b"):
        op, said = commands.line_edit(d, 1, bad)
        assert op is None and said[0].text().startswith("Line not changed: the text holds the control character U+")
    op, said = commands.line_edit(d, 1, "甲\t乙")                 # a tab is a space
    assert op is not None and said == []
    op, said = commands.line_edit(d, 1, "长" * 100_000)
    d.do(op)
    assert d.current_text(1) == "长" * 10_000
    assert [n.text() for n in said] == ["The text was cut to its first 10000 characters (it had 100000)."]


def test_a_control_character_the_page_gave_a_line_may_stay():
    d = doc_of(["标题", "正文\x0c一。"], [0, 0])
    op, said = commands.line_edit(d, 1, "正文\x0c改。")
    assert op is not None and said == []
    d.do(op)
    assert d.current_text(1) == "正文\x0c改。"


def test_the_operation_itself_refuses_line_ends_and_new_controls():
    """Whoever builds it (a script, a test, a session tool), an EditText cannot put a line
    end or a NUL into a row."""
    import pytest
    from app.operations import EditText
    d = doc_of(LINES, ARTS)
    before = texts(d)
    for bad in ("第一行\n# 假标题", "a\rb", "a\x00b", "\x1b[1m"):
        with pytest.raises(ValueError, match="a line's text cannot"):
            d.do(EditText(1, bad))
        assert texts(d) == before and not d.can_undo()
    d.do(EditText(1, "<b>粗</b> &amp;"))
    assert d.current_text(1) == "<b>粗</b> &amp;"


def test_a_goto_range_ending_on_a_blank_line_ends_at_the_text_line_before_it():
    from app.commands import rows_for_lines
    from app.document import Source, blank_document
    d = blank_document(Source("t", ""), ["a", "", "b", "", "c"])
    assert rows_for_lines(d, 1, 4) == (0, 2)       # lines 1-4: the blank line 4 is left out
    assert rows_for_lines(d, 2, 5) == (2, 4)
    assert rows_for_lines(d, 2, 2) == (1, 1)       # one blank line asked for: that line
