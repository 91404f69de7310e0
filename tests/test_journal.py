"""The journal of unsaved steps (app/journal.py): written as steps happen, replayed after a crash."""
import json

import pytest

from faults import full_disk
from app import commands
from app.document import Document, Source
from app.journal import Journal, JournalError, read_journal, replay_on
from app.lines import split_lines
from app.operations import from_record
from app.suggest import make_resuggest, open_document

TEXT = "".join(f"第{i}段，溆浦县家庭教育示范基地建设纪实。\n\n" for i in range(30)) + "本报记者 易鑫\n"


def fresh():
    doc = open_document(Source("page.txt", TEXT, sha256="ab" * 32), split_lines(TEXT))
    doc.resuggest = make_resuggest
    return doc


def columns(doc):
    return {c: list(getattr(doc, c)) for c in Document.COLUMNS}


def work(doc):
    """A person's steps: labels, breaks, a move, an edit, a split, undo and redo."""
    rows = [r for r in range(len(doc)) if doc.label[r] is not None]
    doc.do(commands.label_op(doc, [rows[0]], "headline"))
    doc.do(commands.toggle_break_op(doc, rows[3]))
    doc.do(commands.move_op(doc, rows[5:8], None))
    doc.do(commands.edit_op(doc, rows[9], "改过的一行。"))
    doc.do(commands.split_op(doc, rows[10], 4))
    doc.undo()
    doc.undo()
    doc.redo()
    doc.do(commands.confirm_op(doc, rows[:4]))
    doc.do(commands.label_op(doc, [rows[-1]], "byline"))


def test_replaying_the_steps_remakes_the_document_and_its_history(tmp_path):
    doc = fresh()
    journal = Journal(tmp_path / ".s.journal", doc.source.sha256, None)
    doc.record_to(journal.add)
    work(doc)
    journal.flush()
    found = read_journal(tmp_path / ".s.journal")
    assert found is not None and not found.torn and len(found.steps) == 10
    again = fresh()
    assert replay_on(again, found.steps) == 10
    assert columns(again) == columns(doc)
    while doc.can_undo():                  # the history came back too
        doc.undo()
        again.undo()
        assert columns(again) == columns(doc)
    assert columns(again) == columns(fresh())


def test_a_step_torn_by_a_kill_is_left_out_and_the_rest_replays(tmp_path):
    doc = fresh()
    path = tmp_path / ".s.journal"
    journal = Journal(path, doc.source.sha256, None)
    doc.record_to(journal.add)
    work(doc)
    journal.flush()
    data = path.read_bytes()
    path.write_bytes(data[:-7])            # the last line cut short
    found = read_journal(path)
    assert found.torn and len(found.steps) == 9
    again = fresh()
    replay_on(again, found.steps)
    doc.undo()
    assert columns(again) == columns(doc)


def test_a_journal_that_is_no_journal_is_refused_with_its_name(tmp_path):
    bad = tmp_path / ".s.journal"
    bad.write_text("not json\n")
    with pytest.raises(JournalError, match="s.journal"):
        read_journal(bad)
    bad.write_text(json.dumps({"format": "zhengwen-journal", "version": 1}) + "\n{\"do\": 3}\n")
    with pytest.raises(JournalError, match="line 2"):
        read_journal(bad)
    assert read_journal(tmp_path / "none") is None


def test_a_step_that_does_not_apply_stops_the_replay_with_a_reason():
    doc = fresh()
    with pytest.raises(JournalError, match="step 2 of 2"):
        replay_on(doc, [{"do": {"op": "para_end", "row": 0, "value": True}},
                        {"do": {"op": "label", "rows": [5, 99999], "label": "headline"}}])
    with pytest.raises(JournalError, match="step 1"):
        replay_on(fresh(), [{"undo": 1}])


@pytest.mark.parametrize("record", [
    {"op": "label", "rows": [1], "label": "headline"}, {"op": "label", "rows": [1, 2], "label": "nope"},
    {"op": "move", "rows": "1", "to": None}, {"op": "split", "row": -1, "offset": 2, "label": None},
    {"op": "compound", "ops": [{"op": "?"}]}, {"op": "confirm", "rows": [0, 1], "bits": 99}, [], None,
])
def test_a_damaged_record_is_no_operation(record):
    with pytest.raises(ValueError):
        from_record(record)


def test_a_full_disk_appends_nothing_and_the_next_flush_writes_every_step(tmp_path, monkeypatch):
    doc = fresh()
    path = tmp_path / ".s.journal"
    journal = Journal(path, doc.source.sha256, None)
    doc.record_to(journal.add)
    rows = [r for r in range(len(doc)) if doc.label[r] is not None]
    doc.do(commands.label_op(doc, [rows[0]], "headline"))
    journal.flush()
    before = path.read_bytes()
    doc.do(commands.toggle_break_op(doc, rows[2]))
    full_disk(monkeypatch, keep=0.5)
    with pytest.raises(OSError):
        journal.flush()
    monkeypatch.undo()
    assert path.read_bytes() == before and len(journal.pending) == 1
    journal.flush()
    assert len(read_journal(path).steps) == 2


def test_a_new_journal_never_appends_to_one_it_did_not_start(tmp_path):
    path = tmp_path / ".s.journal"
    path.write_text("someone else's\n")
    journal = Journal(path, "ab" * 32, None)
    journal.add({"undo": 1})
    journal.flush()
    assert read_journal(path).steps == [{"undo": 1}]
    kept = [p for p in tmp_path.iterdir() if p.name.endswith(".old")]
    assert len(kept) == 1 and kept[0].read_text() == "someone else's\n"


def test_restoring_on_a_full_disk_keeps_the_crash_journal_whole(tmp_path, monkeypatch):
    """The restored window's journal replaces the crash's, at the same path: its first
    write must not empty the only copy of the steps when the disk refuses it."""
    path = tmp_path / ".s.journal"
    crashed = Journal(path, "a" * 64, None)
    for k in range(3):
        crashed.add({"undo": 1} if k else {"redo": 1})
    crashed.flush()
    before = path.read_bytes()
    restored = Journal(path, "a" * 64, None, replaces=path)
    restored.add({"redo": 1})
    full_disk(monkeypatch, keep=0.3)
    with pytest.raises(OSError):
        restored.flush()
    monkeypatch.undo()
    assert path.read_bytes() == before
    restored.flush()                                  # room again: the new journal is written
    assert len(read_journal(path).steps) == 1


def test_a_step_the_journal_cannot_replay_starts_it_again_from_the_whole_document(tmp_path):
    """Steps since the journal's start (the last save) are written as steps; the undo of an
    older one is not replayable on the saved session, so the journal then holds the whole
    document, and the steps after it; replayed on that, they remake the document."""
    from app.journal import Recorder, start_state
    from app.session import session_bytes, session_from_bytes
    doc = fresh()
    rows = [r for r in range(len(doc)) if doc.label[r] is not None]
    doc.do(commands.label_op(doc, [rows[0]], "headline"))        # before the save
    journal = Journal(tmp_path / "j", doc.source.sha256, "base-sha")
    rec = Recorder(journal, lambda: session_bytes(doc).decode("utf-8", "surrogatepass"))
    doc.record_to(rec)
    doc.do(commands.toggle_break_op(doc, rows[3]))
    doc.undo()
    doc.redo()                                                     # all replayable
    assert not rec.needs_state and [list(e) for e in map(json.loads, journal.pending)] == [["do"], ["undo"], ["redo"]]
    doc.undo()
    doc.undo()                                                     # the step before the save
    assert rec.needs_state and journal.pending == []
    doc.do(commands.label_op(doc, [rows[5]], "caption"))          # held by the state to come
    rec.flush()
    doc.do(commands.label_op(doc, [rows[6]], "noise"))
    doc.undo()
    doc.redo()
    rec.flush()
    found = read_journal(tmp_path / "j")
    text, steps = start_state(found.steps)
    assert text is not None and [list(s) for s in steps] == [["do"], ["undo"], ["redo"]]
    again = session_from_bytes(text.encode("utf-8", "surrogatepass"), "j")[0]
    again.resuggest = make_resuggest
    replay_on(again, steps)
    assert columns(again) == columns(doc)
