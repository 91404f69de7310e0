"""``python -m app`` as a person or a script runs it: real processes, real files."""
import json
import subprocess
import sys

import pytest

from conftest import ROOT
from app.corpus import build_corpus
from app.corpus_check import check_corpus
from app.lines import split_lines
from app.export import render
from app.loader import load_page
from app.operations import SetLabel
from app.session import load_session, save_session


def run(*args, cwd=None):
    return subprocess.run([sys.executable, "-m", "app", *map(str, args)], cwd=cwd or ROOT,
                          capture_output=True, text=True, encoding="utf-8", timeout=120)


def no_traceback(out):
    assert "Traceback" not in out.stderr and "Traceback" not in out.stdout


@pytest.fixture
def text(sample_path):
    return sample_path.read_bytes().decode("utf-8")


def test_reflow_to_stdout_gives_a_valid_corpus(sample_path, text):
    out = run("reflow", sample_path, "-o", "-")
    assert out.returncode == 0, out.stderr
    assert out.stderr == ""
    corpus = json.loads(out.stdout)
    assert check_corpus(corpus, split_lines(text)) == []
    assert corpus["source"]["name"] == sample_path.name
    assert corpus == build_corpus(load_page(sample_path))


def _without_bytes(corpus):
    corpus = json.loads(json.dumps(corpus))
    for key in ("encoding", "sha256"):
        corpus["source"].pop(key)
    return corpus


def test_every_encoding_and_line_end_gives_the_same_corpus(text, tmp_path):
    variants = {
        "utf8.txt": text.encode("utf-8"),
        "bom.txt": text.encode("utf-8-sig"),
        "gb.txt": text.encode("gb18030"),
        "utf16.txt": text.encode("utf-16"),  # with BOM
        "cr.txt": text.replace("\r\n", "\n").replace("\n", "\r").encode("utf-8"),
        "crlf.txt": text.replace("\r\n", "\n").replace("\n", "\r\n").encode("utf-8"),
    }
    assert variants["utf16.txt"][:2] in (b"\xff\xfe", b"\xfe\xff")
    for name, data in variants.items():
        (tmp_path / name).write_bytes(data)
    out_dir = tmp_path / "out"
    out_dir.mkdir()
    out = run("reflow", *(tmp_path / n for n in variants), "-o", out_dir)
    assert out.returncode == 0, out.stderr
    corpora = {n: json.loads((out_dir / n.replace(".txt", ".json")).read_text(encoding="utf-8")) for n in variants}
    assert corpora["gb.txt"]["source"]["encoding"] == "gb18030"
    assert corpora["utf16.txt"]["source"]["encoding"].startswith("utf-16")
    expected = _without_bytes(corpora["utf8.txt"])
    for name, corpus in corpora.items():
        got = _without_bytes(corpus)
        got["source"]["name"] = expected["source"]["name"]
        assert got == expected, name
        assert check_corpus(corpus, split_lines(text)) == []


def test_a_binary_file_is_refused_in_one_line(tmp_path):
    path = tmp_path / "picture.png"
    path.write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(range(256)) * 4)
    out = run("reflow", path, "-o", "-")
    assert out.returncode == 2
    assert out.stdout == "" and len(out.stderr.strip().splitlines()) == 1
    assert "picture.png" in out.stderr
    no_traceback(out)


def test_a_missing_file_is_refused(tmp_path):
    out = run("reflow", tmp_path / "nope.txt")
    assert out.returncode == 2 and "nope.txt" in out.stderr and "no such file" in out.stderr
    no_traceback(out)


def test_several_inputs_to_a_folder_with_the_same_stem(sample_path, tmp_path):
    # each output is named by its input's path relative to the inputs' common folder
    for folder in ("x", "a"):
        (tmp_path / folder).mkdir()
        (tmp_path / folder / sample_path.name).write_bytes(sample_path.read_bytes())
    out_dir = tmp_path / "out"
    out = run("reflow", tmp_path / "x" / sample_path.name, tmp_path / "a" / sample_path.name,
              "-o", out_dir, "--format", "md")
    assert out.returncode == 0, out.stderr
    stem = sample_path.stem
    assert sorted(p.relative_to(out_dir).as_posix() for p in out_dir.rglob("*.md")) == [f"a/{stem}.md", f"x/{stem}.md"]
    # a bad input among good ones: the good ones are written, the exit says not everything was
    bad = tmp_path / "a" / "missing.txt"
    out = run("reflow", tmp_path / "a" / sample_path.name, bad, "-o", tmp_path / "out2")
    assert out.returncode == 2 and "missing.txt" in out.stderr
    assert (tmp_path / "out2" / f"{stem}.json").exists()
    no_traceback(out)


@pytest.mark.parametrize("fmt", ["md", "jsonl", "txt", "json"])
def test_formats_by_flag_and_by_suffix(fmt, sample_path, tmp_path):
    expected = render(build_corpus(load_page(sample_path)), fmt)
    out = run("reflow", sample_path, "-o", "-", "--format", fmt)
    assert out.returncode == 0, out.stderr
    assert out.stdout == expected
    target = tmp_path / f"page.{fmt}"
    out = run("reflow", sample_path, "-o", target)
    assert out.returncode == 0, out.stderr
    assert target.read_text(encoding="utf-8") == expected


@pytest.mark.parametrize("fmt", ["json", "jsonl", "md", "txt"])
def test_export_a_saved_session(fmt, sample_path, tmp_path):
    doc = load_page(sample_path)
    first = doc.next_nonblank(-1)
    doc.do(SetLabel(first, first + 1, "headline"))
    session = tmp_path / "s.json"
    save_session(doc, session)
    target = tmp_path / f"out.{fmt}"
    out = run("export", session, "-o", target, "--format", fmt)
    assert out.returncode == 0, out.stderr
    assert target.read_text(encoding="utf-8") == render(build_corpus(load_session(session)), fmt)
    assert target.read_text(encoding="utf-8") == render(build_corpus(doc), fmt)


def test_export_refuses_what_is_not_a_session(sample_path, tmp_path):
    out = run("export", sample_path, "-o", tmp_path / "x.json")
    assert out.returncode == 2 and sample_path.name in out.stderr and "not a session" in out.stderr
    no_traceback(out)
    assert not (tmp_path / "x.json").exists()


@pytest.mark.parametrize("args", [["reflow"], ["reflow", "x.txt", "--format", "docx"], ["export", "s.json"],
                                  ["reflow", "x.txt", "--bogus"], ["--lang", "fr"]])
def test_bad_usage_prints_usage_and_exits_2(args):
    out = run(*args)
    assert out.returncode == 2
    assert "usage: zhengwen" in out.stderr
    assert out.stdout == ""
    no_traceback(out)


def test_help():
    out = run("--help")
    assert out.returncode == 0 and "zhengwen reflow" in out.stdout


# ---- file names that hold line ends or controls ---------------------------------------------
FORGED = "a\nzhengwen: fake.txt"


def test_a_newline_in_a_file_name_cannot_forge_a_line_of_the_message(tmp_path):
    bad = tmp_path / FORGED
    bad.write_bytes(b"x\x00\x00y")                       # binary: refused, naming the file
    out = run("reflow", FORGED, "-o", tmp_path / "o.json", cwd=tmp_path)
    assert out.returncode == 2 and out.stdout == ""
    assert out.stderr == ("zhengwen: 'a\\nzhengwen: fake.txt': looks binary, not text (NUL byte at offset 1).\n"
                          "If it really is text, use --encoding NAME to force one.\n")
    missing = str(tmp_path / "gone\nzhengwen: fake.txt")
    out = run("reflow", missing, bad, "-o", tmp_path / "out")      # several inputs: one line each
    assert out.returncode == 2
    lines = out.stderr.splitlines()
    assert lines[:3] == [       # in natural order of their names: "a…" first
        f"zhengwen: {str(bad)!r}: looks binary, not text (NUL byte at offset 1).",
        "If it really is text, use --encoding NAME to force one.",
        f"zhengwen: {missing!r}: no such file."]
    # then the run's summary and where its errors file is, whose name is escaped too
    assert lines[3].startswith("zhengwen: 2 pages, 0 articles, 2 failed, ") and len(lines) == 5
    # the window's missing file (never an existing one here: it would open the window), a
    # session that is not one, an unknown option
    for args in (["gone\nzhengwen: fake.txt"], ["export", bad, "-o", tmp_path / "e.json"],
                 ["reflow", "x.txt", "--bo\nzhengwen: fake"]):
        out = run(*args, cwd=tmp_path)
        assert out.returncode == 2 and out.stderr, args
        assert not [ln for ln in out.stderr.splitlines() if ln.startswith("zhengwen: fake")], out.stderr
    assert run("gone\nzhengwen: fake.txt").stderr == "zhengwen: 'gone\\nzhengwen: fake.txt': no such file or folder\n"


def test_a_printable_name_is_shown_as_it_is(tmp_path):
    name = "头版\u3000要闻 <b>1.txt"
    (tmp_path / name).write_bytes(b"\x00" * 8)
    out = run("reflow", name, "-o", "-", cwd=tmp_path)
    assert out.stderr.startswith(f"zhengwen: {name}: looks binary")
