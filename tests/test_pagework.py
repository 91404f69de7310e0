"""Where a page's work is kept (app/store.py, app/pagework.py): found again from anywhere,
never shared between pages, never written over unless it is the file this window loaded."""
import json
import os

import pytest

from app import commands, store
from app.journal import Journal, read_journal
from app.loader import UserError
from app.pagework import PageWork, SessionConflict, open_path, start_afresh
from app.session import load_session, save_session

PAGE = "第3版\n“家校社”协同育人\n本报记者 易鑫\n近年来，溆浦县在家庭、学校、社会协同\n育人领域持续深耕。\n悠悠民生，健康为大。\n"


@pytest.fixture
def page(tmp_path):
    p = tmp_path / "2024-12-02" / "A01.txt"
    p.parent.mkdir()
    p.write_text(PAGE, encoding="utf-8")
    return p


def label_first(doc, label="headline"):
    row = next(r for r in range(len(doc)) if doc.label[r] is not None)
    doc.do(commands.label_op(doc, [row], label))
    return row


def test_a_saved_page_reopens_where_it_was_left(page):
    opened = open_path(page)
    assert not opened.resumed and opened.work.session == store.session_path(page)
    row = label_first(opened.doc, "kicker")
    opened.work.save(opened.doc)
    again = open_path(page)
    assert again.resumed and again.doc.label[row] == "kicker" and not again.page_changed
    assert any("resumed" in str(n) for n in again.notes)


def test_the_session_is_found_whatever_folder_zhengwen_starts_in(page, tmp_path, monkeypatch):
    monkeypatch.chdir(page.parent)
    opened = open_path(page.name)
    label_first(opened.doc, "noise")
    opened.work.save(opened.doc)
    elsewhere = tmp_path / "elsewhere"
    elsewhere.mkdir()
    monkeypatch.chdir(elsewhere)
    assert open_path(page).doc.label == opened.doc.label
    monkeypatch.chdir(tmp_path)
    assert open_path(os.path.relpath(page)).resumed


def test_pages_of_one_name_in_two_folders_never_share_work(page, tmp_path):
    twin = tmp_path / "2024-12-01" / "A01.txt"
    twin.parent.mkdir()
    twin.write_text(PAGE, encoding="utf-8")
    a, b = open_path(page), open_path(twin)
    assert a.work.session != b.work.session
    label_first(a.doc, "kicker")
    a.work.save(a.doc)
    label_first(b.doc, "noise")
    b.work.save(b.doc)
    assert "kicker" in open_path(page).doc.label and "noise" in open_path(twin).doc.label


def test_a_changed_page_is_told_and_may_start_afresh(page):
    opened = open_path(page)
    label_first(opened.doc, "kicker")
    opened.work.save(opened.doc)
    page.write_text(PAGE + "新的一行。\n", encoding="utf-8")
    again = open_path(page)
    assert again.page_changed and "kicker" in again.doc.label
    afresh = start_afresh(again)
    assert "新的一行。" in afresh.doc.source.text and "kicker" not in afresh.doc.label
    assert afresh.work.session == again.work.session


def test_a_save_over_a_session_someone_else_saved_asks_first(page):
    a, b = open_path(page), open_path(page)
    label_first(a.doc, "kicker")
    a.work.save(a.doc)
    label_first(b.doc, "noise")
    with pytest.raises(SessionConflict):
        b.work.save(b.doc)
    assert "kicker" in load_session(a.work.session).label        # A's work is intact
    b.work.save(b.doc, force=True)                              # "keep mine"
    assert "noise" in load_session(a.work.session).label
    with pytest.raises(SessionConflict):                        # and now A is the one asked
        a.work.save(a.doc)


def test_touching_a_session_is_no_conflict(page):
    a = open_path(page)
    a.work.save(a.doc)
    os.utime(a.work.session, (1, 1))
    label_first(a.doc)
    a.work.save(a.doc)


@pytest.mark.parametrize("kind", ["page", "corpus", "other"])
def test_a_session_path_that_is_no_session_is_never_written(page, tmp_path, kind):
    target = tmp_path / f"{kind}.txt"
    content = {"page": PAGE, "corpus": json.dumps({"format": "reflow-corpus", "version": 1}),
               "other": "{\"hello\": 1}"}[kind]
    target.write_text(content, encoding="utf-8")
    with pytest.raises(UserError, match="not a Zhengwen session"):
        open_path(page, session=target)
    work = PageWork(target, page)
    with pytest.raises(SessionConflict) as e:
        work.save(open_path(page).doc, force=True)
    assert not e.value.is_session and target.read_text(encoding="utf-8") == content


def test_an_exported_corpus_is_refused_as_a_page(tmp_path):
    corpus = tmp_path / "c.json"
    corpus.write_bytes(b"\xef\xbb\xbf" + json.dumps({"format": "reflow-corpus", "version": 1}).encode())
    with pytest.raises(UserError, match="exported corpus"):
        open_path(corpus)


def test_a_session_with_a_bom_opens_as_a_session(page, tmp_path):
    opened = open_path(page)
    label_first(opened.doc, "kicker")
    s = tmp_path / "bom.json"
    save_session(opened.doc, s)
    s.write_bytes(b"\xef\xbb\xbf" + s.read_bytes())
    again = open_path(s)
    assert again.resumed and "kicker" in again.doc.label and again.work.session == s


def test_unsaved_steps_are_found_only_for_their_own_page(page, tmp_path):
    """d1/page.txt crashed with work; d2/page.txt opened and closed must not touch it."""
    twin = tmp_path / "d2" / "A01.txt"
    twin.parent.mkdir()
    twin.write_text(PAGE, encoding="utf-8")
    a = open_path(page)
    a.work.lock()
    journal = a.work.restart_journal(a.doc)
    a.doc.record_to(journal.add)
    label_first(a.doc, "kicker")
    journal.flush()                     # ... and the window is killed here
    b = open_path(twin)
    assert b.journal is None
    b.work.restart_journal(b.doc).discard()   # a clean close of the other page
    again = open_path(page)
    assert again.journal is not None and len(again.journal.steps) == 1


def test_steps_made_on_an_older_state_are_kept_aside_not_offered(page):
    a = open_path(page)
    journal = Journal(store.journal_path(a.work.session), a.doc.source.sha256, "f" * 64)
    journal.add({"undo": 1})
    journal.flush()
    again = open_path(page)
    assert again.journal is None and any("kept in" in str(n) for n in again.notes)
    assert read_journal(store.journal_path(a.work.session)) is None
    assert [p for p in a.work.session.parent.iterdir() if p.name.endswith(".old")]


def test_the_store_files_a_page_under_its_full_path(tmp_path):
    home = tmp_path / "h"
    assert store.session_path("/data/x/A01.txt", home) == home / "pages/data/x/A01.txt/session.json"
    deep = "/" + "/".join(["很长的文件夹名字" * 10] * 3) + "/a.txt"
    assert store.page_folder(deep, home).parent == home / "pages-by-hash"


def test_a_legacy_session_of_the_same_page_is_resumed_and_saved_to_the_store(page, tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    old = open_path(page)
    label_first(old.doc, "kicker")
    legacy = tmp_path / "sessions" / "A01.json"
    save_session(old.doc, legacy)
    opened = open_path(page)
    assert opened.resumed and opened.doc.dirty and "kicker" in opened.doc.label
    opened.work.save(opened.doc)
    assert legacy.exists() and "kicker" in load_session(store.session_path(page)).label


LIVE_HOLDER = r"""
import sys, time
sys.path.insert(0, sys.argv[1])
from app.session import acquire_lock
assert acquire_lock(sys.argv[2]) is None
print("LOCKED", flush=True)
time.sleep(120)
"""


def test_the_journal_of_a_window_still_at_work_is_not_offered_to_a_second_one(page):
    """A live first window's journal is no crash's: offered, it would be restored or
    discarded under the window still writing it."""
    import subprocess
    import sys
    from pathlib import Path
    first = open_path(page)
    label_first(first.doc)
    first.work.save(first.doc)
    journal = Journal(store.journal_path(first.work.session), first.doc.source.sha256, first.work.known.sha256)
    journal.add({"undo": 1})
    journal.flush()
    holder = subprocess.Popen([sys.executable, "-c", LIVE_HOLDER, str(Path(__file__).resolve().parents[1]),
                               str(first.work.session)], stdout=subprocess.PIPE, text=True)
    try:
        assert holder.stdout.readline().strip() == "LOCKED"
        assert open_path(page).journal is None                  # the other window is at work
    finally:
        holder.kill()
        holder.wait()
    found = open_path(page).journal                             # now it is a crash's
    assert found is not None and len(found.steps) == 1


def test_starting_afresh_keeps_a_crash_s_steps_aside(page):
    opened = open_path(page)
    label_first(opened.doc, "kicker")
    opened.work.save(opened.doc)
    journal = Journal(store.journal_path(opened.work.session), opened.doc.source.sha256, opened.work.known.sha256)
    journal.add({"undo": 1})
    journal.flush()
    page.write_text(PAGE + "新的一行。\n", encoding="utf-8")
    again = open_path(page)
    assert again.page_changed and again.journal is not None
    afresh = start_afresh(again)
    assert not store.journal_path(opened.work.session).exists()
    kept = [p for p in store.journal_path(opened.work.session).parent.iterdir() if ".old" in p.name]
    assert kept and read_journal(kept[0]).steps == [{"undo": 1}]
    assert any("kept" in str(n) for n in afresh.notes)


def test_a_page_whose_name_is_not_utf8_is_saved_and_exported(tmp_path):
    import os
    from app.corpus import build_corpus
    from app.export import render
    name = os.fsdecode("头版".encode("gbk") + b".txt")          # a name made on a GBK system
    page = tmp_path / name
    page.write_text(PAGE, encoding="utf-8")
    opened = open_path(page)
    label_first(opened.doc)
    opened.work.save(opened.doc)
    again = open_path(page)
    assert again.resumed and "headline" in again.doc.label
    assert render(build_corpus(again.doc), "json").startswith("{")
