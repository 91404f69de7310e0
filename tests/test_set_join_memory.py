"""The one-file join holds a folder's pieces in a spool and gives each out once: memory
stays that of one folder's spool, whatever the number of pages (issue 18's peak memory)."""
import gc
import weakref

from app import set_join
from app.batch import PageResult


def results(folders=2, pages=40):
    for f in range(folders):
        for i in range(pages):
            yield PageResult(page=f"day{f}/p{i:03d}.txt", data=f"piece {f}.{i}\n".encode() * 20,
                             articles=1, sha256="0" * 64)


def test_a_page_given_out_is_not_held_by_the_join():
    refs = []
    for r in set_join.join_in_folders(results(), "records", reread=None):
        refs.append(weakref.ref(r))
        del r
        gc.collect()
        # every page before the last one given out is gone, though its folder is not done
        assert [ref() for ref in refs[:-1]] == [None] * (len(refs) - 1)


def test_pieces_spilled_to_a_file_come_back_the_same(monkeypatch, tmp_path):
    whole = [r.data for r in set_join.join_in_folders(results(), "records", reread=None)]
    monkeypatch.setattr(set_join, "SPOOL_BYTES", 100)       # every folder rolls over to a file
    spilled = [r.data for r in set_join.join_in_folders(results(), "records", reread=None, spill_dir=tmp_path)]
    assert spilled == whole == [r.data for r in results()]
