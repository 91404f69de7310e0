"""The collector pause: in a command-line run what a pause built is frozen out of the
collector's reach (no scan of a million rows' objects right after), never in the window."""
import gc
import weakref

from app.document import Source
from app.gc_pause import batch_run, gc_paused
from app.suggest import open_document

LINES = ["标题一行", "", "正文第一行，写到这里", "接着写完。"] * 3


def test_a_pause_freezes_what_it_built_only_in_a_batch_run():
    before = gc.get_freeze_count()
    with gc_paused():
        keep = [[i] for i in range(1000)]
    assert gc.get_freeze_count() == before and gc.isenabled()
    with batch_run():
        with gc_paused():
            keep = [[i] for i in range(1000)]
        assert gc.get_freeze_count() >= before + 1000 and gc.isenabled()
    assert gc.get_freeze_count() == 0            # thawed when the run ends
    assert keep


def test_a_document_only_to_be_written_out_keeps_no_watch_and_no_cycle():
    doc = open_document(Source("p.txt", "\n".join(LINES)), LINES, explain=False)
    assert getattr(doc, "_decided", None) is None and all(w is None for w in doc.why)
    kept = open_document(Source("p.txt", "\n".join(LINES)), LINES)
    assert kept._decided is not None and any(w is not None for w in kept.why)
    assert [doc.label, doc.article, doc.para_end] == [kept.label, kept.article, kept.para_end]
    gone = weakref.ref(doc)
    with gc_paused():
        del doc                   # freed by its reference count: no collection needed
        assert gone() is None


def test_the_command_line_leaves_nothing_frozen_behind(tmp_path):
    from app.cli import main
    page = tmp_path / "p.txt"
    page.write_text("\n".join(LINES) + "\n", encoding="utf-8")
    assert main(["reflow", str(page), "-o", str(tmp_path / "p.json")]) == 0
    assert gc.get_freeze_count() == 0 and gc.isenabled()
