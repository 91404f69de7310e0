"""Sessions: byte-identical round trips, refusal of every kind of bad file, atomic saves, locks."""
import json
import os
import subprocess
import sys

import pytest

from app import session as session_mod
from app.corpus import build_corpus
from app.document import Document
from app.loader import UserError, looks_like_session, open_any
from app.operations import (Confirm, EditText, MoveRows, SetLabel, SetPageNumber, SetParagraphEnd, SplitRow,
                            start_article)
from app.store import session_path
from app.session import (SessionError, acquire_lock, load_session, lock_path,
                         release_lock, save_session)
from app.loader import load_page


def columns(doc):
    return {c: list(getattr(doc, c)) for c in Document.COLUMNS}


@pytest.fixture
def worked(sample_path):
    """The sample with a person's work on it: labels, edits (also of a blank line), a split,
    a new article, confirmations, the page's number corrected."""
    doc = load_page(sample_path)
    first = doc.next_nonblank(-1)
    doc.do(SetLabel(first, first + 1, "headline"))
    doc.do(EditText(first + 2, "溆浦县鹿鸣学校学生陈耀杰正在校园南面（改）"))
    doc.do(EditText(first + 1, "补写的一行"))
    row = doc.text.index("作，提升亲子沟通质量。")
    doc.do(SplitRow(row, 2, "paragraph"))
    doc.do(SplitRow(row + 1, 3))  # a line in three pieces
    doc.do(start_article(doc, doc.next_nonblank(row + 2)))
    doc.do(MoveRows([row - 2], None))
    doc.do(SetParagraphEnd(row - 4))
    doc.do(Confirm(0, 40))
    doc.do(SetPageNumber("A3"))
    doc.settings["fold_half_width"] = False
    return doc


def test_round_trip_is_byte_identical_and_loses_nothing(worked, tmp_path):
    path = tmp_path / "s.json"
    assert worked.dirty
    save_session(worked, path)
    assert not worked.dirty and worked.saved_revision == worked.revision
    loaded = load_session(path)
    assert columns(loaded) == columns(worked)
    assert loaded.source == worked.source and loaded.settings == worked.settings
    assert loaded.page_number == worked.page_number == "A3"
    assert build_corpus(loaded) == build_corpus(worked)
    assert not loaded.dirty and not loaded.can_undo()
    save_session(loaded, tmp_path / "again.json")
    assert (tmp_path / "again.json").read_bytes() == path.read_bytes()
    # the split and the edits are really in there
    assert sum(loaded.src[i] == loaded.src[i - 1] for i in range(1, len(loaded))) >= 2
    assert {"补写的一行", "溆浦县鹿鸣学校学生陈耀杰正在校园南面（改）"} <= set(loaded.edited)


def test_a_consumer_reads_the_corpus_with_json_alone(worked, tmp_path):
    path = tmp_path / "s.json"
    save_session(worked, path)
    data = json.loads(path.read_text(encoding="utf-8"))
    assert list(data)[:2] == ["format", "version"]
    assert data["corpus"] == build_corpus(worked)
    assert data["source_text"] == worked.source.text
    assert looks_like_session(path)
    assert columns(open_any(path)) == columns(worked)


def test_an_untouched_page_round_trips(sample_path, tmp_path):
    doc = load_page(sample_path)
    save_session(doc, tmp_path / "a.json")
    assert columns(load_session(tmp_path / "a.json")) == columns(doc)


def test_undo_after_load_is_not_possible_but_editing_works(worked, tmp_path):
    save_session(worked, tmp_path / "s.json")
    doc = load_session(tmp_path / "s.json")
    doc.do(SetLabel(0, 1, "noise"))
    assert doc.dirty
    doc.undo()
    assert columns(doc) == columns(worked)


# ---- refusing bad files ----------------------------------------------------------------
@pytest.fixture
def good(worked, tmp_path):
    path = tmp_path / "good.json"
    save_session(worked, path)
    return json.loads(path.read_text(encoding="utf-8"))


def dump(obj):
    return json.dumps(obj, ensure_ascii=False).encode("utf-8")


def _edit(good, fn):
    fn(good)
    return dump(good)


def _set(*keys_value):
    *keys, value = keys_value

    def fn(obj):
        for k in keys[:-1]:
            obj = obj[k]
        obj[keys[-1]] = value
    return fn


def _unlabel_first_row(obj):
    """Make the first row (which has text) blank in every column, consistently but wrongly."""
    rows = obj["rows"]
    assert rows["labels"][0] != "."
    rows["labels"] = "." + rows["labels"][1:]
    for runs in (rows["articles"], rows["confirmed"], rows["why"]["rows"]):
        runs[1] -= 1
        if runs[1] == 0:
            del runs[:2]


BAD = {
    "empty": (lambda g: b"", "empty"),
    "not json": (lambda g: b"Hello, this is a text file\n", "not a JSON file"),
    "broken json": (lambda g: b'{"format": "zhengwen-session",\n "version": 1, x}', "invalid JSON at line 2, column 16"),
    "truncated": (lambda g: dump(g)[: dump(g).index(b'"corpus"') + 3], "truncated at line"),
    "truncated in a character": (lambda g: dump(g)[: dump(g).index("溆".encode()) + 1], "truncated inside a character"),
    "not utf-8": (lambda g: b'{"format": "zhengwen-session", "x": "\xff\xfe"}', "not UTF-8"),
    "a list": (lambda g: b"[1, 2, 3]", "not a Zhengwen session"),
    "another program": (lambda g: b'{"name": "vscode settings", "version": 3}', "not a Zhengwen session"),
    "other format": (lambda g: _edit(g, _set("format", "zhengwen-sessions")), "not a Zhengwen session"),
    "a corpus": (lambda g: dump(g["corpus"]), "exported corpus, not a session"),
    "newer": (lambda g: _edit(g, _set("version", 7)),
              "made by a newer Zhengwen (version 7); this one reads up to 1"),
    "version text": (lambda g: _edit(g, _set("version", "1")), "bad version"),
    "row out of range": (lambda g: _edit(g, lambda o: o["rows"]["para_end"].append(10 ** 6)),
                         "refers to row 1000000"),
    "edited row out of range": (lambda g: _edit(g, lambda o: o["rows"]["edited"].update({"-1": "x"})),
                                "rows.edited refers to row '-1'"),
    "labels too short": (lambda g: _edit(g, lambda o: o["rows"].update(labels=o["rows"]["labels"][:-3])),
                         "rows.labels has"),
    "count disagrees": (lambda g: _edit(g, lambda o: o["rows"].update(count=o["rows"]["count"] + 1)),
                        "rows.labels has"),
    "articles too short": (lambda g: _edit(g, lambda o: o["rows"].update(articles=o["rows"]["articles"][:-2])),
                           "rows.articles covers"),
    "huge run": (lambda g: _edit(g, lambda o: o["rows"].update(articles=[0, 10 ** 12])), "covers more than"),
    "nan": (lambda g: dump(g).replace(b'"confidence": 1.0', b'"confidence": NaN', 1), "NaN is not a number"),
    "bad run": (lambda g: _edit(g, lambda o: o["rows"].update(confirmed=[0, -5] + o["rows"]["confirmed"])),
                "rows.confirmed has a bad run"),
    "unknown label": (lambda g: _edit(g, lambda o: o["rows"].update(labels="x" + o["rows"]["labels"][1:])),
                      "unknown label code 'x'"),
    "text changed": (lambda g: _edit(g, lambda o: o.update(source_text=o["source_text"].replace("溆浦", "淑浦", 1))),
                     "does not match its recorded sha256"),
    "lines disagree": (lambda g: _edit(g, lambda o: o["source"].update(lines=3)), "source.lines says 3"),
    "wrong type": (lambda g: _edit(g, lambda o: o["rows"].update(count="874")), "rows.count has the wrong type"),
    "missing key": (lambda g: _edit(g, lambda o: o.pop("rows")), "has no \"rows\""),
    "bool for int": (lambda g: _edit(g, lambda o: o["rows"].update(para_end=[True])), "refers to row True"),
    "splits unordered": (lambda g: _edit(g, lambda o: o["rows"].update(splits=[5, 3])), "increasing order"),
    "why table": (lambda g: _edit(g, lambda o: o["rows"]["why"]["table"].append(["x"])), "rows.why.table"),
    "unlabelled text": (lambda g: _edit(g, _unlabel_first_row), "has text but no label"),
    "settings": (lambda g: _edit(g, _set("settings", "fold_half_width", "yes")), "fold_half_width"),
    "page number": (lambda g: _edit(g, _set("page", "number", "第三版")), "page.number '第三版' is not a page number"),
    "nested": (lambda g: b"[" * 100000, "nested too deeply"),
    "goes_on not a list": (lambda g: _edit(g, lambda o: o.update(goes_on={"7": 3})), "goes_on is not a list"),
    "goes_on bad entry": (lambda g: _edit(g, lambda o: o.update(goes_on=[[7, 3, 2]])), "goes_on holds a bad entry"),
    # issue 15 items 8-9: what loads must save into something that loads, and exports must write
    "infinity": (lambda g: dump(g).replace(b'"confidence": 1.0', b'"confidence": 1e999', 1), "out of range"),
    "huge version": (lambda g: dump(g).replace(b'"version": 1', b'"version": ' + b"9" * 5000, 1), "out of range"),
    "huge row key": (lambda g: _edit(g, lambda o: o["rows"]["edited"].update({"9" * 5000: "x"})),
                     "rows.edited refers to row"),
    "lone surrogate": (lambda g: _edit(g, lambda o: o["rows"]["edited"].update({"1": "LONE"})).replace(
        b"LONE", b"\\ud800x"), "invalid character"),
}


@pytest.mark.parametrize("case", sorted(BAD))
def test_bad_files_are_refused_with_a_clear_message(case, good, tmp_path):
    make, expected = BAD[case]
    path = tmp_path / "bad.json"
    data = make(json.loads(json.dumps(good)))
    path.write_bytes(data)
    with pytest.raises(SessionError) as err:
        load_session(path)
    msg = str(err.value)
    assert msg.startswith(f"{path}: ") and expected in msg
    assert len(msg.splitlines()) <= 2 and len(msg) < 300
    assert path.read_bytes() == data  # never touched
    if looks_like_session(path):
        with pytest.raises(UserError):
            open_any(path)


def _line_of_row(rows, row):
    """The page line a row comes from: its number less the split pieces up to it."""
    return row + 1 - sum(1 for r in rows["splits"] if r <= row)


def _first_split_text(o):
    rows = o["rows"]
    k = min(rows["texts"], key=int)
    rows["texts"][k] += "x"
    return _line_of_row(rows, int(k))


def _blank_row(o):
    return str(o["rows"]["labels"].index("."))


# The whole message after the file's name, for each refusal BAD above does not pin down.
EXACT = {
    "no format": (lambda o: o.pop("format"),
                  lambda o, r: 'not a Zhengwen session (a JSON file without "format": "zhengwen-session")'),
    "its format": (lambda o: o.update(format=["zhengwen-session"]),
                   lambda o, r: "not a Zhengwen session (its format is \"['zhengwen-session']\")"),
    "first row a piece": (lambda o: o["rows"].update(splits=[0] + o["rows"]["splits"]),
                          lambda o, r: "damaged session: rows.splits: the first row cannot be a later piece"),
    "splits do not make the lines": (
        lambda o: o["rows"].update(splits=o["rows"]["splits"][1:]),
        lambda o, r: f"damaged session: {o['rows']['count']} rows with {len(o['rows']['splits'])} split pieces "
                     f"do not make the text's {o['source']['lines']} lines"),
    "pieces do not make the line": (
        _first_split_text, lambda o, r: f"damaged session: rows.texts do not piece together line {r} of the page"),
    "blank names a labelled row": (
        lambda o: o["rows"].update(articles_blank={"0": 1, _blank_row(o): 1}),
        lambda o, r: "damaged session: rows.articles_blank names row 0, which is not blank"),
    "blank article id": (lambda o: o["rows"].update(articles_blank={_blank_row(o): -5}),
                         lambda o, r: "damaged session: rows.articles_blank has a bad article id -5"),
    "blank confirmed mask": (lambda o: o["rows"].update(confirmed_blank={_blank_row(o): 16}),
                             lambda o, r: "damaged session: rows.confirmed_blank has a bad confirmed mask 16"),
    "blank row's rule of a labelled row": (
        lambda o: o["rows"]["why"].update(blank={"0": 0}),
        lambda o, r: "damaged session: rows.why.blank has a bad entry for row 0"),
    "blank row's rule out of the table": (
        lambda o: o["rows"]["why"].update(blank={_blank_row(o): len(o["rows"]["why"]["table"])}),
        lambda o, r: f"damaged session: rows.why.blank has a bad entry for row {_blank_row(o)}"),
    "why table entry": (lambda o: o["rows"]["why"]["table"].append(["a", 1, "b", True, "c", 1]),
                        lambda o, r: f"damaged session: rows.why.table[{len(o['rows']['why']['table']) - 1}] "
                                     "is not [rule, confidence] x 3"),
    "odd runs": (lambda o: o["rows"]["confirmed"].append(0),
                 lambda o, r: "damaged session: rows.confirmed is not a run-length list"),
    "nested key missing": (lambda o: o["rows"]["why"].pop("table"),
                           lambda o, r: 'damaged session: rows.why has no "table"'),
    "links not a list": (lambda o: o.update(links={}), lambda o, r: "damaged session: links is not a list"),
    "links entry": (lambda o: o.update(links=[[0, {"to_page": None}]]),
                    lambda o, r: "damaged session: links holds a bad entry [0, {'to_page': None}]"),
    "links value": (lambda o: o.update(links=[[1, {"to_page": "2", "to_line": "9"}]]),
                    lambda o, r: "damaged session: links holds a bad link {'to_page': '2', 'to_line': '9'}"),
    "links null": (lambda o: o.update(links=[[1, None]]),      # forgetting a link removes it: never saved
                   lambda o, r: "damaged session: links holds a bad link None"),
    "links page": (lambda o: o.update(links=[[1, {"to_page": "\ud800", "to_line": 9}]]),
                   lambda o, r: "damaged session: links holds an invalid character '\\ud800' at offset 0"),
}


@pytest.mark.parametrize("case", sorted(EXACT))
def test_each_refusal_says_exactly_this(case, good, tmp_path):
    damage, expected = EXACT[case]
    obj = json.loads(json.dumps(good))
    found = damage(obj)
    path = tmp_path / "bad.json"
    path.write_bytes(json.dumps(obj).encode("ascii"))
    with pytest.raises(SessionError) as err:
        load_session(path)
    assert str(err.value) == f"{path}: " + expected(obj, found)


@pytest.mark.parametrize("text", ["", "\n", "\n\n  \n", "一行"])
def test_tiny_pages_round_trip(text, tmp_path):
    from app.lines import split_lines
    from app.document import Source
    from app.suggest import open_document
    doc = open_document(Source("tiny.txt", text), split_lines(text))
    save_session(doc, tmp_path / "t.json")
    loaded = load_session(tmp_path / "t.json")
    assert columns(loaded) == columns(doc) and loaded.source.text == text


def test_the_good_file_used_above_loads(good, tmp_path):
    path = tmp_path / "ok.json"
    path.write_bytes(dump(good))  # the same content written differently is still fine
    load_session(path)


def test_missing_file_and_folder_and_too_large(tmp_path, monkeypatch, good):
    with pytest.raises(SessionError, match="no such file"):
        load_session(tmp_path / "nope.json")
    with pytest.raises(SessionError, match="folder"):
        load_session(tmp_path)
    path = tmp_path / "big.json"
    path.write_bytes(dump(good))
    monkeypatch.setattr(session_mod, "MAX_BYTES", 1000)
    with pytest.raises(SessionError, match="too large for a session"):
        load_session(path)


# ---- saving safely ---------------------------------------------------------------------
def _fail(*args, **kwargs):
    raise OSError(28, "No space left on device")


@pytest.mark.parametrize("where", ["replace", "fsync"])
def test_a_failed_save_leaves_the_old_file_intact(where, worked, tmp_path, monkeypatch):
    path = tmp_path / "s.json"
    save_session(worked, path)
    old = path.read_bytes()
    worked.do(SetLabel(0, 1, "noise"))
    revision = worked.revision
    monkeypatch.setattr(os, where, _fail)
    with pytest.raises(SessionError) as err:
        save_session(worked, path)
    monkeypatch.undo()
    assert str(err.value) == f"{path}: cannot save the session: No space left on device"
    assert path.read_bytes() == old
    assert sorted(p.name for p in tmp_path.iterdir()) == ["s.json"]  # no temp file left
    assert worked.dirty and worked.saved_revision != revision
    save_session(worked, path)
    assert load_session(path).label[0] == "noise"


@pytest.mark.skipif(hasattr(os, "geteuid") and os.geteuid() == 0, reason="root ignores permissions")
def test_saving_into_a_read_only_folder_fails_cleanly(worked, tmp_path):
    folder = tmp_path / "ro"
    folder.mkdir()
    path = folder / "s.json"
    save_session(worked, path)
    old = path.read_bytes()
    worked.do(SetLabel(0, 1, "noise"))
    folder.chmod(0o555)
    try:
        with pytest.raises(SessionError, match="cannot save the session: Permission denied"):
            save_session(worked, path)
    finally:
        folder.chmod(0o755)
    assert path.read_bytes() == old


def test_saving_where_a_file_blocks_the_folder_fails_cleanly(worked, tmp_path):
    (tmp_path / "sessions").write_text("not a folder")
    with pytest.raises(SessionError, match="cannot save the session"):
        save_session(worked, tmp_path / "sessions" / "s.json")
    assert (tmp_path / "sessions").read_text() == "not a folder"


def test_save_creates_the_page_folder_in_the_store(worked, tmp_path):
    path = session_path("/somewhere/page 7.txt", home=tmp_path)
    assert path == tmp_path / "pages" / "somewhere" / "page 7.txt" / "session.json"
    save_session(worked, path)
    assert load_session(path).source.name == worked.source.name


def test_the_store_does_not_depend_on_the_working_folder(tmp_path, monkeypatch):
    monkeypatch.setenv("ZHENGWEN_HOME", str(tmp_path / "home"))
    monkeypatch.chdir(tmp_path)
    here = session_path("a/b/c.txt")
    (tmp_path / "elsewhere").mkdir()
    monkeypatch.chdir(tmp_path / "elsewhere")
    assert session_path(tmp_path / "a" / "b" / "c.txt") == here
    assert here.is_relative_to(tmp_path / "home")


# ---- lock ------------------------------------------------------------------------------
def _write_lock(path, pid, host=None):
    import socket
    lock_path(path).write_text(json.dumps({"pid": pid, "host": host or socket.gethostname()}))


def test_lock_is_taken_released_and_reentrant(tmp_path):
    path = tmp_path / "s.json"
    assert acquire_lock(path) is None
    info = json.loads(lock_path(path).read_text())
    assert info["pid"] == os.getpid()
    assert acquire_lock(path) is None
    release_lock(path)
    assert not lock_path(path).exists()
    release_lock(path)  # twice is fine


def test_a_live_holder_is_reported_and_kept(tmp_path):
    path = tmp_path / "s.json"
    other = subprocess.Popen([sys.executable, "-c", "import sys; sys.stdin.read()"], stdin=subprocess.PIPE)
    try:
        _write_lock(path, other.pid)
        holder = acquire_lock(path)
        assert holder is not None and holder.pid == other.pid
        assert holder.message() == f"already open in another Zhengwen (pid {other.pid})"
        release_lock(path)  # not ours: stays
        assert json.loads(lock_path(path).read_text())["pid"] == other.pid
        assert acquire_lock(path, force=True) is None
        assert json.loads(lock_path(path).read_text())["pid"] == os.getpid()
    finally:
        other.stdin.close()
        other.wait()


def test_a_stale_or_unreadable_lock_is_taken_over(tmp_path):
    path = tmp_path / "s.json"
    gone = subprocess.Popen([sys.executable, "-c", "pass"])
    gone.wait()
    _write_lock(path, gone.pid)
    assert acquire_lock(path) is None
    assert json.loads(lock_path(path).read_text())["pid"] == os.getpid()
    lock_path(path).write_text("garbage")
    assert acquire_lock(path) is None


def test_a_lock_from_another_machine_counts_as_live(tmp_path):
    path = tmp_path / "s.json"
    _write_lock(path, 12345, host="elsewhere.example")
    holder = acquire_lock(path)
    assert holder.host == "elsewhere.example"
    assert "on elsewhere.example" in holder.message()


def test_the_session_readers_refusals_are_sentences_of_the_engines_catalogue(tmp_path):
    # the window translates them (context "engine"); the command line keeps the English
    from app.messages import use_translator
    bad = tmp_path / "bad.json"
    bad.write_text('{"format": "zhengwen-session", "version": "x"}', encoding="utf-8")
    with pytest.raises(session_mod.SessionError) as english:
        session_mod.load_session(bad)
    assert str(english.value) == f"{bad}: damaged session: bad version 'x'"
    use_translator(lambda s: "译:" + s)
    try:
        assert str(english.value) == f"译:{bad}: damaged session: bad version 'x'"
    finally:
        use_translator(None)


def test_a_killed_process_not_yet_reaped_holds_no_lock():
    """kill -9 of a window leaves a zombie until its parent reaps it: signal 0 still answers,
    yet that window is gone (the next one must offer its journal, not say it is open)."""
    import subprocess
    import sys
    import time
    from app.session import alive
    child = subprocess.Popen([sys.executable, "-c", "import time; time.sleep(60)"])
    try:
        assert alive(child.pid)
        child.kill()
        deadline = time.monotonic() + 10
        while not open(f"/proc/{child.pid}/stat", "rb").read().split(b") ")[1].startswith(b"Z"):
            assert time.monotonic() < deadline
            time.sleep(0.01)
        assert not alive(child.pid)
    finally:
        child.wait()
