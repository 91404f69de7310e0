"""Outputs never destroy inputs or each other; many inputs come from folders and lists.

Each test runs ``python -m app`` as a person would, on real files, and checks the files
afterwards byte for byte (issue 15 items 1-6 and 10, issue 18 item 1).
"""
import io
import json
import os
import signal
import subprocess
import sys
from pathlib import Path

import pytest

from conftest import ROOT
from app.corpus import build_corpus
from app.export import render
from app.inputs import Input, collect
from app.loader import load_page
from app.operations import SetLabel
from app.session import save_session


def run(*args, cwd=None, stdin=None, umask=None):
    preexec = (lambda: os.umask(umask)) if umask is not None else None
    return subprocess.run([sys.executable, "-m", "app", *map(str, args)], cwd=cwd or ROOT, input=stdin,
                          capture_output=True, text=True, encoding="utf-8", timeout=120, preexec_fn=preexec)


def refused(out, *names):
    """Exit 2, one line ``zhengwen: …`` naming each of ``names``, nothing on stdout."""
    assert out.returncode == 2, (out.returncode, out.stderr)
    assert "Traceback" not in out.stderr and out.stdout == ""
    lines = out.stderr.splitlines()
    assert len(lines) == 1 and lines[0].startswith("zhengwen: ") and "internal error" not in lines[0], out.stderr
    for name in names:
        assert name in lines[0], (name, out.stderr)


def snapshot(folder: Path) -> dict:
    """Every file under ``folder`` (links as links) with its bytes and mode."""
    found = {}
    for p in sorted(folder.rglob("*")):
        rel = p.relative_to(folder).as_posix()
        if p.is_symlink():
            found[rel] = ("link", os.readlink(p))
        elif p.is_file():
            found[rel] = (p.read_bytes(), p.stat().st_mode & 0o7777)
        else:
            found[rel] = "folder"
    return found


@pytest.fixture
def page(sample_path):
    return sample_path.read_bytes()


@pytest.fixture
def pages(tmp_path, page):
    """a.txt and b.txt (the sample page) in a folder of their own."""
    folder = tmp_path / "pages"
    folder.mkdir()
    for name in ("a.txt", "b.txt"):
        (folder / name).write_bytes(page)
    return folder


def head(page: bytes, share: float) -> bytes:
    """The first lines of a UTF-8 page, about ``share`` of it."""
    lines = page.decode("utf-8").splitlines(keepends=True)
    return "".join(lines[: max(1, int(len(lines) * share))]).encode("utf-8")


def expected(path, fmt="json"):
    return render(build_corpus(load_page(path)), fmt)


def session_of(sample_path, path):
    doc = load_page(sample_path)
    first = doc.next_nonblank(-1)
    doc.do(SetLabel(first, first + 1, "headline"))
    save_session(doc, path)


# ---- 1. an output that is, or resolves to, an input ------------------------------------------
def test_an_output_over_its_own_input_is_refused(pages):
    before = snapshot(pages)
    refused(run("reflow", "a.txt", "-o", "a.txt", cwd=pages), "a.txt")
    refused(run("reflow", "a.txt", "b.txt", "-o", ".", "--format", "txt", cwd=pages), "a.txt")
    refused(run("reflow", "a.txt", "b.txt", "-o", "./", "--format", "txt", cwd=pages))
    refused(run("reflow", "a.txt", "b.txt", "-o", "b.txt", cwd=pages), "b.txt")   # the one file of a set
    assert snapshot(pages) == before
    (pages / "a.md").write_text("a.txt\n")                   # nor the list of the pages
    refused(run("reflow", "--files-from", "a.md", "-o", "./", "--format", "md", cwd=pages), "a.md")
    assert (pages / "a.md").read_text() == "a.txt\n"


@pytest.mark.parametrize("kind", ["symlink", "hard link"])
def test_an_output_that_resolves_to_an_input_is_refused(pages, kind):
    make = os.symlink if kind == "symlink" else os.link
    make(pages / "a.txt", pages / "out.json")
    (pages / "out").mkdir()
    make(pages / "a.txt", pages / "out" / "b.txt")       # in the folder, where b.txt's output goes
    before = snapshot(pages)
    refused(run("reflow", pages / "a.txt", "-o", pages / "out.json"), "out.json", "a.txt")
    refused(run("reflow", pages / "b.txt", pages / "a.txt", "-o", pages / "out", "--format", "txt"), "b.txt")
    assert snapshot(pages) == before


def test_export_over_its_own_sessions_is_refused(sample_path, tmp_path):
    sessions = tmp_path / "sessions"
    sessions.mkdir()
    for name in ("s1.json", "s2.json"):
        session_of(sample_path, sessions / name)
    before = snapshot(sessions)
    refused(run("export", sessions / "s1.json", "-o", sessions / "s1.json"), "s1.json")
    # what the shell makes of `export sessions/*.json -o sessions/`, and the folder itself
    refused(run("export", *sorted(sessions.glob("*.json")), "-o", f"{sessions}/"), "s1.json")
    refused(run("export", sessions, "-o", sessions), "s1.json")
    assert snapshot(sessions) == before


def test_export_of_a_folder_of_sessions_writes_each(sample_path, tmp_path):
    sessions = tmp_path / "sessions"
    (sessions / "2024").mkdir(parents=True)
    session_of(sample_path, sessions / "s1.json")
    session_of(sample_path, sessions / "2024" / "s2.json")
    out = run("export", sessions, "-o", tmp_path / "out", "--format", "md")
    assert out.returncode == 0, out.stderr
    assert sorted(p.relative_to(tmp_path / "out").as_posix() for p in (tmp_path / "out").rglob("*.md")) == \
        ["2024/s2.md", "s1.md"]


# ---- 2. several inputs never write one name ---------------------------------------------------
def test_inputs_with_one_stem_get_outputs_of_their_own(tmp_path, page):
    for rel in ("x/a.txt", "y/a.txt", "a-2.txt", "a.txt", "a.text"):
        (tmp_path / rel).parent.mkdir(exist_ok=True)
        (tmp_path / rel).write_bytes(head(page, len(rel) / 10))    # each its own text
    args = ["x/a.txt", "y/a.txt", "a-2.txt", "a.txt", "a.text"]
    out = run("reflow", *args, "-o", "out", "--format", "txt", cwd=tmp_path)
    assert out.returncode == 0, out.stderr
    written = {p.relative_to(tmp_path / "out").as_posix(): p.read_text(encoding="utf-8")
               for p in (tmp_path / "out").rglob("*") if p.is_file()}
    # and the run's manifest (app/batch.py), which a rerun reads to redo only what changed
    assert sorted(written) == ["a-2.txt", "a.text.txt", "a.txt.txt", "manifest.jsonl", "x/a.txt", "y/a.txt"]
    for name, source in [("x/a.txt", "x/a.txt"), ("y/a.txt", "y/a.txt"), ("a-2.txt", "a-2.txt"),
                         ("a.txt.txt", "a.txt"), ("a.text.txt", "a.text")]:
        assert written[name] == expected(tmp_path / source, "txt"), name


# ---- 3. a trailing / means a folder; several inputs into one file ---------------------------
@pytest.mark.parametrize("name", ["two.md", "two.txt"])
def test_several_inputs_into_one_file_name_are_refused(pages, name):
    # JSONL and JSON make the one corpus of the set (tests/test_batch.py); these have no such form
    before = snapshot(pages.parent)
    refused(run("reflow", pages / "a.txt", pages / "b.txt", "-o", pages.parent / name), name, "/")
    refused(run("reflow", pages, "-o", pages.parent / name), name)
    assert snapshot(pages.parent) == before


@pytest.mark.parametrize("name", ["two.json", "two.jsonl"])
def test_several_inputs_into_one_file_may_be_none_of_them(pages, name):
    before = snapshot(pages.parent)
    refused(run("reflow", pages / "a.txt", pages / "b.txt", "-o", pages / "a.txt", "--format", name[4:]), "a.txt")
    assert snapshot(pages.parent) == before
    out = run("reflow", pages / "a.txt", pages / "b.txt", "-o", pages.parent / name)
    assert out.returncode == 0, out.stderr
    assert (pages.parent / name).exists()


def test_a_trailing_slash_means_a_folder(pages):
    out = run("reflow", pages / "a.txt", "-o", f"{pages.parent / 'newdir'}/")
    assert out.returncode == 0, out.stderr
    assert (pages.parent / "newdir").is_dir()
    assert (pages.parent / "newdir" / "a.json").read_text(encoding="utf-8") == expected(pages / "a.txt")
    # a folder without a slash: several inputs into a name with no extension
    out = run("reflow", pages / "a.txt", pages / "b.txt", "-o", pages.parent / "several")
    assert out.returncode == 0, out.stderr
    assert sorted(p.name for p in (pages.parent / "several").iterdir()) == ["a.json", "b.json", "manifest.jsonl"]
    # a file where a folder is asked for
    (pages.parent / "file").write_text("x")
    refused(run("reflow", pages / "a.txt", "-o", f"{pages.parent / 'file'}/"), "file")


# ---- 4. modes, umask and links of the outputs ------------------------------------------------
def test_outputs_follow_the_umask_keep_a_mode_and_write_through_a_link(pages):
    out_dir = pages.parent
    assert run("reflow", pages / "a.txt", "-o", out_dir / "new.json", umask=0o027).returncode == 0
    assert (out_dir / "new.json").stat().st_mode & 0o777 == 0o640
    assert run("reflow", pages / "a.txt", "b.txt", "-o", out_dir / "many/", cwd=pages, umask=0o002).returncode == 0
    assert {p.stat().st_mode & 0o777 for p in (out_dir / "many").iterdir()} == {0o664}
    (out_dir / "kept.md").write_text("old")
    os.chmod(out_dir / "kept.md", 0o604)
    assert run("reflow", pages / "a.txt", "-o", out_dir / "kept.md", umask=0o077).returncode == 0
    assert (out_dir / "kept.md").stat().st_mode & 0o777 == 0o604
    assert (out_dir / "kept.md").read_text(encoding="utf-8") == expected(pages / "a.txt", "md")
    (out_dir / "target.json").write_text("old")
    os.symlink("target.json", out_dir / "link.json")
    assert run("reflow", pages / "a.txt", "-o", out_dir / "link.json").returncode == 0
    assert os.readlink(out_dir / "link.json") == "target.json"
    assert (out_dir / "target.json").read_text(encoding="utf-8") == expected(pages / "a.txt")


# ---- 5. --split again on a shorter page ------------------------------------------------------
def test_split_again_on_a_shorter_page_leaves_only_the_new_articles(pages, page):
    arts = pages.parent / "arts"
    out = run("reflow", pages / "a.txt", "--split", "-o", arts, "--format", "md")
    assert out.returncode == 0, out.stderr
    first = sorted(p.name for p in arts.iterdir())
    assert len(first) >= 3
    shorter = pages / "short.txt"
    shorter.write_bytes(head(page, 1 / 3))
    out = run("reflow", shorter, "--split", "-o", arts, "--format", "md")
    assert out.returncode == 0, out.stderr
    corpus = build_corpus(load_page(shorter))
    second = sorted(p.name for p in arts.iterdir())
    assert len(second) == len(corpus["articles"]) < len(first)
    assert not [p for p in pages.parent.iterdir() if p.name.endswith((".tmp", ".old"))]
    # a folder holding anything else is never emptied: refused, untouched
    (arts / "notes.txt").write_text("mine")
    before = snapshot(arts)
    refused(run("reflow", pages / "a.txt", "--split", "-o", arts, "--format", "md"), "notes.txt")
    assert snapshot(arts) == before


def test_split_of_several_pages_gives_each_its_folder(pages):
    out = run("reflow", pages, "--split", "-o", pages.parent / "arts", "--format", "txt")
    assert out.returncode == 0, out.stderr
    folders = sorted(p.name for p in (pages.parent / "arts").iterdir())
    assert folders == ["a", "b"]
    assert sorted(p.name for p in (pages.parent / "arts" / "a").iterdir()) == \
        sorted(p.name for p in (pages.parent / "arts" / "b").iterdir())
    # the pages' own folder: the split folders would hold other files; and a page inside one
    refused(run("reflow", pages / "a.txt", "--split", "-o", pages), "a.txt")


# ---- 6. SIGTERM in the middle of a write -----------------------------------------------------
HELD = r"""
import sys, time
sys.path.insert(0, sys.argv[1])
import app.atomic
real = app.atomic.AtomicFile.write
def held(self, data):       # the write has begun: its temporary file exists
    real(self, data)
    print("writing", flush=True)
    time.sleep(60)
app.atomic.AtomicFile.write = held
from app.cli import main
sys.exit(main(sys.argv[2:]))
"""


@pytest.mark.parametrize("split", [False, True])
def test_sigterm_during_a_write_leaves_no_temporary_file(pages, split):
    out_dir = pages.parent / "out"
    out_dir.mkdir()
    target = out_dir / ("arts" if split else "a.json")
    args = ["reflow", pages / "a.txt", "-o", target] + (["--split"] if split else [])
    proc = subprocess.Popen([sys.executable, "-c", HELD, ROOT, *map(str, args)], stdout=subprocess.PIPE,
                            stderr=subprocess.PIPE, text=True)
    try:
        assert proc.stdout.readline() == "writing\n"
        assert [p for p in out_dir.rglob("*") if p.name.endswith(".tmp")]      # caught mid-write
        proc.send_signal(signal.SIGTERM)
        assert proc.wait(timeout=30) == 128 + signal.SIGTERM
    finally:
        proc.kill()
        proc.wait()
    assert "Traceback" not in proc.stderr.read()
    assert list(out_dir.iterdir()) == []


# ---- 10. long names ---------------------------------------------------------------------------
def test_long_output_names(pages):
    name = "头" * 78 + "abcdef.json"                   # 245 bytes: a legal name
    assert len(name.encode()) == 245
    out = run("reflow", pages / "a.txt", "-o", pages.parent / name)
    assert out.returncode == 0, out.stderr
    assert (pages.parent / name).read_text(encoding="utf-8") == expected(pages / "a.txt")
    too_long = "头" * 84 + ".json"                     # 257 bytes
    refused(run("reflow", pages / "a.txt", "-o", pages.parent / too_long), "257 bytes", "255")
    deep = pages.parent.joinpath(*["d" * 250] * 17, "x.json")
    refused(run("reflow", pages / "a.txt", "-o", deep), "4095")
    # an input whose output name (with its new extension) no longer fits
    src = pages / ("页" * 83 + "a.txt")                # 254 bytes; .jsonl makes 256
    src.write_bytes((pages / "a.txt").read_bytes())
    refused(run("reflow", src, pages / "a.txt", "-o", pages.parent / "out/", "--format", "jsonl"), "256 bytes")
    assert not (pages.parent / "out").exists()
    refused(run("reflow", pages / too_long))


# ---- inputs: folders, globs, lists ------------------------------------------------------------
@pytest.fixture
def tree(tmp_path, page):
    """A folder of pages: nested, numbered, with hidden files and other kinds of file."""
    root = tmp_path / "archive"
    for rel in ("A10.txt", "A2.txt", "b/A1.TXT", "b/c/z.txt", ".hidden.txt", ".cache/x.txt", "notes.md"):
        (root / rel).parent.mkdir(parents=True, exist_ok=True)
        (root / rel).write_bytes(head(page, 0.2))
    return root


def test_collect_reads_folders_recursively_in_natural_order(tree):
    got = collect([tree])
    assert [i.rel for i in got] == ["A2.txt", "A10.txt", "b/A1.TXT", "b/c/z.txt"]
    assert all(isinstance(i, Input) and isinstance(i.path, str) and os.path.isfile(i.path) for i in got)
    assert [i.rel for i in collect([tree], glob="*.md")] == ["notes.md"]
    # several arguments: named from the folder they share
    assert [i.rel for i in collect([tree / "b", tree / "A2.txt"])] == ["A2.txt", "b/A1.TXT", "b/c/z.txt"]
    assert [i.rel for i in collect([tree / "A2.txt"])] == ["A2.txt"]
    # a list on stdin and in a file, one path a line
    listing = f"{tree / 'A10.txt'}\n{tree / 'b'}\n"
    assert [i.rel for i in collect(["-"], stdin=io.StringIO(listing))] == ["A10.txt", "b/A1.TXT", "b/c/z.txt"]
    (tree.parent / "list").write_text(listing)
    assert [i.rel for i in collect([], files_from=tree.parent / "list")] == ["A10.txt", "b/A1.TXT", "b/c/z.txt"]


def test_reflow_a_folder_a_list_and_stdin(tree):
    out = run("reflow", tree, "-o", tree.parent / "out", "--format", "md")
    assert out.returncode == 0, out.stderr
    written = sorted(p.relative_to(tree.parent / "out").as_posix() for p in (tree.parent / "out").rglob("*.md"))
    assert written == ["A10.md", "A2.md", "b/A1.md", "b/c/z.md"]
    assert (tree.parent / "out" / "b" / "c" / "z.md").read_text(encoding="utf-8") == expected(tree / "b/c/z.txt", "md")
    # a rerun into a folder inside the pages' folder does not read its own outputs
    out = run("reflow", tree, "-o", tree / "out", "--format", "txt")
    assert out.returncode == 0, out.stderr
    out = run("reflow", tree, "-o", tree / "out", "--format", "txt")
    assert out.returncode == 0, out.stderr
    assert not (tree / "out" / "out").exists()
    listing = "A2.txt\nb/c/z.txt\n"
    out = run("reflow", "-", "-o", tree.parent / "from-stdin/", cwd=tree, stdin=listing)
    assert out.returncode == 0, out.stderr
    assert sorted(p.relative_to(tree.parent / "from-stdin").as_posix()
                  for p in (tree.parent / "from-stdin").rglob("*.json")) == ["A2.json", "b/c/z.json"]
    (tree.parent / "list.txt").write_text(listing)
    out = run("reflow", "--files-from", tree.parent / "list.txt", "-o", "-", "--format", "jsonl", cwd=tree)
    assert out.returncode == 0, out.stderr
    # on stdout, the one corpus of the set, as into a file: each article names its page
    into_file = run("reflow", "--files-from", tree.parent / "list.txt", "-o", tree.parent / "set.jsonl", cwd=tree)
    assert into_file.returncode == 0, into_file.stderr
    assert out.stdout == (tree.parent / "set.jsonl").read_text(encoding="utf-8")
    assert {json.loads(line)["page"] for line in out.stdout.splitlines()} == {"A2.txt", "b/c/z.txt"}
    # a quoted glob is read as a glob
    out = run("reflow", "b/*/*.txt", "-o", tree.parent / "globbed/", cwd=tree)
    assert out.returncode == 0, out.stderr
    assert [p.name for p in (tree.parent / "globbed").rglob("*.json")] == ["z.json"]


def test_input_refusals_are_one_line(tree):
    refused(run("reflow", tree.parent / "empty-list", "-o", "x/"))           # a missing page, alone
    (tree.parent / "nothing").mkdir()
    refused(run("reflow", tree.parent / "nothing", "-o", "x/"), "nothing", "*.txt")
    refused(run("reflow", "--files-from", tree.parent / "no-list", "-o", "x/"), "no-list")
    refused(run("reflow", "-", "-o", "x/", stdin=""), "empty")
    refused(run("reflow", tree, "-o", tree.parent / "x/", "--format", "md", "--glob", "*.pdf"), "*.pdf")


def test_a_refusal_naming_a_file_with_a_newline_stays_one_line(tmp_path, page):
    name = "a\nzhengwen: fake.txt"
    (tmp_path / name).write_bytes(page)
    out = run("reflow", name, "-o", name, cwd=tmp_path)
    refused(out, repr(name))
    assert (tmp_path / name).read_bytes() == page


@pytest.mark.parametrize("rel", ["a.txt", "x/a.txt", "x.d/a", "a.", ".profile", "a.b.txt", "x/y/.z", "2024/12/A3.TXT",
                                 "a..txt", "x./b", "页面/第一版.txt"])
def test_output_name_parts_are_what_pathlib_says(rel):
    from pathlib import PurePosixPath
    from app.outputs import _folders, _stem
    p = PurePosixPath(rel)
    assert _stem(rel) == (rel[: -len(p.suffix)] if p.suffix else rel)
    assert list(_folders(rel)) == [str(q) for q in p.parents if str(q) != "."]


@pytest.mark.parametrize("command", ["reflow", "export"])
def test_a_folder_to_stdout_is_the_one_corpus_and_writes_no_file(tree, command):
    """``-o -`` of several pages prints the corpus of the set (JSON: one document, JSONL: an
    article a line with its page), the same bytes as ``-o FILE``; no file named "-" appears."""
    for fmt in ("json", "jsonl"):
        out = run(command, tree, "-o", "-", "--format", fmt, cwd=tree)
        assert out.returncode == 0, out.stderr
        target = tree.parent / f"set.{fmt}"
        assert run(command, tree, "-o", target, cwd=tree).returncode == 0
        assert out.stdout == target.read_text(encoding="utf-8")
        assert not (tree / "-").exists() and not (ROOT / "-").exists()
    assert json.loads(out.stdout.splitlines()[0])["page"] == "A2.txt"
    whole = json.loads(run(command, tree, "-o", "-", "--format", "json", cwd=tree).stdout)
    assert whole["format"] == "reflow-corpus-set" and [p["page"] for p in whole["pages"]][:2] == ["A2.txt", "A10.txt"]


def test_failures_of_a_set_on_stdout_are_said_on_stderr(tree):
    (tree / "A3.txt").write_bytes(b"\x00\x01binary\x00" * 50)
    out = run("reflow", tree, "-o", "-", "--format", "jsonl", cwd=tree)
    assert out.returncode == 2
    assert "A3.txt" in out.stderr and "named above" in out.stderr
    assert {json.loads(line)["page"] for line in out.stdout.splitlines()} >= {"A2.txt", "A10.txt"}
    assert not list(tree.parent.glob("*errors*")) and not (tree / "-").exists()


def test_an_output_over_another_page_is_refused_unless_forced(tmp_path):
    """`-o` naming a page beside the input (a slip) must not replace it; --force does."""
    a, b = tmp_path / "a.txt", tmp_path / "b.txt"
    a.write_text("第一行。\n", encoding="utf-8")
    b.write_text("另一版的原文\n", encoding="utf-8")
    r = run("reflow", a, "-o", b)
    assert r.returncode == 2 and "b.txt exists" in r.stderr and "--force" in r.stderr
    assert b.read_text(encoding="utf-8") == "另一版的原文\n"
    r = run("reflow", a, "-o", b, "--force")
    assert r.returncode == 0 and b.read_text(encoding="utf-8").startswith("第一行")
    assert run("reflow", a, "-o", tmp_path / "new.txt").returncode == 0     # a new name: written


def test_an_export_to_a_txt_file_that_exists_is_replaced_with_force(tmp_path, sample_path):
    """The .txt rule (an existing .txt may be a page) holds for export as for reflow, and so
    does the way through it: export has --force too (a rerun was refused for good)."""
    from app.loader import load_page
    session = tmp_path / "s.json"
    save_session(load_page(str(sample_path)), session)
    out = tmp_path / "out.txt"
    assert run("export", session, "-o", out).returncode == 0
    first = out.read_bytes()
    refused(run("export", session, "-o", out), "out.txt", "--force")
    assert out.read_bytes() == first
    r = run("export", session, "-o", out, "--force")
    assert r.returncode == 0 and out.read_bytes() == first, r.stderr


# ---- where each output goes: every case of outputs.plan ---------------------------------------
def _plan(output, n=1, ext=".json", split=False):
    from app.outputs import plan
    from types import SimpleNamespace
    inputs = [SimpleNamespace(rel=f"x/p{k}.txt") for k in range(n)]
    targets = plan(inputs, output, ext, split, n > 1)
    return None if targets is None else [(t.input.rel, None if t.path is None else str(t.path)) for t in targets]


def test_plan_sends_each_input_where_o_says(tmp_path):
    folder, file = tmp_path / "out", tmp_path / "file.json"
    file.write_text("{}")
    assert _plan(None) == [("x/p0.txt", None)]
    assert _plan("-") == [("x/p0.txt", None)]
    assert _plan("-", 2, ".md") == [("x/p0.txt", None), ("x/p1.txt", None)]
    assert _plan("-", 2, ".jsonl") is None            # the set's one corpus
    assert _plan(str(tmp_path / "all.json"), 2) is None
    assert _plan(str(tmp_path / "one.json")) == [("x/p0.txt", str(tmp_path / "one.json"))]
    assert _plan(str(folder) + "/") == [("x/p0.txt", str(folder / "x" / "p0.json"))]
    assert _plan(str(folder), 2) == [("x/p0.txt", str(folder / "x" / "p0.json")),
                                     ("x/p1.txt", str(folder / "x" / "p1.json"))]
    assert _plan(str(tmp_path), 1, ".md") == [("x/p0.txt", str(tmp_path / "x" / "p0.md"))]
    assert _plan(str(folder), 1, ".md", split=True) == [("x/p0.txt", str(folder))]
    assert _plan(str(folder), 2, ".md", split=True) == [("x/p0.txt", str(folder / "x" / "p0")),
                                                        ("x/p1.txt", str(folder / "x" / "p1"))]


@pytest.mark.parametrize("output, n, split, message", [
    (None, 1, True, "--split needs -o FOLDER/"),
    ("-", 2, True, "--split needs -o FOLDER/"),
    (None, 2, False, "several inputs need -o FOLDER/ (or -o - for stdout)"),
    ("FILE", 2, False, "FILE: several inputs need -o to name a folder, and this is a file"),
    ("FILE", 1, True, "FILE: --split needs -o to name a folder, and this is a file"),
])
def test_plan_refuses_what_cannot_be(tmp_path, output, n, split, message):
    from app.errors import UserError
    (tmp_path / "FILE").write_text("{}")
    if output not in (None, "-"):
        output = str(tmp_path / output) + ("/" if output.endswith("/") else "")
        message = str(tmp_path) + "/" + message
    with pytest.raises(UserError) as err:
        _plan(output, n, split=split)
    assert str(err.value) == message
