"""Paragraphs printed in pieces out of line order (app.goes_on): the link "the paragraph
open at line r goes on at line s" as state, operations, corpus, session and journal."""
import json

import pytest

from app import commands
from app.corpus import build_corpus
from app.corpus_check import check_corpus
from app.document import Document, Source
from app.goes_on import in_force, join_runs
from app.journal import Journal, read_journal, replay_on
from app.lines import split_lines
from app.operations import MoveRows, SetGoesOn, SetLabel, SetParagraphEnd, SplitRow, from_record
from app.session import load_session, save_session, session_bytes

# a column reader printed the first piece of the second paragraph (line 7) after its end
# (line 3): "舒云表示。永兴依托千年银脉底" goes on at "蕴，正推动有色金属产业转型。"
TEXT = ("永兴银都焕新颜\n"
        "\n"
        "蕴，正推动有色金属产业转型。\n"
        "第一段写完了。\n"
        "\n"
        "这是第二段，\n"
        "舒云表示。永兴依托千年银脉底\n"
        "本报记者 易鑫\n")
LINES = split_lines(TEXT)


def page():
    doc = Document(Source("p.txt", TEXT, sha256="ab" * 32), LINES)
    doc.label = ["headline", None, "paragraph", "paragraph", None, "paragraph", "paragraph", "byline"]
    doc.article = [0, -1, 0, 0, -1, 0, 0, 0]
    doc.para_end = [False, False, True, True, False, True, False, False]
    return doc


def paragraphs(doc):
    corpus = build_corpus(doc)
    assert check_corpus(corpus, LINES) == []
    return [(b["text"], b["lines"]) for a in corpus["articles"] for b in a["blocks"] if b["type"] == "paragraph"]


def test_a_linked_paragraph_is_one_block_in_text_order_citing_its_lines_in_line_order():
    doc = page()
    assert paragraphs(doc) == [("蕴，正推动有色金属产业转型。", [3]), ("第一段写完了。", [4]),
                               ("这是第二段，", [6]), ("舒云表示。永兴依托千年银脉底", [7])]
    doc.do(SetGoesOn(7, 3))
    # the block sits where its first piece in text order sits (line 7), after line 6's
    assert paragraphs(doc) == [("第一段写完了。", [4]), ("这是第二段，", [6]),
                               ("舒云表示。永兴依托千年银脉底蕴，正推动有色金属产业转型。", [3, 7])]


def test_setting_and_clearing_a_link_undo_redo_and_report_the_rows():
    doc = page()
    before = paragraphs(doc)
    ch = doc.do(SetGoesOn(7, 3))
    assert ch.rows == [(2, 3), (6, 7)] and ch.articles == {0}
    assert doc.goes_on == {7: 3} and doc.goes_on_person == {7} and in_force(doc) == {6: 2}
    doc.undo()
    assert doc.goes_on == {} and paragraphs(doc) == before
    doc.redo()
    assert in_force(doc) == {6: 2}
    doc.do(commands.clear_goes_on_op(doc, 2))       # Shift+G on s clears it as on r
    assert doc.goes_on == {} and paragraphs(doc) == before
    doc.undo()
    assert doc.goes_on == {7: 3}


def test_clearing_a_link_ends_the_paragraph_on_its_line_rather_than_running_on():
    doc = page()
    doc.label[7] = "paragraph"          # the line after r is another paragraph's
    doc.do(SetGoesOn(7, 3))
    doc.do(SetGoesOn(7, None))          # Shift+G: it goes on nowhere
    assert doc.goes_on == {} and doc.para_end[6]
    assert ("舒云表示。永兴依托千年银脉底", [7]) in paragraphs(doc)
    doc.undo()
    assert doc.goes_on == {7: 3} and not doc.para_end[6]


def test_a_link_takes_the_end_off_its_line_and_an_end_set_there_clears_it_in_the_same_step():
    doc = page()
    doc.para_end[6] = True
    doc.do(SetGoesOn(7, 3))
    assert doc.para_end[6] is False and in_force(doc) == {6: 2}
    doc.do(SetParagraphEnd(6, True))
    assert doc.goes_on == {} and doc.para_end[6]
    doc.undo()                          # one step: the end and the link come back together
    assert doc.goes_on == {7: 3} and not doc.para_end[6]
    doc.undo()
    assert doc.goes_on == {} and doc.para_end[6]


@pytest.mark.parametrize("step", [lambda d: MoveRows([2], None), lambda d: SetLabel(6, 7, "caption"),
                                  lambda d: SplitRow(6, 5, "caption")])
def test_a_step_that_takes_a_link_out_of_force_drops_it_with_it(step):
    doc = page()
    doc.do(SetGoesOn(7, 3))
    doc.do(step(doc))
    assert doc.goes_on == {} and doc.goes_on_person == set()
    doc.undo()
    assert doc.goes_on == {7: 3} and doc.goes_on_person == {7} and in_force(doc) == {6: 2}


def test_a_split_keeps_a_link_its_pieces_still_carry():
    doc = page()
    doc.do(SetGoesOn(7, 3))
    doc.do(SplitRow(6, 5))              # "舒云表示。" | "永兴依托千年银脉底": the open end is the second piece
    assert in_force(doc) == {7: 2}
    text = [t for t, _ in paragraphs(doc)]
    assert "舒云表示。永兴依托千年银脉底蕴，正推动有色金属产业转型。" in text


def test_links_that_are_not_paragraphs_of_one_article_or_close_a_cycle_are_refused():
    doc = page()
    with pytest.raises(ValueError):
        SetGoesOn(1, 3).apply(doc)          # a headline
    with pytest.raises(ValueError):
        SetGoesOn(3, 3).apply(doc)
    doc.do(SetGoesOn(7, 3))
    with pytest.raises(ValueError, match="cycle"):
        doc.do(SetGoesOn(3, 7))             # 7 goes on at 3, 3 back at 7
    assert doc.goes_on == {7: 3} and doc.goes_on_person == {7} and doc.para_end[2]
    assert commands.goes_on_op(doc, 0, 2) is None and commands.goes_on_op(doc, 3, 3) is None


def test_ends_taken_off_until_a_linked_paragraph_runs_from_s_to_r_drop_the_link_with_the_last_step():
    doc = page()
    doc.do(SetGoesOn(7, 3))
    for row in (2, 3):
        doc.do(SetParagraphEnd(row, False))
    assert in_force(doc) == {6: 2}
    doc.do(SetParagraphEnd(5, False))   # one paragraph now runs from s (line 3) to r (line 7)
    assert doc.goes_on == {} and in_force(doc) == {}
    assert ("蕴，正推动有色金属产业转型。第一段写完了。这是第二段，舒云表示。永兴依托千年银脉底", [3, 4, 6, 7]) \
        in paragraphs(doc)
    doc.undo()
    assert doc.goes_on == {7: 3} and in_force(doc) == {6: 2}


def test_a_link_cut_by_a_later_line_s_link_stays_in_force_when_an_end_between_is_taken_off():
    # ten paragraph lines, an end on line 7: line 10 goes on at line 6, line 8 at line 3
    text = "".join(f"第{i}行。\n" for i in range(1, 11))
    doc = Document(Source("p.txt", text, sha256="ab" * 32), split_lines(text))
    doc.label, doc.article = ["paragraph"] * 10, [0] * 10
    doc.para_end = [False] * 6 + [True, False, False, True]
    doc.do(SetGoesOn(10, 6))
    doc.do(SetGoesOn(8, 3))
    # with the end off line 7 the pieces are still cut (at line 5, before line 6, and at
    # line 8): 9-10 → 6-8 → 3-5, a chain, no cycle; line 8's link alone would close one
    doc.do(SetParagraphEnd(6, False))
    assert doc.goes_on == {10: 6, 8: 3} and in_force(doc) == {7: 2, 9: 5}


def test_a_new_link_closing_a_cycle_with_a_kept_one_through_its_own_line_s_end_is_refused():
    # ten paragraph lines, an end on line 5: line 10 goes on at line 1 (lines 6-10, then 1-5)
    text = "".join(f"第{i}行。\n" for i in range(1, 11))
    doc = Document(Source("p.txt", text, sha256="ab" * 32), split_lines(text))
    doc.label, doc.article = ["paragraph"] * 10, [0] * 10
    doc.para_end = [False] * 4 + [True] + [False] * 4 + [True]
    doc.do(SetGoesOn(10, 1))
    # line 5 going on at line 6 would close 1-5 → 6-10 → 1-5: refused, the kept link stays
    with pytest.raises(ValueError, match="cycle"):
        doc.do(SetGoesOn(5, 6))
    assert doc.goes_on == {10: 1} and in_force(doc) == {9: 0} and doc.para_end[4]


def test_a_chain_joins_three_pieces_and_a_cycle_in_the_rows_is_broken_not_endless():
    assert join_runs([("paragraph", [1]), ("paragraph", [5]), ("paragraph", [9])], {9: 5, 5: 1}) == \
        [("paragraph", [9, 5, 1])]
    assert join_runs([("paragraph", [1]), ("paragraph", [5]), ("paragraph", [9])], {1: 5, 5: 9, 9: 1}) == \
        [("paragraph", [1, 5, 9])]


def test_records_replay_and_the_journal_keeps_a_link_after_a_crash(tmp_path):
    doc = page()
    journal = Journal(tmp_path / ".s.journal", doc.source.sha256, None)
    doc.record_to(journal.add)
    doc.do(SetGoesOn(7, 3))
    doc.do(SetParagraphEnd(3, True))
    journal.flush()
    assert from_record(SetGoesOn(7, None).record()).to is None
    found = read_journal(tmp_path / ".s.journal")      # the window died here
    again = page()
    assert replay_on(again, found.steps) == 2
    assert again.goes_on == {7: 3} and again.goes_on_person == {7}
    assert build_corpus(again) == build_corpus(doc)
    again.undo(), again.undo()
    assert again.goes_on == {}


def test_a_session_keeps_its_links_and_one_without_links_saves_as_before(tmp_path):
    doc = page()
    plain = session_bytes(doc)
    assert b'"goes_on"' not in plain
    doc.do(SetGoesOn(7, 3))
    path = tmp_path / "session.json"
    save_session(doc, path)
    again = load_session(path)
    assert again.goes_on == {7: 3} and again.goes_on_person == {7}
    assert build_corpus(again) == build_corpus(doc)
    assert session_bytes(again) == path.read_bytes()
    obj = json.loads(path.read_bytes())
    assert obj["goes_on"] == [[7, 3, 1]]
    obj["goes_on"] = [[7, 99, 1]]
    path.write_text(json.dumps(obj), encoding="utf-8")
    with pytest.raises(Exception, match="goes_on holds a bad entry"):
        load_session(path)


def test_the_engine_s_links_are_taken_as_suggestions_when_a_page_opens(monkeypatch):
    from app import suggest as sg
    real = sg.suggest

    def with_link(lines, doc=None, explain=True):
        s = real(lines, doc, explain)
        rows = [i for i, t in enumerate(lines) if t.strip()]
        s.goes_on = {rows[-1]: rows[0], rows[0]: rows[0]}     # the second one is no link: left out
        return s
    monkeypatch.setattr(sg, "suggest", with_link)
    text = "".join(f"第{i}段，溆浦县家庭教育示范基地建设纪实" + ("。" if i % 2 else "，") + "\n" for i in range(6))
    doc = sg.open_document(Source("p.txt", text), split_lines(text))
    assert doc.goes_on == {6: 1} and doc.goes_on_person == set() and not doc.para_end[5]


def test_every_export_format_and_the_export_of_a_saved_session_carry_the_joined_paragraph(tmp_path):
    from app.cli import main
    from app.export import render
    doc = page()
    doc.do(SetGoesOn(7, 3))
    joined = "舒云表示。永兴依托千年银脉底蕴，正推动有色金属产业转型。"
    corpus = build_corpus(doc)
    for fmt in ("md", "txt"):
        assert joined in render(corpus, fmt)
    assert json.loads(render(corpus, "json")) == corpus
    blocks = json.loads(render(corpus, "jsonl").splitlines()[0])["blocks"]
    assert [b["lines"] for b in blocks if b["text"] == joined] == [[3, 7]]
    save_session(doc, tmp_path / "session.json")
    assert main(["export", str(tmp_path / "session.json"), "-o", str(tmp_path / "out.jsonl")]) in (0, None)
    line = json.loads((tmp_path / "out.jsonl").read_text(encoding="utf-8").splitlines()[0])
    assert [b["lines"] for b in line["blocks"] if b["text"] == joined] == [[3, 7]]


def test_confirming_the_line_of_an_engine_s_link_makes_it_a_person_s():
    from app.operations import Confirm
    doc = page()
    doc.goes_on = {7: 3}                  # as the engine suggested it
    doc.do(Confirm(6, 7))
    assert doc.goes_on_person == {7}
    doc.undo()
    assert doc.goes_on_person == set() and doc.goes_on == {7: 3}


def test_a_link_to_a_line_after_a_caption_joins_there_and_not_into_the_open_paragraph_before_it():
    # line 2's paragraph is left open over a caption (it would run on across it): a link
    # going on at line 4 cuts it, or the corpus joins line 4 to line 2 and not to line 6
    text = "标题\n第一段开头，\n图片说明\n续写的第二块。\n第一段的结尾。\n另一段，\n"
    lines = split_lines(text)
    doc = Document(Source("p.txt", text, sha256="ab" * 32), lines)
    doc.label = ["headline", "paragraph", "caption", "paragraph", "paragraph", "paragraph"]
    doc.article = [0] * 6
    doc.para_end = [False, False, True, True, True, False]
    doc.do(SetGoesOn(6, 4))
    assert in_force(doc) == {5: 3}
    corpus = build_corpus(doc)
    assert check_corpus(corpus, lines) == []
    blocks = [(b["text"], b["lines"]) for b in corpus["articles"][0]["blocks"] if b["type"] == "paragraph"]
    assert ("另一段，续写的第二块。", [4, 6]) in blocks and ("第一段开头，", [2]) in blocks
