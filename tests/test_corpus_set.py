"""The corpus of many pages against ../shared/corpus-format.md ("A corpus of many pages"),
and ``zhengwen export DIR``: saved sessions where there are some, suggestions elsewhere."""
import hashlib
import json
import os
import re
import shutil
import subprocess
import sys

import pytest

from conftest import ROOT
from app import corpus_set, store
from app.corpus import build_corpus
from app.corpus_check import check_corpus
from app.export import render
from app.folder_export import export_folder
from app.lines import split_lines
from app.loader import load_page
from app.operations import SetLabel
from app.session import save_session


def run(*args):
    return subprocess.run([sys.executable, "-m", "app", *map(str, args)], cwd=ROOT, capture_output=True,
                          text=True, encoding="utf-8", timeout=300)


@pytest.fixture
def format_doc(shared):
    text = (shared / "corpus-format.md").read_text(encoding="utf-8")
    return text[text.index("## A corpus of many pages"):]


def test_the_format_document_names_the_fields_we_write(format_doc):
    fields = re.findall(r"^- `(\w+)`:", format_doc, re.M)
    assert fields == ["page", "page_status", "page_sha256"]
    for status in corpus_set.PAGE_STATUSES:
        assert f"`{status}`" in format_doc
    assert f'"format": "{corpus_set.SET_FORMAT}", "version": {corpus_set.SET_VERSION}' in format_doc


def test_jsonl_records_are_the_articles_with_their_page(format_doc, sample_path):
    fields = re.findall(r"^- `(\w+)`:", format_doc, re.M)
    corpus = build_corpus(load_page(sample_path))
    sha = hashlib.sha256(sample_path.read_bytes()).hexdigest()
    text = corpus_set.jsonl_text(corpus, "2024-05-10/A03.txt", "in progress", sha)
    rows = [json.loads(line) for line in text.splitlines()]
    assert text.endswith("\n") and len(rows) == len(corpus["articles"]) > 0
    for row, art in zip(rows, corpus["articles"]):
        assert list(row) == list(art) + ["source"] + fields          # the one-page line, then the page
        assert {k: row[k] for k in art} == art and row["source"] == corpus["source"]
        assert (row["page"], row["page_status"], row["page_sha256"]) == ("2024-05-10/A03.txt", "in progress", sha)
    # a one-page JSONL line is encoded the same way: the set's line is that line, extended
    one_page = render(corpus, "jsonl").splitlines()
    assert all(line.startswith(first[:-1]) for line, first in zip(text.splitlines(), one_page))
    with pytest.raises(ValueError):
        corpus_set.jsonl_text(corpus, "a.txt", "finished", sha)
    with pytest.raises(ValueError):
        corpus_set.jsonl_text(corpus, "../a.txt", "new", sha)


def test_the_json_set_holds_every_page_whole(sample_path):
    corpus = build_corpus(load_page(sample_path))
    entries = [corpus_set.entry_text(corpus_set.page_entry(corpus, p, "new", corpus["source"]["sha256"]))
               for p in ("a/A1.txt", "b/A1.txt")]
    doc = json.loads(corpus_set.set_json(entries))
    assert list(doc) == ["format", "version", "pages"] and doc["format"] == "reflow-corpus-set"
    lines = split_lines(sample_path.read_bytes().decode("utf-8"))
    for entry in doc["pages"]:
        assert {"page", "page_status", "corpus"} <= set(entry)
        assert entry["corpus"] == corpus and check_corpus(entry["corpus"], lines) == []


# ---- export DIR ----------------------------------------------------------------------------
@pytest.fixture
def workspace(tmp_path, shared):
    """day1/A1.txt with a session in progress (its first line made a headline), day1/A2.txt
    never opened, day2/A1.txt (the same name in another folder) marked done."""
    samples = sorted((shared / "samples").glob("*.txt"))
    root = tmp_path / "ws"
    (root / "day1").mkdir(parents=True)
    (root / "day2").mkdir()
    shutil.copy(samples[0], root / "day1" / "A1.txt")
    shutil.copy(samples[1], root / "day1" / "A2.txt")
    shutil.copy(samples[1], root / "day2" / "A1.txt")
    work = load_page(root / "day1" / "A1.txt")
    first = work.next_nonblank(-1)
    work.do(SetLabel(first, first + 1, "headline"))
    save_session(work, store.session_path(root / "day1" / "A1.txt"))
    done = load_page(root / "day2" / "A1.txt")
    done.done = True
    save_session(done, store.session_path(root / "day2" / "A1.txt"))
    return root, build_corpus(work), build_corpus(done)


def rows_by_page(path):
    out = {}
    for line in path.read_text(encoding="utf-8").splitlines():
        row = json.loads(line)
        out.setdefault(row["page"], []).append(row)
    return out


def test_export_a_folder_with_and_without_sessions(workspace, tmp_path):
    root, work, done = workspace
    out = tmp_path / "corpus.jsonl"
    r = run("export", root, "-o", out)
    assert r.returncode == 0, r.stderr
    assert "3 pages," in r.stderr
    pages = rows_by_page(out)
    assert list(pages) == ["day1/A1.txt", "day1/A2.txt", "day2/A1.txt"]
    assert {p: rows[0]["page_status"] for p, rows in pages.items()} == {
        "day1/A1.txt": "in progress", "day1/A2.txt": "new", "day2/A1.txt": "done"}
    strip = ("source", "page", "page_status", "page_sha256")
    assert [{k: v for k, v in row.items() if k not in strip} for row in pages["day1/A1.txt"]] == work["articles"]
    suggested = build_corpus(load_page(root / "day1" / "A2.txt"))
    assert len(pages["day1/A2.txt"]) == len(suggested["articles"])
    for page, rows in pages.items():
        assert rows[0]["page_sha256"] == hashlib.sha256((root / page).read_bytes()).hexdigest()


def test_export_only_the_done_pages(workspace, tmp_path):
    root, _, done = workspace
    out = tmp_path / "done.jsonl"
    assert run("export", root, "-o", out, "--status", "done").returncode == 0
    pages = rows_by_page(out)
    assert list(pages) == ["day2/A1.txt"] and len(pages["day2/A1.txt"]) == len(done["articles"])


def test_export_of_done_pages_says_which_continued_article_it_cuts(tmp_path):
    """Page 1 done, page 2 (where its two articles go on) not: the export of the done pages
    writes the parts it has and names the page it leaves out, as the parts' page."""
    from app.pagework import open_path
    from tests.test_links import PAGE1, PAGE2
    root = tmp_path / "issue"
    root.mkdir()
    (root / "01.txt").write_text(PAGE1, encoding="utf-8")
    (root / "02.txt").write_text(PAGE2, encoding="utf-8")
    opened = open_path(root / "01.txt")
    opened.doc.done = True
    opened.work.save(opened.doc)
    r = run("export", root, "-o", tmp_path / "done.jsonl", "--status", "done")
    assert r.returncode == 0, r.stderr
    assert "01.txt: a part of an article here goes on to, or comes from, 02.txt, which this export leaves out" in r.stderr
    assert len(rows_by_page(tmp_path / "done.jsonl")["01.txt"]) == 2
    r = run("export", root, "-o", tmp_path / "all.jsonl")
    assert r.returncode == 0 and "leaves out" not in r.stderr, r.stderr
    r = run("export", root, "-o", tmp_path / "new.jsonl", "--status", "new")
    assert "02.txt: a part of an article here goes on to, or comes from, 01.txt" in r.stderr, r.stderr


def test_export_a_folder_as_the_json_set_and_as_markdown(workspace, tmp_path):
    root, work, _ = workspace
    out = tmp_path / "corpus.json"
    assert run("export", root, "-o", out).returncode == 0
    doc = json.loads(out.read_text(encoding="utf-8"))
    assert doc["format"] == "reflow-corpus-set"
    assert [(p["page"], p["page_status"]) for p in doc["pages"]] == [
        ("day1/A1.txt", "in progress"), ("day1/A2.txt", "new"), ("day2/A1.txt", "done")]
    assert doc["pages"][0]["corpus"] == work        # the dropped lines are there too
    md = tmp_path / "md"
    r = run("export", root, "-o", f"{md}/", "--format", "md")
    assert r.returncode == 0, r.stderr
    assert sorted(p.relative_to(md).as_posix() for p in md.rglob("*.md")) == ["day1/A1.md", "day1/A2.md", "day2/A1.md"]


def test_export_folder_reports_progress_and_a_damaged_session(workspace, tmp_path):
    root, _, _ = workspace
    store.session_path(root / "day1" / "A2.txt").parent.mkdir(parents=True, exist_ok=True)
    store.session_path(root / "day1" / "A2.txt").write_text('{\n"format":"zhengwen-session",\n"version":1,\n')
    seen = []
    summary = export_folder(root, tmp_path / "c.jsonl", "jsonl", progress=lambda d, t: seen.append((d, t)))
    assert seen == [(1, 3), (2, 3), (3, 3)]
    assert [f[0] for f in summary.failed] == ["day1/A2.txt"]
    assert set(rows_by_page(tmp_path / "c.jsonl")) == {"day1/A1.txt", "day2/A1.txt"}
    errors = (tmp_path / "c.errors.jsonl").read_text(encoding="utf-8")
    assert "day1/A2.txt" in errors
    r = run("export", root, "-o", tmp_path / "d.jsonl")
    assert r.returncode == 2 and "1 failed" in r.stderr and "Traceback" not in r.stderr


def test_export_finds_a_session_of_zhengwen_0_1_where_it_kept_them(workspace, tmp_path):
    root, _, _ = workspace
    old = load_page(root / "day1" / "A2.txt")
    first = old.next_nonblank(-1)
    old.do(SetLabel(first, first + 1, "headline"))
    old.done = True
    (tmp_path / "sessions").mkdir()
    save_session(old, tmp_path / "sessions" / "A2.json")     # sessions/<stem>.json of the folder it ran in
    out = tmp_path / "c.jsonl"
    r = subprocess.run([sys.executable, "-m", "app", "export", root, "-o", out], cwd=tmp_path, capture_output=True,
                       text=True, encoding="utf-8", timeout=300, env={**os.environ, "PYTHONPATH": str(ROOT)})
    assert r.returncode == 0, r.stderr
    pages = rows_by_page(out)
    assert pages["day1/A2.txt"][0]["page_status"] == "done"
    assert pages["day1/A2.txt"][0]["headline"] == build_corpus(old)["articles"][0]["headline"]
    # a page's own session comes first: the older one is only for a page that has none
    assert pages["day1/A1.txt"][0]["page_status"] == "in progress"


def _change(page):
    page.write_bytes(page.read_bytes() + "\n新加的一行。\n".encode("utf-8"))


def test_export_names_each_page_that_changed_since_its_session_and_keeps_the_saved_work(workspace, tmp_path):
    root, work, done = workspace
    saved_sha = work["source"]["sha256"]
    _change(root / "day1" / "A1.txt")
    _change(root / "day2" / "A1.txt")
    _change(root / "day1" / "A2.txt")       # no session: nothing to warn about
    out = tmp_path / "corpus.jsonl"
    r = run("export", root, "-o", out)
    assert r.returncode == 0, r.stderr
    warned = [line for line in r.stderr.splitlines() if "changed since its session was saved" in line]
    assert len(warned) == 2 and "day1/A1.txt" in warned[0] and "day2/A1.txt" in warned[1]
    assert all("exported the saved work" in line and "Start afresh" in line for line in warned)
    pages = rows_by_page(out)
    assert pages["day1/A1.txt"][0]["page_sha256"] == saved_sha      # the saved work, as the window opens it
    assert pages["day1/A1.txt"][0]["headline"] == work["articles"][0]["headline"]
    assert pages["day1/A2.txt"][0]["page_status"] == "new"
    r = run("export", root, "-o", f"{tmp_path / 'md'}/", "--format", "md")      # a file per page says it too
    assert r.returncode == 0 and r.stderr.count("changed since its session was saved") == 2


def test_export_of_a_session_whose_page_changed_says_so(workspace, tmp_path):
    root, work, _ = workspace
    session = store.session_path(root / "day1" / "A1.txt")
    r = run("export", session, "-o", tmp_path / "same.json")
    assert r.returncode == 0 and "changed" not in r.stderr
    _change(root / "day1" / "A1.txt")
    r = run("export", session, "-o", tmp_path / "a.json")
    assert r.returncode == 0, r.stderr
    assert "day1/A1.txt changed since this session was saved" in r.stderr
    assert json.loads((tmp_path / "a.json").read_text(encoding="utf-8")) == work
    r = run("export", session, store.session_path(root / "day2" / "A1.txt"), "-o", tmp_path / "both.jsonl")
    assert r.returncode == 0 and r.stderr.count("changed since this session was saved") == 1


def test_export_of_done_pages_reads_no_page_it_leaves_out_when_every_part_is_joined(tmp_path, monkeypatch):
    """The pages left out are read (for their numbers) only to name the one a part goes on
    to: with both parts exported and joined, the third page's file is never opened."""
    from app import workspace
    from app.pagework import open_path
    from tests.test_links import PAGE1, PAGE2
    root = tmp_path / "issue"
    root.mkdir()
    for name, text in (("01.txt", PAGE1), ("02.txt", PAGE2), ("03.txt", "第3版\n\n另一篇正文。\n")):
        (root / name).write_text(text, encoding="utf-8")
    for name in ("01.txt", "02.txt"):
        opened = open_path(root / name)
        opened.doc.done = True
        opened.work.save(opened.doc)
        opened.work.unlock()
    read = []
    monkeypatch.setattr(workspace, "page_facts", lambda path, rel: read.append(rel) or (0, None))
    summary = export_folder(root, tmp_path / "done.jsonl", "jsonl", status="done")
    assert summary.pages == 2 and read == []
