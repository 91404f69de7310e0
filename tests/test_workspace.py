"""A folder as a workspace, without the window: which pages, in what order, their status
from the sessions' one-line summaries, and where the person was."""
import json

from app import store, workspace
from app.pagework import open_path


def make(root, *rels, text="第一行。\n\n第二行\n"):
    for rel in rels:
        p = root / rel
        p.parent.mkdir(parents=True, exist_ok=True)
        p.write_text(text, encoding="utf-8")


def test_scan_is_recursive_natural_and_skips_hidden_and_other_files(tmp_path):
    make(tmp_path, "A10.txt", "A2.txt", "b/A1.TXT", ".x.txt", ".git/c.txt", "notes.md", "a1.gold.json")
    assert [e.rel for e in workspace.scan(tmp_path)] == ["A2.txt", "A10.txt", "b/A1.TXT"]
    assert [e.rel for e in workspace.scan(tmp_path, "*.md")] == ["notes.md"]


def test_status_comes_from_the_summary_line_alone(tmp_path):
    make(tmp_path, "p.txt")
    page = tmp_path / "p.txt"
    assert workspace.page_status(page) == workspace.PageStatus("new")
    opened = open_path(page)
    opened.doc.confirmed[0] = 0b111
    opened.work.save(opened.doc)
    st = workspace.page_status(page)
    assert (st.status, st.lines, st.confirmed) == ("in progress", 2, 1)
    # the rest of the session is not read: a damaged body still gives the status
    session = store.session_path(page)
    head = session.read_bytes().split(b"\n")[:3]
    session.write_bytes(b"\n".join(head) + b"\n garbage")
    assert workspace.page_status(page).status == "in progress"


def test_the_summary_names_the_pages_a_persons_links_go_on_to(tmp_path):
    """The window notes "continued from" on a linked page from the other pages' summaries,
    however many links (and long page names) make the line long."""
    make(tmp_path, "p.txt", text="".join(f"第{i}行。\n" for i in range(1, 61)))
    opened = open_path(tmp_path / "p.txt")
    long = "某日/" + "版" * 40
    opened.doc.links = {n: {"to_page": f"{long}{n:02d}.txt", "to_line": n} for n in range(1, 41)}
    opened.doc.links[50] = {"to_page": None}
    opened.work.save(opened.doc)
    st = workspace.page_status(tmp_path / "p.txt")
    assert st.lines == 60 and len(st.links_to) == 40
    assert st.links_to[0] == (f"{long}01.txt", 1)


def test_a_summary_that_lies_gives_no_share(tmp_path):
    make(tmp_path, "p.txt")
    opened = open_path(tmp_path / "p.txt")
    opened.work.save(opened.doc)
    session = store.session_path(tmp_path / "p.txt")
    text = session.read_text(encoding="utf-8")
    summary = json.dumps({"status": "in progress", "lines": 2, "confirmed": 9})
    lines = text.split("\n")
    k = next(i for i, line in enumerate(lines) if '"page"' in line)
    lines[k] = ' "page": ' + summary + ","
    session.write_text("\n".join(lines), encoding="utf-8")
    assert workspace.page_status(tmp_path / "p.txt").share() is None


def test_count_lines_counts_text_lines_of_any_line_end(tmp_path):
    p = tmp_path / "p.txt"
    p.write_bytes("一\r\n\r\n二\r三\n  \n".encode("utf-8"))
    assert workspace.count_lines(p) == 3
    assert workspace.count_lines(tmp_path / "missing.txt") == 0


def test_the_place_in_a_folder_is_remembered_per_folder(tmp_path):
    make(tmp_path, "one/a.txt", "two/a.txt")
    assert workspace.last_page(tmp_path / "one") is None
    workspace.remember_page(tmp_path / "one", "a.txt")
    assert workspace.last_page(tmp_path / "one") == "a.txt"
    assert workspace.last_page(tmp_path / "two") is None


def test_scan_leaves_out_pipes_and_dangling_links_named_like_pages(tmp_path):
    import os
    make(tmp_path, "a.txt")
    os.mkfifo(tmp_path / "b.txt")
    os.symlink(tmp_path / "missing.txt", tmp_path / "c.txt")
    assert [e.rel for e in workspace.scan(tmp_path)] == ["a.txt"]


def test_the_summary_counts_a_line_split_at_an_inline_jump_once(tmp_path):
    """The dock counts a page's lines in its file before it is opened; the session's summary
    counts the same lines, though the engine cut one in two rows (text + its jump line)."""
    text = "第1版  要闻\n标题在此\n正文第一行写到这里，\n说完了这一句。（下转第2版）\n"
    make(tmp_path, "p.txt", text=text)
    opened = open_path(tmp_path / "p.txt")
    assert len(opened.doc) > len([t for t in text.splitlines() if t.strip()])     # the split
    opened.work.save(opened.doc)
    st = workspace.page_status(tmp_path / "p.txt")
    assert st.lines == workspace.count_lines(tmp_path / "p.txt") == 4
