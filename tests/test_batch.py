"""Many pages in, one corpus out (app/batch.py through ``zhengwen reflow``): the same bytes
on any number of processes, slices that partition the pages, a run killed at any moment
and run again equal to one clean run, failures listed and the run going on."""
import json
import os
import random
import shutil
import signal
import subprocess
import sys
import time

import pytest

from conftest import ROOT
from app import batch
from app.corpus_check import check_corpus
from app.lines import split_lines

MAKE_PAGES = ROOT / "tests" / "perf" / "make_pages.py"
N = 46      # pages in the fixture


def run(*args, **kw):
    return subprocess.run([sys.executable, "-m", "app", *map(str, args)], cwd=ROOT, capture_output=True,
                          text=True, encoding="utf-8", timeout=300, **kw)


@pytest.fixture(scope="module")
def pages(tmp_path_factory):
    """46 made pages in two folders, two of them with one name (gold files are not pages:
    *.txt only)."""
    folder = tmp_path_factory.mktemp("pages")
    made = folder / "made"
    subprocess.run([sys.executable, str(MAKE_PAGES), str(made), "45", "--seed", "7", "--golds", str(ROOT / "tests" / "heldout")],
                   check=True, capture_output=True)
    day = folder / "2024-05-10"
    day.mkdir()
    for p in sorted(made.glob("own1*.txt")):
        p.rename(day / p.name)          # pages of one name in two folders stay two pages
    twin = sorted(day.glob("own10-*.txt"))[0]
    shutil.copy(twin, made / "own10.txt")
    shutil.copy(twin, day / "own10.txt")
    twin.unlink()
    for g in folder.rglob("*.gold.json"):
        g.unlink()
    return folder


def corpus_lines(folder):
    return "".join(p.read_text(encoding="utf-8") for p in sorted(folder.glob("part-*.jsonl")))


def test_jobs_2_writes_the_same_bytes_as_jobs_1(pages, tmp_path):
    one, two = tmp_path / "one", tmp_path / "two"
    r1 = run("reflow", pages, "-o", f"{one}/", "--format", "jsonl", "--jobs", "1", "--shard-pages", "10")
    r2 = run("reflow", pages, "-o", f"{two}/", "--format", "jsonl", "--jobs", "2", "--shard-pages", "10")
    assert r1.returncode == r2.returncode == 0, r1.stderr + r2.stderr
    names = sorted(p.name for p in one.iterdir())
    assert names == sorted(p.name for p in two.iterdir())
    assert [n for n in names if n.startswith("part-")] == [f"part-{i:05d}.jsonl" for i in range(5)]
    for n in names:
        assert (one / n).read_bytes() == (two / n).read_bytes(), n
    # the one-file corpus is the parts in order, whatever the processes
    f1, f2 = tmp_path / "c1.jsonl", tmp_path / "c2.jsonl"
    assert run("reflow", pages, "-o", f1, "--jobs", "1").returncode == 0
    assert run("reflow", pages, "-o", f2, "--jobs", "2").returncode == 0
    assert f1.read_bytes() == f2.read_bytes() == corpus_lines(one).encode("utf-8")
    # the summary line is said on every run
    assert f"{N} pages," in r2.stderr and " articles, 0 failed, " in r2.stderr


def test_every_line_is_an_article_of_a_page_of_the_set(pages, tmp_path):
    out = tmp_path / "corpus.jsonl"
    assert run("reflow", pages, "-o", out, "--jobs", "2").returncode == 0
    rows = [json.loads(line) for line in out.read_text(encoding="utf-8").splitlines()]
    seen = {r["page"] for r in rows}
    assert "2024-05-10/own10.txt" in seen and "made/own10.txt" in seen
    by_page = {}
    for r in rows:
        assert r["page_status"] == "new"
        assert list(r)[-4:] == ["source", "page", "page_status", "page_sha256"]
        by_page.setdefault(r["page"], []).append(r)
    for page, arts in by_page.items():
        data = (pages / page).read_bytes()
        import hashlib
        assert arts[0]["page_sha256"] == hashlib.sha256(data).hexdigest() == arts[0]["source"]["sha256"]
        assert [a["id"] for a in arts] == list(range(1, len(arts) + 1))


def test_slices_partition_the_pages(pages, tmp_path):
    whole = tmp_path / "whole"
    assert run("reflow", pages, "-o", f"{whole}/", "--format", "jsonl", "--jobs", "1").returncode == 0
    slices = []
    for i in range(3):
        out = tmp_path / f"slice{i}"
        r = run("reflow", pages, "-o", f"{out}/", "--format", "jsonl", "--shard", f"{i}/3", "--jobs", "1")
        assert r.returncode == 0, r.stderr
        slices.append(corpus_lines(out).splitlines())
    page_sets = [{json.loads(line)["page"] for line in s} for s in slices]
    assert all(a.isdisjoint(b) for i, a in enumerate(page_sets) for b in page_sets[i + 1:])
    assert sorted(sum(slices, [])) == sorted(corpus_lines(whole).splitlines())
    # a slice's folder is its own: another slice is not written over it
    r = run("reflow", pages, "-o", f"{tmp_path / 'slice0'}/", "--format", "jsonl", "--shard", "1/3")
    assert r.returncode == 2 and "slice" in r.stderr
    r = run("reflow", pages, "-o", f"{tmp_path}/x/", "--format", "jsonl", "--shard", "3/3")
    assert r.returncode == 2 and "--shard" in r.stderr


def _start(args, **kw):
    # Ctrl+C acted on as in a terminal, even where the tests run in a script's background
    # (which starts them with SIGINT ignored, and every process they start after them)
    return subprocess.Popen([sys.executable, "-m", "app", *map(str, args)], cwd=ROOT, start_new_session=True,
                            stdout=subprocess.DEVNULL, stderr=subprocess.PIPE,
                            preexec_fn=lambda: signal.signal(signal.SIGINT, signal.SIG_DFL), **kw)


def _parts(folder):
    return {p.name: p.stat().st_mtime_ns for p in folder.glob("part-*.jsonl")}


def _wait_for_a_part(folder, proc, before, timeout=120):
    """Until the run has written a shard (it is past its start, when Python does not yet
    turn Ctrl+C into KeyboardInterrupt)."""
    end = time.monotonic() + timeout
    while time.monotonic() < end and proc.poll() is None:
        try:
            if _parts(folder) != before:
                return True
        except FileNotFoundError:
            pass
        time.sleep(0.01)
    return False


@pytest.mark.parametrize("how", ["kill", "ctrl-c"])
def test_a_run_killed_and_run_again_equals_a_clean_run(pages, tmp_path, how):
    clean = tmp_path / "clean"
    args = ["--format", "jsonl", "--shard-pages", "5"]
    assert run("reflow", pages, "-o", f"{clean}/", *args, "--jobs", "1").returncode == 0
    out = tmp_path / "out"
    rng = random.Random(how)
    for _ in range(3):
        before = _parts(out) if out.exists() else {}
        proc = _start(["reflow", pages, "-o", f"{out}/", *args, "--jobs", "2"])
        _wait_for_a_part(out, proc, before)
        time.sleep(rng.uniform(0, 0.2))
        try:
            # SIGKILL: the run and its pool, as a machine going down; SIGINT: Ctrl+C in
            # the terminal, which reaches the whole group
            os.killpg(proc.pid, signal.SIGKILL if how == "kill" else signal.SIGINT)
        except ProcessLookupError:
            pass                                    # it had finished
        _, err = proc.communicate(timeout=120)
        assert b"Traceback" not in err, err
        if how == "ctrl-c" and b"interrupted" in err:
            assert proc.returncode == 130, err
        # (Ctrl+C after the run said its summary ends Python as it exits: -SIGINT, all written)
        # only whole shards: every part file on disk is whole JSONL, no temporary file stays
        for part in out.glob("part-*.jsonl"):
            for line in part.read_text(encoding="utf-8").splitlines():
                json.loads(line)
        assert how == "kill" or not list(out.glob(".*.tmp"))
    r = run("reflow", pages, "-o", f"{out}/", *args, "--jobs", "2")
    assert r.returncode == 0, r.stderr
    assert corpus_lines(out) == corpus_lines(clean)
    assert sorted(p.name for p in out.iterdir()) == sorted(p.name for p in clean.iterdir())
    assert (out / "manifest.jsonl").read_text() == (clean / "manifest.jsonl").read_text()


def test_a_rerun_redoes_only_the_changed_shard(pages, tmp_path):
    src = tmp_path / "src"
    shutil.copytree(pages, src)
    out = tmp_path / "out"
    args = ["reflow", src, "-o", f"{out}/", "--format", "jsonl", "--shard-pages", "10", "--jobs", "1"]
    assert run(*args).returncode == 0
    before = {p.name: p.stat().st_mtime_ns for p in out.glob("part-*.jsonl")}
    r = run(*args)
    assert f"({N} pages already done)" in r.stderr
    assert {p.name: p.stat().st_mtime_ns for p in out.glob("part-*.jsonl")} == before
    page = sorted((src / "2024-05-10").glob("*.txt"))[3]   # in the first shard
    page.write_bytes(page.read_bytes() + "\n补记一段。\n".encode())
    r = run(*args)
    assert f"({N - 10} pages already done)" in r.stderr, r.stderr
    after = {p.name: p.stat().st_mtime_ns for p in out.glob("part-*.jsonl")}
    assert [n for n in after if after[n] != before[n]] == ["part-00000.jsonl"]
    shards = [json.loads(line).get("shard") for line in (out / "manifest.jsonl").read_text().splitlines()[1:]]
    assert shards == sorted(shards)        # in order again, though its shard was made last
    # a touch is no change; --force makes everything again
    os.utime(page)
    assert f"({N} pages already done)" in run(*args).stderr
    assert "already done" not in run(*args, "--force").stderr
    # fewer pages: the parts of the pages gone go too
    shutil.rmtree(src / "2024-05-10")
    assert run(*args).returncode == 0
    assert len(list(out.glob("part-*.jsonl"))) == 4


def test_a_rerun_in_another_format_or_with_fewer_pages_leaves_no_old_output(pages, tmp_path):
    """The folder holds what the last run made, never a mix: part files of a JSONL run go
    when Markdown is asked for, the page files of a page no longer given go, and what a
    person put in the folder or changed there stays."""
    src = tmp_path / "src"
    shutil.copytree(pages, src)
    out = tmp_path / "out"
    base = ["reflow", src, "-o", f"{out}/", "--shard-pages", "10", "--jobs", "1"]
    assert run(*base, "--format", "jsonl").returncode == 0
    assert len(list(out.glob("part-*.jsonl"))) == 5
    (out / "notes.txt").write_text("mine", encoding="utf-8")
    assert run(*base, "--format", "md").returncode == 0
    mds = sorted(p.relative_to(out).as_posix() for p in out.rglob("*.md"))
    assert len(mds) == N and not list(out.glob("part-*.jsonl"))
    assert (out / "notes.txt").read_text(encoding="utf-8") == "mine"
    gone = [m for m in mds if m.startswith("2024-05-10/")]
    changed = out / gone[0]                # a page file of the folder about to go, edited
    changed.write_text("edited by hand", encoding="utf-8")
    shutil.rmtree(src / "2024-05-10")
    r = run(*base, "--format", "md")
    assert r.returncode == 0 and f"removed {len(gone) - 1} files an earlier run wrote here" in r.stderr, r.stderr
    left = sorted(p.relative_to(out).as_posix() for p in out.rglob("*.md"))
    assert left == sorted([m for m in mds if m not in gone] + [gone[0]])
    assert changed.read_text(encoding="utf-8") == "edited by hand"
    assert (out / "notes.txt").exists()


def test_old_outputs_read_as_inputs_of_the_next_run_are_never_removed(pages, tmp_path):
    out = tmp_path / "out"
    assert run("reflow", pages / "made", "-o", f"{out}/", "--format", "txt", "--jobs", "1").returncode == 0
    txts = {p: p.read_bytes() for p in out.rglob("*.txt")}
    r = run("reflow", out, "-o", f"{out}/", "--format", "md", "--jobs", "1", "--force")
    assert r.returncode == 0, r.stderr
    assert {p: p.read_bytes() for p in out.rglob("*.txt")} == txts


def test_a_run_of_other_pages_into_a_folder_keeps_the_first_runs_output(pages, tmp_path):
    """Two folders of pages (a month, then the next) into one output folder: the second
    run is refused and removes nothing (its pages are not those the folder's output is of);
    with --force it replaces that output."""
    may, june, out = tmp_path / "may", tmp_path / "june", tmp_path / "out"
    for folder, files in ((may, sorted((pages / "made").glob("*.txt"))[:3]),
                          (june, sorted((pages / "made").glob("*.txt"))[3:5])):
        folder.mkdir()
        for f in files:
            shutil.copy(f, folder / f.name)
    for fmt in ("md", "jsonl"):
        target = out / fmt
        assert run("reflow", may, "-o", f"{target}/", "--format", fmt, "--jobs", "1").returncode == 0
        before = {p: p.read_bytes() for p in target.rglob("*")}
        # (--jobs 2 starts its workers before the pages are listed: a refusal stops them)
        r = run("reflow", june, "-o", f"{target}/", "--format", fmt, "--jobs", "2")
        assert r.returncode == 2, r.stderr
        assert "holds the output of 3 pages read from" in r.stderr and "--force" in r.stderr
        assert {p: p.read_bytes() for p in target.rglob("*")} == before
        r = run("reflow", june, "-o", f"{target}/", "--format", fmt, "--jobs", "1", "--force")
        assert r.returncode == 0, r.stderr
        assert "2 pages" in r.stderr and not any(p in before for p in target.glob("*.md"))


def test_an_earlier_runs_output_folder_inside_the_pages_is_no_pages(pages, tmp_path):
    """`reflow p -o p/out/ --format txt` writes pages' texts inside p: the next run of p, or
    an export of p, does not read them as pages of p."""
    src = tmp_path / "p"
    src.mkdir()
    for f in sorted((pages / "made").glob("*.txt"))[:3]:
        shutil.copy(f, src / f.name)
    assert run("reflow", src, "-o", f"{src / 'out'}/", "--format", "txt", "--jobs", "1").returncode == 0
    assert len(list((src / "out").glob("*.txt"))) == 3
    r = run("reflow", src, "-o", tmp_path / "all.jsonl", "--jobs", "1")
    assert r.returncode == 0 and "3 pages" in r.stderr, r.stderr
    r = run("export", src, "-o", tmp_path / "x.jsonl")
    assert r.returncode == 0 and "3 pages" in r.stderr, r.stderr


def test_failures_go_to_the_errors_file_and_the_run_goes_on(pages, tmp_path):
    src = tmp_path / "src"
    shutil.copytree(pages / "made", src)
    (src / "binary.txt").write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(range(256)))
    (src / "mixed.txt").write_bytes("标题一行\n".encode() + "正文两行".encode("gbk") * 20)
    out = tmp_path / "out"
    r = run("reflow", src, "-o", f"{out}/", "--format", "jsonl", "--jobs", "2")
    assert r.returncode == 2, r.stderr
    assert "Traceback" not in r.stderr and "2 failed" in r.stderr and "errors.jsonl" in r.stderr
    errors = [json.loads(line) for line in (out / "errors.jsonl").read_text(encoding="utf-8").splitlines()]
    assert [e["page"] for e in errors] == ["binary.txt", "mixed.txt"]
    assert all(e["error"] and e["internal"] is False for e in errors)
    pages_written = {json.loads(line)["page"] for line in corpus_lines(out).splitlines()}
    assert len(pages_written) == len(list((pages / "made").glob("*.txt")))
    # the one-file corpus lists them beside it
    one = tmp_path / "corpus.jsonl"
    r = run("reflow", src, "-o", one)
    assert r.returncode == 2 and (tmp_path / "corpus.errors.jsonl").exists()
    # the fixed page is made on the next run, and the errors file goes
    (src / "binary.txt").unlink()
    (src / "mixed.txt").unlink()
    r = run("reflow", src, "-o", f"{out}/", "--format", "jsonl")
    assert r.returncode == 0 and not (out / "errors.jsonl").exists()


def test_the_json_set_and_a_folder_of_pages(pages, tmp_path, shared):
    out = tmp_path / "corpus.json"
    assert run("reflow", pages, "-o", out, "--jobs", "2").returncode == 0
    doc = json.loads(out.read_text(encoding="utf-8"))
    assert doc["format"] == "reflow-corpus-set" and doc["version"] == 1
    for entry in doc["pages"]:
        text = (pages / entry["page"]).read_bytes().decode("utf-8")
        assert check_corpus(entry["corpus"], split_lines(text)) == [], entry["page"]
    md = tmp_path / "md"
    r = run("reflow", pages, "-o", f"{md}/", "--format", "md", "--jobs", "2")
    assert r.returncode == 0, r.stderr
    assert (md / "2024-05-10" / "own10.md").exists() and (md / "made" / "own10.md").exists()
    assert len(list(md.rglob("*.md"))) == N
    r = run("reflow", pages, "-o", tmp_path / "x.md", "--format", "md")
    assert r.returncode == 2 and "folder" in r.stderr


def test_task_sizes_and_cores():
    assert batch.usable_cores() >= 1
    assert batch.task_size(10_000, 2) == batch.TASK_PAGES == 16


def test_tasks_shrink_to_a_page_at_the_end():
    """Every page once and in order, no task over TASK_PAGES, and the last tasks a page
    each: the processes finish together instead of one running a task of sixteen pages
    while the other waits."""
    pages = list(range(1000))
    tasks = list(batch.guided_tasks(pages, 2))
    assert [p for t in tasks for p in t] == pages
    assert max(map(len, tasks)) == batch.TASK_PAGES
    assert [len(t) for t in tasks[-4:]] == [1, 1, 1, 1]
    assert [len(t) for t in batch.guided_tasks(list(range(5)), 4)] == [1] * 5


def test_dask_writes_the_same_shards_as_the_local_run(pages, tmp_path):
    distributed = pytest.importorskip("distributed", reason="the cluster extra is not installed")
    local = tmp_path / "local"
    assert run("reflow", pages, "-o", f"{local}/", "--format", "jsonl", "--shard-pages", "10").returncode == 0
    with distributed.LocalCluster(n_workers=2, threads_per_worker=1, processes=True, dashboard_address=None) as cluster:
        out = tmp_path / "dask"
        r = run("reflow", pages, "-o", f"{out}/", "--format", "jsonl", "--shard-pages", "10",
                "--dask", cluster.scheduler_address)
        assert r.returncode == 0, r.stderr
        assert sorted(p.name for p in out.iterdir()) == sorted(p.name for p in local.iterdir())
        for name in [p.name for p in local.iterdir()]:      # the parts and the manifest
            assert (out / name).read_bytes() == (local / name).read_bytes(), name
        r = run("reflow", pages, "-o", f"{out}/", "--format", "jsonl", "--shard-pages", "10",
                "--dask", cluster.scheduler_address)
        assert f"({N} pages already done)" in r.stderr


def test_a_rerun_removes_the_temporary_files_a_killed_run_left(pages, tmp_path):
    out = tmp_path / "md"
    pairs = [(str(p), p.relative_to(pages).as_posix()) for p in sorted(pages.rglob("*.txt"))][:12]
    names = {page: page[:-4] + ".md" for _, page in pairs}
    batch.run_into_folder(pairs, out, "pages", batch.Options("md"), names=names, shard_pages=5)
    left = [out / "2024-05-10" / ".own10.md~k1ll3d.tmp", out / ".manifest.jsonl~x.tmp", out / ".pages-00001~y.tmp"]
    other = out / ".someone-else~z.tmp"
    for f in left + [other]:
        f.write_text("half")
    summary = batch.run_into_folder(pairs, out, "pages", batch.Options("md"), names=names, shard_pages=5)
    assert summary.skipped == 12 and not summary.failed
    assert not [f for f in left if f.exists()] and other.exists()


def test_the_errors_list_is_named_by_the_whole_stem_and_never_replaces_a_file_of_the_user(tmp_path):
    from app.batch import errors_path, write_errors
    from app.errors import UserError
    out = tmp_path / "2024.12.02.jsonl"
    mine = tmp_path / "2024.errors.jsonl"
    mine.write_text("my notes\n", encoding="utf-8")
    assert errors_path(out).name == "2024.12.02.errors.jsonl"
    write_errors(errors_path(out), [])                 # a clean run removes nothing of the user's
    assert mine.read_text(encoding="utf-8") == "my notes\n"
    write_errors(errors_path(out), [("a.txt", "bad", False)])
    write_errors(errors_path(out), [])                 # its own list goes when the rerun is clean
    assert not errors_path(out).exists()
    with pytest.raises(UserError):
        write_errors(mine, [("a.txt", "bad", False)])
    assert mine.read_text(encoding="utf-8") == "my notes\n"


def test_one_corpus_file_joins_continued_articles_within_each_folder(tmp_path):
    """`reflow DIR -o X.jsonl` writes what `export DIR` writes for pages without sessions:
    an article continued on another page is one article, its blocks carrying their pages;
    two issues (folders) numbered alike never join each other's parts; --jobs 2 the same."""
    from tests.test_links import PAGE1, PAGE2
    root = tmp_path / "archive"
    for day in ("2025-12-03", "2025-12-04"):
        (root / day).mkdir(parents=True)
        (root / day / "01.txt").write_text(PAGE1, encoding="utf-8")
        (root / day / "02.txt").write_text(PAGE2, encoding="utf-8")
    made = make_some_plain_pages(root / "plain")
    out1, out2, exported = tmp_path / "one.jsonl", tmp_path / "two.jsonl", tmp_path / "export.jsonl"
    assert run("reflow", root, "-o", out1, "--jobs", "1").returncode == 0
    r = run("reflow", root, "-o", out2, "--jobs", "2")
    assert r.returncode == 0, r.stderr
    assert out1.read_bytes() == out2.read_bytes()
    assert run("export", root, "-o", exported).returncode == 0
    assert out1.read_bytes() == exported.read_bytes()
    rows = [json.loads(line) for line in out1.read_text(encoding="utf-8").splitlines()]
    for day in ("2025-12-03", "2025-12-04"):
        arts = [a for a in rows if a["page"].startswith(day)]
        assert len(arts) == 2
        for a in arts:
            pages = {b["page"] for b in a["blocks"]}
            assert pages == {f"{day}/01.txt", f"{day}/02.txt"}, a["headline"]
    # pages without a jump line are the pages' own pieces, as one page at a time gives them
    for page in made:
        alone = run("reflow", root / "plain" / page, "-o", "-", "--format", "jsonl").stdout
        mine = [line for line in out1.read_text(encoding="utf-8").splitlines(keepends=True)
                if json.loads(line)["page"] == f"plain/{page}"]
        assert [json.loads(x)["blocks"] for x in mine] == [json.loads(x)["blocks"] for x in alone.splitlines()]


def make_some_plain_pages(folder):
    folder.mkdir(parents=True)
    names = []
    for f in sorted((ROOT / "tests" / "heldout").glob("*.txt"))[:2]:
        shutil.copy(f, folder / f.name)
        names.append(f.name)
    return names


def test_a_terminal_sees_a_progress_bar_and_a_file_only_the_summary(pages, tmp_path):
    """Progress on stderr when it is a terminal (tqdm: pages/s and what is left), and the
    one-line summary always."""
    import fcntl
    import pty
    import struct
    import termios
    primary, secondary = pty.openpty()
    fcntl.ioctl(secondary, termios.TIOCSWINSZ, struct.pack("HHHH", 24, 100, 0, 0))
    proc = subprocess.Popen([sys.executable, "-m", "app", "reflow", pages / "made", "-o", tmp_path / "c.jsonl",
                             "--jobs", "1"], cwd=ROOT, stdout=subprocess.DEVNULL, stderr=secondary)
    os.close(secondary)
    seen = b""
    while True:
        try:
            chunk = os.read(primary, 4096)
        except OSError:         # the child closed the terminal
            break
        if not chunk:
            break
        seen += chunk
    assert proc.wait(timeout=300) == 0
    os.close(primary)
    text = seen.decode("utf-8", "replace")
    assert "page/s" in text and "pages, " in text and "articles" in text, text
    r = run("reflow", pages / "made", "-o", tmp_path / "d.jsonl", "--jobs", "1")
    assert "page/s" not in r.stderr and r.stderr.count("\n") == 1 and "articles" in r.stderr, r.stderr


def test_progress_counts_each_page_as_it_is_made_not_as_its_folder_is_joined(pages, tmp_path, monkeypatch):
    from app import batch
    made, seen = [0], []
    reflow_page = batch.reflow_page

    def counted(*a, **kw):
        made[0] += 1
        return reflow_page(*a, **kw)

    monkeypatch.setattr(batch, "reflow_page", counted)
    folder = sorted((pages / "made").glob("*.txt"))[:5]
    listed = [(str(p), p.name) for p in folder]
    batch.run_into_file(listed, tmp_path / "c.jsonl", "jsonl", batch.Options(), jobs=1,
                        progress=lambda done, total: seen.append((done, total, made[0])))
    assert seen == [(k, 5, k) for k in range(1, 6)]


def test_a_folder_with_more_jump_pages_than_an_issue_has_is_not_joined(tmp_path, monkeypatch):
    """A flat folder of many days' pages is no one issue: its pages are written as they are
    (and memory holds no more than an issue's jump pages)."""
    from app import batch, set_join
    from tests.test_links import PAGE1, PAGE2
    (tmp_path / "01.txt").write_text(PAGE1, encoding="utf-8")
    (tmp_path / "02.txt").write_text(PAGE2, encoding="utf-8")
    pages = [(str(tmp_path / "01.txt"), "01.txt"), (str(tmp_path / "02.txt"), "02.txt")]

    def articles(limit):
        monkeypatch.setattr(set_join, "ISSUE_JUMP_PAGES", limit)
        out = tmp_path / f"c{limit}.jsonl"
        batch.run_into_file(pages, out, "jsonl", batch.Options(), jobs=1)
        return [json.loads(line) for line in out.read_text(encoding="utf-8").splitlines()]

    assert len(articles(2)) == 2            # an issue: each article joined across the pages
    alone = articles(1)
    assert len(alone) == 4 and all("page" not in b for a in alone for b in a["blocks"])


def test_a_page_that_cannot_be_read_again_to_join_keeps_its_piece_and_is_said(tmp_path, monkeypatch):
    """Page 2 holds no jump line; page 1's jump names it, so the join reads it again. When
    that fails (the file changed or went meanwhile), page 2's articles, made fine the first
    time, are still written, and a warning says why nothing was joined."""
    from app import batch
    from tests.test_links import PAGE1, PAGE2
    (tmp_path / "01.txt").write_text(PAGE1, encoding="utf-8")
    (tmp_path / "02.txt").write_text("".join(l for l in PAGE2.splitlines(keepends=True) if "接" not in l),
                                     encoding="utf-8")
    pages = [(str(tmp_path / "01.txt"), "01.txt"), (str(tmp_path / "02.txt"), "02.txt")]

    def gone(path, page, opts):
        raise OSError(f"{page}: no such file")

    monkeypatch.setattr(batch, "join_entry_again", gone)
    said = []
    out = tmp_path / "c.jsonl"
    summary = batch.run_into_file(pages, out, "jsonl", batch.Options(), jobs=1, notice=said.append)
    rows = [json.loads(line) for line in out.read_text(encoding="utf-8").splitlines()]
    assert not summary.failed and {r["page"] for r in rows} == {"01.txt", "02.txt"}
    assert [r.page for r in said] == ["02.txt"] and "read again to join" in said[0].warning


def test_a_run_of_other_pages_of_the_same_folder_keeps_the_first_runs_output(pages, tmp_path):
    """`reflow A B -o out/` then `reflow C D -o out/` (one folder of pages, so the same
    inputs folder): the second run shares no page with the output there and is refused,
    removing nothing; a run sharing a page is a rerun."""
    src = tmp_path / "p"
    src.mkdir()
    names = [f.name for f in sorted((pages / "made").glob("*.txt"))[:4]]
    for name in names:
        shutil.copy(pages / "made" / name, src / name)
    out = tmp_path / "out"
    md = ["-o", f"{out}/", "--format", "md", "--jobs", "1"]
    assert run("reflow", src / names[0], src / names[1], *md).returncode == 0
    before = {p: p.read_bytes() for p in out.rglob("*")}
    r = run("reflow", src / names[2], src / names[3], *md)
    assert r.returncode == 2 and "none of them among these" in r.stderr, r.stderr
    assert {p: p.read_bytes() for p in out.rglob("*")} == before
    r = run("reflow", src / names[0], src / names[2], *md)
    assert r.returncode == 0 and "removed 1 file" in r.stderr, r.stderr


def test_a_run_refused_for_its_output_starts_no_workers(pages, monkeypatch, capsys):
    """``-o`` an existing .txt (a page, maybe) is refused before the pool of ``--jobs 2``
    starts: the refusal does not wait for two interpreters to import the engine."""
    from app import cli
    started = []
    monkeypatch.setattr(batch, "start_pool", lambda jobs: started.append(jobs))
    page = sorted((pages / "made").glob("*.txt"))[0]
    before = page.read_bytes()
    assert cli.main(["reflow", str(pages), "-o", str(page), "--jobs", "2"]) == 2
    assert "is not replaced" in capsys.readouterr().err
    assert started == [] and page.read_bytes() == before


@pytest.mark.parametrize("fmt, own", [("jsonl", "part-00000.jsonl"), ("jsonl", "manifest.jsonl"),
                                      ("md", "errors.jsonl"), ("jsonl", "list")])
def test_a_run_never_writes_its_own_files_over_a_page_or_list_it_reads(pages, tmp_path, fmt, own):
    """A page given as a file is read from anywhere, the output folder too: a part file,
    the manifest or the errors list already there as one of the pages (or as the list of
    them) is refused, --force or not, and left as it was."""
    out = tmp_path / "out"
    out.mkdir()
    page = sorted((pages / "made").glob("*.txt"))[0]
    if own == "list":           # the list of pages, named as the part file the run writes first
        taken = out / "part-00000.jsonl"
        taken.write_text(f"{page}\n{pages / 'made' / 'own10.txt'}\n", encoding="utf-8")
        args = ["--files-from", taken]
    else:
        taken = out / own
        shutil.copy(page, taken)
        args = [page, taken]
    before = taken.read_bytes()
    for force in ([], ["--force"]):
        r = run("reflow", *args, "-o", f"{out}/", "--format", fmt, *force)
        assert r.returncode == 2 and "would replace the input" in r.stderr, r.stderr
        assert taken.read_bytes() == before


def test_a_file_system_without_inodes_refuses_no_rerun(pages, tmp_path, monkeypatch):
    """Where every file has inode 0 (some network shares) no file can be told from another
    by its identity: nothing is refused for it, rather than every rerun."""
    import types
    from app import outputs
    monkeypatch.setattr(outputs, "os", types.SimpleNamespace(
        stat=lambda p: types.SimpleNamespace(st_dev=os.stat(p).st_dev, st_ino=0)))
    assert outputs.file_identity(pages / "made" / "own10.txt") is None
    out = tmp_path / "out"
    out.mkdir()
    (out / "manifest.jsonl").write_text("", encoding="utf-8")
    batch.refuse_writing_on_an_input(out, [str(pages / "made" / "own10.txt")], ["manifest.jsonl"])
