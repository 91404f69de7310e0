"""Every awkward file an extraction tool can leave behind gets a corpus or a clear refusal.

Each case runs ``python -m app reflow FILE -o OUT`` in its own process (all of them at once,
each with a timeout, so a hang fails one case instead of stalling the suite) and is held to
what ``tests/data/make_awkward.py`` wrote down for it:

- text: exit 0, nothing on stderr (or the one-line warning expected, for an encoding that
  is likely but not sure), a corpus that meets the format, reports the expected encoding
  and line count, contains the expected text, and keeps every non-space character of the
  page;
- not text (or not there): exit 2, one or two plain lines on stderr naming the file and
  the reason, no traceback, no output file.

The window opens the same files (a FIFO once made it wait forever). The 20 MB single line
and the million short lines are ``slow``-marked (``pytest -m slow``);
``tests/reliability_report.py`` times them for docs/reliability.md.
"""
import ctypes
import json
import os
import subprocess
import sys
import time
from collections import Counter
from pathlib import Path

import pytest

from conftest import ROOT
from app.corpus_check import check_corpus
from app.decoding import decode_bytes
from app.lines import split_lines
from app.rules.text import HALF_TO_FULL

sys.path.insert(0, str(ROOT / "tests" / "data"))
import make_awkward  # noqa: E402

TIMEOUT = 120  # seconds per case; the small ones take well under one


def _drop_file_permission_override():
    """In the child: give up root's right to read any file (CAP_DAC_OVERRIDE and
    CAP_DAC_READ_SEARCH leave the bounding set, so the exec'd Python never has them)."""
    libc = ctypes.CDLL(None, use_errno=True)
    for cap in (1, 2):
        if libc.prctl(24, cap, 0, 0, 0) != 0:  # PR_CAPBSET_DROP
            raise OSError(ctypes.get_errno(), "prctl(PR_CAPBSET_DROP)")


def _as_root():
    return hasattr(os, "geteuid") and os.geteuid() == 0


def extra_cases(folder: Path) -> dict:
    """Paths that are not files of text at all: {name: (path, expectation, preexec)}."""
    cases = {
        "does_not_exist.txt": (folder / "does_not_exist.txt", make_awkward._err("no such file"), None),
        # a folder is read for its pages: this one has none
        "a_folder": (folder / "a_folder", make_awkward._err("no file matching *.txt in"), None),
        "a_fifo": (folder / "a_fifo", make_awkward._err("not a regular file"), None),
        "unreadable.txt": (folder / "unreadable.txt", make_awkward._err("permission denied"),
                           _drop_file_permission_override if _as_root() else None),
    }
    (folder / "a_folder").mkdir(exist_ok=True)
    if not (folder / "a_fifo").exists():
        os.mkfifo(folder / "a_fifo")  # opening it for reading would block forever
    unreadable = folder / "unreadable.txt"
    unreadable.write_text("\n".join(make_awkward.LINES), encoding="utf-8")
    unreadable.chmod(0)
    return cases


def run_reflow(path: Path, out: Path, preexec=None, timeout=TIMEOUT) -> dict:
    """Start ``python -m app reflow``; returns a dict with the process to ``finish``."""
    env = dict(os.environ, PYTHONPATH=str(ROOT), PYTHONIOENCODING="utf-8")
    proc = subprocess.Popen([sys.executable, "-m", "app", "reflow", str(path), "-o", str(out)],
                            cwd=out.parent, env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE,
                            preexec_fn=preexec)
    return {"proc": proc, "start": time.monotonic(), "timeout": timeout, "out": out}


def finish(run: dict) -> dict:
    proc = run["proc"]
    try:
        stdout, stderr = proc.communicate(timeout=run["timeout"])
        hung = False
    except subprocess.TimeoutExpired:
        proc.kill()
        stdout, stderr = proc.communicate()
        hung = True
    return {"rc": proc.returncode, "stdout": stdout.decode("utf-8", "replace"),
            "stderr": stderr.decode("utf-8", "replace"), "hung": hung,
            "seconds": time.monotonic() - run["start"], "out": run["out"]}


# spaces are layout; the corpus folds half-width punctuation inside Chinese text and may drop
# the dash that leads a deck
_LAYOUT = set("—–-―⸺─")


def canon(text: str) -> Counter:
    return Counter(ch for ch in text.translate(HALF_TO_FULL) if not ch.isspace() and ch not in _LAYOUT)


def corpus_text(corpus: dict) -> str:
    parts = [b["text"] for a in corpus["articles"] for b in a["blocks"]]
    parts += [d["text"] for d in corpus["dropped"]]
    return "\n".join(parts)


def check_outcome(name: str, data: bytes | None, exp: dict, res: dict) -> None:
    """Assert that one finished run met its expectation (shared with the report script)."""
    where = f"{name}: rc={res['rc']} stderr={res['stderr'][:300]!r}"
    assert not res["hung"], f"{name}: no answer within {res['seconds']:.0f} s"
    assert "Traceback" not in res["stderr"] + res["stdout"], where
    if exp["ok"]:
        if "warning" in exp:
            warned = res["stderr"].splitlines()
            assert res["rc"] == 0 and len(warned) == 1 and warned[0].startswith("zhengwen: "), where
            assert name in warned[0], where
            assert exp["warning"] in warned[0] and "--encoding" in warned[0], where
        else:
            assert res["rc"] == 0 and res["stderr"] == "", where
        corpus = json.loads(res["out"].read_text(encoding="utf-8"))
        dec = decode_bytes(data, name=name)
        assert (dec.warning is None) == ("warning" not in exp), name
        lines = split_lines(dec.text)
        assert check_corpus(corpus, lines) == [], name
        assert corpus["source"]["lines"] == exp["lines"] == len(lines), name
        if "encoding" in exp:
            assert corpus["source"]["encoding"] == exp["encoding"], name
        have = canon(corpus_text(corpus))
        assert not canon(exp["contains"]) - have, f"{name}: {exp['contains']!r} not in the corpus"
        lost = canon(dec.text) - have
        assert not lost, f"{name}: characters lost: {dict(lost)}"
    else:
        assert res["rc"] == 2, where
        assert res["stdout"] == "", where
        msg = res["stderr"].rstrip("\n").splitlines()
        assert 1 <= len(msg) <= 2 and all(len(m) < 300 for m in msg), where
        assert msg[0].startswith("zhengwen: ") and name in msg[0], where
        assert exp["error_contains"].lower() in res["stderr"].lower(), where
        assert not res["out"].exists(), f"{name}: wrote output for a refused input"


@pytest.fixture(scope="module")
def results(tmp_path_factory):
    """Run every small case at once; {name: (bytes or None, expectation, result)}."""
    folder = tmp_path_factory.mktemp("awkward")
    out = tmp_path_factory.mktemp("awkward_out")
    expected = make_awkward.make_all(folder)
    runs = {}
    for name, exp in expected.items():
        runs[name] = ((folder / name).read_bytes(), exp, run_reflow(folder / name, out / (name + ".json")))
    for name, (path, exp, preexec) in extra_cases(folder).items():
        runs[name] = (None, exp, run_reflow(path, out / (name + ".json"), preexec))
    return {name: (data, exp, finish(run)) for name, (data, exp, run) in runs.items()}


SMALL = sorted(make_awkward.build(big=False)) + ["a_fifo", "a_folder", "does_not_exist.txt", "unreadable.txt"]


def test_the_corpus_covers_what_the_issue_lists():
    names = set(SMALL)
    for needed in ("empty.txt", "blank_only.txt", "utf8.txt", "utf8_bom.txt", "gb18030_4byte.txt", "gbk.txt",
                   "big5.txt", "utf16le_bom.txt", "utf16le_nobom.txt", "utf16be_bom.txt", "utf16be_nobom.txt",
                   "cr_only.txt", "mixed_line_ends.txt", "nul_bytes.txt", "utf8_with_gbk_stretch.txt",
                   "random.bin", "image.png", "separators_inside_lines.txt", "emoji_combining.txt",
                   "html_script.txt", "does_not_exist.txt", "a_folder", "unreadable.txt", "euckr.txt", "eucjp.txt",
                   "euckr_too_short.txt"):
        assert needed in names
    assert {"big_single_line.txt", "million_lines.txt"} <= set(make_awkward.build(big=True))


@pytest.mark.parametrize("name", SMALL)
def test_each_awkward_input_gets_a_corpus_or_a_clear_refusal(name, results):
    data, exp, res = results[name]
    check_outcome(name, data, exp, res)


def test_separators_inside_lines_do_not_split_lines(results):
    data, exp, res = results["separators_inside_lines.txt"]
    corpus = json.loads(res["out"].read_text(encoding="utf-8"))
    cited = sorted(n for a in corpus["articles"] for b in a["blocks"] for n in b["lines"])
    cited += [n for d in corpus["dropped"] for n in d.get("lines", [])]
    assert sorted(cited) == [1, 2, 3, 4, 5]  # \x0b \x0c \x85 \u2028 \u2029 \x1c.. are not line ends


def test_page_markup_is_kept_as_literal_text(results):
    data, exp, res = results["html_script.txt"]
    text = corpus_text(json.loads(res["out"].read_text(encoding="utf-8")))
    # nothing stripped or unescaped (folding half-width punctuation next to Chinese is the
    # reflow's business and may touch the brackets and the semicolon of an entity)
    for piece in ("<!DOCTYPE html><html><head><script>alert", "</script></head>", "<body><p>正文&nbsp",
                  "&lt;b&gt;</p><!-- 注释 -->", "<?php echo '溆浦'; ?></body></html>"):
        assert piece in text


@pytest.mark.slow
@pytest.mark.parametrize("name", ["big_single_line.txt", "million_lines.txt"])
def test_big_inputs(name, tmp_path, request):
    if "slow" not in (request.config.getoption("markexpr") or ""):
        pytest.skip("minutes long: run with -m slow (or tests/reliability_report.py)")
    data, exp = make_awkward.build(big=True)[name]
    path = tmp_path / name
    path.write_bytes(data)
    res = finish(run_reflow(path, tmp_path / (name + ".json"), timeout=600))
    print(f"{name}: {len(data) / 1e6:.1f} MB in {res['seconds']:.1f} s")
    check_outcome(name, data, exp, res)


# ---- sessions handed to ``zhengwen export`` ------------------------------------------------
def _good_session(folder: Path) -> bytes:
    from app.loader import load_page
    from app.session import save_session
    page = folder / "page.txt"
    page.write_text("\n".join(make_awkward.LINES) + "\n", encoding="utf-8")
    save_session(load_page(page), folder / "good.json")
    return (folder / "good.json").read_bytes()


def _edited(good: bytes, fn) -> bytes:
    obj = json.loads(good)
    fn(obj)
    return json.dumps(obj, ensure_ascii=False).encode("utf-8")


def session_cases(good: bytes) -> dict:
    """{file name: (bytes, piece of the message)}: what people hand to ``export`` by mistake."""
    corpus = json.dumps(json.loads(good)["corpus"], ensure_ascii=False).encode("utf-8")
    return {
        "empty.json": (b"", "empty"),
        "truncated.json": (good[: len(good) // 2], "cut short"),
        "not_json.json": ("第一行\n第二行\n".encode("utf-8"), "not a JSON file"),
        "binary.json": (bytes(range(256)), "not UTF-8"),
        "vscode_settings.json": (b'{"editor.fontSize": 14, "version": 2}', "not a Zhengwen session"),
        "package.json": (b'{"name": "x", "format": "npm", "version": "1.0.0"}', "its format is 'npm'"),
        "exported_corpus.json": (corpus, "exported corpus, not a session"),
        "newer_version.json": (_edited(good, lambda o: o.update(version=99)), "newer Zhengwen (version 99)"),
        "row_out_of_range.json": (_edited(good, lambda o: o["rows"]["para_end"].append(10 ** 9)), "outside"),
        "hash_mismatch.json": (_edited(good, lambda o: o.update(source_text=o["source_text"].replace("溆", "淑"))),
                               "does not match its recorded sha256"),
        "huge_count.json": (_edited(good, lambda o: o["rows"].update(count=10 ** 12)), "rows.labels has"),
        "deep_nesting.json": (b"[" * 200000 + b"]" * 200000, "nested too deeply"),
    }


@pytest.fixture(scope="module")
def export_results(tmp_path_factory):
    folder = tmp_path_factory.mktemp("sessions")
    out = tmp_path_factory.mktemp("sessions_out")
    cases = {}
    for name, (data, frag) in session_cases(_good_session(folder)).items():
        (folder / name).write_bytes(data)
        cases[name] = (folder / name, frag, None)
    cases["good.json"] = (folder / "good.json", None, None)
    cases["missing.json"] = (folder / "missing.json", "no such file", None)
    (folder / "a_folder.json").mkdir()
    cases["a_folder.json"] = (folder / "a_folder.json", "folder", None)
    (folder / "unreadable.json").write_bytes((folder / "good.json").read_bytes())
    (folder / "unreadable.json").chmod(0)
    cases["unreadable.json"] = (folder / "unreadable.json", "permission denied",
                                _drop_file_permission_override if _as_root() else None)
    env = dict(os.environ, PYTHONPATH=str(ROOT), PYTHONIOENCODING="utf-8")
    runs = {}
    for name, (path, frag, preexec) in cases.items():
        target = out / (name + ".out.json")
        proc = subprocess.Popen([sys.executable, "-m", "app", "export", str(path), "-o", str(target)],
                                cwd=out, env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE, preexec_fn=preexec)
        runs[name] = (frag, {"proc": proc, "start": time.monotonic(), "timeout": TIMEOUT, "out": target})
    return {name: (frag, finish(run)) for name, (frag, run) in runs.items()}


SESSION_CASES = ["a_folder.json", "binary.json", "deep_nesting.json", "empty.json", "exported_corpus.json",
                 "hash_mismatch.json", "huge_count.json", "missing.json", "newer_version.json", "not_json.json",
                 "package.json", "row_out_of_range.json", "truncated.json", "unreadable.json",
                 "vscode_settings.json"]


@pytest.mark.parametrize("name", SESSION_CASES)
def test_export_refuses_each_bad_session_in_plain_words(name, export_results):
    frag, res = export_results[name]
    check_outcome(name, None, {"ok": False, "error_contains": frag}, res)


def test_export_of_the_good_session_works(export_results):
    assert set(export_results) == set(SESSION_CASES) | {"good.json"}
    _, res = export_results["good.json"]
    assert res["rc"] == 0 and res["stderr"] == "", res["stderr"]
    corpus = json.loads(res["out"].read_text(encoding="utf-8"))
    assert corpus["articles"] and corpus["source"]["lines"] == len(make_awkward.LINES)


# ---- the same files opened in the window ----------------------------------------------------
@pytest.fixture(scope="module")
def awkward_folder(tmp_path_factory):
    folder = tmp_path_factory.mktemp("awkward_gui")
    expected = make_awkward.make_all(folder)
    for name, (path, exp, _) in extra_cases(folder).items():
        if name != "unreadable.txt" or not _as_root():   # root reads it anyway in this process
            expected[name] = exp
    return folder, expected


@pytest.mark.gui
def test_the_window_opens_each_awkward_file_or_says_why_not(qtbot, awkward_folder):
    from widgets.qt_compat import shore_up_none
    shore_up_none()
    from widgets.run import build_window
    folder, expected = awkward_folder
    for name, exp in sorted(expected.items()):
        target = folder / name
        win = build_window(str(target), session=None if target.is_dir() else str(folder / "s.json"))
        qtbot.addWidget(win)
        box = getattr(win, "error_box", None)
        if exp["ok"]:
            assert win.doc is not None and box is None, name
            assert (win.doc.src[-1] if len(win.doc) else 0) == exp["lines"], name
        else:
            assert win.doc is None and box is not None, name
            # the window opens a folder as a folder of pages: this one has none
            want = "holds no pages" if name == "a_folder" else exp["error_contains"]
            assert want.lower() in box.text().lower() and name in box.text(), name
            box.close()
        win.close()
