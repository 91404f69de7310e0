"""A page whose name the corpus cannot hold (a backslash: a folder's end where the corpus is
read on Windows) fails alone, said plainly, in a batch and in an export; the other pages are
written (it was an internal error that stopped a whole export)."""
import json
import os
import subprocess
import sys

import pytest

from conftest import ROOT

pytestmark = pytest.mark.skipif(os.name == "nt", reason="a backslash is a folder's end in a Windows name")

PAGE = "新华社北京5月10日电　今天举行的会议决定，全年粮食产量保持在一万三千亿斤以上。\n\n代表们认为，这一目标可以实现。\n"


def run(*args):
    return subprocess.run([sys.executable, "-m", "app", *map(str, args)], cwd=ROOT, capture_output=True,
                          text=True, encoding="utf-8", timeout=300)


@pytest.fixture
def folder(tmp_path):
    pages = tmp_path / "pages"
    pages.mkdir()
    (pages / "a\\b.txt").write_text(PAGE, encoding="utf-8")
    (pages / "c.txt").write_text(PAGE, encoding="utf-8")
    return pages


def said_plainly(r, errors_file):
    assert r.returncode == 2, r.stderr      # a page failed (1 would be our bug)
    assert "internal error" not in r.stderr and "rename the file" in r.stderr, r.stderr
    [error] = [json.loads(line) for line in errors_file.read_text(encoding="utf-8").splitlines()]
    assert error["page"] == "a\\b.txt" and error["internal"] is False and "backslash" in error["error"]


@pytest.mark.parametrize("jobs", ["1", "2"])
def test_reflow_into_shards(folder, tmp_path, jobs):
    out = tmp_path / "out"
    r = run("reflow", folder, "-o", f"{out}/", "--format", "jsonl", "--jobs", jobs)
    said_plainly(r, out / "errors.jsonl")
    pages = {json.loads(line)["page"] for p in out.glob("part-*.jsonl") for line in p.read_text(encoding="utf-8").splitlines()}
    assert pages == {"c.txt"}


def test_reflow_into_one_file(folder, tmp_path):
    r = run("reflow", folder, "-o", tmp_path / "corpus.jsonl")
    said_plainly(r, tmp_path / "corpus.errors.jsonl")
    assert {json.loads(line)["page"] for line in (tmp_path / "corpus.jsonl").read_text(encoding="utf-8").splitlines()} == {"c.txt"}


def test_export_into_one_file(folder, tmp_path):
    r = run("export", folder, "-o", tmp_path / "corpus.jsonl")
    said_plainly(r, tmp_path / "corpus.errors.jsonl")
    assert {json.loads(line)["page"] for line in (tmp_path / "corpus.jsonl").read_text(encoding="utf-8").splitlines()} == {"c.txt"}


def test_export_into_page_files(folder, tmp_path):
    out = tmp_path / "md"
    r = run("export", folder, "-o", f"{out}/", "--format", "md")
    said_plainly(r, out / "errors.jsonl")
    assert sorted(p.name for p in out.iterdir()) == ["c.md", "errors.jsonl"]
