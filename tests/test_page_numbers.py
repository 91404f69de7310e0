"""A page's number corrected by a person (issue 19, item 1): the operation, the session that
keeps it, the pages dock's reading of a folder, and the folder's export joining by it."""
import json
import subprocess
import sys
from pathlib import Path

import pytest

from app import store, workspace
from app.folio import parse_number
from app.links import entry_extras, suggest_links
from app.operations import SetPageNumber, from_record
from app.session import SessionError, load_session, read_summary, save_session
from tests.test_links import PAGE1, PAGE2, _entry

ROOT = Path(__file__).resolve().parents[1]
# page 2 without its running head ("要闻  2版"): nothing in the text says which page it is
BARE2 = PAGE2.split("\n", 1)[1]


def test_the_operation_sets_reverts_records_and_clears():
    _, doc = _entry("back.txt", BARE2)
    assert doc.page_number is None
    change = doc.do(SetPageNumber("第二版"))
    assert doc.page_number == "2" and change.rows == [] and not change.articles and not change.structure
    assert doc.dirty and doc.can_undo()
    doc.undo()
    assert doc.page_number is None
    doc.redo()
    assert doc.page_number == "2"
    doc.do(SetPageNumber(" a07 "))
    assert doc.page_number == "A7"
    op = from_record(json.loads(json.dumps(SetPageNumber("A7").record())))
    assert isinstance(op, SetPageNumber) and op.value == "A7" and op.name == "Set page number"
    clear = SetPageNumber(None)
    assert clear.name == "Clear page number"
    doc.do(clear)
    assert doc.page_number is None
    doc.undo()
    assert doc.page_number == "A7"


@pytest.mark.parametrize("bad", ["", "abc", "2a", "0", "1000", "下转第2版"])
def test_what_is_not_a_page_number_is_refused(bad):
    assert parse_number(bad) is None
    with pytest.raises(ValueError, match="not a page number"):
        SetPageNumber(bad)
    with pytest.raises(ValueError):
        from_record({"op": "page_number", "value": bad})
    with pytest.raises(ValueError):
        from_record({"op": "page_number", "value": 2})


def test_the_correction_is_kept_in_the_session_and_its_summary(tmp_path):
    _, doc = _entry("back.txt", BARE2)
    plain_path, path = tmp_path / "plain.json", tmp_path / "s.json"
    save_session(doc, plain_path)
    assert b'"number"' not in plain_path.read_bytes()          # not corrected: sessions as they were
    assert load_session(plain_path).page_number is None
    doc.do(SetPageNumber("A2"))
    save_session(doc, path)
    assert read_summary(path)["number"] == "A2"                 # read without parsing the session
    back = load_session(path)
    assert back.page_number == "A2" and not back.dirty
    save_session(back, tmp_path / "again.json")
    assert (tmp_path / "again.json").read_bytes() == path.read_bytes()
    # a page of a folder: the status the dock reads carries it
    page = tmp_path / "issue" / "back.txt"
    page.parent.mkdir()
    page.write_text(BARE2, encoding="utf-8")
    store.session_path(page).parent.mkdir(parents=True, exist_ok=True)
    save_session(back, store.session_path(page))
    assert workspace.page_status(page).number == "A2"
    assert workspace.page_facts(page, "back.txt") == (sum(1 for t in BARE2.splitlines() if t.strip()), None)


@pytest.mark.parametrize("value", ["x", "02", 7, ""])
def test_a_damaged_page_number_is_refused(tmp_path, value):
    _, doc = _entry("back.txt", BARE2)
    doc.do(SetPageNumber("2"))
    path = tmp_path / "s.json"
    save_session(doc, path)
    path.write_bytes(path.read_bytes().replace(b'"number":"2"', b'"number":' + json.dumps(value).encode()))
    with pytest.raises(SessionError, match="page.number"):
        load_session(path)


@pytest.mark.parametrize("name", ["back.txt", "03.txt"])     # no number at all; a wrong one
def test_links_are_found_by_the_corrected_number(name):
    entry1, _ = _entry("01.txt", PAGE1)
    entry2, doc2 = _entry(name, BARE2)
    pages = [dict(entry1, **entry_extras(_entry("01.txt", PAGE1)[1], "01.txt")),
             dict(entry2, **entry_extras(doc2, name))]
    assert suggest_links(pages) == []
    doc2.do(SetPageNumber("2"))
    assert entry_extras(doc2, name) == {"number": "2"}
    pages[1] = dict(entry2, **entry_extras(doc2, name))
    assert {(lk.page, lk.to_page) for lk in suggest_links(pages)} == {("01.txt", name)}


def _export(root, out):
    subprocess.run([sys.executable, "-m", "app", "export", str(root), "-o", str(out)], cwd=ROOT, check=True,
                   capture_output=True)
    return [json.loads(x) for x in out.read_text(encoding="utf-8").splitlines()]


@pytest.mark.parametrize("name", ["back.txt", "03.txt"])
def test_export_of_a_folder_joins_by_the_number_saved_in_a_session(tmp_path, name):
    root = tmp_path / "issue"
    root.mkdir()
    (root / "01.txt").write_text(PAGE1, encoding="utf-8")
    (root / name).write_text(BARE2, encoding="utf-8")
    before = _export(root, tmp_path / "before.jsonl")
    assert {r["page"] for r in before} == {"01.txt", name}
    assert len(before) == 4 and not any("parts" in r for r in before)           # nothing joined
    # the person says which page it is, in the window; the work is kept in the page's session
    _, doc = _entry(name, BARE2)
    doc.source.path = str(root / name)
    doc.do(SetPageNumber("第二版"))
    session = store.session_path(root / name)
    session.parent.mkdir(parents=True, exist_ok=True)
    save_session(doc, session)
    after = _export(root, tmp_path / "after.jsonl")
    assert [(r["page"], r["id"]) for r in after] == [("01.txt", 1), ("01.txt", 2)]
    assert all({b["page"] for b in r["blocks"]} == {"01.txt", name} for r in after)


@pytest.mark.parametrize("name, number", [
    ("000_9e2dafac320f447e.txt", None),     # a hash: its "f447" is no page "F447"
    ("scan_3f2a.txt", None),
    ("2024-05-10_A02.txt", "A2"),
    ("issue3_page12.txt", "12"),
    ("20240510_03.txt", "3"),
    ("page-2.txt", "2"),
])
def test_a_page_number_in_a_file_name_is_a_whole_part_of_it(name, number):
    from app.folio import number_in_name
    found = number_in_name(name)
    assert (found.text() if found else None) == number
